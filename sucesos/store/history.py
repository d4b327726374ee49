"""An event's past states, read back from its versions.

The event row holds the latest state. Each version stores how to undo it (see
`sucesos.resolve.merge.version_changes`): the previous values of the fields it changed
(`before`), the previous figures (`figures_before`) and the records it linked or moved out.
Versions written before migration 6 hold a whole snapshot of the event instead; walking back
reaches such a version's state directly.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

from sucesos.store import schema

_NOT_STATE = {
    "id", "updated_at", "category_family", "admin1_key", "admin2_key", "actor_key", "kinds_key",
}  # fmt: skip


def _json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def walk_back(current: dict[str, Any], versions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The state after each version (oldest first), from the `current` state (row fields,
    `figures`, `records`) and each version's stored changes (oldest first)."""
    states: list[dict[str, Any]] = []
    state = dict(current)
    for changes in reversed(versions):
        if "records" in changes and "before" not in changes:  # a whole snapshot (before 6)
            state = {k: v for k, v in changes.items() if k not in _NOT_STATE}
        states.append(dict(state))
        undo = dict(state)
        undo.update(changes.get("before") or {})
        if "figures_before" in changes:
            undo["figures"] = changes["figures_before"]
        added = set(changes.get("records_added") or [])
        records = [r for r in state.get("records", []) if r not in added]
        undo["records"] = records + list(changes.get("records_removed") or [])
        state = undo
    states.reverse()
    return states


def event_states(conn: sa.Connection, event_id: str) -> list[dict[str, Any]]:
    """The event as it was after each of its versions, oldest first (row fields as JSON
    values, with `figures` and `records`), each with its `version`, `at` and `reason`."""
    ev, ver, rep = schema.events, schema.event_versions, schema.reports
    row = conn.execute(sa.select(ev).where(ev.c.id == event_id)).first()
    if row is None:
        return []
    current = {k: _json(v) for k, v in row._mapping.items() if k not in _NOT_STATE}
    current["records"] = sorted(
        conn.execute(sa.select(rep.c.record_id).where(rep.c.event_id == event_id)).scalars()
    )
    rows = conn.execute(
        sa.select(ver.c.version, ver.c.at, ver.c.reason, ver.c.snapshot)
        .where(ver.c.event_id == event_id)
        .order_by(ver.c.version)
    ).all()
    states = walk_back(current, [dict(r.snapshot or {}) for r in rows])
    return [
        {**state, "version": r.version, "at": r.at.isoformat(), "reason": r.reason}
        for state, r in zip(states, rows, strict=True)
    ]


def changes_between(before: dict[str, Any] | None, after: dict[str, Any]) -> dict[str, Any]:
    """The fields whose value differs from `before` to `after` (all of them for no `before`),
    with their new values: what a version changed, for people."""
    skip = {"version", "at", "reason"}
    if before is None:
        return {k: v for k, v in after.items() if k not in skip}
    return {k: v for k, v in after.items() if k not in skip and before.get(k) != v}
