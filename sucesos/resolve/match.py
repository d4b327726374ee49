"""Finding the stored event a new record describes, by blocking on indexed columns.

Only events of the same state, category family and date window are ever compared (one indexed
query per record), so the cost grows with the number of nearby events, not with all pairs.
"""

from __future__ import annotations

import tomllib
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any

import sqlalchemy as sa

from sucesos.models import EventRecord
from sucesos.store import schema
from sucesos.store.writer import primary_location

# How far apart two reports of one event may date it, by the record's date precision: a
# "day" date can be off by one (night events, time zones, "ayer" read the day after).
DATE_WINDOW = {
    "day": timedelta(days=1),
    "week": timedelta(days=7),
    "month": timedelta(days=31),
    "year": timedelta(days=366),
}


@cache
def _taxonomy() -> dict[str, dict[str, Any]]:
    text = resources.files("sucesos.data").joinpath("taxonomy.toml").read_text("utf-8")
    return dict(tomllib.loads(text).get("category", {}))


def category_family(category: str) -> str:
    """The group of categories whose records may describe one event (taxonomy's `family`).

    Two outlets may code one shooting as an attack and as an armed clash; matching on the
    family lets them meet while keeping, say, arrests apart from killings. A category the
    taxonomy does not list is its own family (up to a "." separator: "homicide.massacre" →
    "homicide").
    """
    entry = _taxonomy().get(category)
    if entry and entry.get("family"):
        return str(entry["family"])
    return category.split(".", 1)[0].strip().lower()


def category_priority(category: str) -> int:
    """ACLED hierarchy rank of a category (taxonomy's `priority`; 0 when unlisted): when
    reports of one event code it differently, the highest-ranked category names the event."""
    entry = _taxonomy().get(category) or {}
    return int(entry.get("priority", 0))


def find_event(conn: sa.Connection, record: EventRecord, day: date | None) -> str | None:
    """Id of the stored event that `record` reports, or None when it is a new event.

    Rules: same state (ISO code), same category family, date within the record's precision
    window, and the same municipality when both name one (a record without a municipality may
    join an event in its state, and the other way round). Events already reported by the same
    article are excluded: an article that lists two killings means two events. Among several
    candidates the one in the same municipality, then the closest date, then the same
    event type wins.
    """
    loc = primary_location(record)
    if loc is None or not loc.admin1_code or day is None:
        return None
    window = DATE_WINDOW.get(record.date_precision or "day", DATE_WINDOW["day"])
    ev = schema.events
    query = sa.select(ev.c.id, ev.c.admin2_code, ev.c.date, ev.c.event_type).where(
        ev.c.admin1_code == loc.admin1_code,
        ev.c.category_family == category_family(record.category),
        ev.c.date.between(day - window, day + window),
    )
    candidates = [
        row
        for row in conn.execute(query)
        if not (loc.admin2_code and row.admin2_code and row.admin2_code != loc.admin2_code)
    ]
    if not candidates:
        return None
    same_article = {
        row.event_id
        for row in conn.execute(
            sa.select(schema.reports.c.event_id).where(
                schema.reports.c.article_id == record.article_id,
                schema.reports.c.event_id.in_([c.id for c in candidates]),
            )
        )
    }
    candidates = [c for c in candidates if c.id not in same_article]
    if not candidates:
        return None

    def rank(row: sa.Row) -> tuple[int, int, int, str]:
        return (
            0 if loc.admin2_code and row.admin2_code == loc.admin2_code else 1,
            abs((row.date - day).days),
            0 if row.event_type == record.event_type else 1,
            row.id,
        )

    return str(min(candidates, key=rank).id)
