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
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from tqdm import tqdm

from sucesos.export import export
from sucesos.extract.outlets import MIN_CONFIDENCE, OutletHomes, placed_state
from sucesos.models import Article, EventRecord
from sucesos.store import Store, schema

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
# next run; larger batches only save a little fsync time.
DEFAULT_BATCH = 50


def open_store(db: str | os.PathLike[str] | None = None) -> Store:
    """Open (creating and migrating if needed) the database at `db`.

    `db` is a file path or an SQLAlchemy URL; None means SUCESOS_DB or the per-user default
    (see `sucesos.paths`).
    """
    return Store(db)


@dataclass
class IngestSummary:
    """What an ingest did; `errors` are "path:line: reason" lines for bad files and records."""

    articles_read: int = 0
    articles_new: int = 0
    articles_skipped: int = 0
    records: int = 0
    events_created: int = 0
    events_updated: int = 0
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

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


def _extract(article: Article, home_state: str | None = None) -> list[EventRecord]:
    from sucesos.extract import extract

    given = article.metadata.get("home_state")  # an input record may name it
    return extract(article, home_state=given if isinstance(given, str) else home_state)


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
) -> IngestSummary:
    """Read, extract, resolve and store every article under `paths`; returns the counts.

    `article_fields` (title, source, published, language) are set on every article read,
    overriding what the input says (`sucesos ingest --published ...`).

    Articles already stored (same id) are skipped, so re-running is a no-op. Each batch of
    `batch_size` articles is committed in one transaction together with its records, events,
    reports and claims: a killed ingest loses only the batch in flight and the next run redoes
    it. Bad files and records are collected in `summary.errors`; with `strict=True` the first
    error raises IngestError instead (batches committed before it stay).
    """
    from sucesos.readers import read_articles

    summary = IngestSummary()
    homes = outlet_homes(store)
    read_errors: list[Any] = []
    bar = tqdm(disable=not progress, unit=" articles", desc="ingest", file=sys.stderr)
    batch: list[Article] = []
    created: set[str] = set()
    touched: set[str] = set()

    def take_errors() -> None:
        while len(summary.errors) < len(read_errors):
            summary.errors.append(str(read_errors[len(summary.errors)]))
        if strict and summary.errors:
            raise IngestError(summary.errors[0], summary)

    try:
        for article in _with_fields(
            read_articles([str(p) for p in paths], errors=read_errors), article_fields
        ):
            summary.articles_read += 1
            bar.update(1)
            take_errors()
            batch.append(article)
            if len(batch) >= batch_size:
                _commit_batch(store, batch, summary, strict, created, touched, homes)
                batch = []
        take_errors()
        if batch:
            _commit_batch(store, batch, summary, strict, created, touched, homes)
    finally:
        bar.close()
    return summary


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


def _commit_batch(
    store: Store,
    batch: list[Article],
    summary: IngestSummary,
    strict: bool,
    created: set[str],
    touched: set[str],
    homes: OutletHomes | None = None,
) -> None:
    """Extract the batch's new articles, then write them and resolve their records in one
    transaction. `created`/`touched` collect event ids over the whole run, so an event made
    and then joined in the same run counts once, as created."""
    from sucesos.resolve import resolve_into

    ids = [a.id for a in batch]
    with store.engine.connect() as conn:
        stored = {
            row.id
            for row in conn.execute(
                sa.select(schema.articles.c.id).where(schema.articles.c.id.in_(ids))
            )
        }
    todo: list[tuple[Article, list[EventRecord]]] = []
    for article in batch:
        if article.id in stored:
            summary.articles_skipped += 1
            continue
        stored.add(article.id)  # the same article twice in one input counts once
        try:
            home = homes.home_state(article.source) if homes is not None else None
            records = _extract(article, home_state=home)
            if homes is not None:
                homes.observe(article.source, placed_state(records))
        except Exception as exc:  # one bad article must not stop a long ingest
            message = f"{_origin(article)}: extraction failed: {type(exc).__name__}: {exc}"
            if strict:
                raise IngestError(message, summary) from exc
            summary.errors.append(message)
            records = []
        todo.append((article, records))
    # Extraction (slow) runs outside the transaction; the writes of the batch are atomic.
    with store.engine.begin() as conn:
        for article, records in todo:
            for event_id, is_new in resolve_into(conn, records, article):
                (created if is_new else touched).add(event_id)
    summary.articles_new += len(todo)
    summary.records += sum(len(r) for _, r in todo)
    summary.events_created = len(created)
    summary.events_updated = len(touched - created)


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
) -> Iterator[tuple[Article, list[EventRecord]]]:
    """Each article under `paths` with its event records, without storing anything;
    `article_fields` as in `ingest`.

    Problems reading files or extracting an article are appended to `errors` as
    "path:line: reason" lines; the article is then skipped (or yielded with no records).
    """
    from sucesos.readers import read_articles

    read_errors: list[Any] = []
    sink = errors if errors is not None else []
    reported = 0
    for article in _with_fields(
        read_articles([str(p) for p in paths], errors=read_errors), article_fields
    ):
        sink.extend(str(e) for e in read_errors[reported:])
        reported = len(read_errors)
        try:
            records = _extract(article)
        except Exception as exc:  # keep going: one article's failure is reported, not fatal
            sink.append(f"{_origin(article)}: extraction failed: {type(exc).__name__}: {exc}")
            records = []
        yield article, records
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
    articles: Iterable[Article], *, store: Store, batch_size: int = DEFAULT_BATCH
) -> IngestSummary:
    """Extract, resolve and store articles already read (fetched pages, feed items); returns
    the counts. Same batching and skipping of stored articles as `ingest`."""
    summary = IngestSummary()
    homes = outlet_homes(store)
    created: set[str] = set()
    touched: set[str] = set()
    batch: list[Article] = []
    for article in articles:
        summary.articles_read += 1
        batch.append(article)
        if len(batch) >= batch_size:
            _commit_batch(store, batch, summary, False, created, touched, homes)
            batch = []
    if batch:
        _commit_batch(store, batch, summary, False, created, touched, homes)
    return summary
