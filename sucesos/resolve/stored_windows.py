"""The stored events an ingest's writer has read, kept across its batches.

Each batch asks for the stored events near its records (`block_reads.prefetch_blocks`: per
block, the union of the windows of a run of days) and decodes them (`match.event_cluster`);
the batches of one input look in the same blocks over overlapping windows, so every batch
read and decoded again most of what the one before had. `WindowCache` keeps the events it
read, per block and stored date precision in order of day, with the day ranges read so far,
and reads from the store only the part of a window not read yet. It takes in what the writer
itself writes (`note`, as `blocks.BlockCache` does for a bulk load) and is only as good as the
knowledge that nobody else wrote: `check`, at the start of each transaction, forgets
everything unless the store is as the writer's previous transaction left it
(`sucesos.store.version.own_writes_token`; SQLite only: elsewhere it keeps nothing).

The decisions are those of reading the store every batch: `DayIndex` picks each mention's
window from the events it is given, and `core.pick` ranks candidates whatever their order.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from typing import Any

import sqlalchemy as sa

from sucesos.resolve.batch_rows import BatchEvent, Linked
from sucesos.resolve.block_reads import block_requests, blocks_rows
from sucesos.resolve.config import PRECISIONS
from sucesos.resolve.event_sums import Recent
from sucesos.resolve.match import BlockKey, DayIndex
from sucesos.resolve.mentions import Cluster, Mention
from sucesos.store import schema
from sucesos.store.column_types import UTCDateTime
from sucesos.store.version import own_writes_token

_COLUMNS = tuple(c.name for c in schema.events.columns)
_TIMES = tuple(c.name for c in schema.events.columns if isinstance(c.type, UTCDateTime))
_TIME = UTCDateTime()
# What `note` keeps of an event it wrote: its row, figures, last version, reports and the
# originals of the syndicated copies its batch knew.
_Written = tuple[dict[str, Any], dict[str, Any] | None, int, list[Linked], Mapping[str, str]]
# (block, stored date precision)
_Part = tuple[BlockKey, str]


class WindowCache:
    """The stored events read so far, by block and date precision; see the module docstring.
    Holds at most about `limit` events: past it, it starts over."""

    def __init__(self, limit: int = 100_000, rows: int = 20_000) -> None:
        self.limit = limit
        # The rows and reports of the events written last, as the store would give them
        # back (`match.event_rows`, `merge.linked_records_of`): a record of a later batch
        # often joins an event an earlier one wrote.
        self._rows: Recent[_Written] = Recent(rows)
        self._days: dict[_Part, tuple[list[int], list[Cluster]]] = {}  # in order of day
        self._covered: dict[_Part, list[tuple[int, int]]] = {}  # day ranges read, in order
        self._where: dict[str, tuple[_Part, int]] = {}  # event id → its part and day
        self._token: tuple[Any, ...] | None = None
        self.reads = 0  # day ranges read from the store

    def clear(self) -> None:
        self._rows = Recent(self._rows.size)
        self._days.clear()
        self._covered.clear()
        self._where.clear()
        self._token = None

    def check(self, conn: sa.Connection) -> bool:
        """At the start of a transaction, after its write lock: forget everything unless
        nothing but this cache's writer changed the store since `stamp`. False when the
        store gives no token (nothing may be kept; the caller reads the store instead)."""
        token = own_writes_token(conn)
        if token is None or token != self._token:
            self.clear()
        self._token = None  # until this transaction's `stamp`
        return token is not None

    def stamp(self, conn: sa.Connection) -> None:
        """At the end of a transaction, after `note` and before the commit: how the store
        stands with this transaction's writes."""
        if len(self._where) > self.limit:
            self.clear()
        self._token = own_writes_token(conn)

    def indexes(self, conn: sa.Connection, mentions: Iterable[Mention]) -> dict[BlockKey, DayIndex]:
        """{block: its `DayIndex`} for every block the `mentions` look in, holding what
        `block_reads.prefetch_blocks` would read; only the days not read yet are read."""
        keys, requests = block_requests(mentions)
        missing: list[tuple[BlockKey, dict[str, tuple[int, int]]]] = []
        for key, windows in requests:
            for p, (lo, hi) in windows.items():
                for gap in _gaps(self._covered.get((key, p), []), lo, hi):
                    missing.append((key, {p: gap}))
        if missing:
            for key, c, precision in blocks_rows(conn, missing):
                if precision is not None:
                    self._put((key, precision), c)
            for key, windows in missing:
                for p, (lo, hi) in windows.items():
                    _cover(self._covered.setdefault((key, p), []), lo, hi)
            self.reads += len(missing)
        found: dict[BlockKey, dict[str, tuple[Cluster, str | None]]] = {key: {} for key in keys}
        for key, windows in requests:
            into = found[key]
            for p, (lo, hi) in windows.items():
                days, items = self._days.get((key, p), ([], []))
                start = bisect_left(days, lo)
                for c in items[start : bisect_right(days, hi, start)]:
                    into[c.id] = (c, p)
        return {key: DayIndex(entries.values()) for key, entries in found.items()}

    def held(self, event_ids: Iterable[str]) -> dict[str, tuple[dict[str, Any], list[Linked]]]:
        """{event id: (its row with `_last_version`, its reports)} of the `event_ids` this
        cache holds, as `match.event_rows` and `merge.linked_records_of` read them (new
        objects the caller may change)."""
        out: dict[str, tuple[dict[str, Any], list[Linked]]] = {}
        for event_id in event_ids:
            found = self._rows.get(event_id)
            if found is not None:
                out[event_id] = _as_stored(*found)
        return out

    def note(self, events: Iterable[BatchEvent], copies: Mapping[str, str]) -> None:
        """Take in the events a transaction wrote (before it commits): each leaves the place
        it had and takes the one its new row gives it. `copies`: the originals of the
        syndicated copies among their articles (what the store joins to their reports)."""
        for event in events:
            if event.row is None:
                continue
            # The batch's own objects, which no later batch changes (each gets new ones from
            # `held`): made into what the store gives back only when asked for.
            kept = (event.row, event.figures, event.version, event.linked, copies)
            self._rows.put(event.id, kept)
            self._drop(event.id)
            c, precision = event.cluster, event.row.get("date_precision")
            if c is not None and c.state is not None and precision in PRECISIONS:
                self._put(((c.state, c.family), str(precision)), c)

    def _put(self, part: _Part, c: Cluster) -> None:
        self._drop(c.id)
        day = c.day or 0
        days, items = self._days.setdefault(part, ([], []))
        at = bisect_right(days, day)
        days.insert(at, day)
        items.insert(at, c)
        self._where[c.id] = (part, day)

    def _drop(self, event_id: str) -> None:
        held = self._where.pop(event_id, None)
        if held is None:
            return
        part, day = held
        days, items = self._days[part]
        at = bisect_left(days, day)
        while items[at].id != event_id:
            at += 1
        del days[at]
        del items[at]


def _as_stored(
    row: dict[str, Any],
    figures: dict[str, Any] | None,
    version: int,
    linked: list[Linked],
    copies: Mapping[str, str],
) -> tuple[dict[str, Any], list[Linked]]:
    """An event the writer wrote as the store gives it back: its row with its figures and
    `_last_version`, in the order of a stored row, its times in UTC (`match.event_rows`),
    and its reports, each article's row with `copy_of` (`merge.linked_records_of`)."""
    full = {**row, "figures": figures}
    stored = {name: full[name] for name in _COLUMNS}
    for name in _TIMES:
        stored[name] = _TIME.process_result_value(
            _TIME.process_bind_param(stored[name], None), None
        )
    stored["_last_version"] = version
    reports = [
        (r, a if "copy_of" in a else {**a, "copy_of": copies.get(a["id"])}) for r, a in linked
    ]
    return stored, reports


def _gaps(covered: list[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int]]:
    """The days of [lo, hi] outside the `covered` ranges (disjoint, in order)."""
    gaps: list[tuple[int, int]] = []
    for a, b in covered:
        if b < lo:
            continue
        if a > hi:
            break
        if a > lo:
            gaps.append((lo, a - 1))
        lo = max(lo, b + 1)
        if lo > hi:
            return gaps
    if lo <= hi:
        gaps.append((lo, hi))
    return gaps


def _cover(covered: list[tuple[int, int]], lo: int, hi: int) -> None:
    """Add [lo, hi] to the `covered` ranges, merging the ones it touches."""
    kept = [(a, b) for a, b in covered if b < lo - 1 or a > hi + 1]
    for a, b in covered:
        if not (b < lo - 1 or a > hi + 1):
            lo, hi = min(lo, a), max(hi, b)
    kept.append((lo, hi))
    kept.sort()
    covered[:] = kept
