"""A batch's blocks read together: the stored events of every block a batch of mentions
looks in, in one statement per database round (`prefetch_blocks`, `blocks_rows`), where
`sucesos.resolve.match` reads one block per query. On PostgreSQL the index ranges go as
arrays, on SQLite as one JSON array; the country's own block (`NATIONAL`) rides along.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from functools import cache
from typing import Any

import sqlalchemy as sa

from sucesos.resolve.config import NATIONAL, PRECISIONS
from sucesos.resolve.match import (
    BlockKey,
    DayIndex,
    block_bounds,
    block_columns,
    block_rows,
    event_cluster,
)
from sucesos.resolve.mentions import Cluster, Mention, block_families
from sucesos.store import schema

__all__ = ["block_requests", "blocks_rows", "prefetch_blocks"]


# Mentions of one block key whose days lie less than a month apart share one block query
# (what it reads beyond their windows is bounded by that month).
_NEAR_DAYS = 31


def prefetch_blocks(conn: sa.Connection, mentions: Iterable[Mention]) -> dict[BlockKey, DayIndex]:
    """The stored events of every block the `mentions` look in: {(state, family): their
    `DayIndex`}, read with one query per key and run of days less than
    `_NEAR_DAYS` apart (the union of their windows), so a batch asks the database once per
    place and family it touches, not once per record. `DayIndex.within` then picks each
    mention's own block from these."""
    keys, requests = block_requests(mentions)
    seen: dict[BlockKey, dict[str, tuple[Cluster, str | None]]] = {key: {} for key in keys}
    for key, c, precision in blocks_rows(conn, requests):
        seen[key][c.id] = (c, precision)
    return {key: DayIndex(found.values()) for key, found in seen.items()}


def block_requests(
    mentions: Iterable[Mention],
) -> tuple[list[BlockKey], list[tuple[BlockKey, dict[str, tuple[int, int]]]]]:
    """The blocks the `mentions` look in, and what `prefetch_blocks` reads of them: (block
    key, {stored date precision: (first, last day ordinal)}) per key and run of days less
    than `_NEAR_DAYS` apart, the union of the run's windows."""
    days: dict[BlockKey, list[Mention]] = {}
    for m in mentions:
        if m.state is not None and m.day is not None:
            for f in block_families(m):
                days.setdefault((m.state, f), []).append(m)
    requests: list[tuple[BlockKey, dict[str, tuple[int, int]]]] = []
    for key, found in days.items():
        found.sort(key=_day)
        # The run's first and last day for each date precision of its mentions: the union
        # of their windows spans from the first's window to the last's.
        spans: dict[str, list[Any]] = {}
        last = found[0].day or 0
        for m in found:
            day = m.day or 0
            if day - last >= _NEAR_DAYS:
                requests.append((key, _hull(spans)))
                spans = {}
            span = spans.get(m.precision)
            if span is None:
                spans[m.precision] = [day, day, m]
            else:
                span[1] = day
            last = day
        requests.append((key, _hull(spans)))
    return list(days), requests


def _day(m: Mention) -> int:
    return m.day or 0


def _hull(spans: Mapping[str, list[Any]]) -> dict[str, tuple[int, int]]:
    """The union of the windows of a run's mentions, from each date precision's first and
    last day and one of its mentions (`block_requests`)."""
    windows: dict[str, tuple[int, int]] = {}
    for first, last, m in spans.values():
        for p, reach in block_bounds(m).items():
            lo, hi = first - reach, last + reach
            old = windows.get(p)
            windows[p] = (min(lo, old[0]), max(hi, old[1])) if old else (lo, hi)
    return windows


def blocks_rows(
    conn: sa.Connection, requests: Sequence[tuple[BlockKey, Mapping[str, tuple[int, int]]]]
) -> Iterator[tuple[BlockKey, Cluster, str | None]]:
    """`block_rows` of several (block key, windows) requests, as (block key, cluster, stored
    date precision); an event in the windows of two requests of one key comes twice.

    On PostgreSQL every statement is a round trip to the server, which on a busy machine
    waits for the server process to be scheduled, and a batch of headlines asks for hundreds
    of blocks: there the requests go as arrays in one statement, each row of them joined to
    its index range (`ix_events_resolve_block`). On SQLite, which runs in this process, the
    statement's own cost is the point (SQLAlchemy's work per execution, about as much as
    reading a small block): the requests go as one JSON array in one statement per
    `_SQLITE_REQUESTS` ranges, in the order, one range after another, that `block_rows`
    gives them."""
    if conn.dialect.name == "postgresql":
        yield from _pg_blocks_rows(conn, requests)
        return
    if conn.dialect.name == "sqlite":
        yield from _sqlite_blocks_rows(conn, requests)
        return
    national = [r for r in requests if r[0][0] == NATIONAL]
    if national:  # the country's own block: few events, read apart (its rows have no state)
        for key, windows in national:
            for c, precision in block_rows(conn, key, windows):
                yield key, c, precision
        requests = [r for r in requests if r[0][0] != NATIONAL]
    for key, windows in requests:
        for c, precision in block_rows(conn, key, windows):
            yield key, c, precision


def _pg_blocks_rows(
    conn: sa.Connection, requests: Sequence[tuple[BlockKey, Mapping[str, tuple[int, int]]]]
) -> Iterator[tuple[BlockKey, Cluster, str | None]]:
    """`blocks_rows` on PostgreSQL: the states' index ranges and the country's own
    (`NATIONAL`, events with no state) as arrays in one statement."""
    names = ("states", "families", "precisions", "los", "his")
    arrays: dict[str, list[Any]] = {n: [] for n in names}
    country: dict[str, list[Any]] = {n: [] for n in names[1:]}
    for (state, family), windows in requests:
        for p, (lo, hi) in windows.items():
            into = country if state == NATIONAL else arrays
            if into is arrays:
                arrays["states"].append(state)
            into["families"].append(family)
            into["precisions"].append(p)
            into["los"].append(date.fromordinal(lo))
            into["his"].append(date.fromordinal(hi))
    pages = max(1, -(-len(arrays["states"]) // _PG_REQUESTS))
    for k in range(pages):
        i = k * _PG_REQUESTS
        page = {n: values[i : i + _PG_REQUESTS] for n, values in arrays.items()}
        # the country's few ranges go with the first page
        page.update({f"n_{n}": values if k == 0 else [] for n, values in country.items()})
        if not page["states"] and not page["n_families"]:
            continue
        for row in conn.execute(_pg_blocks_query(), page):
            found = event_cluster(row.id, row._mapping)
            if found is not None and found.state is not None:
                yield (found.state, row.category_family), found, row.date_precision


# Index ranges per PostgreSQL statement of `blocks_rows`.
_PG_REQUESTS = 2000
# Index ranges per SQLite statement of `blocks_rows`.
_SQLITE_REQUESTS = 5000


def _sqlite_blocks_rows(
    conn: sa.Connection, requests: Sequence[tuple[BlockKey, Mapping[str, tuple[int, int]]]]
) -> Iterator[tuple[BlockKey, Cluster, str | None]]:
    """`blocks_rows` on SQLite: every index range of the requests (each request's in the
    order of `PRECISIONS`, as `_BLOCK`'s union reads them) as one JSON array of [state,
    family, precision, first day, last day] joined to the events, in that order and in
    index order (day, then row) within each range. The country's own ranges (`NATIONAL`:
    events with no state) go first, in the first statement."""

    def ranges_of(
        found: Sequence[tuple[BlockKey, Mapping[str, tuple[int, int]]]],
    ) -> list[list[str]]:
        return [
            [state, family, p, date.fromordinal(lo).isoformat(), date.fromordinal(hi).isoformat()]
            for (state, family), windows in found
            for p in PRECISIONS
            if p in windows
            for lo, hi in [windows[p]]
        ]

    country = ranges_of([r for r in requests if r[0][0] == NATIONAL])
    ranges = ranges_of([r for r in requests if r[0][0] != NATIONAL])
    for i in range(0, max(len(ranges), 1), _SQLITE_REQUESTS):
        page = json.dumps(ranges[i : i + _SQLITE_REQUESTS])
        if i == 0 and country:
            rows = conn.execute(
                _SQLITE_NATIONAL_BLOCKS, {"ranges": page, "country": json.dumps(country)}
            )
        elif ranges:
            rows = conn.execute(_SQLITE_BLOCKS, {"ranges": page})
        else:
            return
        for row in rows:
            found = event_cluster(row.id, row._mapping)
            if found is not None and found.state is not None:
                yield (found.state, row.category_family), found, row.date_precision


def _sqlite_blocks_query(national: bool = False) -> sa.TextualSelect:
    """The events of index ranges given as a JSON array (`_sqlite_blocks_rows`), built once;
    the optimizer reads the array first and each range through `ix_events_resolve_block`.
    `national`: with the country's ranges (`:country`, events with no state) first."""
    columns = block_columns()
    part = "json_extract(r.value, '$[{}]')".format
    ranges = (
        f"ev.category_family = {part(1)} AND ev.date_precision = {part(2)} "
        f"AND ev.date BETWEEN {part(3)} AND {part(4)}"
    )
    if not national:
        return sa.text(
            f"SELECT {', '.join(f'ev.{c.name}' for c in columns)} "
            "FROM json_each(:ranges) AS r CROSS JOIN events AS ev "
            f"ON ev.admin1_code = {part(0)} AND {ranges} "
            "ORDER BY r.key, ev.date, ev.rowid"
        ).columns(*columns)
    inner = ", ".join(f"ev.{c.name}" for c in columns)
    return sa.text(
        f"SELECT {', '.join(f'ev.{c.name}' for c in columns)} FROM ("
        f"SELECT {inner}, 0 AS part_, r.key AS key_, ev.rowid AS row_ "
        "FROM json_each(:country) AS r CROSS JOIN events AS ev "
        f"ON ev.admin1_code IS NULL AND ev.geo_precision = 'country' AND {ranges} "
        f"UNION ALL SELECT {inner}, 1, r.key, ev.rowid "
        "FROM json_each(:ranges) AS r CROSS JOIN events AS ev "
        f"ON ev.admin1_code = {part(0)} AND {ranges}"
        ") AS ev ORDER BY ev.part_, ev.key_, ev.date, ev.row_"
    ).columns(*columns)


_SQLITE_BLOCKS = _sqlite_blocks_query()
_SQLITE_NATIONAL_BLOCKS = _sqlite_blocks_query(national=True)


@cache
def _pg_blocks_query() -> sa.CompoundSelect:
    """Events in any of the index ranges given as parallel arrays (state, family, date
    precision, first and last day), built once."""
    from sqlalchemy.dialects.postgresql import ARRAY

    ev = schema.events
    ranges = (
        sa.func.unnest(
            sa.bindparam("states", type_=ARRAY(sa.String)),
            sa.bindparam("families", type_=ARRAY(sa.String)),
            sa.bindparam("precisions", type_=ARRAY(sa.String)),
            sa.bindparam("los", type_=ARRAY(sa.Date)),
            sa.bindparam("his", type_=ARRAY(sa.Date)),
        )
        .table_valued("state", "family", "precision", "lo", "hi")
        .render_derived()
    )
    on = sa.and_(
        ev.c.admin1_code == ranges.c.state,
        ev.c.category_family == ranges.c.family,
        ev.c.date_precision == ranges.c.precision,
        ev.c.date.between(ranges.c.lo, ranges.c.hi),
    )
    # The country's own block (`NATIONAL`): events with no state, placed in the country.
    country = (
        sa.func.unnest(
            sa.bindparam("n_families", type_=ARRAY(sa.String)),
            sa.bindparam("n_precisions", type_=ARRAY(sa.String)),
            sa.bindparam("n_los", type_=ARRAY(sa.Date)),
            sa.bindparam("n_his", type_=ARRAY(sa.Date)),
        )
        .table_valued("family", "precision", "lo", "hi")
        .render_derived()
    )
    on_country = sa.and_(
        ev.c.admin1_code.is_(None),
        ev.c.geo_precision == "country",
        ev.c.category_family == country.c.family,
        ev.c.date_precision == country.c.precision,
        ev.c.date.between(country.c.lo, country.c.hi),
    )
    columns = block_columns()
    return sa.union_all(
        sa.select(*columns).select_from(ranges.join(ev, on)),
        sa.select(*columns).select_from(country.join(ev, on_country)),
    )
