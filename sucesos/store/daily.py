"""Keeping the summary tables (`sucesos.store.summaries`) up to date as events change, so
statistics cost per period and group, not per event.

The resolver hands every event it writes to `DailyDeltas` with the row as it was stored
before (None for a new event) and the row it writes; the difference is added to every
summary with one upsert per table and batch (on SQLite from a temporary table of the
batch's changes, `sucesos.store.daily_sqlite`). `rebuild` recomputes the summaries from the
events (migrations, and stores whose events were written by other means, such as the
benchmark's generator).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from operator import itemgetter
from typing import Any

import sqlalchemy as sa

from sucesos.store import daily_sqlite, schema, summary_tables
from sucesos.store.keys import as_date
from sucesos.store.summaries import SUMMARIES, UNITS, Summary, period_start

# A row's place in one summary: the period's first day, then the summary's columns.
Key = tuple[Any, ...]
# (events, fatalities, disputed events, fatalities of disputed events)
Measures = list[int]
_SEP = "\x1f"  # joins a key's parts; readers strip control characters from text


def _key_text(key: Key) -> str:
    """A row's key as stored."""
    day = key[0]
    return _joined(day.isoformat() if day else None, key[1:])


def _joined(day: str | None, parts: tuple[Any, ...]) -> str:
    """A key's text from its day's ISO text and its other parts."""
    return _SEP.join([day or "", *[v or "" for v in parts]])


def _iso(day: date, days: dict[date, str]) -> str:
    """The ISO text of `day`, made once per flush (`days`: those met so far)."""
    text = days.get(day)
    if text is None:
        text = days[day] = day.isoformat()
    return text


def _actor_names(actors: Any) -> list[str]:
    """The distinct actor names of an event, as `event_actors` holds them."""
    names: dict[str, None] = {}
    for actor in actors or []:
        name = actor.get("name")
        if name:
            names.setdefault(name, None)
    return list(names)


# Where an event counts: its day, grouping columns (`_COLUMNS`) and distinct actor names.
Grouping = tuple[Any, ...]
_COLUMNS = ("admin1_code", "admin2_code", "category", "category_family")


def _grouping(row: Mapping[str, Any] | None) -> Grouping | None:
    """(day, state, municipality, category, family, actor names) of an event row: the rows
    of every summary it counts in; None for no row or a placeholder (an event with no
    report yet), which counts nowhere."""
    if row is None or not row.get("n_sources"):
        return None
    return (
        as_date(row.get("date")),
        *(row.get(c) for c in _COLUMNS),
        tuple(_actor_names(row.get("actors"))),
    )


def _measures(row: Mapping[str, Any]) -> Measures:
    """(events, fatalities, disputed events, fatalities of disputed events) of an event row."""
    dead = int(row.get("fatalities") or 0)
    disputed = bool(row.get("disputed"))
    return [1, dead, int(disputed), dead if disputed else 0]


def _layout() -> list[tuple[int, int, bool, Callable[[list[Any]], tuple[Any, ...]]]]:
    """(position in SUMMARIES, position of its unit in UNITS, whether it counts actors, a
    getter of its row key from the values `_add` fills in) of each summary: its key is the
    period's first day, then its columns' values in its order."""
    where = {c: k for k, c in enumerate(("", *_COLUMNS, "actor"))}
    return [
        (i, UNITS.index(s.unit), "actor" in s.dims, itemgetter(0, *(where[c] for c in s.columns)))
        for i, s in enumerate(SUMMARIES)
    ]


_LAYOUT = _layout()


class DailyDeltas:
    """Changes to the summary tables collected over a batch, written by `flush`: the
    measures added to each place an event counts in (its day, state, municipality, category
    and family) and, for the actor summaries, to each place and actor name."""

    def __init__(self) -> None:
        self.places: dict[Key, Measures] = {}
        self.actors: dict[Key, Measures] = {}

    def change(self, before: Mapping[str, Any] | None, after: Mapping[str, Any] | None) -> None:
        """Record that an event went from `before` to `after` (either may be None)."""
        old, new = _grouping(before), _grouping(after)
        if old is not None and old == new and before is not None and after is not None:
            # The same rows of every summary: what it takes away and adds back comes to the
            # difference of the measures (nothing for a report that changed no total).
            diff = [a - b for a, b in zip(_measures(after), _measures(before), strict=True)]
            if any(diff):
                self._add(old, diff)
            return
        if old is not None and before is not None:
            self._add(old, [-v for v in _measures(before)])
        if new is not None and after is not None:
            self._add(new, _measures(after))

    def _add(self, grouping: Grouping, values: Measures) -> None:
        """Add `values` to the place of `grouping` and to each of its actor names."""
        *place, names = grouping
        _tally(self.places, tuple(place), values)
        for name in names:
            _tally(self.actors, (*place, name), values)

    def flush(self, conn: sa.Connection) -> None:
        """Add the collected changes to the tables and forget them: on SQLite in SQL
        (`daily_sqlite`), on PostgreSQL one upsert per table (`_pg_write`).

        Tables in one fixed order and rows sorted by key: writers that resolve partitions in
        parallel (`sucesos batch load` on PostgreSQL) all lock the rows they share, such as
        a year's national totals, in the same order, so they wait for each other instead
        of deadlocking."""
        days: dict[date, str] = {}  # ISO text of each day, made once per flush
        if conn.dialect.name == "postgresql":
            for summary, held in zip(SUMMARIES, self._per_summary(), strict=True):
                if held:
                    _pg_write(conn, summary, _rows(held, days))
        else:
            daily_sqlite.write(
                conn,
                {(*_periods(k[0], days), *k[1:]): v for k, v in self.places.items() if any(v)},
                {(*_periods(k[0], days), *k[1:]): v for k, v in self.actors.items() if any(v)},
            )
        self.places, self.actors = {}, {}

    def _per_summary(self) -> list[dict[Key, Measures]]:
        """The changes as {row key: measures} for each summary, in the order of SUMMARIES:
        each key taken by one getter (`_LAYOUT`) from one list of a place's values."""
        deltas: list[dict[Key, Measures]] = [{} for _ in SUMMARIES]
        for by_actor, held in ((False, self.places), (True, self.actors)):
            for place, values in held.items():
                day = place[0]
                periods = [period_start(day, u) if day else None for u in UNITS]
                # the period's first day, the place's columns (`_COLUMNS`), an actor name
                fields: list[Any] = [None, *place[1:5], place[5] if by_actor else None]
                for i, unit, actor_summary, key_of in _LAYOUT:
                    if actor_summary == by_actor:
                        fields[0] = periods[unit]
                        _tally(deltas[i], key_of(fields), values)
        return deltas


def _tally(held: dict[Key, Measures], key: Key, values: Measures) -> None:
    """Add `values` to the measures of `key` in `held`."""
    tally = held.get(key)
    if tally is None:
        held[key] = list(values)
    else:
        tally[0] += values[0]
        tally[1] += values[1]
        tally[2] += values[2]
        tally[3] += values[3]


def _periods(day: date | None, days: dict[date, str]) -> list[str | None]:
    """The first day of each period of UNITS that holds `day`, as ISO text (None: undated)."""
    return [_iso(period_start(day, u), days) if day else None for u in UNITS]


_WIDTH = len(summary_tables.MEASURES)
# The rows of the PostgreSQL statements, as one JSON document (strings, numbers and nulls).
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _rows(held: dict[Key, Measures], days: dict[date, str]) -> list[tuple[Any, ...]]:
    """One summary's changes as rows sorted by key text: the key's text, the day as ISO
    text, the columns, the measures."""
    rows = []
    for key, values in held.items():
        day = key[0]
        iso = _iso(day, days) if day else None
        rows.append((_joined(iso, key[1:]), iso, *key[1:], *values))
    rows.sort(key=itemgetter(0))
    return rows


def _pg_write(conn: sa.Connection, summary: Summary, rows: list[tuple[Any, ...]]) -> None:
    """Add `rows` (`_rows`) to a summary on PostgreSQL: one upsert and one delete, each
    taking its rows as one JSON document (`Statements`). One statement may not touch a row
    twice: rows of one key text are added up first."""
    sql = _sql(summary.table.name, summary.columns)
    merged: dict[str, tuple[Any, ...]] = {}
    for row in rows:
        values = row[-_WIDTH:]
        if not any(values):
            continue
        old = merged.get(row[0])
        if old is None:
            merged[row[0]] = row
        else:
            sums = (a + b for a, b in zip(old[-_WIDTH:], values, strict=True))
            merged[row[0]] = (*old[:-_WIDTH], *sums)
    if merged:
        conn.exec_driver_sql(sql.pg_upsert, (_JSON.encode(list(merged.values())),))
    emptied = [row[0] for row in rows if row[-_WIDTH] < 0]
    if emptied:
        conn.exec_driver_sql(sql.pg_delete, (_JSON.encode(emptied),))


@dataclass(frozen=True)
class Statements:
    """A summary's statements on PostgreSQL, their text made from its names: an upsert that
    adds the measures of every row of a batch, taken as one JSON document (an array of rows),
    to the stored rows, and the delete of the rows left with no event (an array of keys):
    one statement per table and batch whose text is the same for any number of rows, so the
    server parses and plans it once per connection, and the driver sends one string where
    it built one array per column value by value (multi-row VALUES made a new statement of
    up to 11,000 parameters for each batch and table, and an executemany of deletes one
    statement per row). SQLite adds a batch's changes in SQL (`daily_sqlite`)."""

    pg_upsert: str
    pg_delete: str


@cache
def _sql(table: str, columns: tuple[str, ...]) -> Statements:
    """The statements of the summary `table` with dimension `columns`."""
    names = ["key", "day", *columns, *summary_tables.MEASURES]
    kinds = ["", "::date", *[""] * len(columns), *["::integer"] * _WIDTH]
    values = ", ".join(f"(r->>{i}){kind}" for i, kind in enumerate(kinds))
    adds = ", ".join(f"{m} = {table}.{m} + excluded.{m}" for m in summary_tables.MEASURES)
    return Statements(
        pg_upsert=(
            f"INSERT INTO {table} ({', '.join(names)}) SELECT {values} "
            f"FROM json_array_elements(%s::json) AS r ON CONFLICT (key) DO UPDATE SET {adds}"
        ),
        pg_delete=(
            f"DELETE FROM {table} WHERE events = 0 "
            "AND key IN (SELECT json_array_elements_text(%s::json))"
        ),
    )


def _row(summary: Summary, key: Key, values: Measures) -> dict[str, Any]:
    row = dict(zip(("day", *summary.columns), key, strict=True))
    row.update(zip(summary_tables.MEASURES, values, strict=True))
    row["key"] = _key_text(key)
    return row


def _period(column: sa.ColumnElement[Any], unit: str, dialect: str) -> sa.ColumnElement[Any]:
    """SQL for the first day of the `unit` period of a date column."""
    if unit == "day":
        return column
    if dialect == "postgresql":
        stamp = sa.func.date_trunc(unit, sa.cast(column, sa.DateTime))
        return sa.cast(stamp, sa.Date)
    return sa.func.date(column, f"start of {unit}")


def rebuild(conn: sa.Connection) -> int:
    """Recompute every summary from the events table; returns the rows written."""
    written = 0
    for summary in SUMMARIES:
        written += rebuild_one(conn, summary)
    return written


def rebuild_one(conn: sa.Connection, summary: Summary) -> int:
    """Recompute one summary from the events (through `event_actors` for actor summaries)."""
    ev, ea, table = schema.events, schema.event_actors, summary.table
    conn.execute(table.delete())
    period = _period(ev.c.date, summary.unit, conn.dialect.name)
    columns = [ea.c.name if c == "actor" else ev.c[c] for c in summary.columns]
    source: sa.FromClause = ev
    if "actor" in summary.dims:
        source = ev.join(ea, ea.c.event_id == ev.c.id)
    dead = sa.func.coalesce(ev.c.fatalities, 0)
    disputed = sa.case((ev.c.disputed.is_(True), 1), else_=0)
    query = (
        sa.select(
            period,
            *columns,
            sa.func.count(),
            sa.func.sum(dead),
            sa.func.sum(disputed),
            sa.func.sum(disputed * dead),
        )
        .select_from(source)
        .where(ev.c.n_sources > 0)
        .group_by(period, *columns)
    )
    written = 0
    batch: list[dict[str, Any]] = []
    width = 1 + len(columns)
    for found in conn.execute(query):
        day: date | None = as_date(found[0])
        key: Key = (day, *found[1:width])
        batch.append(_row(summary, key, [int(v or 0) for v in found[width:]]))
        if len(batch) >= 10_000:
            conn.execute(table.insert(), batch)
            written += len(batch)
            batch = []
    if batch:
        conn.execute(table.insert(), batch)
        written += len(batch)
    return written
