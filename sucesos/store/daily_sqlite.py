"""Adding a batch's changes to the summary tables on SQLite (`sucesos.store.daily`): the
changes go to the database once, one row per place an event counts in (and one per place
and actor name), and each summary takes its rows from them in SQL.

Where each summary's rows were keyed, added up and bound in Python (19 summaries, about
twenty rows per event a batch touches), the batch's changes, added up per place, are
written to a temporary table of this connection with one executemany (with the first day
of their year, month and day), and one statement per summary upserts each of them into
the row its period and columns key (keyed as `daily._key_text` keys them: rows of one key
add up as they meet); one more deletes the rows no event is left in. The totals stored are
those PostgreSQL's statements store (`daily._pg_write`).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

import sqlalchemy as sa

from sucesos.store import summary_tables
from sucesos.store.summaries import SUMMARIES, UNITS, Summary

# The columns of a change: its periods (UNITS), where it counts, then the measures.
PLACE = ("admin1_code", "admin2_code", "category", "category_family")
MEASURES = summary_tables.MEASURES
_CHANGES = "temp.sucesos_summary_changes"
_ACTOR_CHANGES = "temp.sucesos_summary_actor_changes"


def _create(table: str, extra: tuple[str, ...]) -> str:
    columns = ", ".join([*UNITS, *PLACE, *extra, *MEASURES])
    return f"CREATE TEMP TABLE IF NOT EXISTS {table.split('.')[1]} ({columns})"


# `Connection.info` (kept with the database connection): its temporary tables exist.
_CREATED = "sucesos_summary_changes"


def _forget_tables(conn: sa.Connection, *args: Any) -> None:
    """After a rollback the tables created in it may be gone: create them again."""
    conn.info.pop(_CREATED, None)


def _create_tables(conn: sa.Connection) -> None:
    """The two temporary tables of the changes, once per database connection (a temporary
    table lives as long as the connection); again after a rollback, which may undo them."""
    if conn.info.get(_CREATED):
        return
    for event in ("rollback", "rollback_savepoint"):
        if not sa.event.contains(conn.engine, event, _forget_tables):
            sa.event.listen(conn.engine, event, _forget_tables)
    conn.exec_driver_sql(_create(_CHANGES, ()))
    conn.exec_driver_sql(_create(_ACTOR_CHANGES, ("actor",)))
    conn.info[_CREATED] = True


def _insert(table: str, width: int) -> str:
    return f"INSERT INTO {table} VALUES ({', '.join('?' * width)})"


def _grouped(summary: Summary) -> bool:
    """Whether `summary`'s changes are added up in SQL before its upsert: for the coarse
    summaries (a year; a month by actor alone or with the category), where many of a
    batch's changes meet in one row (3,000 headlines: about 2,900 changes a year summary
    to 30-750 rows), so each row is written once instead of once per change; the finer
    ones, where few meet, would only pay for the grouping."""
    return summary.unit == "year" or (
        summary.unit == "month" and summary.dims <= {"actor", "category"}
    )


@cache
def _statements(summary: Summary) -> tuple[str, str]:
    """The upsert of `summary`'s sums from the changes, and the delete of its emptied rows."""
    table = summary.table.name
    source = _ACTOR_CHANGES if "actor" in summary.dims else _CHANGES
    period = summary.unit
    key = " || char(31) || ".join(f"coalesce({c}, '')" for c in (period, *summary.columns))
    adds = ", ".join(f"{m} = {table}.{m} + excluded.{m}" for m in MEASURES)
    names = ", ".join(['"key"', "day", *summary.columns, *MEASURES])
    if _grouped(summary):
        # Many changes meet in one row: each added up first, the row written once.
        grouping = ", ".join((period, *summary.columns))
        sums = ", ".join(f"sum({m})" for m in MEASURES)
        select = f"{grouping}, {sums} FROM {source} WHERE true GROUP BY {grouping}"
    else:
        select = f"{', '.join([period, *summary.columns, *MEASURES])} FROM {source} WHERE true"
    upsert = (
        f"INSERT INTO {table} ({names}) SELECT {key}, {select} "
        f'ON CONFLICT ("key") DO UPDATE SET {adds}'
    )
    delete = (
        f'DELETE FROM {table} WHERE events = 0 AND "key" IN '
        f"(SELECT {key} FROM {source} WHERE events < 0)"
    )
    return upsert, delete


def _shrinks(changes: Mapping[tuple[Any, ...], list[int]]) -> bool:
    """Whether any change takes events away (the measures' first: events)."""
    return any(values[0] < 0 for values in changes.values())


def write(
    conn: sa.Connection,
    changes: Mapping[tuple[Any, ...], list[int]],
    actor_changes: Mapping[tuple[Any, ...], list[int]],
) -> None:
    """Add `changes` ({(first day of the year, month and day as ISO text, state,
    municipality, category, family): measures}, none all zero) and `actor_changes` (the
    same with the actor name last) to every summary."""
    if not changes and not actor_changes:
        return
    _create_tables(conn)
    for table, extra, rows in (
        (_CHANGES, (), changes),
        (_ACTOR_CHANGES, ("actor",), actor_changes),
    ):
        if rows:
            width = len(UNITS) + len(PLACE) + len(extra) + len(MEASURES)
            conn.exec_driver_sql(
                _insert(table, width), [(*key, *values) for key, values in rows.items()]
            )
    # A row is left with no event only by a change taking events away: with none, the
    # deletes would find nothing to delete.
    shrinks = (_shrinks(changes), _shrinks(actor_changes))
    for summary in SUMMARIES:
        by_actor = "actor" in summary.dims
        if not (actor_changes if by_actor else changes):
            continue
        upsert, delete = _statements(summary)
        conn.exec_driver_sql(upsert)
        if shrinks[by_actor]:
            conn.exec_driver_sql(delete)
    conn.exec_driver_sql(f"DELETE FROM {_CHANGES}")
    conn.exec_driver_sql(f"DELETE FROM {_ACTOR_CHANGES}")
