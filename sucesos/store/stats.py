"""Statistics of a view: events, fatalities and disputed events, in all and grouped by state,
municipality, category, actor, day and ISO week (what `/api/stats` and `sucesos stats` show).

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
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.visitors import InternalTraversal

from sucesos.store import schema
from sucesos.store.keys import as_date
from sucesos.store.summaries import UNITS, Summary, period_end, segments, smallest

STATS_GROUPS = ("state", "municipality", "category", "actor", "day")
# Statistic dimension → the events column (the actor's is `event_actors.name`).
_EVENT_COLUMNS = {"state": "admin1_code", "municipality": "admin2_code", "category": "category"}
# Summary columns that `SummaryFilters` can fix to one value.
_FIXABLE = ("admin1_code", "admin2_code", "category", "category_family")


@dataclass(frozen=True)
class SummaryFilters:
    """Filters the summaries answer: equality on codes, a status and a date window."""

    since: date | None = None
    until: date | None = None
    admin1_code: str | None = None
    admin2_code: str | None = None
    category: str | None = None
    category_family: str | None = None
    status: str | None = None  # "reported" or "disputed"

    def dims(self) -> frozenset[str]:
        """The summary dimensions the filters need."""
        need = set()
        if self.admin1_code is not None:
            need.add("state")
        if self.admin2_code is not None:
            need.add("municipality")
        if self.category is not None or self.category_family is not None:
            need.add("category")
        return frozenset(need)

    def equalities(self, table: sa.FromClause) -> list[sa.ColumnElement[bool]]:
        """The code filters as clauses on `table` (a summary or the events)."""
        out = []
        for name in ("admin1_code", "admin2_code", "category", "category_family"):
            value = getattr(self, name)
            if value is not None:
                out.append(table.c[name] == value)
        return out


@dataclass(frozen=True)
class Part:
    """A piece of one question: the rows of `source` matching `where`, with the columns of
    each dimension ("day" included) and the measures to sum."""

    source: sa.FromClause
    where: Sequence[sa.ColumnElement[bool]]
    columns: Mapping[str, sa.ColumnElement[Any]]
    events: sa.ColumnElement[Any]
    fatalities: sa.ColumnElement[Any]
    disputed: sa.ColumnElement[Any]
    unit: str = "day"
    # A summary's dimension columns (None for the events) and those the filters fix to one
    # value: the rows of a period are then one per value of the other columns.
    keys: tuple[str, ...] | None = None
    fixed: frozenset[str] = frozenset()
    # Group the events by expressions, not columns (see `EventsPlan.scan`).
    scan: bool = False

    def select(self, *columns: sa.ColumnElement[Any]) -> sa.Select[Any]:
        """SELECT `columns` FROM the part's source WHERE its clauses."""
        return sa.select(*columns).select_from(self.source).where(*self.where)

    def grouping(self, *columns: sa.ColumnElement[Any]) -> list[sa.ColumnElement[Any]]:
        """What to GROUP BY for `columns`."""
        return [_Unordered(c) for c in columns] if self.scan else list(columns)

    def unique_by(self, columns: Collection[str]) -> bool:
        """Whether the part has at most one row per period and value of `columns`."""
        return self.keys is not None and set(self.keys) - self.fixed <= set(columns)


class _Unordered(sa.sql.expression.ColumnElement[Any]):
    """A column that SQLite may not read in the order of an index (``+column``, its idiom;
    the column itself elsewhere): grouped by it, SQLite scans the smallest index holding
    every column it needs and groups apart, instead of following a grouping's index and
    fetching every row from the table."""

    inherit_cache = True
    # Part of the statement's cache key: statements grouped by different columns differ.
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]  # noqa: RUF012

    def __init__(self, column: sa.ColumnElement[Any]) -> None:
        self.column = column
        self.type = column.type


@compiles(_Unordered)
def _unordered(element: _Unordered, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.column, **kw))


@compiles(_Unordered, "sqlite")
def _unordered_sqlite(element: _Unordered, compiler: Any, **kw: Any) -> str:
    return "+" + str(compiler.process(element.column, **kw))


class Plan(Protocol):
    """Where a view's statistics are read from."""

    def parts(
        self, dims: frozenset[str], *, by_day: bool = False, window: tuple[date, date] | None = None
    ) -> list[Part]:
        """The parts that together hold the view's events with the `dims` columns; `by_day`
        asks for days (no coarser period); `window` narrows the view to those days."""
        ...


def _events_part(
    where: Sequence[sa.ColumnElement[bool]],
    dims: frozenset[str],
    *,
    placeholders: bool,
    scan: bool = False,
    events_first: bool = False,
) -> Part:
    ev, ea = schema.events, schema.event_actors
    columns: dict[str, sa.ColumnElement[Any]] = {"day": ev.c.date}
    columns.update({d: ev.c[c] for d, c in _EVENT_COLUMNS.items()})
    source: sa.FromClause = ev
    if "actor" in dims:
        # `events_first`: the events (few, through an index of their own) are read first
        # and their actors looked up, not every actor's events (SQLite may not look events
        # up by `+id`).
        key = _Unordered(ev.c.id) if events_first else ev.c.id
        source = ev.join(ea, ea.c.event_id == key)
        columns["actor"] = ea.c.name
    clauses = list(where) if placeholders else [*where, ev.c.n_sources > 0]
    return Part(
        source=source,
        where=clauses,
        columns=columns,
        events=sa.literal(1),
        fatalities=sa.func.coalesce(ev.c.fatalities, 0),
        disputed=sa.case((ev.c.disputed.is_(True), 1), else_=0),
        scan=scan,
    )


@dataclass(frozen=True)
class EventsPlan:
    """Statistics from the events table, for any WHERE clauses on it (`event_filters`)."""

    where: Sequence[sa.ColumnElement[bool]] = field(default_factory=list)
    # Group by expressions (`_Unordered`). Left to itself, SQLite reads the events in the
    # order of a grouping's index ((state, date), (category, date)) and fetches every row
    # from the table to test the filters: 7 s for a category over three years at a million
    # events, where scanning the list index, which holds every filtered column
    # (`ix_events_list`), and grouping apart takes 0.4 s (and 14 ms instead of 140 for 30
    # days). False for a list of ids, read by key.
    scan: bool = True

    def parts(
        self, dims: frozenset[str], *, by_day: bool = False, window: tuple[date, date] | None = None
    ) -> list[Part]:
        where = list(self.where)
        if window is not None:
            where += [schema.events.c.date >= window[0], schema.events.c.date <= window[1]]
        return [_events_part(where, dims, placeholders=True, scan=self.scan)]


@dataclass(frozen=True)
class SummaryPlan:
    """Statistics from the summary tables, for filters they answer."""

    filters: SummaryFilters

    def parts(
        self, dims: frozenset[str], *, by_day: bool = False, window: tuple[date, date] | None = None
    ) -> list[Part]:
        f = self.filters
        need = dims | f.dims()
        since, until = f.since, f.until
        if window is not None:
            since = window[0] if since is None else max(since, window[0])
            until = window[1] if until is None else min(until, window[1])
        units = ("day",) if by_day else (*(u for u in UNITS[:-1] if smallest(u, need)), "day")
        out = []
        for seg in segments(since, until, units):
            summary = smallest(seg.unit, need)
            if summary is None:  # days of a question no summary holds (an actor by category)
                out.append(self._events(need, seg.first, seg.last))
            else:
                out.append(self._summary(summary, seg.first, seg.last))
        return out

    def _summary(self, summary: Summary, first: date | None, last: date | None) -> Part:
        t, status = summary.table, self.filters.status
        where = self.filters.equalities(t)
        fixed = frozenset(
            c for c in summary.columns if c in _FIXABLE and getattr(self.filters, c) is not None
        )
        if first is not None:
            where.append(t.c.day >= first)
        if last is not None:
            where.append(t.c.day <= last)
        events: sa.ColumnElement[Any]
        dead: sa.ColumnElement[Any]
        disputed: sa.ColumnElement[Any]
        if status == "disputed":
            events, dead, disputed = t.c.disputed, t.c.disputed_fatalities, t.c.disputed
        elif status == "reported":
            events, dead = t.c.events - t.c.disputed, t.c.fatalities - t.c.disputed_fatalities
            disputed = sa.literal(0)
        else:
            events, dead, disputed = t.c.events, t.c.fatalities, t.c.disputed
        if status is not None:
            where.append(events > 0)
        columns = {"day": t.c.day, **{d: t.c[c] for d, c in _EVENT_COLUMNS.items() if c in t.c}}
        if "actor" in t.c:
            columns["actor"] = t.c.actor
        return Part(t, where, columns, events, dead, disputed, summary.unit, summary.columns, fixed)

    def _events(self, need: frozenset[str], first: date | None, last: date | None) -> Part:
        ev, f = schema.events, self.filters
        where = f.equalities(ev)
        if first is not None:
            where.append(ev.c.date >= first)
        if last is not None:
            where.append(ev.c.date <= last)
        if f.status is not None:
            where.append(ev.c.status == f.status)
        return _events_part(where, need, placeholders=False)


@dataclass(frozen=True)
class KindsPlan:
    """Statistics for a category filter, which also matches the events holding the category
    among their secondary kinds (`queries.has_kind`). The events whose main category it is
    come from the summaries (`main`: the view's filters with that category); the others,
    which hold it only as a secondary kind, from the events, read through the index of the
    events that have a secondary kind at all (`schema.ix_events_kinds`): `others` are the
    view's clauses on the events. The two sets are disjoint (an event's main category is
    never among its kinds, and `category != main` says so again)."""

    main: SummaryPlan
    others: Sequence[sa.ColumnElement[bool]]

    def parts(
        self, dims: frozenset[str], *, by_day: bool = False, window: tuple[date, date] | None = None
    ) -> list[Part]:
        ev = schema.events
        category = self.main.filters.category
        # The view's clauses inside a CASE, where no index serves them: an equality on an
        # indexed column (a state, a status) would otherwise lead the database to read
        # every event of that state through its index instead of the few with kinds.
        others = sa.case((sa.and_(sa.true(), *self.others), 1), else_=0) == 1
        where = [others, ev.c.kinds_key != schema.NO_KINDS, ev.c.category != category]
        # ... but the window outside it too, a range of that index (led by the date).
        if self.main.filters.since is not None:
            where.append(ev.c.date >= self.main.filters.since)
        if self.main.filters.until is not None:
            where.append(ev.c.date <= self.main.filters.until)
        if window is not None:
            where += [ev.c.date >= window[0], ev.c.date <= window[1]]
        # Grouped by expressions (`_Unordered`): left to itself, SQLite follows a grouping's
        # index (state, or the actors' names) and reads every event instead of that index.
        kinds = _events_part(where, dims, placeholders=False, scan=True, events_first=True)
        return [*self.main.parts(dims, by_day=by_day, window=window), kinds]


def compute(
    conn: sa.Connection, plan: Plan, top: int = 50, groups: Collection[str] = STATS_GROUPS
) -> dict[str, Any]:
    """Counts and fatalities of the view: totals (events, fatalities, disputed events, first
    and last date), and for each of `groups`: by_state, by_municipality (largest `top`),
    by_category, by_actor (largest `top`), by_day (split by category, so a timeline can stack
    them) with by_week. Each group is {"key", "name", "events", "fatalities"}, largest first."""
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
    if "day" in groups:
        out["by_day"], out["by_week"] = _by_day(conn, plan)
    return out


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


def _sums(conn: sa.Connection, parts: list[Part], dims: Sequence[str]) -> dict[Any, list[int]]:
    """{values of `dims`: [events, fatalities]} summed over the parts."""
    out: dict[Any, list[int]] = defaultdict(lambda: [0, 0])
    for part in parts:
        cols = [part.columns[d] for d in dims]
        query = part.select(*cols, sa.func.sum(part.events), sa.func.sum(part.fatalities))
        query = query.group_by(*part.grouping(*cols))
        for row in conn.execute(query):
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
    rows = [(d, c, int(e), int(f or 0)) for d, c, e, f in conn.execute(query).all()]
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
    cols = [name] if state is None else [name, state]
    named = [g for g in groups if g["key"] is not None]
    if not named:
        return groups
    lookups = [
        sa.select(col).where(code == sa.bindparam(f"c{i}")).limit(1).scalar_subquery()
        for i in range(len(named))
        for col in cols
    ]
    row = conn.execute(sa.select(*lookups), {f"c{i}": g["key"] for i, g in enumerate(named)})
    values = row.one()
    for i, group in enumerate(named):
        found = values[i * len(cols) : (i + 1) * len(cols)]
        if found[0] is not None:
            group["name"] = found[0]
            if state is not None:
                group["state"] = found[1]
    return groups


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
