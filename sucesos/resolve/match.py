"""Finding the stored event a new record describes, by blocking on indexed columns.

Only events of the same state, category family and date window are ever compared (one indexed
query per record), so the cost grows with the number of nearby events, not with all pairs.
"""

from __future__ import annotations

from datetime import date, timedelta

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


def category_family(category: str) -> str:
    """The part of a category before its first separator ("homicide.massacre" → "homicide").

    Records of one event may be coded at different depths of the taxonomy; matching on the
    family lets them meet while keeping, say, arrests apart from killings.
    """
    for sep in (".", "/", ":"):
        category = category.split(sep, 1)[0]
    return category.strip().lower()


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
