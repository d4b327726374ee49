"""An event's past states, read back from its versions.

Each version stores what changed (see `sucesos.resolve.merge.version_changes`): the first
the whole row, its figures and record ids; later ones the fields that moved, the figures
when they changed and the records linked or moved out. Versions written before migration 6
hold whole snapshots, which fold the same way.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from sucesos.store import schema


def fold_changes(versions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The event's state after each version, given each version's stored changes in order."""
    state: dict[str, Any] = {}
    out: list[dict[str, Any]] = []
    for changes in versions:
        records = list(state.get("records", []))
        for key, value in changes.items():
            if key == "records_added":
                records += [r for r in value if r not in records]
            elif key == "records_removed":
                records = [r for r in records if r not in set(value)]
            elif key == "records":
                records = list(value)
            else:
                state[key] = value
        state["records"] = records
        out.append(dict(state))
    return out


def event_states(conn: sa.Connection, event_id: str) -> list[dict[str, Any]]:
    """The event as it was after each of its versions, oldest first (row fields as JSON
    values, with `figures` and `records`), each with its `version`, `at` and `reason`."""
    ver = schema.event_versions
    rows = conn.execute(
        sa.select(ver.c.version, ver.c.at, ver.c.reason, ver.c.snapshot)
        .where(ver.c.event_id == event_id)
        .order_by(ver.c.version)
    ).all()
    states = fold_changes([dict(r.snapshot or {}) for r in rows])
    return [
        {**state, "version": r.version, "at": r.at.isoformat(), "reason": r.reason}
        for state, r in zip(states, rows, strict=True)
    ]
