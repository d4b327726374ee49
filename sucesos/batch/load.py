"""`batch load`: Parquet partitions → the store, in bulk, then resolution by blocking key.

Step 1, in input order, one transaction per partition: the articles not stored yet and their
records are inserted in bulk (COPY on PostgreSQL, executemany elsewhere), then each new
article is fingerprinted for syndicated copies (`sucesos.resolve.syndication.register`, in
input order as ingest does). A partition whose articles are all stored is skipped, so a
rerun, or a run started again after a kill, redoes only what was not committed. When the
database refuses a row of the bulk insert, the partition is stored again one article (with
its records) per transaction: the refused articles are reported (`[B010]`, in
`LoadSummary.errors`) and skipped, every other one lands.

Step 2: the records to resolve are grouped by the resolver's blocking key (state); each group
is resolved in input order (`sucesos.batch.resolve`), on the Dask workers in parallel when
the store is PostgreSQL, one group after another on SQLite (one writer at a time).

Step 3: the summary tables behind `/api/stats` (`sucesos.store.daily`) are rebuilt from the
events in one pass; the groups do not update them as `ingest` does, so parallel groups never
wait on the rows they share. Until then a reader's statistics lag the events.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import sqlalchemy as sa
from distributed import Client, as_completed

from sucesos.batch.cluster import open_client
from sucesos.batch.manifest import ManifestError, read_manifest
from sucesos.batch.resolve import GroupResult, resolve_group, resolve_group_on_worker
from sucesos.batch.tables import part_path, read_table
from sucesos.models import Article, stable_id
from sucesos.resolve import NOT_EVENTS
from sucesos.resolve.config import NATIONAL
from sucesos.resolve.syndication import register
from sucesos.store import Store, daily, schema
from sucesos.store.column_types import PackedJSON, pack_json_text
from sucesos.store.keys import now
from sucesos.store.refusals import refusal_reason
from sucesos.store.summary import StoredCounts

NO_STATE = "(no state)"  # records placed nowhere: each is its own event, in any order
NO_STATE_CHUNK = 5000
IN_CHUNK = 5000  # ids per IN (...) query

ARTICLE_COLUMNS = [c.name for c in schema.articles.columns]
RECORD_COLUMNS = [c.name for c in schema.records.columns]

# Called after each partition is stored (step 1) and each group resolved (step 2).
Progress = Callable[[str, str, dict[str, Any]], None]


@dataclass
class LoadSummary(StoredCounts):
    """What a `batch load` did: `StoredCounts` plus its partitions, groups and timings."""

    partitions: int = 0
    loaded: int = 0  # partitions stored by this run
    skipped: int = 0  # partitions already stored
    groups: int = 0
    events_linked: int = 0
    load_seconds: float = 0.0
    resolve_seconds: float = 0.0  # summaries' rebuild included
    summaries_seconds: float = 0.0

    def format(self) -> str:
        return (
            f"{self.partitions} partitions ({self.loaded} stored, {self.skipped} already"
            f" stored): {self.articles_new} new articles, {self.articles_skipped} already"
            f" stored, {self.records} records in {self.load_seconds:.1f} s;"
            f" {self.groups} groups resolved: {self.events_created} events created,"
            f" {self.events_linked} reports linked to existing ones in"
            f" {self.resolve_seconds:.1f} s (summaries rebuilt in"
            f" {self.summaries_seconds:.1f} s)"
            + (f"; {len(self.errors)} articles not stored (see above)" if self.errors else "")
        )


def _chunks(items: list[str], n: int = IN_CHUNK) -> Iterator[list[str]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def _existing(conn: sa.Connection, column: sa.Column[Any], ids: list[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(ids):
        found.update(
            str(v) for v in conn.execute(sa.select(column).where(column.in_(chunk))).scalars()
        )
    return found


class _Clock:
    """Strictly increasing ingestion times: the resolver orders an event's reports by them."""

    def __init__(self) -> None:
        self.last: datetime | None = None

    def __call__(self) -> datetime:
        t = now()
        if self.last is not None and t <= self.last:
            t = self.last + timedelta(microseconds=1)
        self.last = t
        return t


def _insert(
    conn: sa.Connection, table: sa.Table, rows: list[dict[str, Any]], json_cols: set[str]
) -> None:
    """Insert many rows: COPY on PostgreSQL, executemany elsewhere. JSON columns arrive as
    JSON text (COPY takes it as is, packed first for a `PackedJSON` column; SQLAlchemy
    wants the objects back)."""
    if not rows:
        return
    columns = [c.name for c in table.columns]
    if conn.dialect.name == "postgresql":
        packed = [c.name for c in table.columns if isinstance(c.type, PackedJSON)]
        if packed:
            rows = [{**r, **{c: pack_json_text(r[c]) for c in packed}} for r in rows]
        driver = conn.connection.driver_connection
        assert driver is not None
        names = ", ".join(f'"{c}"' for c in columns)
        with driver.cursor() as cur, cur.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(
                    [
                        row[c].isoformat() if isinstance(row[c], datetime) else row[c]
                        for c in columns
                    ]
                )
        return
    conn.execute(
        table.insert(),
        [
            {
                c: json.loads(row[c]) if c in json_cols and row[c] is not None else row[c]
                for c in columns
            }
            for row in rows
        ],
    )


@dataclass
class _Part:
    """One partition's articles not stored yet, with their records, ready to insert."""

    new: list[dict[str, Any]]
    records: list[dict[str, Any]]
    already: int  # articles of the partition found stored


def _read_part(conn: sa.Connection, root: Path, name: str, clock: _Clock) -> _Part:
    """The partition's articles not stored yet and their records (ids another article's
    record took derived anew)."""
    articles = read_table(part_path(root, "articles", name))
    arows = articles.to_pylist()
    present = _existing(conn, schema.articles.c.id, [r["id"] for r in arows])
    new: list[dict[str, Any]] = []
    seqs: list[int] = []
    for r in arows:
        if r["id"] in present:
            continue
        present.add(r["id"])  # the same article twice in one input counts once
        new.append({**{c: r.get(c) for c in ARTICLE_COLUMNS}, "ingested_at": clock()})
        seqs.append(r["seq"])
    if not new:
        return _Part([], [], len(arows))
    records = read_table(part_path(root, "records", name))
    keep = pc.is_in(records.column("article_seq"), value_set=pa.array(seqs, pa.int32()))
    rrows = records.filter(keep).to_pylist()
    taken = _existing(conn, schema.records.c.id, [r["id"] for r in rrows])
    for r in rrows:  # as `insert_record`: an id another article's record took is derived anew
        if r["id"] in taken:
            r["id"] = stable_id(r["article_id"], r["id"])
            data = json.loads(r["data"])
            data["id"] = r["id"]
            r["data"] = json.dumps(data, ensure_ascii=False)
        taken.add(r["id"])
    return _Part(new, rrows, len(arows) - len(new))


def _store_rows(
    conn: sa.Connection, articles: list[dict[str, Any]], records: list[dict[str, Any]]
) -> None:
    """Insert articles and their records in bulk, then fingerprint the articles in order."""
    _insert(conn, schema.articles, articles, {"metadata"})
    _insert(conn, schema.records, records, {"data"})
    for r in articles:
        register(conn, Article(text=r["text"], id=r["id"]))


def load_part(conn: sa.Connection, root: Path, name: str, clock: _Clock) -> tuple[int, int, int]:
    """Store one partition's new articles and their records and fingerprint the articles;
    returns (new articles, articles already stored, records)."""
    part = _read_part(conn, root, name, clock)
    _store_rows(conn, part.new, part.records)
    return len(part.new), part.already, len(part.records)


def load_part_by_article(
    store: Store, root: Path, name: str, clock: _Clock
) -> tuple[int, int, int, list[str]]:
    """`load_part` one article at a time, each with its records in a transaction of its own:
    what a partition whose bulk insert failed still stores. Returns (new articles, already
    stored, records, problems): an article the database refuses is reported
    (``[B010] partition: article id: reason``) and skipped, and the others land."""
    with store.engine.connect() as conn:
        part = _read_part(conn, root, name, clock)
    by_article: dict[str, list[dict[str, Any]]] = {}
    for r in part.records:
        by_article.setdefault(r["article_id"], []).append(r)
    new = records = 0
    problems: list[str] = []
    for article in part.new:
        mine = by_article.get(article["id"], [])
        try:
            with store.engine.begin() as conn:
                _store_rows(conn, [article], mine)
        except _store_errors(store) as exc:
            reason = refusal_reason(exc)
            problems.append(f"[B010] {name}: article {article['id']}: not stored: {reason}")
            continue
        new += 1
        records += len(mine)
    return new, part.already, records, problems


def _store_errors(store: Store) -> tuple[type[BaseException], ...]:
    """What a refused insert raises: SQLAlchemy's errors and the driver's own (COPY on
    PostgreSQL runs on the driver's connection)."""
    driver = getattr(store.engine.dialect, "dbapi", None)
    errors: tuple[type[BaseException], ...] = (sa.exc.SQLAlchemyError, ValueError)
    base = getattr(driver, "Error", None)
    if isinstance(base, type) and issubclass(base, BaseException):
        errors += (base,)
    return errors


def _groups(root: Path, names: list[str]) -> dict[str, tuple[list[str], list[str]]]:
    """{blocking key: (record ids, article ids)} of every record that may become an event,
    each group in input order."""
    tables = [
        read_table(
            part_path(root, "records", n),
            ["id", "article_id", "status", "admin1_code", "geo_precision"],
        )
        for n in names
    ]
    if not tables:
        return {}
    t = pa.concat_tables(tables)
    t = t.filter(pc.invert(pc.is_in(t.column("status"), value_set=pa.array(sorted(NOT_EVENTS)))))
    t = t.append_column("order", pa.array(range(t.num_rows), pa.int64()))
    # Records placed only in the country are one group: the resolver's own block (NATIONAL).
    country = pc.fill_null(pc.equal(t.column("geo_precision"), "country"), False)
    states = t.column("admin1_code")
    keys = pc.fill_null(pc.if_else(country, pc.coalesce(states, NATIONAL), states), NO_STATE)
    t = t.set_column(t.schema.get_field_index("admin1_code"), "admin1_code", keys)
    groups: dict[str, tuple[list[str], list[str]]] = {}
    for key in sorted(set(keys.to_pylist())):
        g = t.filter(pc.equal(t.column("admin1_code"), key)).sort_by("order")
        ids, arts = g.column("id").to_pylist(), g.column("article_id").to_pylist()
        if key == NO_STATE:  # never matched: split freely so they spread over the workers
            for i in range(0, len(ids), NO_STATE_CHUNK):
                groups[f"{key} {i // NO_STATE_CHUNK}"] = (
                    ids[i : i + NO_STATE_CHUNK],
                    arts[i : i + NO_STATE_CHUNK],
                )
        else:
            groups[key] = (ids, arts)
    return groups


def load_batch(
    folder: str | os.PathLike[str],
    store: Store,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    client: Client | None = None,
    progress: Progress | None = None,
) -> LoadSummary:
    """Store the partitions of a finished `batch extract` folder and resolve their records.

    On PostgreSQL the groups are resolved on `client`, else the cluster at `scheduler`, else
    a new LocalCluster of `workers` processes; on SQLite in this process. Raises
    ManifestError when the folder holds no finished extraction.
    """
    root = Path(folder)
    manifest = read_manifest(root)
    if manifest is None or not manifest.complete:
        raise ManifestError(
            f"[B003] {root}: no finished `batch extract` here (run it again to finish it)"
        )
    summary = LoadSummary(partitions=manifest.partitions)
    names = manifest.names()
    started = time.perf_counter()
    clock = _Clock()
    for name in names:
        t0 = time.perf_counter()
        try:
            with store.engine.begin() as conn:
                new, old, records = load_part(conn, root, name, clock)
        except _store_errors(store):
            # One bad row fails the bulk insert (and rolls the partition back): store the
            # partition again article by article, so only the bad ones are left out.
            new, old, records, problems = load_part_by_article(store, root, name, clock)
            summary.errors += problems
        summary.articles_new += new
        summary.articles_skipped += old
        summary.records += records
        if new:
            summary.loaded += 1
        else:
            summary.skipped += 1
        if progress:
            info = {
                "new": new,
                "stored": old,
                "records": records,
                "seconds": time.perf_counter() - t0,
            }
            progress("store", name, info)
    summary.load_seconds = time.perf_counter() - started
    started = time.perf_counter()
    groups = _groups(root, names)
    summary.groups = len(groups)
    if store.engine.dialect.name == "postgresql":
        if client is not None:
            results = _resolve_on(client, store.url, groups, progress)
        else:
            with open_client(workers, scheduler, warm=False) as own:
                results = _resolve_on(own, store.url, groups, progress)
    else:
        results = []
        for key, (ids, arts) in groups.items():
            results.append(resolve_group(store, key, ids, arts))
            _report(results[-1], progress)
    for r in results:
        summary.events_created += r.created
        summary.events_linked += r.linked
    # The groups leave the summary tables alone (parallel writers would all wait on the
    # rows they share, such as a year's national totals); they are rebuilt from the events
    # once, also after a run that resolved nothing (a rerun after one killed before this).
    rebuilt = time.perf_counter()
    with store.engine.begin() as conn:
        daily.rebuild(conn)
    summary.summaries_seconds = time.perf_counter() - rebuilt
    summary.resolve_seconds = time.perf_counter() - started
    return summary


def _report(result: GroupResult, progress: Progress | None) -> None:
    if progress:
        progress("resolve", result.key, asdict(result))


def _resolve_on(
    client: Client,
    url: str,
    groups: dict[str, tuple[list[str], list[str]]],
    progress: Progress | None,
) -> list[GroupResult]:
    # Largest groups first, so the longest one does not start last.
    order = sorted(groups, key=lambda k: -len(groups[k][0]))
    futures = [
        client.submit(
            resolve_group_on_worker,
            url,
            k,
            *groups[k],
            key=f"resolve-{k}-{os.getpid()}-{time.time_ns()}",
        )
        for k in order
    ]
    results: list[GroupResult] = []
    for future, result in as_completed(futures, with_results=True):
        results.append(result)
        _report(result, progress)
        future.release()
    return results
