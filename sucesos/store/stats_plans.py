"""The plans of a statistics question (see `sucesos.store.stats`): where its numbers are read.

A `SummaryPlan` reads the summary tables for filters on codes and a date window
(`SummaryFilters`); an `EventsPlan` reads the events table for any other filter; a
`KindsPlan` adds, to a one-category summary plan, the events that hold the category only
among their secondary kinds. Each plan yields `Part`s: one SELECT each, summed by
`sucesos.store.stats.compute`.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.visitors import InternalTraversal

from sucesos.store import schema
from sucesos.store.keys import fold
from sucesos.store.summaries import UNITS, Summary, segments, smallest

STATS_GROUPS = ("state", "municipality", "category", "actor", "day")
# Statistic dimension → the events column (the actor's is `event_actors.name`).
_EVENT_COLUMNS = {"state": "admin1_code", "municipality": "admin2_code", "category": "category"}
# Summary columns that `SummaryFilters` can fix to one value.
_FIXABLE = ("admin1_code", "admin2_code", "category", "category_family", "actor")


@dataclass(frozen=True)
class SummaryFilters:
    """Filters the summaries answer: equality on codes, a status, a date window and an
    actor's name as the summaries keep it (`stats.actor_named`: the one stored name an actor
    filter matches), which the actor summaries answer (an event counts there once per actor,
    so once for one actor)."""

    since: date | None = None
    until: date | None = None
    admin1_code: str | None = None
    admin2_code: str | None = None
    category: str | None = None
    category_family: str | None = None
    status: str | None = None  # "reported" or "disputed"
    actor: str | None = None

    def dims(self) -> frozenset[str]:
        """The summary dimensions the filters need."""
        need = set()
        if self.admin1_code is not None:
            need.add("state")
        if self.admin2_code is not None:
            need.add("municipality")
        if self.category is not None:
            need.add("category")
        elif self.category_family is not None:
            need.add("family")
        if self.actor is not None:
            need.add("actor")
        return frozenset(need)

    def equalities(self, table: sa.FromClause) -> list[sa.ColumnElement[bool]]:
        """The code filters as clauses on `table` (a summary or the events)."""
        out = []
        for name in ("admin1_code", "admin2_code", "category", "category_family"):
            value = getattr(self, name)
            if value is not None:
                out.append(table.c[name] == value)
        if self.actor is not None:
            if "actor" in table.c:
                out.append(table.c.actor == self.actor)
            else:  # the events: those with that actor among theirs
                key = "|" + fold(self.actor) + "|"
                out.append(table.c.actor_key.contains(key, autoescape=True))
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


def unindexed(column: sa.ColumnElement[Any]) -> sa.ColumnElement[Any]:
    """`column` as SQLite uses no index for (``+column``): a filter on a family or a status
    (a tenth to a half of the events) then leaves SQLite to read the date-led list index,
    testing it there, or the index of a box, instead of fetching every event of that family
    or status in the window from the table (a family's events in a box over 90 days: 0.25 s
    to a few ms at a million events). Other databases get the column itself."""
    return _Unordered(column)


@compiles(_Unordered)
def _unordered(element: _Unordered, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.column, **kw))


@compiles(_Unordered, "sqlite")
def _unordered_sqlite(element: _Unordered, compiler: Any, **kw: Any) -> str:
    return "+" + str(compiler.process(element.column, **kw))


class Plan(Protocol):
    """Where a view's statistics are read from."""

    def parts(
        self,
        dims: frozenset[str],
        *,
        by_day: bool = False,
        by_month: bool = False,
        window: tuple[date, date] | None = None,
    ) -> list[Part]:
        """The parts that together hold the view's events with the `dims` columns; `by_day`
        asks for days (no coarser period), `by_month` for months and days (no years);
        `window` narrows the view to those days."""
        ...


def within(
    column: sa.ColumnElement[Any], first: date | None, last: date | None
) -> list[sa.ColumnElement[bool]]:
    """The clauses that keep `column` from `first` to `last`, both days included; no clause
    for a bound that is None."""
    where = []
    if first is not None:
        where.append(column >= first)
    if last is not None:
        where.append(column <= last)
    return where


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
        self,
        dims: frozenset[str],
        *,
        by_day: bool = False,
        by_month: bool = False,
        window: tuple[date, date] | None = None,
    ) -> list[Part]:
        where = list(self.where)
        if window is not None:
            where += within(schema.events.c.date, *window)
        return [_events_part(where, dims, placeholders=True, scan=self.scan)]


@dataclass(frozen=True)
class SummaryPlan:
    """Statistics from the summary tables, for filters they answer."""

    filters: SummaryFilters

    def parts(
        self,
        dims: frozenset[str],
        *,
        by_day: bool = False,
        by_month: bool = False,
        window: tuple[date, date] | None = None,
    ) -> list[Part]:
        f = self.filters
        need = dims | f.dims()
        since, until = f.since, f.until
        if window is not None:
            since = window[0] if since is None else max(since, window[0])
            until = window[1] if until is None else min(until, window[1])
        if f.actor is not None and "actor" in dims:
            # The actors of one actor's events: no summary pairs actors, the events do.
            return [self._events(dims, since, until, scan=True)]
        coarse = UNITS[1:-1] if by_month else () if by_day else UNITS[:-1]
        units = (*(u for u in coarse if smallest(u, need)), "day")
        out = []
        for seg in segments(since, until, units):
            summary = smallest(seg.unit, need)
            if summary is None:  # days of a question no summary holds (an actor by category)
                out.append(self._events(dims, seg.first, seg.last))
            else:
                out.append(self._summary(summary, seg.first, seg.last))
        return out

    def _summary(self, summary: Summary, first: date | None, last: date | None) -> Part:
        t, status = summary.table, self.filters.status
        where = self.filters.equalities(t) + within(t.c.day, first, last)
        fixed = frozenset(
            c for c in summary.columns if c in _FIXABLE and getattr(self.filters, c) is not None
        )
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

    def _events(
        self, dims: frozenset[str], first: date | None, last: date | None, *, scan: bool = True
    ) -> Part:
        ev, f = schema.events, self.filters
        places = SummaryFilters(admin1_code=f.admin1_code, admin2_code=f.admin2_code)
        where = places.equalities(ev) + within(ev.c.date, first, last)
        # The other filters inside a CASE, where no index serves them: left to itself, SQLite
        # reads a category family's or a status's events of the window through their index
        # and fetches every row, where the list index (led by the date) holds every column.
        others = SummaryFilters(
            category=f.category, category_family=f.category_family, actor=f.actor
        ).equalities(ev)
        if f.status is not None:
            others.append(ev.c.status == f.status)
        if others:
            where.append(sa.case((sa.and_(*others), 1), else_=0) == 1)
        return _events_part(where, dims, placeholders=False, scan=scan)


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
        self,
        dims: frozenset[str],
        *,
        by_day: bool = False,
        by_month: bool = False,
        window: tuple[date, date] | None = None,
    ) -> list[Part]:
        ev = schema.events
        category = self.main.filters.category
        # The view's clauses inside a CASE, where no index serves them: an equality on an
        # indexed column (a state, a status) would otherwise lead the database to read
        # every event of that state through its index instead of the few with kinds.
        others = sa.case((sa.and_(sa.true(), *self.others), 1), else_=0) == 1
        where = [others, ev.c.kinds_key != schema.NO_KINDS, ev.c.category != category]
        # ... but the window outside it too, a range of that index (led by the date).
        where += within(ev.c.date, self.main.filters.since, self.main.filters.until)
        if window is not None:
            where += within(ev.c.date, *window)
        # Grouped by expressions (`_Unordered`): left to itself, SQLite follows a grouping's
        # index (state, or the actors' names) and reads every event instead of that index.
        kinds = _events_part(where, dims, placeholders=False, scan=True, events_first=True)
        main = self.main.parts(dims, by_day=by_day, by_month=by_month, window=window)
        return [*main, kinds]
