"""Resolving stored records into events, one blocking-key group at a time.

A record is only ever compared with events of its own state (`sucesos.resolve.core`), so the
records of different states can be resolved at the same time without changing any decision:
each group is resolved in input order, exactly as `sucesos.resolve.resolve_into` would, by
the resolver's own steps (`BatchResolver.add_stored`). On PostgreSQL a group holds the
resolver's advisory lock in shared mode (an `ingest` running meanwhile waits, and makes it
wait) plus an exclusive lock on its own key, so two loads never resolve one state at once.

Groups commit about every `CHUNK` records, never inside one article: a killed load keeps what
it committed, and the rerun skips records already linked, so nothing is resolved twice.
"""

from __future__ import annotations

import time
import zlib
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from sucesos.models import Article, EventRecord
from sucesos.resolve.blocks import BlockCache
from sucesos.resolve.merge import RecordCache
from sucesos.resolve.syndication import originals
from sucesos.store import Store, schema
from sucesos.store.locks import RESOLUTION_LOCK

CHUNK = 500

_rec, _art, _rep = schema.records, schema.articles, schema.reports
_RECORDS = sa.select(_rec.c.id, _rec.c.article_id, _rec.c.data).where(
    _rec.c.id.in_(sa.bindparam("ids", expanding=True))
)
_ARTICLES = sa.select(_art.c.id, _art.c.source, _art.c.url, _art.c.published).where(
    _art.c.id.in_(sa.bindparam("ids", expanding=True))
)
_LINKED = sa.select(_rep.c.record_id, _rep.c.event_id).where(
    _rep.c.record_id.in_(sa.bindparam("ids", expanding=True))
)


@dataclass
class GroupCaches:
    """What one group's transactions keep for the next: the state's blocks (read whole once,
    then updated with the group's own writes, forgotten when another writer changed the
    state in between) and the records decoded so far."""

    blocks: BlockCache = field(default_factory=BlockCache)
    records: RecordCache = field(default_factory=RecordCache)


@dataclass
class GroupResult:
    key: str
    records: int = 0
    created: int = 0
    linked: int = 0
    skipped: int = 0  # already linked by an earlier run
    seconds: float = 0.0


def lock_group(conn: sa.Connection, key: str) -> None:
    """Hold the resolver's lock shared and this group's lock exclusively until commit."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.select(sa.func.pg_advisory_xact_lock_shared(RESOLUTION_LOCK)))
        group = zlib.crc32(key.encode()) - (1 << 31)  # an int4, as the two-key form needs
        conn.execute(sa.select(sa.func.pg_advisory_xact_lock(RESOLUTION_LOCK & 0x7FFFFFFF, group)))


def resolve_chunk(
    conn: sa.Connection,
    ids: list[str],
    article_ids: list[str],
    result: GroupResult,
    caches: GroupCaches | None = None,
) -> None:
    """Resolve the stored records `ids` (of articles `article_ids`) in order, through the
    resolver's `BatchResolver` (its group lock is taken by the caller), with the group's
    `caches` when given."""
    from sucesos.resolve.batch import BatchResolver

    stored: dict[str, Any] = {}
    for row in conn.execute(_RECORDS, {"ids": ids}):
        stored[row.id] = row
    unique_articles = list(dict.fromkeys(article_ids))
    articles = {r.id: r for r in conn.execute(_ARTICLES, {"ids": unique_articles})}
    copies = originals(conn, unique_articles)
    stamps = {
        r.id: r.ingested_at
        for r in conn.execute(
            sa.select(_art.c.id, _art.c.ingested_at).where(_art.c.id.in_(unique_articles))
        )
    }
    items: list[tuple[Article, list[EventRecord]]] = []
    infos: dict[str, dict[str, Any]] = {}
    for record_id, article_id in zip(ids, article_ids, strict=True):
        found = stored.get(record_id)
        if found is None or found.article_id != article_id:
            result.skipped += 1
            continue
        record = EventRecord.from_dict(found.data)
        if not items or items[-1][0].id != article_id:
            a = articles[article_id]
            article = Article(
                text="", id=a.id, url=a.url, source=a.source, published=_when(a.published)
            )
            infos[a.id] = {
                "id": a.id,
                "source": a.source,
                "url": a.url,
                "published": a.published,
                "ingested_at": stamps[a.id],
            }
            items.append((article, []))
        items[-1][1].append(record)
    resolver = BatchResolver(
        conn,
        lock=False,
        cache=caches.records if caches else None,
        blocks=caches.blocks if caches else None,
        summaries=False,  # `load_batch` rebuilds them once all groups are resolved
    )
    for linked in resolver.add_stored(items, infos, copies):
        for _event_id, created in linked:
            result.records += 1
            if created:
                result.created += 1
            else:
                result.linked += 1
    resolver.flush()


def _when(value: str | None) -> Any:
    from sucesos.store.writer import parse_when

    return parse_when(value)


def chunk_ends(article_ids: list[str], chunk: int) -> list[int]:
    """Where to cut a group's records (in input order) into transactions of about `chunk`:
    never inside one article, whose records must be resolved together (two records of one
    article join one event only when one repeats the other)."""
    ends: list[int] = []
    i = 0
    while i < len(article_ids):
        j = min(i + chunk, len(article_ids))
        while j < len(article_ids) and article_ids[j] == article_ids[j - 1]:
            j += 1
        ends.append(j)
        i = j
    return ends


def resolve_group(
    store: Store, key: str, ids: list[str], article_ids: list[str], chunk: int | None = None
) -> GroupResult:
    """Resolve one group's records (ids in input order), committing every `chunk` records
    (`CHUNK` by default), an article's records always in one transaction."""
    started = time.perf_counter()
    result = GroupResult(key)
    caches = GroupCaches()
    start = 0
    for end in chunk_ends(article_ids, chunk or CHUNK):
        with store.engine.begin() as conn:
            lock_group(conn, key)
            caches.blocks.check(conn, key)
            resolve_chunk(conn, ids[start:end], article_ids[start:end], result, caches)
            caches.blocks.stamp(conn, key)
        start = end
    result.seconds = time.perf_counter() - started
    return result


_STORES: dict[str, Store] = {}


def resolve_group_on_worker(
    url: str, key: str, ids: list[str], article_ids: list[str]
) -> GroupResult:
    """`resolve_group` in a Dask worker, on a store opened once per worker and database."""
    store = _STORES.get(url)
    if store is None:
        store = _STORES[url] = Store(url)
    return resolve_group(store, key, ids, article_ids)
