"""Statistics of a view: events, fatalities and disputed events, in all and grouped by state,
municipality, category, actor, day and ISO week, or month for a long timeline (what
`/api/stats` and `sucesos stats` show).

One computation, two kinds of plan. A `SummaryPlan` answers filters on codes and a date
window (`SummaryFilters`) from the summary tables: each question (the totals, each grouping)
is cut into whole years, months and days of its window (`summaries.segments`), and each
piece is read from the smallest summary that holds the question's dimensions, so the cost
grows with periods and groups, not events. An `EventsPlan` reads the events table for any
other filter (an actor, words, a bounding box, names that are not codes). Both yield the same
numbers for the same events (tests compare them with a count made in Python).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.visitors import InternalTraversal

from sucesos.store import schema
from sucesos.store.keys import as_date, fold
from sucesos.store.stats_plans import (
    STATS_GROUPS,
    EventsPlan,
    KindsPlan,
    Part,
    Plan,
    SummaryFilters,
    SummaryPlan,
)
from sucesos.store.summaries import period_end

__all__ = [
    "STATS_GROUPS",
    "EventsPlan",
    "KindsPlan",
    "Part",
    "Plan",
    "SummaryFilters",
    "SummaryPlan",
    "actor_named",
    "compute",
    "summary",
    "timeline_for",
]

# A window longer than this many days gets a timeline by month (`timeline_for`).
DAILY_TIMELINE_DAYS = 366


def compute(
    conn: sa.Connection,
    plan: Plan,
    top: int = 50,
    groups: Collection[str] = STATS_GROUPS,
    timeline: str = "day",
) -> dict[str, Any]:
    """Counts and fatalities of the view: totals (events, fatalities, disputed events, first
    and last date), and for each of `groups`: by_state, by_municipality (largest `top`),
    by_category, by_actor (largest `top`), by_day (split by category, so a timeline can stack
    them) with by_week. Each group is {"key", "name", "events", "fatalities"}, largest first.
    With `timeline` "month", the "day" group is by_month instead ({"month": "YYYY-MM",
    "category", "events", "fatalities"}; no by_week): a few hundred rows over years, read
    from the monthly summaries, where by_day has one per day and category."""
    out = _totals(conn, plan)
    ev = schema.events
    if "state" in groups:
        out["by_state"] = _named(conn, _ranked(conn, plan, "state"), ev.c.admin1_code, ev.c.admin1)
    if "municipality" in groups:
        out["by_municipality"] = _named(
            conn,
            _ranked(conn, plan, "municipality", top),
            ev.c.admin2_code,
            ev.c.admin2,
            ev.c.admin1,
        )
    if "category" in groups:
        out["by_category"] = _ranked(conn, plan, "category")
    if "actor" in groups:
        out["by_actor"] = _ranked(conn, plan, "actor", top)
    if "day" in groups and timeline == "month":
        out["by_month"] = _by_month(conn, plan)
    elif "day" in groups:
        out["by_day"], out["by_week"] = _by_day(conn, plan)
    return out


def timeline_for(since: date | None, until: date | None) -> str:
    """The timeline's period for a window (its first and last day): "day" up to
    DAILY_TIMELINE_DAYS, "month" beyond."""
    if since is None or until is None or (until - since).days < DAILY_TIMELINE_DAYS:
        return "day"
    return "month"


def actor_named(conn: sa.Connection, value: str) -> str | None:
    """The one actor name stored in the summaries that the actor filter `value` matches (as
    `queries.event_filters` matches an event's actors: `value` folded within a name folded),
    or None when it matches none or several (the events answer those)."""
    key = fold(value)
    if not key or "|" in key:
        return None
    table = schema.year_actor_totals  # the smallest actor summary: every name once a year
    names = {n for (n,) in conn.execute(sa.select(table.c.actor).distinct()) if n}
    found = [n for n in names if key in fold(n)]
    return found[0] if len(found) == 1 else None


class _Month(sa.sql.expression.ColumnElement[Any]):
    """The month ("YYYY-MM") of a date column."""

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]  # noqa: RUF012

    def __init__(self, column: sa.ColumnElement[Any]) -> None:
        self.column = column
        self.type = sa.String()


@compiles(_Month)
def _month(element: _Month, compiler: Any, **kw: Any) -> str:
    return f"to_char({compiler.process(element.column, **kw)}, 'YYYY-MM')"


@compiles(_Month, "sqlite")
def _month_sqlite(element: _Month, compiler: Any, **kw: Any) -> str:
    return f"substr({compiler.process(element.column, **kw)}, 1, 7)"


def _by_month(conn: sa.Connection, plan: Plan) -> list[dict[str, Any]]:
    """Counts by (month, category), undated last: whole months from the monthly summaries,
    the days at the window's edges from the daily ones."""
    sums: dict[tuple[str | None, str], list[int]] = defaultdict(lambda: [0, 0])
    for part in plan.parts(frozenset({"category"}), by_month=True):
        month, category = _Month(part.columns["day"]), part.columns["category"]
        query = part.select(month, category, sa.func.sum(part.events), sa.func.sum(part.fatalities))
        for m, c, n, dead in conn.execute(query.group_by(*part.grouping(month, category))):
            tally = sums[(m, c)]
            tally[0] += int(n or 0)
            tally[1] += int(dead or 0)
    rows = sorted(
        ((k, v) for k, v in sums.items() if v[0]),
        key=lambda kv: (kv[0][0] is None, kv[0][0] or "", kv[0][1] or ""),
    )
    return [{"month": m, "category": c, "events": v[0], "fatalities": v[1]} for (m, c), v in rows]


def _totals(conn: sa.Connection, plan: Plan) -> dict[str, Any]:
    sums = [0, 0, 0]
    lows: list[tuple[date, str]] = []  # per part: the first period with an event, its unit
    highs: list[tuple[date, str]] = []
    for part in plan.parts(frozenset()):
        day = part.columns["day"]
        found = conn.execute(
            part.select(
                sa.func.sum(part.events),
                sa.func.sum(part.fatalities),
                sa.func.sum(part.disputed),
                sa.func.min(day),
                sa.func.max(day),
            )
        ).one()
        for i in range(3):
            sums[i] += int(found[i] or 0)
        low, high = as_date(found[3]), as_date(found[4])
        if low is not None:
            lows.append((low, part.unit))
        if high is not None:
            highs.append((high, part.unit))
    first = _exact_edge(conn, plan, lows, earliest=True)
    last = _exact_edge(conn, plan, highs, earliest=False)
    return {
        "events": sums[0],
        "fatalities": sums[1],
        "disputed_events": sums[2],
        "first_date": first.isoformat() if first else None,
        "last_date": last.isoformat() if last else None,
    }


def _exact_edge(
    conn: sa.Connection, plan: Plan, found: list[tuple[date, str]], *, earliest: bool
) -> date | None:
    """The first (`earliest`) or last day of the view, from the first or last period each
    part found: a month's or year's row says only which period holds the event, its days
    tell the day (`_edge`), read only for a period that could hold a day beyond the best
    known (the parts of a plan may overlap in time: `KindsPlan`)."""
    best: date | None = None
    if earliest:
        ordered = sorted(found)
    else:
        ordered = sorted(found, key=lambda f: period_end(f[0], f[1]), reverse=True)
    for start, unit in ordered:
        end = period_end(start, unit)
        if best is not None and (start >= best if earliest else end <= best):
            continue
        day = start if unit == "day" else _edge(conn, plan, start, end, earliest=earliest)
        if best is None or (day < best if earliest else day > best):
            best = day
    return best


def _edge(conn: sa.Connection, plan: Plan, lo: date, hi: date, *, earliest: bool) -> date:
    """The first (`earliest`) or last day with an event of the view in [lo, hi], over every
    part of the plan."""
    pick = sa.func.min if earliest else sa.func.max
    days = []
    for part in plan.parts(frozenset(), by_day=True, window=(lo, hi)):
        found = as_date(conn.execute(part.select(pick(part.columns["day"]))).scalar())
        if found is not None:
            days.append(found)
    return min(days) if earliest else max(days)


def _fetch(conn: sa.Connection, query: sa.Select[Any]) -> list[Any]:
    """The rows of `query` as the driver gives them (tuples), without SQLAlchemy's Row
    objects: several times cheaper over thousands of rows (a year by day and category, a
    year's municipalities). Only for columns that need no conversion of the driver's value:
    no date column on SQLite, which gives dates as ISO text (`type_coerce` to a string)."""
    result = conn.execute(query)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def _sums(conn: sa.Connection, parts: list[Part], dims: Sequence[str]) -> dict[Any, list[int]]:
    """{values of `dims`: [events, fatalities]} summed over the parts."""
    out: dict[Any, list[int]] = defaultdict(lambda: [0, 0])
    for part in parts:
        cols = [part.columns[d] for d in dims]
        query = part.select(*cols, sa.func.sum(part.events), sa.func.sum(part.fatalities))
        query = query.group_by(*part.grouping(*cols))
        # days come as dates (SQLAlchemy converts SQLite's text); other keys are text
        rows = conn.execute(query) if "day" in dims else _fetch(conn, query)
        for row in rows:
            tally = out[tuple(row[: len(dims)])]
            tally[0] += int(row[-2] or 0)
            tally[1] += int(row[-1] or 0)
    return out


def _ranked(
    conn: sa.Connection, plan: Plan, dim: str, top: int | None = None
) -> list[dict[str, Any]]:
    """Groups of one dimension, most events first (then by key, unknown last), `top` at most."""
    sums = _sums(conn, plan.parts(frozenset({dim})), [dim])
    rows = sorted(
        ((k, v) for (k,), v in sums.items() if v[0]),
        key=lambda kv: (-kv[1][0], kv[0] is None, kv[0] or ""),
    )
    return [
        {"key": k, "name": k, "events": v[0], "fatalities": v[1]}
        for k, v in (rows if top is None else rows[:top])
    ]


def _by_day(conn: sa.Connection, plan: Plan) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Counts by (day, category), undated last, and the same summed by ISO week."""
    by_day: list[dict[str, Any]] = []
    weeks: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    labels: dict[Any, tuple[str | None, str]] = {}  # day → (ISO date, ISO week)
    for raw, category, count, dead in _day_rows(conn, plan):
        label = labels.get(raw)
        if label is None:
            day = as_date(raw)
            if day is None:
                label = labels[raw] = (None, "unknown")
            else:
                year, week, _ = day.isocalendar()
                label = labels[raw] = (day.isoformat(), f"{year}-W{week:02d}")
        by_day.append({"day": label[0], "category": category, "events": count, "fatalities": dead})
        tally = weeks[label[1]]
        tally[0] += count
        tally[1] += dead
    by_week = [
        {"key": k, "name": k, "events": v[0], "fatalities": v[1]} for k, v in sorted(weeks.items())
    ]
    return by_day, by_week


def _day_rows(conn: sa.Connection, plan: Plan) -> list[tuple[Any, str, int, int]]:
    """(day, category, events, fatalities) with events, in order of day (undated last) and
    category: sorted by the database when one part holds them (a long window has tens of
    thousands of rows), else merged here. Days come as the database gives them (ISO text on
    SQLite, dates on PostgreSQL): `_by_day` reads each distinct day once."""
    parts = plan.parts(frozenset({"category"}), by_day=True)
    if len(parts) > 1:
        sums = _sums(conn, parts, ["day", "category"])
        merged = [(as_date(d), c, v[0], v[1]) for (d, c), v in sums.items() if v[0]]
        return sorted(merged, key=lambda r: (r[0] is None, r[0] or date.min, r[1]))
    (part,) = parts
    category = part.columns["category"]
    # The day as stored, not parsed into a date per row (25,000 rows over three years).
    day = sa.type_coerce(part.columns["day"], sa.String())
    # Ordered as the summary's index is (by day, then category), so the database reads the
    # rows in order instead of sorting them; undated rows are moved last here. A summary
    # with one row per day and category (its other columns fixed by the filters) is read
    # as it is, without grouping.
    query: sa.Select[Any]
    if part.unique_by({"category", "category_family"}):
        query = part.select(day, category, part.events, part.fatalities).where(part.events > 0)
    else:
        n = sa.func.sum(part.events)
        query = part.select(day, category, n, sa.func.sum(part.fatalities))
        query = query.group_by(*part.grouping(day, category)).having(n > 0)
    query = query.order_by(day, category)
    rows = [(d, c, int(e), int(f or 0)) for d, c, e, f in _fetch(conn, query)]
    dated = [r for r in rows if r[0] is not None]
    return dated + [r for r in rows if r[0] is None] if len(dated) < len(rows) else rows


def _named(
    conn: sa.Connection,
    groups: list[dict[str, Any]],
    code: sa.ColumnElement[Any],
    name: sa.ColumnElement[Any],
    state: sa.ColumnElement[Any] | None = None,
) -> list[dict[str, Any]]:
    """Groups keyed by a code, each given its name (and its state's) from one event with that
    code: an indexed lookup per group, all in one statement (a scalar subquery per group and
    column: one round trip instead of one per state or municipality)."""
    cols = (name,) if state is None else (name, state)
    named = [g for g in groups if g["key"] is not None]
    if not named:
        return groups
    sql, order, defaults = _lookup_sql(conn, code, cols, len(named))
    params = {**defaults, **{f"c{i}": g["key"] for i, g in enumerate(named)}}
    values = conn.exec_driver_sql(
        sql, tuple(params[n] for n in order) if order is not None else params
    ).one()
    for i, group in enumerate(named):
        found = values[i * len(cols) : (i + 1) * len(cols)]
        if found[0] is not None:
            group["name"] = found[0]
            if state is not None:
                group["state"] = found[1]
    return groups


# (dialect, code column, name columns, groups) -> the lookup of `_named` as the driver takes
# it: (SQL, parameter names in order when positional, every parameter's default value).
_LOOKUPS: dict[tuple[str, str, tuple[str, ...], int], tuple[str, list[str] | None, Any]] = {}


def _lookup_sql(
    conn: sa.Connection,
    code: sa.ColumnElement[Any],
    cols: tuple[sa.ColumnElement[Any], ...],
    n: int,
) -> tuple[str, list[str] | None, Any]:
    """The names' statement for `n` groups, built and compiled once: building its 100
    subqueries (50 municipalities) and SQLAlchemy's cache key of them cost 8 ms of CPU a
    request, several times running it."""
    key = (conn.dialect.name, str(code.key), tuple(str(c.key) for c in cols), n)
    found = _LOOKUPS.get(key)
    if found is None:
        lookups = [
            sa.select(col).where(code == sa.bindparam(f"c{i}")).limit(1).scalar_subquery()
            for i in range(n)
            for col in cols
        ]
        compiled = sa.select(*lookups).compile(dialect=conn.dialect)
        order = list(compiled.positiontup or []) if compiled.positional else None
        found = (str(compiled), order, compiled.construct_params(_check=False))
        if len(_LOOKUPS) < 2048:  # groups up to the largest `top` (500), two kinds
            _LOOKUPS[key] = found
    return found


def summary(conn: sa.Connection) -> dict[str, Any]:
    """Totals, and event counts by state (name), category and ISO week, for `Store.stats`:
    from the summaries, so the cost grows with periods and places, not events."""

    def count(table: sa.Table) -> int:
        return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar() or 0)

    data = compute(conn, SummaryPlan(SummaryFilters()), groups=("state", "category", "day"))
    states: dict[str, int] = defaultdict(int)
    for group in data["by_state"]:
        states[str(group["name"]) if group["key"] is not None else "unknown"] += group["events"]
    return {
        "articles": count(schema.articles),
        "records": count(schema.records),
        "events": data["events"],
        "disputed_events": data["disputed_events"],
        "fatalities": data["fatalities"],
        "by_state": dict(sorted(states.items(), key=lambda kv: (-kv[1], kv[0]))),
        "by_category": {g["key"]: g["events"] for g in data["by_category"]},
        "by_week": {g["key"]: g["events"] for g in data["by_week"]},
    }
