"""The blocks of one state kept across the transactions that resolve it.

`sucesos batch load` resolves a state's records in transactions of about 500 records
(`sucesos.batch.resolve`). Each transaction asks for the blocks its records look in
(`block_reads.prefetch_blocks`), and records dated all over a year make that the whole year of the
state's events, read and decoded again for every transaction: the work grew with the square
of the store (a million synthetic headlines fell from 60 to 14 events/s).

`BlockCache` reads each block whole once, then keeps it up to date with what the resolver
itself writes (`note`). It is only as good as the knowledge that nobody else wrote: `check`
compares the state's event count and latest update time with what they were after the last
transaction, and forgets everything when another writer changed them in between. The
decisions are the same as reading the store every time (`DayIndex.within` picks each
record's window from a whole block as from the union of windows a query reads).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

import sqlalchemy as sa

from sucesos.resolve.batch_rows import BatchEvent
from sucesos.resolve.block_reads import blocks_rows
from sucesos.resolve.config import NATIONAL, PRECISIONS
from sucesos.resolve.match import BlockKey, DayIndex
from sucesos.resolve.mentions import Cluster, Mention, block_families
from sucesos.store import schema

_ev = schema.events
_STAMP = sa.select(sa.func.count(), sa.func.max(_ev.c.updated_at)).where(
    _ev.c.admin1_code == sa.bindparam("state")
)
# The country's own block (`NATIONAL`): its events are stored with no state.
_NATIONAL_STAMP = sa.select(sa.func.count(), sa.func.max(_ev.c.updated_at)).where(
    _ev.c.admin1_code.is_(None), _ev.c.geo_precision == "country"
)
# A block read whole: every day, for every stored date precision.
_ALL_DAYS = {p: (1, date.max.toordinal()) for p in PRECISIONS}


class BlockCache:
    """Every stored event of the blocks looked in so far, by block; see the module
    docstring."""

    def __init__(self) -> None:
        self._entries: dict[BlockKey, dict[str, tuple[Cluster, str | None]]] = {}
        self._where: dict[str, BlockKey] = {}  # event id → the block holding it
        self._indexes: dict[BlockKey, DayIndex] = {}
        self._stamps: dict[str, tuple[Any, ...]] = {}
        self.reads = 0  # blocks read from the store

    def clear(self) -> None:
        self._entries.clear()
        self._where.clear()
        self._indexes.clear()
        self._stamps.clear()

    def check(self, conn: sa.Connection, state: str) -> None:
        """Forget everything when `state`'s events are not as this cache left them (another
        writer stored or changed one since `stamp`)."""
        if self._stamps.get(state) != _stamp(conn, state):
            self.clear()

    def stamp(self, conn: sa.Connection, state: str) -> None:
        """Remember how `state`'s events stand now (after this cache's own writes)."""
        self._stamps[state] = _stamp(conn, state)

    def indexes(self, conn: sa.Connection, mentions: Iterable[Mention]) -> dict[BlockKey, DayIndex]:
        """{block: its `DayIndex`} for every block the `mentions` look in, as
        `block_reads.prefetch_blocks` gives them; a block not held yet is read whole."""
        keys = {
            (m.state, f)
            for m in mentions
            if m.state is not None and m.day is not None
            for f in block_families(m)
        }
        self._read(conn, [key for key in keys if key not in self._entries])
        out: dict[BlockKey, DayIndex] = {}
        for key in keys:
            index = self._indexes.get(key)
            if index is None:
                index = self._indexes[key] = DayIndex(self._entries[key].values())
            out[key] = index
        return out

    def _read(self, conn: sa.Connection, keys: list[BlockKey]) -> None:
        """Read the blocks `keys` whole (one statement for all of them on PostgreSQL)."""
        for key in keys:
            self._entries[key] = {}
        for key, cluster, precision in blocks_rows(conn, [(key, _ALL_DAYS) for key in keys]):
            self._entries[key][cluster.id] = (cluster, precision)
            self._where[cluster.id] = key
        self.reads += len(keys)

    def note(self, events: Iterable[BatchEvent]) -> None:
        """Take in the events a transaction wrote (before it commits): each leaves the block
        it was in and joins the block its new row puts it in."""
        for event in events:
            if event.row is None:
                continue
            old = self._where.pop(event.id, None)
            if old is not None:
                self._entries[old].pop(event.id, None)
                self._indexes.pop(old, None)
            c = event.cluster
            if c is None or c.state is None:
                continue
            key = (c.state, c.family)
            held = self._entries.get(key)
            if held is None:
                continue  # read whole, with this event, when first looked in
            held[event.id] = (c, event.row.get("date_precision"))
            self._where[event.id] = key
            self._indexes.pop(key, None)


def _stamp(conn: sa.Connection, state: str) -> tuple[Any, ...]:
    if state == NATIONAL:
        return tuple(conn.execute(_NATIONAL_STAMP).one())
    return tuple(conn.execute(_STAMP, {"state": state}).one())
