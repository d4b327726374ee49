"""The blocks a bulk load keeps across the transactions of one state (`BlockCache`): read
whole once, kept up to date with the loader's own writes, forgotten when another writer
changed the state in between. Real SQLite stores; the articles are invented."""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa

from sucesos import api
from sucesos.models import EventRecord
from sucesos.resolve.blocks import BlockCache
from sucesos.resolve.mentions import Mention, block_families
from sucesos.store import schema
from sucesos.store.column_types import unpack_json

FIRST = {
    "url": "https://example.org/synthetic/blocks/1",
    "source": "Diario Inventado",
    "published": "2026-03-03",
    "language": "es",
    "title": "Atacan a balazos a dos hombres en Culiacán",
    "text": (
        "Culiacán, Sinaloa.- Dos hombres murieron la noche del lunes 2 de marzo tras ser"
        " atacados a balazos por sujetos armados en la colonia Centro de Culiacán."
    ),
}
SECOND = {
    "url": "https://example.org/synthetic/blocks/2",
    "source": "Periódico Ficticio",
    "published": "2026-03-04",
    "language": "es",
    "title": "Asesinan a un comerciante en Mazatlán",
    "text": (
        "Mazatlán, Sinaloa.- Un comerciante fue asesinado a tiros el martes 3 de marzo en"
        " su negocio de la colonia Juárez de Mazatlán, informó la Fiscalía estatal."
    ),
}


def _ingest(store: api.Store, tmp_path: Path, article: dict[str, str]) -> None:
    path = tmp_path / f"{abs(hash(article['url']))}.jsonl"
    path.write_text(json.dumps(article, ensure_ascii=False) + "\n", "utf-8")
    api.ingest([path], store=store)


def _first_mention(conn: sa.Connection) -> Mention:
    data = conn.execute(sa.select(schema.records.c.data)).scalars().first()
    return Mention.from_record(EventRecord.from_dict(unpack_json(data)))


def test_a_block_cache_sees_an_event_another_writer_stored_in_between(tmp_path: Path) -> None:
    with api.open_store(tmp_path / "s.db") as store:
        _ingest(store, tmp_path, FIRST)
        cache = BlockCache()
        with store.engine.begin() as conn:
            m = _first_mention(conn)
            assert m.state is not None
            cache.check(conn, m.state)
            before = {c.id for i in cache.indexes(conn, [m]).values() for c in i.within(m)}
            cache.stamp(conn, m.state)
        _ingest(store, tmp_path, SECOND)  # another writer, between two transactions
        with store.engine.begin() as conn:
            cache.check(conn, m.state)
            after = {c.id for i in cache.indexes(conn, [m]).values() for c in i.within(m)}
            stored = set(conn.execute(sa.select(schema.events.c.id)).scalars())
    assert len(before) == 1
    assert len(stored) == 2
    assert after == stored


def test_a_block_cache_reads_a_block_once_while_nobody_else_writes(tmp_path: Path) -> None:
    with api.open_store(tmp_path / "s.db") as store:
        _ingest(store, tmp_path, FIRST)
        cache = BlockCache()
        for _ in range(3):
            with store.engine.begin() as conn:
                m = _first_mention(conn)
                assert m.state is not None
                cache.check(conn, m.state)
                cache.indexes(conn, [m])
                cache.stamp(conn, m.state)
    assert cache.reads == len(block_families(m))  # each block once, not once a transaction
