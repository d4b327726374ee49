"""Resolving a batch of articles in one transaction, at the speed of the data.

`BatchResolver` gives the results of resolving records one at a time (`match.find_event`,
then `event_sums.compute_event` over every report of the event) while touching the database
little: existence checks for the whole batch in one query per table; a new event computed
straight from its record; an event joined in the batch read once and then kept in memory
(the block query of a later record sees it through that overlay); and every row of the
batch — articles, fingerprints, records, events, reports, claims, actors, versions, daily
totals — written by one executemany per table in `flush`.

What it reads ahead of its records is `batch_lookahead`'s, how it brings an event up to date
`batch_recompute`'s, the rows it keeps and writes `batch_rows`'.

Usage: `r = BatchResolver(conn)` (takes the resolution lock), `r.add(article, records)` per
article in input order, then `r.flush()` before the transaction commits.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa

from sucesos.models import Article, EventRecord, stable_id
from sucesos.resolve.batch_lookahead import NOT_EVENTS, Lookahead, mention_of
from sucesos.resolve.batch_recompute import Recompute
from sucesos.resolve.batch_rows import BatchEvent, Linked, PendingRows, article_info, link_order
from sucesos.resolve.blocks import BlockCache
from sucesos.resolve.core import choose, compatible, pick
from sucesos.resolve.event_sums import FactsCache
from sucesos.resolve.figures import record_claims
from sucesos.resolve.match import BlockKey, DayIndex, event_rows
from sucesos.resolve.mentions import Cluster, Mention
from sucesos.resolve.merge import RecordCache, linked_records, record_events
from sucesos.resolve.stored_windows import WindowCache
from sucesos.resolve.syndication import Fingerprint, find_originals, fingerprint_text
from sucesos.store import schema
from sucesos.store.keys import now, outlet_name
from sucesos.store.locks import lock_for_resolution
from sucesos.store.writer import article_row, record_row, stored_ids

_rep = schema.reports


class BatchResolver(Lookahead, Recompute):
    """Resolves articles' records into events inside the caller's transaction; see the
    module docstring. Not thread-safe; one per transaction."""

    def __init__(
        self,
        conn: sa.Connection,
        *,
        lock: bool = True,
        cache: RecordCache | None = None,
        blocks: BlockCache | WindowCache | None = None,
        summaries: bool = True,
    ) -> None:
        self.conn = conn
        # False: the summary tables are left as they are, for a caller that rebuilds them
        # once at the end (`sucesos batch load`), instead of adding each batch's changes.
        self.summaries = summaries
        # Decoded records kept across the batches of one writer (`RecordCache`).
        self.cache = cache
        self.facts = cache.facts if cache is not None else FactsCache()
        self.sums = cache.sums if cache is not None else None
        # Stored events kept across transactions: whole blocks of one state (`BlockCache`,
        # a bulk load) or the windows an ingest read (`WindowCache`); the caller checks it
        # is current before this transaction reads and stamps it after `flush`.
        self.block_cache = blocks
        if lock:
            lock_for_resolution(conn)
        self.events: dict[str, BatchEvent] = {}
        self.blocks: dict[tuple[str, str], dict[str, BatchEvent]] = {}
        self.new_articles: dict[str, dict[str, Any]] = {}  # id → info, written this batch
        self.absent: set[str] = set()  # article ids this transaction found not stored
        self.copies: dict[str, str] = {}  # copy → original, for articles known to the batch
        self.outlets: dict[str, str] = {}
        self.seen_records: dict[str, str | None] = {}  # record id → event id (None: none)
        self.packed: dict[str, bytes] = {}  # record id → its data packed by the caller
        self.rows = self._pending()  # what `flush` writes
        self._stamp = now()
        # Caches of the store as it stood before this batch (see `_prefetch`).
        self.prefetched: dict[BlockKey, DayIndex] = {}
        self.stored_rows: dict[str, dict[str, Any]] = {}
        self.stored_links: dict[str, list[Linked]] = {}
        self.mentions: dict[tuple[str, str], Mention] = {}  # by `_prefetch`, for `_resolve`
        # What `choose` gave each of those mentions among the prefetched blocks' events: the
        # decision `_resolve` takes too while none of those events changed in the batch.
        self.chosen: dict[tuple[str, str], Cluster | None] = {}
        # The prefetched events of each of those mentions' block, and those among them it is
        # `compatible` with: once the batch changed its block, `_resolve` asks only about
        # the batch's events.
        self.fits: dict[tuple[str, str], tuple[list[Cluster], list[Cluster]]] = {}

    # --- articles ---------------------------------------------------------------------------

    def stored_articles(self, ids: Sequence[str]) -> set[str]:
        """Which of `ids` are stored (by this or an earlier transaction). The store is asked
        once per id and transaction: one found absent stays so while this transaction holds
        the resolution lock (the writer checks a batch, then `add_articles` checks it again)."""
        ask = [i for i in ids if i not in self.absent and i not in self.new_articles]
        found = stored_ids(self.conn, schema.articles.c.id, ask)
        self.absent.update(i for i in ask if i not in found)
        return found | (set(ids) & set(self.new_articles))

    def _ingested_at(self) -> datetime:
        """Now, strictly later than the previous article's stamp, so reports keep the order
        the articles were written in."""
        stamp = now()
        if stamp <= self._stamp:
            stamp = self._stamp + timedelta(microseconds=1)
        self._stamp = stamp
        return stamp

    def add_articles(
        self,
        items: Sequence[tuple[Article, list[EventRecord]]],
        fingerprints: Sequence[Fingerprint | None] | None = None,
        packed: Mapping[str, bytes] | None = None,
    ) -> list[list[tuple[str, bool]]]:
        """Resolve each article's records in order (storing new articles and records); for
        each article, the event id of each linked record with True when it created it.

        `fingerprints` (one per article, None for short texts) come from the extraction
        workers; they are computed here when not given. So may `packed`, the records' data
        as stored ({record id: `sucesos.store.writer.packed_record`}); a record it leaves
        out is packed when written.
        """
        if packed:
            self.packed.update(packed)
        stored = self.stored_articles([a.id for a, _ in items])
        fresh: list[tuple[Article, Fingerprint | None]] = []
        for i, (article, _) in enumerate(items):
            if article.id in stored:
                continue
            stored.add(article.id)
            fp = fingerprints[i] if fingerprints is not None else fingerprint_text(article.text)
            fresh.append((article, fp))
        found = find_originals(self.conn, [(a.id, fp) for a, fp in fresh])
        for (article, fp), (copy_of, similarity) in zip(fresh, found, strict=True):
            stamp = self._ingested_at()
            self.rows.articles.append(article_row(article, stamp))
            self.new_articles[article.id] = article_info(article, stamp)
            self.outlets[article.id] = outlet_name(article.source, article.url, article.id)
            if copy_of is not None:
                self.copies[article.id] = copy_of
            if fp is not None:
                self.rows.add_fingerprint(article.id, fp, copy_of, similarity)
        self._check_records([r for _, records in items for r in records])
        self._prefetch(items)
        return [self._resolve(article, records) for article, records in items]

    def add_stored(
        self,
        items: Sequence[tuple[Article, list[EventRecord]]],
        infos: Mapping[str, dict[str, Any]],
        copies: Mapping[str, str],
    ) -> list[list[tuple[str, bool]]]:
        """Resolve records a bulk load has just stored with their articles (`sucesos batch
        load`), in order, as `add_articles` would have: `infos` gives each article's stored
        row (id, source, url, published, ingested_at), `copies` the originals of the
        syndicated copies among them. Nothing is written for the articles or records."""
        for article, _ in items:
            self.new_articles[article.id] = dict(infos[article.id])
            if article.id in copies:
                self.copies[article.id] = copies[article.id]
        self._check_records([r for _, records in items for r in records])
        self._prefetch(items)
        return [self._resolve(article, records) for article, records in items]

    def add(self, article: Article, records: list[EventRecord]) -> list[tuple[str, bool]]:
        """`add_articles` for one article."""
        return self.add_articles([(article, records)])[0]

    def _check_records(self, records: list[EventRecord]) -> None:
        """Note which records are stored already, and the event each is linked to."""
        ids = [r.id for r in records if r.id not in self.seen_records]
        if not ids:
            return
        self.seen_records.update(record_events(self.conn, ids))

    # --- resolution ---------------------------------------------------------------------------

    def _article_of(self, article: Article) -> dict[str, Any]:
        info = self.new_articles.get(article.id)
        if info is not None:
            return info
        art = schema.articles
        row = self.conn.execute(
            sa.select(art.c.id, art.c.source, art.c.url, art.c.published, art.c.ingested_at).where(
                art.c.id == article.id
            )
        ).one()
        return dict(row._mapping)

    def _resolve(self, article: Article, records: list[EventRecord]) -> list[tuple[str, bool]]:
        copy_of = self.copies.get(article.id) if article.id in self.new_articles else None
        outlet = outlet_name(article.source, article.url, article.id)
        if article.id in self.new_articles:
            # What `_learn_articles` would read back for it: its outlet, from the same fields.
            self.outlets.setdefault(article.id, outlet)
        who = outlet if copy_of is None else f"{outlet} (syndicated copy of article {copy_of})"
        info: dict[str, Any] | None = None
        out: list[tuple[str, bool]] = []
        for record in records:
            if record.id not in self.seen_records:
                self.rows.records.append(record_row(record, self.packed.pop(record.id, None)))
                self.seen_records[record.id] = None
            if record.status in NOT_EVENTS:
                continue
            linked = self.seen_records[record.id]
            if linked is not None:  # resolving the same record twice changes nothing
                out.append((linked, False))
                continue
            if info is None:
                info = self._article_of(article)
            key = (article.id, record.id)
            m = self.mentions.pop(key, None) or mention_of(article, record)
            found = self.chosen.pop(key, None)  # set with `fits` by `_prefetch`
            listed, fits = self.fits.pop(key, (None, None))
            stored, batch, as_prefetched = self._candidates(m, article.id, listed)
            if fits is None or as_prefetched is None:
                found = choose(m, stored + batch)
            elif not as_prefetched:  # the stored events' answers as `_prefetch` had them
                kept = [c for c in fits if c.id not in self.events]
                found = pick(m, kept + [c for c in batch if compatible(m, c)])
            if found is None:
                event = self._new_event(stable_id("event", record.id))
                reason = f"created from {who}"
            else:
                event = self._event(found.id)
                reason = f"linked report from {who}"
            added = self._link(event, record, info, outlet)
            self.seen_records[record.id] = event.id
            self._recompute(event, f"{reason} (record {record.id})", added)
            out.append((event.id, found is None))
        return out

    def _new_event(self, event_id: str) -> BatchEvent:
        event = BatchEvent(id=event_id, linked=[], stored=None, version=0)
        self.events[event_id] = event
        return event

    def _event(self, event_id: str) -> BatchEvent:
        """A stored event, read once into the batch with every report linked to it."""
        event = self.events.get(event_id)
        if event is not None:
            return event
        stored = self.stored_rows.pop(event_id, None)
        if stored is None:
            stored = event_rows(self.conn, [event_id]).get(event_id)
            if stored is None:
                raise LookupError(f"no event {event_id!r}")
        last = stored.pop("_last_version")
        linked = self.stored_links.pop(event_id, None)
        if linked is None:
            linked = linked_records(self.conn, event_id, self.cache)
        event = BatchEvent(id=event_id, linked=linked, stored=stored, version=int(last or 0))
        if stored["n_sources"]:  # a placeholder (split) has no state yet
            event.row = {k: v for k, v in stored.items() if k != "figures"}
            event.figures = stored.get("figures")
            event.records = [r.id for r, _ in linked]
            if self.sums is not None:  # added up by an earlier batch of this writer
                event.sums = self.sums.of(event_id, linked)
        for _, a in linked:  # what the linked articles say of themselves
            if a["id"] not in self.outlets:
                self.outlets[a["id"]] = outlet_name(a["source"], a["url"], a["id"])
                if a.get("copy_of"):
                    self.copies[a["id"]] = a["copy_of"]
        self.events[event_id] = event
        self._index(event)
        return event

    def _link(
        self, event: BatchEvent, record: EventRecord, info: dict[str, Any], outlet: str
    ) -> Linked:
        if self.cache is not None:  # a later batch reads it back without decoding it
            self.cache.put(record.id, record)
        added = (record, info)
        event.linked.append(added)
        event.linked.sort(key=link_order)
        link = {"event_id": event.id, "record_id": record.id, "article_id": record.article_id}
        self.rows.reports.append(link)
        self.rows.claims.extend({**link, "source": outlet, **c} for c in record_claims(record))
        return added

    def rebuild(self, event_id: str, reason: str, removed: Sequence[str] = ()) -> dict[str, Any]:
        """Recompute a stored event from its reports as stored, after a split moved the
        `removed` records out of it."""
        event = self.events.pop(event_id, None)
        self.stored_rows.pop(event_id, None)  # re-read: a split changed it in the store
        self.stored_links.pop(event_id, None)
        if event is not None and event.block is not None:
            self.blocks.get(event.block, {}).pop(event_id, None)
        event = self._event(event_id)
        if event.row is not None:  # its records as of its last version
            event.records = event.records + [r for r in removed if r not in event.records]
        return self._recompute(event, reason)

    # --- writing ------------------------------------------------------------------------------

    def flush(self) -> None:
        """Write everything the batch resolved (one statement per table), then start over."""
        self.rows.write(self.conn, self.events.values())
        if isinstance(self.block_cache, WindowCache):
            self.block_cache.note(self.events.values(), self.copies)
        elif self.block_cache is not None:
            self.block_cache.note(self.events.values())
        self._reset()

    def _pending(self) -> PendingRows:
        return PendingRows() if self.summaries else PendingRows(daily=None)

    def _reset(self) -> None:
        self.rows = self._pending()
        self.events.clear()
        self.blocks.clear()
        self.new_articles.clear()
        self.absent.clear()
        self.prefetched.clear()
        self.stored_rows.clear()
        self.stored_links.clear()
        self.mentions.clear()
        self.chosen.clear()
        self.fits.clear()
        self.packed.clear()
