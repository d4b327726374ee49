"""What a batch resolver reads of the store ahead of its records (`Lookahead`): the blocks
of the batch's records and the stored events they are likely to join, read in a few queries
before any is resolved (`_prefetch`), and the candidates of one record among those and the
batch's own events (`_candidates`). Only a cache of the store as it stood before the batch:
the decisions are the same without it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from sucesos.models import Article, EventRecord
from sucesos.resolve.batch_rows import BatchEvent, Linked, block_events
from sucesos.resolve.block_reads import prefetch_blocks
from sucesos.resolve.blocks import BlockCache
from sucesos.resolve.core import compatible, pick
from sucesos.resolve.match import BlockKey, DayIndex, event_rows, load_block
from sucesos.resolve.mentions import Cluster, Mention, block_families
from sucesos.resolve.merge import RecordCache, linked_records_of
from sucesos.resolve.stored_windows import WindowCache
from sucesos.store.keys import as_date

NOT_EVENTS = frozenset({"historical", "statistic"})
_NO_BLOCK = DayIndex()  # a block no record of the batch looked in


def mention_of(article: Article, record: EventRecord) -> Mention:
    """What matching needs of `record`, dated by the article's publication when it gives no
    date of its own."""
    day = as_date(record.date) or article.published_date
    return Mention.from_record(record, fallback=day, published=article.published_date)


class Lookahead:
    """The part of `BatchResolver` that reads ahead; the resolver sets these attributes."""

    conn: sa.Connection
    cache: RecordCache | None
    block_cache: BlockCache | WindowCache | None
    events: dict[str, BatchEvent]
    blocks: dict[tuple[str, str], dict[str, BatchEvent]]
    new_articles: dict[str, dict[str, Any]]
    seen_records: dict[str, str | None]
    # Caches of the store as it stood before this batch (see `_prefetch`).
    prefetched: dict[BlockKey, DayIndex]
    stored_rows: dict[str, dict[str, Any]]
    stored_links: dict[str, list[Linked]]
    mentions: dict[tuple[str, str], Mention]  # by `_prefetch`, for `_resolve`
    # What `choose` gave each of those mentions among the prefetched blocks' events: the
    # decision `_resolve` takes too while none of those events changed in the batch.
    chosen: dict[tuple[str, str], Cluster | None]
    # The prefetched events of each of those mentions' block, and those among them it is
    # `compatible` with: once the batch changed its block, `_resolve` asks only about
    # the batch's events.
    fits: dict[tuple[str, str], tuple[list[Cluster], list[Cluster]]]

    def _candidates(
        self, m: Mention, article_id: str, listed: list[Cluster] | None = None
    ) -> tuple[list[Cluster], list[Cluster], bool | None]:
        """The events of `m`'s block: stored ones not touched by the batch, and the batch's
        (the same block, families and windows, either way); and, when the stored ones come
        from the prefetched blocks, True when they are the candidates `_prefetch` gave to
        `choose` (no event among them touched by the batch, none of the batch's added),
        else False; None when read from the store. `listed`: what `_prefetch` found there."""
        if m.state is None or m.day is None:
            return [], [], None
        families = block_families(m)
        as_prefetched: bool | None = None
        if article_id in self.new_articles and all(
            (m.state, f) in self.prefetched for f in families
        ):
            blocks = [self.prefetched[(m.state, f)] for f in families]
            prefetched = listed or [c for block in blocks for c in block.candidates(m)]
            clusters = [c for c in prefetched if c.id not in self.events]
            as_prefetched = len(clusters) == len(prefetched)
        else:
            stored_article = article_id not in self.new_articles
            clusters = [
                c
                for c in load_block(self.conn, m, same_article=stored_article)
                if c.id not in self.events
            ]
        batch = block_events(self.blocks, m, families, article_id)
        as_prefetched = as_prefetched and not batch
        return clusters, batch, as_prefetched

    def _prefetch(self, items: Sequence[tuple[Article, list[EventRecord]]]) -> None:
        """Read, in a few queries, what resolving `items` will ask the store: the blocks of
        their records (one query per state and family) and, for the stored events they are
        likely to join, the event rows and linked records. Only a cache of the store as it
        stands before the batch writes: the decisions are the same without it."""
        keys, mentions = [], []
        for a, records in items:
            if a.id not in self.new_articles:
                continue
            for r in records:
                if r.status not in NOT_EVENTS and self.seen_records.get(r.id) is None:
                    m = self.mentions[(a.id, r.id)] = mention_of(a, r)  # kept for `_resolve`
                    keys.append((a.id, r.id))
                    mentions.append(m)
        if not mentions:
            return
        if self.block_cache is not None:
            self.prefetched.update(self.block_cache.indexes(self.conn, mentions))
        else:
            self.prefetched.update(prefetch_blocks(self.conn, mentions))
        likely: set[str] = set()
        for key, m in zip(keys, mentions, strict=True):
            if m.state is None or m.day is None:
                continue
            listed = [
                c
                for f in block_families(m)
                for c in self.prefetched.get((m.state, f), _NO_BLOCK).candidates(m)
            ]
            fits = [c for c in listed if compatible(m, c)]
            found = pick(m, fits)
            self.chosen[key] = found
            self.fits[key] = (listed, fits)
            if found is not None:
                likely.add(found.id)
        wanted = sorted(k for k in likely if k not in self.events)
        if wanted and isinstance(self.block_cache, WindowCache):  # written by earlier batches
            for event_id, (row, linked) in self.block_cache.held(wanted).items():
                self.stored_rows[event_id] = row
                self.stored_links[event_id] = linked
            wanted = [k for k in wanted if k not in self.stored_rows]
        if wanted:
            self.stored_rows.update(event_rows(self.conn, wanted))
            self.stored_links.update(linked_records_of(self.conn, wanted, cache=self.cache))
