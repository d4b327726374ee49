"""The write path at scale: batches resolve as one-by-one resolution would, any number of
extraction workers gives the same store, history stores changes and still reads back, the
daily totals follow the events, reads never run the resolver, and concurrent ingests into a
new database neither fail nor duplicate (SQLite here; PostgreSQL in test_postgres.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from conftest import make_article, make_record

from sucesos import api
from sucesos.models import Count
from sucesos.resolve import resolve_records, split_event
from sucesos.store import Store, daily, schema
from sucesos.store.history import event_states

# Columns holding the time something was written: they differ between any two runs.
_WRITE_TIMES = {"updated_at", "ingested_at", "at", "applied_at"}


# The tables ingest writes and resolution decides.
RESOLVED_TABLES = (
    "articles",
    "records",
    "events",
    "reports",
    "claims",
    "event_actors",
    "event_versions",
    "article_fingerprints",
    "article_lsh",
    "daily_totals",
)


def dump(store: Store) -> dict[str, list[str]]:
    """Every resolved table of the store as sorted JSON lines, without write times."""
    out: dict[str, list[str]] = {}
    with store.engine.connect() as conn:
        for name in RESOLVED_TABLES:
            table = schema.metadata.tables[name]
            rows = []
            for row in conn.execute(sa.select(table)):
                item = {
                    k: v.hex() if isinstance(v, bytes) else v
                    for k, v in row._mapping.items()
                    if k not in _WRITE_TIMES and not (name == "claims" and k == "id")
                }
                rows.append(json.dumps(item, sort_keys=True, default=str, ensure_ascii=False))
            out[name] = sorted(rows)
    return out


def ingest_demo(db: Path, **options: Any) -> dict[str, list[str]]:
    with api.open_store(db) as store:
        summary = api.ingest([api.demo_corpus()], store=store, **options)
        assert not summary.errors and summary.articles_new == 44
        return dump(store)


def test_one_and_two_workers_give_identical_stores(tmp_path: Path) -> None:
    one = ingest_demo(tmp_path / "one.db", workers=1, batch_size=8)
    two = ingest_demo(tmp_path / "two.db", workers=2, batch_size=8)
    assert one == two
    assert one["events"] and one["event_versions"]


def test_extracting_in_the_writers_process_gives_the_store_of_one_worker(tmp_path: Path) -> None:
    here = ingest_demo(tmp_path / "here.db", workers=0, batch_size=8)
    one = ingest_demo(tmp_path / "one.db", workers=1, batch_size=8)
    assert here == one


def test_the_writer_finishes_what_slower_workers_leave_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the workers are the slower stage, they hand results back unfinished and the
    writer fingerprints and packs them: the same store as extracting in the writer."""
    from sucesos import workers

    finish = workers.finish_result
    left: list[str] = []

    def counting(done: workers.Extracted) -> workers.Extracted:
        if not done.finished:
            left.append(done.article.id)
        return finish(done)

    here = ingest_demo(tmp_path / "here.db", workers=0, batch_size=8)
    monkeypatch.setattr(workers.Pending, "behind", lambda self: True)
    monkeypatch.setattr(workers, "finish_result", counting)
    one = ingest_demo(tmp_path / "one.db", workers=1, batch_size=8)
    # every batch handed out after the writer first came for one (the last 20 articles) but
    # the input's last batch, which the workers finish as the writer has nothing left to wait for
    assert set(left) >= {f"demo-b{i:02d}" for i in range(3, 19)}
    assert not set(left) & {f"demo-b{i:02d}" for i in range(19, 23)}
    assert here == one


def test_the_last_batch_reaches_the_writer_in_pieces_while_the_workers_are_slower(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The input's last batch is handed out in pieces, each about half the one before, so
    the writer resolves the first ones while the workers extract the rest: the same store."""
    from sucesos import ingest_stream

    sizes: list[int] = []
    write = ingest_stream._Writer.write

    def counting(self: Any, batch: list[Any], fresh: list[bool], results: Any) -> None:
        sizes.append(len(batch))
        write(self, batch, fresh, results)

    whole = ingest_demo(tmp_path / "whole.db", workers=0, batch_size=500)
    monkeypatch.setattr(ingest_stream, "_LAST_PIECE", 5)
    monkeypatch.setattr(ingest_stream._Writer, "write", counting)
    pieces = ingest_demo(tmp_path / "pieces.db", workers=1, batch_size=500)
    assert sizes == [22, 11, 6, 5]  # the corpus's 44 articles: one batch, cut down to 5
    assert whole == pieces


def test_one_worker_extracts_in_its_own_process_beside_the_writer() -> None:
    from sucesos.workers import ExtractionPool

    with ExtractionPool(1) as pool:
        assert pool.pool is not None
        assert pool.pool.apply(os.getpid) != os.getpid()
    with ExtractionPool(0) as pool:
        assert pool.pool is None


def test_a_batch_resolves_as_articles_one_by_one(tmp_path: Path) -> None:
    """Events created and joined within one batch (the resolver's in-memory overlay) end as
    when each article is its own transaction."""
    single = ingest_demo(tmp_path / "single.db", batch_size=1)
    batched = ingest_demo(tmp_path / "batched.db", batch_size=50)
    assert single == batched
    versions = [json.loads(v) for v in single["event_versions"]]
    assert any(v["version"] > 1 for v in versions)  # the corpus joins reports


def test_history_stores_changes_and_walks_back_to_each_version(tmp_path: Path) -> None:
    with api.open_store(tmp_path / "h.db") as store:
        api.ingest([api.demo_corpus()], store=store)
        with store.engine.connect() as conn:
            ver = schema.event_versions
            # An event a second source joined (its version 2 moved n_sources).
            joined = next(
                event_id
                for event_id, snapshot in conn.execute(
                    sa.select(ver.c.event_id, ver.c.snapshot)
                    .where(ver.c.version == 2)
                    .order_by(ver.c.event_id)
                )
                if "n_sources" in (snapshot.get("before") or {})
            )
            stored = dict(
                conn.execute(
                    sa.select(ver.c.version, ver.c.snapshot).where(ver.c.event_id == joined)
                ).all()
            )
            states = event_states(conn, joined)
        # A version is what changed, not a copy of the event.
        assert set(stored[1]) == {"records_added"}
        assert stored[2]["records_added"] and "n_sources" in stored[2]["before"]
        first, second = states[0], states[1]
        assert first["records"] == stored[1]["records_added"] and first["n_sources"] == 1
        assert sorted(second["records"]) == sorted(first["records"] + stored[2]["records_added"])
        assert second["n_sources"] == stored[2]["before"]["n_sources"] + 1 or len(states) > 2
        shown = store.event(joined)
        assert shown is not None
        assert [h["version"] for h in shown["history"]] == [s["version"] for s in states]
        assert shown["history"][1]["changes"]["records"] == second["records"]
        assert shown["resolved"] == states[-1]["figures"]


def test_split_history_names_the_records_moved_out(store: Store) -> None:
    a, b = make_article(1, source="Uno"), make_article(2, source="Dos")
    (event,) = set(resolve_records(store, [make_record(a)], a))
    resolve_records(store, [make_record(b)], b)
    moved = make_record(b).id
    new_id = split_event(store, event, records=[moved])
    with store.engine.connect() as conn:
        states = event_states(conn, event)
        assert states[-1]["records"] == [make_record(a).id]
        assert event_states(conn, new_id)[-1]["records"] == [moved]
        last = conn.execute(
            sa.select(schema.event_versions.c.snapshot)
            .where(schema.event_versions.c.event_id == event)
            .order_by(schema.event_versions.c.version.desc())
            .limit(1)
        ).scalar_one()
    assert last["records_removed"] == [moved]


def _recount(store: Store) -> dict[str, tuple[int, int, int]]:
    totals: dict[str, tuple[int, int, int]] = {}
    with store.engine.connect() as conn:
        t = schema.daily_totals
        for row in conn.execute(sa.select(t).where(t.c.events != 0)):
            totals[row.key] = (row.events, row.fatalities, row.disputed)
    return totals


def test_daily_totals_follow_every_change_of_the_events(tmp_path: Path) -> None:
    with api.open_store(tmp_path / "d.db") as store:
        api.ingest([api.demo_corpus()], store=store, batch_size=7)
        kept = _recount(store)
        assert sum(n for n, _, _ in kept.values()) == store.count("events")
        with store.engine.begin() as conn:
            daily.rebuild(conn)
        assert _recount(store) == kept  # incremental deltas == a recount from the events
        biggest = max(store.events(limit=None), key=lambda e: e["n_sources"])
        detail = store.event(biggest["id"])
        assert detail is not None
        split_event(store, biggest["id"], records=[detail["reports"][0]["record_id"]])
        after = _recount(store)
        with store.engine.begin() as conn:
            daily.rebuild(conn)
        assert _recount(store) == after
        assert sum(n for n, _, _ in after.values()) == store.count("events")


def test_identical_claims_are_stored_once(store: Store) -> None:
    article = make_article(5)
    record = make_record(article)
    record.counts.append(Count("killed", 3, "civilians", "Fiscalía de Sinaloa"))  # repeated
    resolve_records(store, [record], article)
    assert store.count("claims") == 2  # killed 3 once, and the death toll


def test_reading_an_event_never_imports_the_resolver(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    with api.open_store(db) as store:
        api.ingest([api.demo_corpus()], store=store)
        wanted = store.event(store.events(limit=1)[0]["id"])
    code = (
        "import json, sys\n"
        "from sucesos.store import Store\n"
        f"s = Store({str(db)!r})\n"
        "e = s.event(s.events(limit=1)[0]['id'])\n"
        "assert not [m for m in sys.modules if m.startswith('sucesos.resolve')], 'resolver'\n"
        "print(json.dumps(e, sort_keys=True, default=str))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert json.loads(result.stdout) == json.loads(json.dumps(wanted, default=str))


def _ingest_process(db: str, *paths: str) -> subprocess.Popen[str]:
    cli = "from sucesos.cli import main; main()"
    return subprocess.Popen(
        [sys.executable, "-c", cli, "--db", db, "ingest", "--workers", "1", *paths],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def event_groups(store: Store) -> set[frozenset[str]]:
    """The events as sets of record ids: what "the same events" means whatever the order
    the articles arrived in (event ids name the record that came first)."""
    groups: dict[str, set[str]] = {}
    with store.engine.connect() as conn:
        for event_id, record_id in conn.execute(
            sa.select(schema.reports.c.event_id, schema.reports.c.record_id)
        ):
            groups.setdefault(event_id, set()).add(record_id)
    return {frozenset(g) for g in groups.values()}


def concurrent_ingests_match_one(db: str, reference_db: str, tmp_path: Path) -> None:
    """Two processes ingesting the demo corpus into a new database at once end as one
    ingest: each skips what the other stored, and the store is as one run would leave it."""
    corpus = str(api.demo_corpus())
    procs = [_ingest_process(db, corpus), _ingest_process(db, corpus)]
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
        assert "0 errors" in out
    with api.open_store(reference_db) as reference:
        api.ingest([api.demo_corpus()], store=reference)
        with api.open_store(db) as both:
            for table in ("articles", "records", "reports", "events", "claims"):
                assert both.count(table) == reference.count(table), table
            assert event_groups(both) == event_groups(reference)


def test_two_concurrent_ingests_on_a_new_sqlite_database(tmp_path: Path) -> None:
    concurrent_ingests_match_one(str(tmp_path / "both.db"), str(tmp_path / "ref.db"), tmp_path)


@pytest.mark.skipif(not os.environ.get("SUCESOS_TEST_PG_URL"), reason="needs PostgreSQL")
def test_two_concurrent_ingests_on_a_new_postgres_database(tmp_path: Path) -> None:
    from test_postgres import fresh_database

    with fresh_database() as url, fresh_database() as reference:
        concurrent_ingests_match_one(url, reference, tmp_path)


def _resolve_together(store: Store, items: list[tuple[Any, list[Any]]]) -> list[str]:
    """Resolve `items` (article, records) in one batch; the event id of each first record."""
    from sucesos.resolve import BatchResolver

    with store.engine.begin() as conn:
        resolver = BatchResolver(conn)
        linked = resolver.add_articles(items)
        resolver.flush()
    return [ids[0][0] for ids in linked]


def test_a_deadly_raid_and_a_clash_meet_within_a_batch_as_across_batches(
    tmp_path: Path,
) -> None:
    """The bridge between security operations and violent events (both with a death toll)
    applies to events of the same batch exactly as to stored ones."""
    a = make_article(1, source="Diario Uno")
    b = make_article(2, source="Diario Dos")
    raid = make_record(a, category="security_operation", fatalities=4)
    clash = make_record(b, category="armed_clash", fatalities=4)
    with Store(tmp_path / "apart.db") as apart:
        first = resolve_records(apart, [raid], a)
        second = resolve_records(apart, [clash], b)
    assert first == second  # one by one: the clash joins the raid
    with Store(tmp_path / "together.db") as together:
        assert _resolve_together(together, [(a, [raid]), (b, [clash])]) == first + second


def test_records_are_stored_compressed_and_read_back_whole(store: Store) -> None:
    article = make_article(1)
    record = make_record(article)
    resolve_records(store, [record], article)
    with store.engine.connect() as conn:
        raw = conn.execute(sa.text("SELECT data FROM records")).scalar_one()
        data = conn.execute(sa.select(schema.records.c.data)).scalar_one()
    assert isinstance(raw, bytes) and not raw.startswith(b"{")
    assert len(raw) < len(json.dumps(data, ensure_ascii=False).encode())
    assert data == json.loads(json.dumps(record.to_dict(), default=str))


def test_records_written_as_json_before_compression_still_read(store: Store) -> None:
    article = make_article(1)
    record = make_record(article)
    resolve_records(store, [record], article)
    plain = json.dumps(record.to_dict(), default=str, ensure_ascii=False)
    with store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE records SET data = :d"), {"d": plain})
        assert conn.execute(sa.select(schema.records.c.data)).scalar_one() == json.loads(plain)


def test_extraction_workers_run_below_the_writers_priority() -> None:
    from sucesos.workers import WORKER_NICE, ExtractionPool

    mine = os.nice(0)
    with ExtractionPool(2) as pool:
        assert pool.pool is not None
        niceness = pool.pool.map(os.nice, [0, 0])
    assert niceness == [min(19, mine + WORKER_NICE)] * 2


def test_the_writer_decodes_each_stored_record_once(tmp_path: Path) -> None:
    """Records linked in one batch are read back in later ones from the writer's cache (a
    stored record never changes), not decoded again; the store is the same as without it."""
    from sucesos.resolve import merge

    decoded: list[str] = []
    unpack = merge.column_types.unpack_json

    def counting(value: Any) -> Any:
        data = unpack(value)
        decoded.append(data["id"])
        return data

    with api.open_store(tmp_path / "cached.db") as store:
        merge.column_types.unpack_json = counting  # type: ignore[assignment]
        try:
            summary = api.ingest([api.demo_corpus()], store=store, batch_size=4)
        finally:
            merge.column_types.unpack_json = unpack  # type: ignore[assignment]
        assert summary.articles_new == 44 and not summary.errors
        with_cache = dump(store)
    assert not decoded  # every record it reads back it linked itself
    with api.open_store(tmp_path / "cached.db") as store, store.engine.connect() as conn:
        event_id = conn.execute(sa.select(schema.reports.c.event_id)).scalars().first()
        assert event_id is not None
        cache = merge.RecordCache()
        first = merge.linked_records(conn, event_id, cache)
        again = merge.linked_records(conn, event_id, cache)
        assert [r for r, _ in first] == [r for r, _ in merge.linked_records(conn, event_id)]
        assert all(a is b for (a, _), (b, _) in zip(first, again, strict=True))
    assert with_cache == ingest_demo(tmp_path / "one-by-one.db", batch_size=1)


def test_the_record_cache_keeps_the_records_used_last() -> None:
    from sucesos.resolve.merge import RecordCache

    article = make_article(1)
    records = [make_record(article, date=f"2024-09-{d:02d}") for d in range(10, 14)]
    cache = RecordCache(size=2)
    for i, record in enumerate(records[:3]):
        cache.put(f"r{i}", record)
    assert cache.get("r0") is None and cache.get("r2") is records[2]
    cache.put("r1", records[1])  # used again: kept longer than r2
    cache.put("r3", records[3])
    assert cache.get("r2") is None and cache.get("r1") is records[1]


def test_what_the_process_held_is_left_out_of_collections_while_an_ingest_runs(
    tmp_path: Path,
) -> None:
    import gc

    path = tmp_path / "in.jsonl"
    rows = [
        {"id": "g1", "text": "Asesinan a dos hombres en una colonia de Zamora, Michoacán"},
        {"id": "g2", "text": "Localizan un cuerpo en un canal de riego de Navojoa, Sonora"},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
    frozen: list[int] = []
    with api.open_store(tmp_path / "g.db") as store:
        api.ingest([path], store=store, explain=lambda *_: frozen.append(gc.get_freeze_count()))
    assert len(frozen) == 2 and all(n > 0 for n in frozen)
    assert gc.get_freeze_count() == 0  # given back when the ingest ends
