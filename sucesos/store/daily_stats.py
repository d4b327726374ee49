"""Statistics from the daily totals: what `queries.filtered_stats` answers from the events,
at a cost per day and place instead of per event.

`DailyFilters` are the filters the totals can answer (a date window, a state code, a
municipality code, a category or a family, a status); anything else (actor, text, a
bounding box, names that are not codes) goes to the events table. The output has the same
shape as `filtered_stats`; counts by actor, which the totals do not hold, come from the
events (`event_actors`) when asked for.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa

from sucesos.store import schema
from sucesos.store.keys import as_date

_t = schema.daily_totals


@dataclass(frozen=True)
class DailyFilters:
    """Filters the daily totals answer: equality on codes and a date window."""

    since: date | None = None
    until: date | None = None
    admin1_code: str | None = None
    admin2_code: str | None = None
    category: str | None = None
    category_family: str | None = None
    status: str | None = None  # "reported" or "disputed"

    def where(self) -> list[sa.ColumnElement[bool]]:
        clauses: list[sa.ColumnElement[bool]] = []
        if self.since is not None:
            clauses.append(_t.c.day >= self.since)
        if self.until is not None:
            clauses.append(_t.c.day <= self.until)
        for name in ("admin1_code", "admin2_code", "category", "category_family"):
            value = getattr(self, name)
            if value is not None:
                clauses.append(_t.c[name] == value)
        return clauses


def _measures(status: str | None) -> tuple[sa.ColumnElement[Any], sa.ColumnElement[Any]]:
    """(events, fatalities) of a row for the status filter."""
    if status == "disputed":
        return _t.c.disputed, _t.c.disputed_fatalities
    if status == "reported":
        return _t.c.events - _t.c.disputed, _t.c.fatalities - _t.c.disputed_fatalities
    return _t.c.events, _t.c.fatalities


def daily_stats(
    conn: sa.Connection,
    filters: DailyFilters,
    top: int = 50,
    groups: Collection[str] = ("state", "municipality", "category", "actor", "day"),
    actor_where: list[sa.ColumnElement[bool]] | None = None,
) -> dict[str, Any]:
    """Counts and fatalities of the events matching `filters`, as `filtered_stats` gives
    them; `actor_where` (the same filters as event clauses) serves `by_actor`."""
    from sucesos.store.queries import _actor_stats, _named

    events, dead = _measures(filters.status)
    where = filters.where()
    if filters.status is not None:
        where.append(events > 0)
    n = sa.func.coalesce(sa.func.sum(events), 0).label("events")
    killed = sa.func.coalesce(sa.func.sum(dead), 0).label("fatalities")
    disputed = _t.c.disputed if filters.status != "reported" else sa.literal(0)
    totals = conn.execute(
        sa.select(
            n,
            killed,
            sa.func.coalesce(sa.func.sum(disputed), 0),
            sa.func.min(_t.c.day),
            sa.func.max(_t.c.day),
        ).where(*where)
    ).one()
    first, last = as_date(totals[3]), as_date(totals[4])
    out: dict[str, Any] = {
        "events": int(totals[0]),
        "fatalities": int(totals[1]),
        "disputed_events": int(totals[2]),
        "first_date": first.isoformat() if first else None,
        "last_date": last.isoformat() if last else None,
    }

    def grouped(key: sa.ColumnElement[Any], limit: int | None = None) -> list[dict[str, Any]]:
        query = (
            sa.select(key.label("key"), n, killed)
            .where(*where)
            .group_by(key)
            .order_by(n.desc(), key.is_(None), key)  # NULL ("unknown") last on both backends
        )
        if limit is not None:
            query = query.limit(limit)
        return [
            {"key": r.key, "name": r.key, "events": int(r.events), "fatalities": int(r.fatalities)}
            for r in conn.execute(query)
            if r.events
        ]

    ev = schema.events
    if "state" in groups:
        out["by_state"] = _named(conn, grouped(_t.c.admin1_code), ev.c.admin1_code, ev.c.admin1)
    if "municipality" in groups:
        out["by_municipality"] = _named(
            conn, grouped(_t.c.admin2_code, top), ev.c.admin2_code, ev.c.admin2, ev.c.admin1
        )
    if "category" in groups:
        out["by_category"] = grouped(_t.c.category)
    if "actor" in groups:
        out["by_actor"] = _actor_stats(conn, actor_where or [], top)
    if "day" in groups:
        out["by_day"], out["by_week"] = _by_day(conn, where, n, killed)
    return out


def _by_day(
    conn: sa.Connection,
    where: list[sa.ColumnElement[bool]],
    n: sa.ColumnElement[Any],
    killed: sa.ColumnElement[Any],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Counts by (day, category), and the same summed by ISO week."""
    by_day: list[dict[str, Any]] = []
    weeks: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    query = (
        sa.select(_t.c.day, _t.c.category, n, killed)
        .where(*where)
        .group_by(_t.c.day, _t.c.category)
        .order_by(_t.c.day, _t.c.category)
    )
    for raw_day, category, count, dead in conn.execute(query):
        if not count:
            continue
        day = as_date(raw_day)
        by_day.append(
            {
                "day": day.isoformat() if day else None,
                "category": category,
                "events": int(count),
                "fatalities": int(dead),
            }
        )
        year, week, _ = day.isocalendar() if day else (0, 0, 0)
        tally = weeks[f"{year}-W{week:02d}" if day else "unknown"]
        tally[0] += int(count)
        tally[1] += int(dead)
    by_week = [
        {"key": k, "name": k, "events": v[0], "fatalities": v[1]} for k, v in sorted(weeks.items())
    ]
    return by_day, by_week


def summary(conn: sa.Connection) -> dict[str, Any]:
    """Totals, and event counts by state (name), category and ISO week, for `sucesos stats`:
    from the daily totals, so the cost grows with days and places, not events."""
    ev = schema.events

    def count(table: sa.Table) -> int:
        return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar() or 0)

    n = sa.func.sum(_t.c.events)
    totals = conn.execute(
        sa.select(
            sa.func.coalesce(n, 0),
            sa.func.coalesce(sa.func.sum(_t.c.disputed), 0),
            sa.func.coalesce(sa.func.sum(_t.c.fatalities), 0),
        )
    ).one()

    def ranked(pairs: dict[str, int]) -> dict[str, int]:
        return dict(sorted(((k, v) for k, v in pairs.items() if v), key=lambda kv: (-kv[1], kv[0])))

    states: dict[str, int] = defaultdict(int)
    for code, events in conn.execute(sa.select(_t.c.admin1_code, n).group_by(_t.c.admin1_code)):
        name = None
        if code is not None:
            name = conn.execute(
                sa.select(ev.c.admin1).where(ev.c.admin1_code == code).limit(1)
            ).scalar()
        states[str(name) if name is not None else "unknown"] += int(events or 0)
    categories = {
        str(k): int(v or 0)
        for k, v in conn.execute(sa.select(_t.c.category, n).group_by(_t.c.category))
    }
    weeks: dict[str, int] = defaultdict(int)
    for raw_day, events in conn.execute(sa.select(_t.c.day, n).group_by(_t.c.day)):
        day = as_date(raw_day)
        if day is None:
            weeks["unknown"] += int(events or 0)
        else:
            year, week, _ = day.isocalendar()
            weeks[f"{year}-W{week:02d}"] += int(events or 0)
    return {
        "articles": count(schema.articles),
        "records": count(schema.records),
        "events": int(totals[0]),
        "disputed_events": int(totals[1]),
        "fatalities": int(totals[2]),
        "by_state": ranked(states),
        "by_category": ranked(categories),
        "by_week": {k: v for k, v in sorted(weeks.items()) if v},
    }
