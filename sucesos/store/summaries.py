"""The summary tables: which periods and groups each one sums, and how a day falls into a
period. `sucesos.store.daily` keeps them up to date; `sucesos.store.stats` reads them.

A summary sums events (and fatalities, disputed events) per period (a day, a calendar month or
a calendar year) and per value of a few dimensions: state, municipality, category (with its
family) and actor. A question about a window and a grouping is answered by the smallest
table that holds what it needs: a year's events by state from a few thousand rows of
`month_state_totals` rather than from every event.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import sqlalchemy as sa

from sucesos.store import schema, summary_tables

UNITS = ("year", "month", "day")  # coarsest first
DIMS = tuple(summary_tables.SUMMARY_DIMS)  # state, municipality, category, actor, family


@dataclass(frozen=True)
class Summary:
    """One summary table: its period unit and the dimensions it keeps."""

    table: sa.Table
    unit: str
    dims: frozenset[str]
    # The table's dimension columns, in schema order (set from `dims`).
    columns: tuple[str, ...] = field(init=False, default=())

    def __post_init__(self) -> None:
        cols = tuple(c for d in DIMS if d in self.dims for c in summary_tables.SUMMARY_DIMS[d])
        object.__setattr__(self, "columns", cols)


def _s(table: sa.Table, unit: str, *dims: str) -> Summary:
    return Summary(table, unit, frozenset(dims))


# Within a unit, smaller tables first: the first that holds a question's dimensions answers
# it. Sizes at 1,000,000 synthetic events over three years (bench/bench_api.py) are noted.
SUMMARIES: tuple[Summary, ...] = (
    _s(schema.year_state_totals, "year", "state", "category"),  # 2 k rows
    _s(schema.year_municipality_totals, "year", "state", "municipality"),  # 10 k
    _s(schema.year_municipality_family_totals, "year", "state", "municipality", "family"),
    _s(schema.year_actor_totals, "year", "actor"),  # 0.03 k
    _s(schema.year_actor_state_totals, "year", "actor", "state", "category"),  # 25 k
    _s(schema.year_totals, "year", "state", "municipality", "category"),  # 150 k
    _s(schema.month_actor_totals, "month", "actor"),  # 0.3 k
    _s(schema.month_actor_category_totals, "month", "actor", "category"),  # 8 k
    _s(schema.month_state_totals, "month", "state", "category"),  # 26 k
    _s(schema.month_municipality_totals, "month", "state", "municipality"),  # 86 k
    # read only with a family filter (its index is led by the family)
    _s(schema.month_municipality_family_totals, "month", "state", "municipality", "family"),
    _s(schema.month_actor_state_totals, "month", "actor", "state", "category"),  # 180 k
    _s(schema.month_totals, "month", "state", "municipality", "category"),  # 480 k
    _s(schema.day_actor_totals, "day", "actor"),  # 10 k
    _s(schema.day_category_totals, "day", "category"),  # 25 k
    _s(schema.day_actor_state_totals, "day", "actor", "state"),  # 230 k
    _s(schema.day_actor_category_totals, "day", "actor", "category"),  # 240 k
    _s(schema.day_state_totals, "day", "state", "category"),  # 360 k
    _s(schema.daily_totals, "day", "state", "municipality", "category"),  # 920 k
)


def smallest(unit: str, need: frozenset[str]) -> Summary | None:
    """The smallest summary of `unit` that keeps every dimension in `need`, if any (one that
    keeps the category keeps its family). Actor summaries count an event once per actor:
    they answer questions by actor only. A summary by family answers only questions that
    need the family (`SummaryFilters.dims`: a family filter), as its index is led by it."""
    for summary in SUMMARIES:
        by_actor = "actor" in summary.dims
        held = summary.dims | {"family"} if "category" in summary.dims else summary.dims
        if "family" in summary.dims and "family" not in need:
            continue
        if summary.unit == unit and need <= held and by_actor == ("actor" in need):
            return summary
    return None


def period_start(day: date, unit: str) -> date:
    """The first day of the `unit` period that holds `day`."""
    if unit == "year":
        return day.replace(month=1, day=1)
    if unit == "month":
        return day.replace(day=1)
    return day


def period_end(start: date, unit: str) -> date:
    """The last day of the `unit` period that starts on `start` (date.max at the end of time)."""
    if unit == "day":
        return start
    if unit == "year":
        return date.max if start.year == date.max.year else date(start.year + 1, 1, 1) - _DAY
    if start.year == date.max.year and start.month == 12:
        return date.max
    nxt = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return nxt - _DAY


_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Segment:
    """Part of a window read from one unit: periods starting from `first` to `last`
    (inclusive; None is open), or every row with no bound at all (undated events too)."""

    unit: str
    first: date | None
    last: date | None


def _first_whole(since: date, unit: str) -> date | None:
    """The start of the first whole `unit` period from `since` on (None past the calendar)."""
    start = period_start(since, unit)
    if start == since:
        return since
    end = period_end(start, unit)
    return None if end == date.max else end + _DAY


def _last_whole(until: date, unit: str) -> date | None:
    """The start of the last whole `unit` period up to `until` (None before the calendar)."""
    start = period_start(until, unit)
    if period_end(start, unit) == until:
        return start
    return None if start == date.min else period_start(start - _DAY, unit)


def segments(since: date | None, until: date | None, units: tuple[str, ...]) -> list[Segment]:
    """The window [since, until] (None: open) cut into whole periods of the coarsest of
    `units` (coarsest first, ending with "day") and what is left at its edges in finer units:
    a 365-day window is a few days, eleven months and a few days; "all time" is one segment
    of the coarsest unit."""
    if since is None and until is None:
        return [Segment(units[0], None, None)]
    unit, finer = units[0], units[1:]
    if not finer:
        return [Segment(unit, since, until)]
    first = None if since is None else _first_whole(since, unit)
    last = None if until is None else _last_whole(until, unit)
    if (since is not None and first is None) or (until is not None and last is None):
        return segments(since, until, finer)
    if first is not None and last is not None and first > last:
        return segments(since, until, finer)
    out: list[Segment] = []
    if since is not None and first is not None and first > since:
        out += segments(since, first - _DAY, finer)
    out.append(Segment(unit, first, last))
    if until is not None and last is not None and period_end(last, unit) < until:
        out += segments(period_end(last, unit) + _DAY, until, finer)
    return out
