"""Keeping the summary tables (`sucesos.store.summaries`) up to date as events change, so
statistics cost per period and group, not per event.

The resolver hands every event it writes to `DailyDeltas` with the row as it was stored
before (None for a new event) and the row it writes; the difference is added to every
summary with one upsert per table and batch. `rebuild` recomputes the summaries from the
events (migrations, and stores whose events were written by other means, such as the
benchmark's generator).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import date
from operator import itemgetter
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from sucesos.store import schema, summary_tables
from sucesos.store.keys import as_date
from sucesos.store.summaries import SUMMARIES, UNITS, Summary, period_start
from sucesos.store.writer import execute_many

# A row's place in one summary: the period's first day, then the summary's columns.
Key = tuple[Any, ...]
# (events, fatalities, disputed events, fatalities of disputed events)
Measures = list[int]
_SEP = "\x1f"  # joins a key's parts; readers strip control characters from text


def _key_text(key: Key, days: dict[date, str] | None = None) -> str:
    """A row's key as stored (`days`: the ISO text of the days met so far, reused)."""
    day = key[0]
    return _SEP.join([_iso(day, days) if day else "", *[v or "" for v in key[1:]]])


def _iso(day: date, days: dict[date, str] | None) -> str:
    if days is None:
        return day.isoformat()
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


def _keys(grouping: Grouping) -> Iterator[tuple[int, Key]]:
    """(position in SUMMARIES, row key) of each summary row an event of `grouping` counts
    in (in actor summaries, once per actor name)."""
    day, *columns, names = grouping
    periods = {u: period_start(day, u) if day else None for u in UNITS}
    base = dict(zip(_COLUMNS, columns, strict=True))
    # Called for every summary of every event the resolver writes: each key is built by a
    # getter made once per summary.
    for i, unit, by_actor, columns_of in _LAYOUT:
        period = periods[unit]
        if by_actor:
            for name in names:
                base["actor"] = name
                yield i, (period, *columns_of(base))
        else:
            yield i, (period, *columns_of(base))


def _getter(columns: tuple[str, ...]) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """A function giving the values of `columns` of a dict, as a tuple."""
    if len(columns) == 1:
        only = columns[0]
        return lambda base: (base[only],)
    return itemgetter(*columns)


_LAYOUT = [(i, s.unit, "actor" in s.dims, _getter(s.columns)) for i, s in enumerate(SUMMARIES)]


class DailyDeltas:
    """Changes to the summary tables collected over a batch, written by `flush`."""

    def __init__(self) -> None:
        # One {row key: measures} per summary, in the order of SUMMARIES (a list: hashing
        # a Summary, table and all, for every key cost more than adding the measures).
        self.deltas: list[dict[Key, Measures]] = [{} for _ in SUMMARIES]

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
        deltas = self.deltas
        events, dead, disputed, dead_disputed = values
        for i, key in _keys(grouping):
            held = deltas[i]
            tally = held.get(key)
            if tally is None:
                held[key] = [events, dead, disputed, dead_disputed]
            else:
                tally[0] += events
                tally[1] += dead
                tally[2] += disputed
                tally[3] += dead_disputed

    def flush(self, conn: sa.Connection) -> None:
        """Add the collected changes to the tables (one upsert each) and forget them.

        Tables in one fixed order and rows sorted by key: writers that resolve partitions in
        parallel (`sucesos batch load` on PostgreSQL) all lock the rows they share, such as
        a year's national totals, in the same order, so they wait for each other instead
        of deadlocking."""
        days: dict[date, str] = {}  # ISO text of each day, made once per flush
        for summary, held in zip(SUMMARIES, self.deltas, strict=True):
            if not held:
                continue
            keyed = sorted(
                ((_key_text(k, days), k, v) for k, v in held.items()),
                key=itemgetter(0),
            )
            if conn.dialect.name == "postgresql":
                _pg_flush(conn, summary, keyed)
            else:
                sql, positional = _driver_upsert(conn, summary)
                rows = [_params(summary, t, k, v, positional, days) for t, k, v in keyed if any(v)]
                if not rows:
                    continue
                # Straight to the driver: the statement is compiled once, and SQLAlchemy's
                # per-row parameter handling would cost more than the database's work.
                conn.exec_driver_sql(sql, rows)
            # A period and group no event is left in holds no row (as after `rebuild`).
            emptied = [{"k": t} for t, _, v in keyed if v[0] < 0]
            if emptied:
                execute_many(conn, _delete_empty(summary.table), emptied)
        self.deltas = [{} for _ in SUMMARIES]


def _params(
    summary: Summary,
    text: str,
    key: Key,
    values: Measures,
    positional: bool,
    days: dict[date, str] | None = None,
) -> Any:
    """One row's parameters for `_driver_upsert` (`text` is the key's `_key_text`): a tuple
    in column order (SQLite, which keeps dates as ISO text) or a dict."""
    day = key[0]
    if positional:
        return (text, _iso(day, days) if day else None, *key[1:], *values)
    return _row(summary, key, values)


def _pg_flush(
    conn: sa.Connection, summary: Summary, keyed: list[tuple[str, Key, Measures]]
) -> None:
    """Add `keyed` ((key text, key, measures), sorted by key text) to a summary on
    PostgreSQL in one statement whose rows come as one array per column (`_pg_upsert`).
    One statement may not touch a row twice: keys of one text are added up first."""
    merged: dict[str, tuple[Any, ...]] = {}
    for text, key, values in keyed:
        if not any(values):
            continue
        old = merged.get(text)
        if old is None:
            merged[text] = (text, *key, *values)
        else:
            width = len(values)
            sums = (a + b for a, b in zip(old[-width:], values, strict=True))
            merged[text] = (*old[:-width], *sums)
    if merged:
        columns = [list(column) for column in zip(*merged.values(), strict=True)]
        conn.exec_driver_sql(_pg_upsert(summary), tuple(columns))


_PG_SQL: dict[str, str] = {}


def _pg_upsert(summary: Summary) -> str:
    """A PostgreSQL upsert of the summary's rows given as arrays, one per column (key, day,
    columns, measures), adding the measures to a stored row. Its text is the same for any
    number of rows, so the server parses and plans it once per connection (the driver
    prepares it), where multi-row VALUES made a new statement of up to 11,000 parameters
    for each batch and table: on PostgreSQL the summaries' upserts took most of the time
    spent in the database."""
    found = _PG_SQL.get(summary.table.name)
    if found is None:
        names = ["key", "day", *summary.columns, *summary_tables.MEASURES]
        kinds = ["text", "date", *["text"] * len(summary.columns)]
        kinds += ["integer"] * len(summary_tables.MEASURES)
        arrays = ", ".join(f"%s::{kind}[]" for kind in kinds)
        table = summary.table.name
        adds = ", ".join(f"{m} = {table}.{m} + excluded.{m}" for m in summary_tables.MEASURES)
        found = _PG_SQL[table] = (
            f"INSERT INTO {table} ({', '.join(names)}) SELECT * FROM unnest({arrays}) "
            f"ON CONFLICT (key) DO UPDATE SET {adds}"
        )
    return found


_DRIVER_SQL: dict[tuple[str, str], tuple[str, bool]] = {}


def _driver_upsert(conn: sa.Connection, summary: Summary) -> tuple[str, bool]:
    """The summary's upsert as the driver takes it, and whether its parameters are
    positional (in the order key, day, columns, measures)."""
    found = _DRIVER_SQL.get((summary.table.name, conn.dialect.name))
    if found is None:
        names = ["key", "day", *summary.columns, *summary_tables.MEASURES]
        stmt = _upsert(summary.table, conn.dialect.name)
        compiled = stmt.compile(dialect=conn.dialect, column_keys=names)
        if compiled.positional and list(compiled.positiontup or []) != names:
            raise RuntimeError(f"unexpected parameter order for {summary.table.name}")
        found = (str(compiled), compiled.positional)
        _DRIVER_SQL[(summary.table.name, conn.dialect.name)] = found
    return found


def _row(summary: Summary, key: Key, values: Measures) -> dict[str, Any]:
    row = dict(zip(("day", *summary.columns), key, strict=True))
    row.update(zip(summary_tables.MEASURES, values, strict=True))
    row["key"] = _key_text(key)
    return row


_DELETES: dict[str, sa.Delete] = {}


def _delete_empty(table: sa.Table) -> sa.Delete:
    """The table's delete of a row left with no event, built once (`execute_many` keeps its
    compiled form by the statement's identity). The 0 is written in the SQL, not bound: the
    key is then the one parameter, and `execute_many` hands the rows to the driver."""
    stmt = _DELETES.get(table.name)
    if stmt is None:
        stmt = _DELETES[table.name] = table.delete().where(
            table.c.key == sa.bindparam("k"), table.c.events == sa.literal_column("0")
        )
    return stmt


_UPSERTS: dict[tuple[str, str], sa.Insert] = {}


def _upsert(table: sa.Table, dialect: str) -> sa.Insert:
    stmt = _UPSERTS.get((table.name, dialect))
    if stmt is None:
        make = postgresql.insert if dialect == "postgresql" else sqlite.insert
        ins = make(table)
        stmt = ins.on_conflict_do_update(
            index_elements=[table.c.key],
            set_={m: table.c[m] + ins.excluded[m] for m in summary_tables.MEASURES},
        )
        _UPSERTS[(table.name, dialect)] = stmt
    return stmt


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
