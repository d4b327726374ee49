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
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sucesos.extract.outlets import OutletPriors, extract_batch
from sucesos.extract.places_match import Dropped
from sucesos.lazy import lazy_names
from sucesos.models import Article, EventRecord
from sucesos.readers.records import article_origin

if TYPE_CHECKING:
    from sucesos.export import export
    from sucesos.ingest_stream import IngestError, IngestSummary, ReextractSummary
    from sucesos.store import Store

# The store, the resolver and the export formats (SQLAlchemy and numpy: about 0.7 s of CPU)
# are imported when first used, so `sucesos extract`, which needs none of them without
# --db, starts without them. Their public names are still this module's.
_LAZY = {
    "export": "sucesos.export",
    "IngestError": "sucesos.ingest_stream",
    "IngestSummary": "sucesos.ingest_stream",
    "ReextractSummary": "sucesos.ingest_stream",
    "outlet_priors": "sucesos.ingest_stream",
    "write_stream": "sucesos.ingest_stream",
    "Store": "sucesos.store",
}

__getattr__ = lazy_names(__name__, _LAZY)


__all__ = [
    "DEFAULT_BATCH",
    "DemoError",
    "IngestError",
    "IngestSummary",
    "ReextractError",
    "ReextractSummary",
    "Store",
    "demo",
    "demo_corpus",
    "export",
    "extract_articles",
    "ingest",
    "ingest_articles",
    "open_store",
    "reextract",
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
    from sucesos.store import Store

    return Store(db)


def _extract(
    article: Article,
    home_state: str | None = None,
    drops: list[Dropped] | None = None,
    places: list[Any] | None = None,
) -> list[EventRecord]:
    """The records of one article; `drops` (`ingest -v`) gets the place names not used, and
    `places` (asked by `sucesos.workers.extract_one` while the outlet's home state may still
    change) what the places stage found and dropped (`Doc.found_places`, `Doc.place_drops`),
    so the writer's `home_matters` looks only for another home's places."""
    from sucesos.extract.pipeline import default_pipeline

    given = article.metadata.get("home_state")  # an input record may name it
    doc = default_pipeline().run(
        article,
        home_state=given if isinstance(given, str) else home_state,
        events_only=drops is None,  # `-v` lists every article's place names not taken
    )
    if drops is not None:  # `ingest -v`: the place names not used, with their reasons
        drops.extend(doc.place_drops)
    if places is not None and doc.found_places is not None:
        places.append((doc.found_places, doc.place_drops))
    if doc.failed_stage is not None:  # the pipeline never raises; the failure is reported
        raise ExtractionError(doc.warnings[-1])
    return doc.events


class ExtractionError(Exception):
    """An extraction stage failed on one article (the message names the article and stage)."""


def _run(article: Article, home_state: str | None = None) -> list[EventRecord]:
    # Looks `_extract` up at call time, so tests can replace it.
    return _extract(article, home_state=home_state)


def ingest(
    paths: Iterable[str | os.PathLike[str]],
    *,
    store: Store,
    progress: bool = False,
    strict: bool = False,
    batch_size: int = DEFAULT_BATCH,
    article_fields: Mapping[str, Any] | None = None,
    workers: int = 0,
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
    committed before it stay). `workers` >= 1 extracts in that many processes
    (`sucesos.workers`) while this one resolves and writes (0, the default: in this process,
    each article when its turn comes); the store is the same for any number of workers.
    `explain`, when given, receives each extracted article's place names
    that were not taken as places, with their reasons (`sucesos ingest -v`), in input order.
    """
    from tqdm import tqdm

    from sucesos.ingest_stream import IngestError, IngestSummary, write_stream
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
        write_stream(articles(), store, summary, strict, batch_size, workers, bar, explain)
    finally:
        bar.close()
    return summary


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

    if store is not None:
        from sucesos.ingest_stream import outlet_priors

        priors = outlet_priors(store)
    else:
        priors = OutletPriors()  # what outlet_priors(None) gives, without the store's imports
    from sucesos.workers import heap_settled

    run = None if explain is not None else _run
    with heap_settled():  # the loaded data out of the collector's passes while this runs
        for article, result in extract_batch(articles(), priors, run, explain=explain):
            cut = text_cut_warning(article)
            if cut is not None:
                sink.append(f"{article_origin(article)}: warning: {cut}")
            if isinstance(result, Exception):  # keep going: one article's failure is reported
                origin = article_origin(article)
                sink.append(f"{origin}: extraction failed: {type(result).__name__}: {result}")
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
    workers: int = 0,
) -> IngestSummary:
    """Extract, resolve and store articles already read (fetched pages, feed items); returns
    the counts. Same batching and skipping of stored articles as `ingest`."""
    from sucesos.ingest_stream import IngestSummary, write_stream

    summary = IngestSummary()

    def counted() -> Iterator[Article]:
        for article in articles:
            summary.articles_read += 1
            yield article

    write_stream(counted(), store, summary, False, batch_size, workers)
    return summary


class ReextractError(Exception):
    """`reextract` was asked to write into the database it reads."""


def reextract(
    source: Store,
    target: Store,
    *,
    workers: int = 0,
    batch_size: int = DEFAULT_BATCH,
    progress: bool = False,
) -> ReextractSummary:
    """Build `target` from the articles stored in `source` with today's extraction and
    resolution (after an upgrade, so old articles get the new figures, places and merges).

    The articles are taken in the order they were stored; the feeds, what they already gave
    and the watch rules are copied, so `watch` on `target` fetches nothing twice. `source` is
    left unchanged; its alerts and hand-made merges and splits are not carried over (events
    are rebuilt). Articles already in `target` are skipped, so a killed run is resumed by
    running it again. Raises ReextractError when both are the same database.
    """
    from tqdm import tqdm

    from sucesos.ingest_stream import ReextractSummary, write_stream
    from sucesos.store.transfer import copy_settings, count_articles, stored_articles

    if source.url == target.url:
        raise ReextractError(f"the new database must not be the one read: {source.url}")
    summary = ReextractSummary(settings=copy_settings(source.engine, target.engine))

    def counted() -> Iterator[Article]:
        for article in stored_articles(source.engine):
            summary.articles_read += 1
            yield article

    bar = tqdm(
        total=count_articles(source.engine),
        disable=not progress,
        unit=" articles",
        desc="reextract",
        file=sys.stderr,
    )
    try:
        write_stream(counted(), target, summary, False, batch_size, workers, bar)
    finally:
        bar.close()
    return summary
