"""The public Python API: open a store, ingest news files, query and export events.

The CLI is a thin layer over these functions:

    >>> from sucesos import open_store, ingest, export
    >>> store = open_store("events.db")
    >>> summary = ingest(["news.jsonl"], store=store)
    >>> store.events(state="Jalisco", since="2024-01-01")
    >>> export(store, "acled-csv", "events.csv")
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from tqdm import tqdm

from sucesos.export import export
from sucesos.extract.outlets import (
    MIN_CONFIDENCE,
    OutletHomes,
    OutletPriors,
    extract_batch,
    placed_state,
)
from sucesos.extract.places_match import Dropped
from sucesos.models import Article, EventRecord
from sucesos.store import Store, schema
from sucesos.store.keys import now
from sucesos.store.refusals import refusal_reason
from sucesos.store.summary import StoredCounts

__all__ = [
    "DEFAULT_BATCH",
    "DemoError",
    "IngestError",
    "IngestSummary",
    "Store",
    "demo",
    "demo_corpus",
    "export",
    "extract_articles",
    "ingest",
    "ingest_articles",
    "open_store",
]

# Articles committed per transaction: a killed ingest loses at most this many, redone on the
# next run. A larger batch reads each place's nearby events once for more records and writes
# each table with fewer statements (500 takes a third of the statements of 50 on headlines).
DEFAULT_BATCH = 500


def open_store(db: str | os.PathLike[str] | None = None) -> Store:
    """Open (creating and migrating if needed) the database at `db`.

    `db` is a file path or an SQLAlchemy URL; None means SUCESOS_DB or the per-user default
    (see `sucesos.paths`).
    """
    return Store(db)


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


class IngestError(Exception):
    """Raised by a strict ingest at its first error; `summary` counts what was committed."""

    def __init__(self, message: str, summary: IngestSummary) -> None:
        super().__init__(message)
        self.summary = summary


def _extract(
    article: Article, home_state: str | None = None, drops: list[Dropped] | None = None
) -> list[EventRecord]:
    from sucesos.extract.pipeline import default_pipeline

    given = article.metadata.get("home_state")  # an input record may name it
    doc = default_pipeline().run(
        article, home_state=given if isinstance(given, str) else home_state
    )
    if drops is not None:  # `ingest -v`: the place names not used, with their reasons
        drops.extend(doc.place_drops)
    if doc.failed_stage is not None:  # the pipeline never raises; the failure is reported
        raise ExtractionError(doc.warnings[-1])
    return doc.events


class ExtractionError(Exception):
    """An extraction stage failed on one article (the message names the article and stage)."""


def _run(article: Article, home_state: str | None = None) -> list[EventRecord]:
    # Looks `_extract` up at call time, so tests can replace it.
    return _extract(article, home_state=home_state)


def _origin(article: Article) -> str:
    return str(article.metadata.get("_origin") or article.url or article.id)


def ingest(
    paths: Iterable[str | os.PathLike[str]],
    *,
    store: Store,
    progress: bool = False,
    strict: bool = False,
    batch_size: int = DEFAULT_BATCH,
    article_fields: Mapping[str, Any] | None = None,
    workers: int = 1,
    explain: Callable[[Article, list[Dropped]], None] | None = None,
) -> IngestSummary:
    """Read, extract, resolve and store every article under `paths`; returns the counts.

    `article_fields` (title, source, published, language) are set on every article read,
    overriding what the input says (`sucesos ingest --published ...`).

    Articles already stored (same id) are skipped, so re-running is a no-op. Each batch of
    `batch_size` articles (the first ones smaller, from 50) is committed in one transaction
    together with its records, events, reports and claims: a killed ingest loses only the
    batch in flight and the next run redoes it. Bad files and records are collected in
    `summary.errors`; with `strict=True` the first error raises IngestError instead (batches
    committed before it stay). `workers` > 1 extracts in that many processes
    (`sucesos.workers`) while this one resolves and writes; the store is the same for any
    number of workers. `explain`, when given, receives each extracted article's place names
    that were not taken as places, with their reasons (`sucesos ingest -v`), in input order.
    """
    from sucesos.readers import read_articles

    summary = IngestSummary()
    read_errors: list[Any] = []

    def take_errors() -> None:
        while len(summary.errors) < len(read_errors):
            summary.errors.append(str(read_errors[len(summary.errors)]))
        if strict and summary.errors:
            raise IngestError(summary.errors[0], summary)

    def articles() -> Iterator[Article]:
        for article in _with_fields(
            read_articles([str(p) for p in paths], errors=read_errors), article_fields
        ):
            summary.articles_read += 1
            take_errors()
            yield article
        take_errors()

    bar = tqdm(disable=not progress, unit=" articles", desc="ingest", file=sys.stderr)
    try:
        _ingest_stream(articles(), store, summary, strict, batch_size, workers, bar, explain)
    finally:
        bar.close()
    return summary


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


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    want = min(size, _FIRST_BATCH)
    for article in articles:
        batch.append(article)
        if len(batch) >= want:
            yield batch
            batch = []
            want = min(size, want * 2)
    if batch:
        yield batch


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
        self.created: set[str] = set()
        self.touched: set[str] = set()
        self.started = now()

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

    def report(self, message: str) -> None:
        """Add a problem to the summary; a strict ingest stops at it."""
        if self.strict:
            raise IngestError(message, self.summary)
        self.summary.errors.append(message)

    def write(self, batch: list[Article], fresh: list[bool], results: Iterable[Any]) -> None:
        """Resolve and store one batch: `batch` in input order, of which the `fresh`
        articles were extracted (`results`, in order) and the others found stored (or
        repeated)."""
        from sucesos.workers import extract_one

        todo: list[tuple[Article, list[EventRecord]]] = []
        fingerprints: list[Any] = []
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
            want = self.home_now(done.article)
            if done.home != want:  # the outlet's home state changed since it was handed out
                done = extract_one(done.article, want, self.explain is not None)
            if self.explain is not None and done.error is None:
                self.explain(done.article, done.drops)
            for warning in done.warnings:
                self.report(f"{_origin(done.article)}: warning: {warning}")
            state = None
            if done.error is not None:
                self.report(f"{_origin(done.article)}: extraction failed: {done.error}")
            else:
                state = placed_state(done.records)
                self.priors.observe(done.article, state)
            todo.append((done.article, done.records))
            fingerprints.append(done.fingerprint)
            placed.append(state)
        try:
            linked, kept = self.store_batch(todo, fingerprints)
        except Exception as exc:
            if _store_unreachable(exc):
                raise
            # One article of the batch cannot be stored (the transaction rolled back): store
            # them one by one, so every other article lands, and report the ones that fail.
            linked, kept, failed = [], [], 0
            for i, item in enumerate(todo):
                try:
                    one, stored = self.store_batch([item], [fingerprints[i]])
                except Exception as exc:
                    if _store_unreachable(exc):
                        raise
                    failed += 1
                    # Not stored: a rerun reads it again, so it must not count as placed.
                    self.priors.observe(item[0], placed[i], -1)
                    self.report(f"{_origin(item[0])}: [E040] not stored: {refusal_reason(exc)}")
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
        self, todo: list[tuple[Article, list[EventRecord]]], fingerprints: list[Any]
    ) -> tuple[list[list[tuple[str, bool]]], list[tuple[Article, list[EventRecord]]]]:
        """Store and resolve `todo` in one transaction; (event ids linked per article, the
        articles stored). Another process may have stored some since the batch was read:
        those are skipped."""
        from sucesos.resolve import BatchResolver

        with self.store.engine.begin() as conn:
            resolver = BatchResolver(conn)
            stored = resolver.stored_articles([a.id for a, _ in todo])
            keep = [i for i, (a, _) in enumerate(todo) if a.id not in stored]
            linked = resolver.add_articles([todo[i] for i in keep], [fingerprints[i] for i in keep])
            resolver.flush()
        return linked, [todo[i] for i in keep]


def _store_unreachable(exc: Exception) -> bool:
    """True when the error is the store's, not an article's (the connection was lost): no
    article could be stored, so the ingest stops instead of reporting each one."""
    return isinstance(exc, sa.exc.DBAPIError) and exc.connection_invalidated


def _ingest_stream(
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

    from sucesos.workers import ExtractionPool, Pending

    writer = _Writer(store, summary, strict, explain)
    ahead: deque[tuple[list[Article], list[bool], Pending]] = deque()
    with ExtractionPool(workers, explain=explain is not None) as pool:
        for batch in _batches(articles, batch_size):
            if bar is not None:
                bar.update(len(batch))
            stored = stored_article_ids(store, [a.id for a in batch])
            fresh: list[Article] = []
            flags: list[bool] = []
            for article in batch:
                flags.append(article.id not in stored)
                if article.id in stored:
                    summary.articles_skipped += 1
                    continue
                stored.add(article.id)  # the same article twice in one input counts once
                fresh.append(article)
            submitted = pool.submit([(a, writer.home_now(a)) for a in fresh])
            ahead.append((batch, flags, submitted))
            while len(ahead) > (2 if pool.pool is not None else 0):
                done, ids, running = ahead.popleft()
                writer.write(done, ids, running.results(writer.home_now))
        while ahead:
            done, ids, running = ahead.popleft()
            writer.write(done, ids, running.results(writer.home_now))


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


def _with_fields(
    articles: Iterable[Article], fields: Mapping[str, Any] | None
) -> Iterator[Article]:
    """The articles with `fields` set on each (the id stays: it comes from url and text)."""
    for article in articles:
        yield replace(article, **fields) if fields else article


def extract_articles(
    paths: Iterable[str | os.PathLike[str]],
    errors: list[str] | None = None,
    article_fields: Mapping[str, Any] | None = None,
    *,
    store: Store | None = None,
    explain: Callable[[Article, list[Dropped]], None] | None = None,
) -> Iterator[tuple[Article, list[EventRecord]]]:
    """Each article under `paths` with its event records, without storing anything;
    `article_fields` as in `ingest`.

    Outlets' home states come from the bundled outlet table, from `store` when given (what
    it learned from earlier ingests) and from a first pass over the input: the same
    geography as `ingest` and `sucesos eval`. Problems reading files or extracting an
    article are appended to `errors` as "path:line: reason" lines; the article is then
    skipped (or yielded with no records). `explain` receives each article's place names that
    were not taken as places, each with its reason (`sucesos extract -v`).
    """
    from sucesos.readers import read_articles

    read_errors: list[Any] = []
    sink = errors if errors is not None else []
    reported = 0

    def articles() -> Iterator[Article]:
        nonlocal reported
        found = read_articles([str(p) for p in paths], errors=read_errors)
        for article in _with_fields(found, article_fields):
            sink.extend(str(e) for e in read_errors[reported:])
            reported = len(read_errors)
            yield article

    from sucesos.extract.pipeline import text_cut_warning

    run = None if explain is not None else _run
    for article, result in extract_batch(articles(), outlet_priors(store), run, explain=explain):
        cut = text_cut_warning(article)
        if cut is not None:
            sink.append(f"{_origin(article)}: warning: {cut}")
        if isinstance(result, Exception):  # keep going: one article's failure is reported
            sink.append(f"{_origin(article)}: extraction failed: {type(result).__name__}: {result}")
            result = []
        yield article, result
    sink.extend(str(e) for e in read_errors[reported:])


def demo_corpus() -> Path:
    """The folder of the bundled demo corpus (synthetic articles, one JSON file each)."""
    root = resources.files("sucesos").joinpath("demo", "corpus")
    return Path(str(root))


def demo(
    db: str | os.PathLike[str] | None = None, *, progress: bool = False
) -> tuple[Store, IngestSummary]:
    """Ingest the bundled demo corpus into a fresh database; returns the store and summary.

    With no `db`, the demo database in the data folder is deleted and recreated on each run.
    A `db` given explicitly is never deleted: it must be new or empty (DemoError otherwise),
    so a mistyped path cannot wipe real data.
    """
    from sucesos.paths import demo_db_path, is_url

    if db is None:
        path = demo_db_path()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        db = path
    elif not is_url(os.fspath(db)) and Path(db).exists() and Path(db).stat().st_size > 0:
        with open_store(db) as existing:
            if existing.count("articles"):
                raise DemoError(f"{db} already holds data; the demo needs a new database")
    store = open_store(db)
    if store.count("articles"):
        store.close()
        raise DemoError(f"{db} already holds data; the demo needs a new database")
    summary = ingest([demo_corpus()], store=store, progress=progress)
    return store, summary


class DemoError(Exception):
    """The demo was pointed at a database that already holds data."""


def ingest_articles(
    articles: Iterable[Article],
    *,
    store: Store,
    batch_size: int = DEFAULT_BATCH,
    workers: int = 1,
) -> IngestSummary:
    """Extract, resolve and store articles already read (fetched pages, feed items); returns
    the counts. Same batching and skipping of stored articles as `ingest`."""
    summary = IngestSummary()

    def counted() -> Iterator[Article]:
        for article in articles:
            summary.articles_read += 1
            yield article

    _ingest_stream(counted(), store, summary, False, batch_size, workers)
    return summary
