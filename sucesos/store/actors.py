"""The `event_actors` table: one row per actor of an event, kept in step with `events.actors`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import sqlalchemy as sa

from sucesos.store import schema


def actor_rows(event_id: str, actors: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Rows for `event_actors`, one per distinct actor name (the first mention's kind/role)."""
    rows: dict[str, dict[str, Any]] = {}
    for actor in actors:
        name = actor.get("name")
        if name and name not in rows:
            rows[name] = {
                "event_id": event_id,
                "name": name,
                "kind": actor.get("kind"),
                "role": actor.get("role"),
            }
    return list(rows.values())


def write_event_actors(
    conn: sa.Connection,
    event_id: str,
    actors: Iterable[Mapping[str, Any]],
    *,
    replace: bool = True,
) -> None:
    """Make the event's `event_actors` rows match `actors` (the event row's JSON list)."""
    table = schema.event_actors
    if replace:
        conn.execute(table.delete().where(table.c.event_id == event_id))
    rows = actor_rows(event_id, actors)
    if rows:
        conn.execute(table.insert(), rows)
