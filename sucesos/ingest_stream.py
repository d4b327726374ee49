"""The ingest stream under `sucesos.api.ingest`: articles in batches, extracted in worker
processes a few batches ahead, written by one writer that resolves each batch in one
transaction and keeps the outlets' home states as a one-by-one run would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from sucesos.extract.outlets import (
    MIN_CONFIDENCE,
    OutletHomes,
    OutletPriors,
    placed_state,
)
from sucesos.extract.places_match import Dropped
from sucesos.models import Article, EventRecord
from sucesos.readers.records import article_origin
from sucesos.store import Store, schema
from sucesos.store.keys import now
from sucesos.store.refusals import refusal_reason
from sucesos.store.summary import StoredCounts

if TYPE_CHECKING:
    from sucesos.resolve.merge import RecordCache
    from sucesos.resolve.stored_windows import WindowCache


@dataclass
class IngestSummary(StoredCounts):
    """What an ingest did (`StoredCounts` plus the articles read and the events updated);
    `errors` are "path:line: reason" lines for bad files, records and articles."""

    articles_read: int = 0
    events_updated: int = 0

    def format(self) -> str:
        """A one-paragraph summary for people."""
        return (
            f"{self.articles_read} articles read: {self.articles_new} new, "
            f"{self.articles_skipped} already stored; {self.records} event records; "
            f"{self.events_created} events created, {self.events_updated} updated; "
            f"{len(self.errors)} errors"
        )


@dataclass
class ReextractSummary(IngestSummary):
    """What `sucesos.api.reextract` did: an ingest's counts plus the settings rows copied
    (feeds, fetched_items, watch_rules)."""

    settings: dict[str, int] = field(default_factory=dict)

    def format(self) -> str:
        copied = ", ".join(f"{n} {table}" for table, n in self.settings.items())
        return f"{super().format()}; copied {copied}"


class IngestError(Exception):
    """Raised by a strict ingest at its first error; `summary` counts what was committed."""

    def __init__(self, message: str, summary: IngestSummary) -> None:
        super().__init__(message)
        self.summary = summary


def outlet_priors(store: Store | None = None) -> OutletPriors:
    """Outlets' home states for extraction: the bundled outlet table, plus what `store` has
    learned when one is given (see `sucesos.extract.outlets`). The one source of outlet
    priors for `extract`, `ingest`, `watch` and the HTTP API."""
    priors = OutletPriors()
    if store is not None:
        priors.learned = outlet_homes(store)
    return priors


# The first batches are smaller (50, 100, 200, … up to the batch size), so the writer
# starts resolving while the extraction workers go on with the next ones.
_FIRST_BATCH = 50


# While the workers are the slower stage, the input's last batch is cut into pieces, each
# about half the size of the one before, down to pieces of at most twice this many articles
# (`_tail_pieces`).
_LAST_PIECE = 25


def _batches(articles: Iterable[Article], size: int) -> Iterator[tuple[list[Article], bool]]:
    """The articles in batches of `size` (the first ones smaller), each with True when it
    is the rest the input ended with (a batch smaller than the one due)."""
    batch: list[Article] = []
    want = min(size, _FIRST_BATCH)
    for article in articles:
        batch.append(article)
        if len(batch) >= want:
            yield batch, False
            batch = []
            want = min(size, want * 2)
    if batch:
        yield batch, True


def _tail_pieces(size: int) -> list[tuple[int, int]]:
    """The input's last batch (of `size` articles) as pieces (start, end), each about half
    the one before: the writer resolves a piece while the workers extract the next ones, so
    all it has left when extraction ends is the last, smallest piece, not a whole batch (300
    full-length articles end with a batch of 150; its pieces: 75, 38 and 37)."""
    pieces: list[tuple[int, int]] = []
    start = 0
    while size - start > 2 * _LAST_PIECE:
        end = start + (size - start + 1) // 2
        pieces.append((start, end))
        start = end
    return [*pieces, (start, size)]


class _Writer:
    """The single writer of an ingest: takes extraction results in input order, keeps the
    outlets' home states as a one-by-one run would, and resolves each batch in one
    transaction.

    An article is extracted with its outlet's home state as `OutletPriors` gives it (the
    input's, else the bundled outlet table's, else the one learned) from what the store
    and the articles this run stored before it say: no first pass over the input, so an
    ingest split in two runs stores what one run would."""

    def __init__(
        self,
        store: Store,
        summary: IngestSummary,
        strict: bool,
        explain: Callable[[Article, list[Dropped]], None] | None = None,
    ) -> None:
        self.store = store
        self.summary = summary
        self.strict = strict
        self.explain = explain
        self.priors = outlet_priors(store)
        self.records = _record_cache()
        # The stored events read by earlier batches, while nobody else writes (SQLite).
        self.windows = _window_cache()
        self.created: set[str] = set()
        self.touched: set[str] = set()
        self.started = now()
        self.batches = 0  # the batches written

    def stored_by_others(self, article_ids: list[str]) -> dict[str, str | None]:
        """{article id: its placed state} for the given articles that another process stored
        since this ingest started: their placements count towards outlets' home states as
        if this run had stored them."""
        if not article_ids:
            return {}
        a, r = schema.articles, schema.records
        found: dict[str, list[EventRecord]] = {}
        with self.store.engine.connect() as conn:
            rows = conn.execute(
                sa.select(a.c.id, r.c.data)
                .select_from(a.outerjoin(r, r.c.article_id == a.c.id))
                .where(a.c.id.in_(article_ids), a.c.ingested_at >= self.started)
                .order_by(a.c.id, r.c.id)
            )
            for article_id, data in rows:
                records = found.setdefault(article_id, [])
                if data is not None:
                    records.append(EventRecord.from_dict(data))
        return {k: placed_state(v) for k, v in found.items()}

    def home_now(self, article: Article) -> str | None:
        return self.priors.home_state(article)

    def handout(self, article: Article) -> tuple[Article, str | None, bool]:
        """An article as handed to the workers ahead of its turn: with the home state known
        now and, when learning may still change that home state before its turn, a request
        to keep what the places stage found (`home_matters` then looks only for the other
        home's places)."""
        return article, self.home_now(article), self.priors.needs_learning(article)

    def report(self, message: str) -> None:
        """Add a problem to the summary; a strict ingest stops at it."""
        if self.strict:
            raise IngestError(message, self.summary)
        self.summary.errors.append(message)

    def write(self, batch: list[Article], fresh: list[bool], results: Iterable[Any]) -> None:
        """Resolve and store one batch: `batch` in input order, of which the `fresh`
        articles were extracted (`results`, in order) and the others found stored (or
        repeated)."""
        from sucesos.extract.pipeline import home_matters
        from sucesos.workers import extract_one, finish_result

        self.batches += 1
        todo: list[tuple[Article, list[EventRecord]]] = []
        fingerprints: list[Any] = []
        packed: dict[str, bytes] = {}
        placed: list[str | None] = []
        others = self.stored_by_others(
            [a.id for a, new in zip(batch, fresh, strict=True) if not new]
        )
        pending = iter(results)
        for article, new in zip(batch, fresh, strict=True):
            if not new:
                if article.id in others:  # count it where a one-by-one run would have
                    self.priors.observe(article, others[article.id])
                continue
            done = next(pending)
            want = done.home if done.current else self.home_now(done.article)
            if done.home != want and home_matters(
                done.article, done.records, done.home, want, done.places
            ):
                # the outlet's home state changed since it was handed out, and it counts here
                done = extract_one(done.article, want, self.explain is not None)
            finish_result(done)  # when the workers left it to the writer
            if self.explain is not None and done.error is None:
                self.explain(done.article, done.drops)
            for warning in done.warnings:
                self.report(f"{article_origin(done.article)}: warning: {warning}")
            state = None
            if done.error is not None:
                self.report(f"{article_origin(done.article)}: extraction failed: {done.error}")
            else:
                state = done.placed
                self.priors.observe(done.article, state)
            todo.append((done.article, done.records))
            fingerprints.append(done.fingerprint)
            packed.update(done.packed)
            placed.append(state)
        try:
            linked, kept = self.store_batch(todo, fingerprints, packed)
        except Exception as exc:
            if _store_unreachable(exc):
                raise
            # One article of the batch cannot be stored (the transaction rolled back): store
            # them one by one, so every other article lands, and report the ones that fail.
            linked, kept, failed = [], [], 0
            for i, item in enumerate(todo):
                try:
                    one, stored = self.store_batch([item], [fingerprints[i]], packed)
                except Exception as exc:
                    if _store_unreachable(exc):
                        raise
                    failed += 1
                    # Not stored: a rerun reads it again, so it must not count as placed.
                    self.priors.observe(item[0], placed[i], -1)
                    self.report(
                        f"{article_origin(item[0])}: [E040] not stored: {refusal_reason(exc)}"
                    )
                    continue
                linked += one
                kept += stored
        else:
            failed = 0
        self.summary.articles_skipped += len(todo) - len(kept) - failed
        for event_ids in linked:
            for event_id, is_new in event_ids:
                (self.created if is_new else self.touched).add(event_id)
        self.summary.articles_new += len(kept)
        self.summary.records += sum(len(records) for _, records in kept)
        self.summary.events_created = len(self.created)
        self.summary.events_updated = len(self.touched - self.created)

    def store_batch(
        self,
        todo: list[tuple[Article, list[EventRecord]]],
        fingerprints: list[Any],
        packed: dict[str, bytes],
    ) -> tuple[list[list[tuple[str, bool]]], list[tuple[Article, list[EventRecord]]]]:
        """Store and resolve `todo` in one transaction; (event ids linked per article, the
        articles stored). Another process may have stored some since the batch was read:
        those are skipped. `packed`: the records' data as the workers packed it."""
        from sucesos.resolve import BatchResolver

        try:
            with self.store.engine.begin() as conn:
                resolver = BatchResolver(conn, cache=self.records)  # takes the write lock
                if self.windows.check(conn):
                    resolver.block_cache = self.windows
                stored = resolver.stored_articles([a.id for a, _ in todo])
                keep = [i for i, (a, _) in enumerate(todo) if a.id not in stored]
                linked = resolver.add_articles(
                    [todo[i] for i in keep], [fingerprints[i] for i in keep], packed
                )
                resolver.flush()
                if resolver.block_cache is not None:
                    self.windows.stamp(conn)
        except BaseException:
            self.windows.clear()  # it took in writes that were rolled back
            raise
        return linked, [todo[i] for i in keep]


def _record_cache() -> RecordCache:
    """The writer's `RecordCache` (the resolver is imported when the writer starts)."""
    from sucesos.resolve.merge import RecordCache

    return RecordCache()


def _window_cache() -> WindowCache:
    """The writer's `WindowCache` (the resolver is imported when the writer starts)."""
    from sucesos.resolve.stored_windows import WindowCache

    return WindowCache()


def _store_unreachable(exc: Exception) -> bool:
    """True when the error is the store's, not an article's (the connection was lost): no
    article could be stored, so the ingest stops instead of reporting each one."""
    return isinstance(exc, sa.exc.DBAPIError) and exc.connection_invalidated


def write_stream(
    articles: Iterable[Article],
    store: Store,
    summary: IngestSummary,
    strict: bool,
    batch_size: int,
    workers: int,
    bar: Any = None,
    explain: Callable[[Article, list[Dropped]], None] | None = None,
) -> None:
    """Extract (in `workers` processes) and write `articles` batch by batch; a few batches
    are extracted ahead while the writer resolves, so every core stays busy."""
    from collections import deque

    from sucesos.workers import ExtractionPool, Pending, heap_settled

    writer = _Writer(store, summary, strict, explain)
    ahead: deque[tuple[list[Article], list[bool], Pending]] = deque()
    # True while the workers are the slower stage (a batch the writer came for was not
    # done): the next batches are handed out for extraction alone, and the writer, which
    # would otherwise wait, fingerprints and packs their results (`workers.finish_result`).
    # With one worker on headlines that is about a tenth of the worker's time per article.
    lighten = False
    with ExtractionPool(workers, explain=explain is not None) as pool, heap_settled():
        for whole, last in _batches(articles, batch_size):
            if bar is not None:
                bar.update(len(whole))
            # The last batch in pieces while the workers are the slower stage (or before
            # the writer has come for any batch: a short input); the pieces are finished
            # by the workers, as the writer would otherwise do it after them.
            tail = last and pool.pool is not None and (lighten or not writer.batches)
            every = _fresh(store, summary, whole)
            for start, end in _tail_pieces(len(whole)) if tail else [(0, len(whole))]:
                batch, flags = whole[start:end], every[start:end]
                fresh = [a for a, new in zip(batch, flags, strict=True) if new]
                # Without a pool each article is extracted when its turn comes, with the
                # home state known then: none is needed now.
                ahead_of_writer = pool.pool is not None
                submitted = pool.submit(
                    [writer.handout(a) if ahead_of_writer else (a, None, False) for a in fresh],
                    finish=tail or not lighten,
                )
                ahead.append((batch, flags, submitted))
                while len(ahead) > (2 if pool.pool is not None else 0):
                    done, ids, running = ahead.popleft()
                    lighten = running.behind()
                    writer.write(done, ids, running.results(writer.home_now))
        while ahead:
            done, ids, running = ahead.popleft()
            writer.write(done, ids, running.results(writer.home_now))


def _fresh(store: Store, summary: IngestSummary, batch: list[Article]) -> list[bool]:
    """For each article of `batch`, whether it is to be extracted: not when stored already
    (counted as skipped), nor when it came before in the batch."""
    stored = stored_article_ids(store, [a.id for a in batch])
    flags: list[bool] = []
    for article in batch:
        flags.append(article.id not in stored)
        if article.id in stored:
            summary.articles_skipped += 1
            continue
        stored.add(article.id)  # the same article twice in one input counts once
    return flags


def stored_article_ids(store: Store, ids: list[str]) -> set[str]:
    """Which of `ids` are stored already."""
    from sucesos.store.writer import stored_ids

    with store.engine.connect() as conn:
        return stored_ids(conn, schema.articles.c.id, ids)


def outlet_homes(store: Store) -> OutletHomes:
    """Where each outlet's stored articles were confidently placed at town level, counted once
    per article: the evidence for its home state (see `sucesos.extract.outlets`)."""
    a, r = schema.articles, schema.records
    query = (
        sa.select(a.c.source, r.c.admin1_code, sa.func.count(sa.distinct(a.c.id)))
        .select_from(r.join(a, r.c.article_id == a.c.id))
        .where(
            r.c.status.in_(["reported", "disputed"]),
            r.c.confidence >= MIN_CONFIDENCE,
            r.c.admin2_code.is_not(None),
            a.c.source.is_not(None),
        )
        .group_by(a.c.source, r.c.admin1_code)
    )
    homes = OutletHomes()
    with store.engine.connect() as conn:
        for source, state, n in conn.execute(query):
            homes.observe(source, state, n)
    return homes
