"""`sucesos batch`: extraction on a real Dask LocalCluster (2 worker processes) into Parquet,
bulk load into SQLite and PostgreSQL, the same events as `sucesos ingest`, and resumption
after a real run is killed.

The PostgreSQL test runs when SUCESOS_TEST_PG_URL names a server (see tests/test_postgres.py).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from distributed import Client

from sucesos import api
from sucesos.batch import resolve as batch_resolve
from sucesos.batch import worker
from sucesos.batch.cluster import open_client
from sucesos.batch.extract import extract_batch
from sucesos.batch.load import load_batch
from sucesos.batch.manifest import ManifestError, read_manifest
from sucesos.batch.plan import PlanError, plan_partitions, read_partition
from sucesos.batch.synthetic import write_headlines
from sucesos.cli import main
from sucesos.readers import ReadError, read_articles
from sucesos.store import Store, schema
from sucesos.store.summaries import SUMMARIES

PG_URL = os.environ.get("SUCESOS_TEST_PG_URL")
SUCESOS = str(Path(sys.executable).parent / "sucesos")


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """A real LocalCluster of 2 single-threaded worker processes, shared by the module."""
    with open_client(workers=2) as c:
        yield c


@pytest.fixture(scope="module")
def demo_batch(client: Client, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo corpus extracted in partitions of 10 files."""
    out = tmp_path_factory.mktemp("batch") / "demo"
    extract_batch([api.demo_corpus()], out, client=client, partition_size=10)
    return out


@pytest.fixture(scope="module")
def demo_ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo corpus through `sucesos ingest` (the reference)."""
    db = tmp_path_factory.mktemp("ingest") / "demo.db"
    with api.open_store(db) as store:
        api.ingest([api.demo_corpus()], store=store)
    return db


def dump(db: str | Path) -> dict[str, Any]:
    """Everything resolution decides, without write times."""
    with Store(db) as store, store.engine.connect() as conn:
        events = [
            {k: v for k, v in r._mapping.items() if k != "updated_at"}
            for r in conn.execute(sa.select(schema.events).order_by(schema.events.c.id))
        ]
        return {
            "events": events,
            "reports": sorted(tuple(r) for r in conn.execute(sa.select(schema.reports))),
            "claims": sorted(
                tuple(str(v) for v in r[1:]) for r in conn.execute(sa.select(schema.claims))
            ),
            "records": sorted(
                (r.id, r.article_id) for r in conn.execute(sa.select(schema.records))
            ),
            "copies": sorted(
                (r.article_id, str(r.copy_of))
                for r in conn.execute(sa.select(schema.article_fingerprints))
            ),
            "versions": sorted(
                (r.event_id, r.version, r.reason)
                for r in conn.execute(sa.select(schema.event_versions))
            ),
            # What /api/stats reads: ingest keeps it up to date, batch load rebuilds it.
            "summaries": {
                s.table.name: sorted(
                    tuple(str(v) for v in r) for r in conn.execute(sa.select(s.table))
                )
                for s in SUMMARIES
            },
        }


def test_batch_gives_the_same_events_as_ingest_on_sqlite(
    demo_batch: Path, demo_ingested: Path, tmp_path: Path
) -> None:
    with api.open_store(tmp_path / "batch.db") as store:
        summary = load_batch(demo_batch, store)
    assert summary.articles_new == 44
    reference = dump(demo_ingested)
    assert reference["events"]
    assert dump(tmp_path / "batch.db") == reference


def test_an_articles_records_are_resolved_in_one_transaction(
    demo_batch: Path, demo_ingested: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Transactions of one record would cut every article with several records apart.
    monkeypatch.setattr(batch_resolve, "CHUNK", 1)
    with api.open_store(tmp_path / "batch.db") as store:
        load_batch(demo_batch, store)
    assert dump(tmp_path / "batch.db") == dump(demo_ingested)


def test_chunks_end_between_articles() -> None:
    assert batch_resolve.chunk_ends(["a", "a", "b", "c", "c", "c", "d"], 2) == [2, 6, 7]


@pytest.mark.skipif(not PG_URL, reason="set SUCESOS_TEST_PG_URL to run PostgreSQL tests")
def test_batch_gives_the_same_events_as_ingest_on_postgres(
    client: Client, demo_batch: Path, demo_ingested: Path
) -> None:
    from test_postgres import fresh_database

    with fresh_database() as url, api.open_store(url) as store:
        summary = load_batch(demo_batch, store, client=client)
        assert summary.groups > 1  # states resolved as separate tasks on the workers
        assert dump(url) == dump(demo_ingested)


def _with_a_refused_article(demo_batch: Path, tmp_path: Path) -> tuple[Path, str]:
    """A copy of the demo batch whose second partition holds an article the database
    refuses (no text: the column is NOT NULL), in the middle of the partition."""
    folder = tmp_path / "bad-batch"
    shutil.copytree(demo_batch, folder)
    path = folder / "articles" / "part-00001.parquet"
    table = pq.read_table(path)
    texts = table.column("text").to_pylist()
    bad = len(texts) // 2
    texts[bad] = None
    column = table.schema.get_field_index("text")
    table = table.set_column(column, "text", pa.array(texts, pa.string()))
    pq.write_table(table, path)
    return folder, str(table.column("id")[bad])


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_one_refused_article_does_not_lose_its_partition(
    client: Client, demo_batch: Path, tmp_path: Path, backend: str
) -> None:
    if backend == "postgresql" and not PG_URL:
        pytest.skip("set SUCESOS_TEST_PG_URL to run PostgreSQL tests")
    from test_postgres import fresh_database

    folder, bad = _with_a_refused_article(demo_batch, tmp_path)
    with contextlib.ExitStack() as stack:
        db = str(tmp_path / "batch.db")
        if backend == "postgresql":
            db = stack.enter_context(fresh_database())
        store = stack.enter_context(api.open_store(db))
        summary = load_batch(folder, store, client=client)
        with store.engine.connect() as conn:
            stored = set(conn.execute(sa.select(schema.articles.c.id)).scalars())
            owners = set(conn.execute(sa.select(schema.records.c.article_id)).scalars())
    assert summary.articles_new == 43 and len(stored) == 43
    assert bad not in stored and bad not in owners
    assert len(summary.errors) == 1
    assert summary.errors[0].startswith(f"[B010] part-00001: article {bad}: not stored")
    assert summary.events_created > 0


def test_extract_writes_parquet_partitions_with_a_manifest(demo_batch: Path) -> None:
    manifest = read_manifest(demo_batch)
    assert manifest is not None and manifest.complete
    assert manifest.names() == [f"part-{i:05d}" for i in range(5)]
    articles = pq.read_table(demo_batch / "articles").to_pylist()
    assert sorted(a["id"] for a in articles) == sorted(
        a.id for a in read_articles([api.demo_corpus()])
    )
    records = pq.read_table(demo_batch / "records")
    assert records.num_rows == sum(p.records for p in manifest.parts.values())
    row = records.slice(0, 1).to_pylist()[0]
    assert json.loads(row["data"])["id"] == row["id"]


def test_workers_load_the_extractor_when_they_start(client: Client) -> None:
    loaded = client.run(lambda: worker._PIPELINE is not None)
    assert len(loaded) == 2 and all(loaded.values())


def test_rerun_skips_finished_partitions(client: Client, demo_batch: Path, tmp_path: Path) -> None:
    files = sorted((demo_batch / "records").iterdir())
    stamps = [f.stat().st_mtime_ns for f in files]
    again = extract_batch([api.demo_corpus()], demo_batch, client=client, partition_size=10)
    assert (again.written, again.skipped, again.articles) == (0, 5, 44)
    assert [f.stat().st_mtime_ns for f in files] == stamps
    with api.open_store(tmp_path / "twice.db") as store:
        load_batch(demo_batch, store)
        before = dump(tmp_path / "twice.db")
        second = load_batch(demo_batch, store)
    assert (second.loaded, second.skipped, second.events_created) == (0, 5, 0)
    assert dump(tmp_path / "twice.db") == before


def test_a_folder_of_other_inputs_is_refused(
    client: Client, demo_batch: Path, tmp_path: Path
) -> None:
    other = write_headlines(tmp_path / "other.jsonl", 5)
    with pytest.raises(ManifestError, match="B002"):
        extract_batch([other], demo_batch, client=client, partition_size=10)


def test_stdin_and_missing_inputs_are_refused(tmp_path: Path) -> None:
    with pytest.raises(PlanError, match="stdin"):
        plan_partitions(["-"])
    with pytest.raises(PlanError, match="no such file"):
        plan_partitions([tmp_path / "missing.jsonl"])


def test_large_jsonl_is_cut_into_line_ranges_read_like_ingest(tmp_path: Path) -> None:
    path = write_headlines(tmp_path / "h.jsonl", 25, seed=3)
    lines = path.read_text("utf-8").splitlines()
    lines[13] = "{not json"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    parts = plan_partitions([path], partition_size=10)
    assert len(parts) == 3
    errors: list[ReadError] = []
    got = [a for p in parts for a in read_partition(p, errors)]
    reference_errors: list[ReadError] = []
    expected = list(read_articles([path], errors=reference_errors))
    assert [(a.id, a.metadata["_origin"]) for a in got] == [
        (a.id, a.metadata["_origin"]) for a in expected
    ]
    assert [str(e) for e in errors] == [str(e) for e in reference_errors]
    assert errors[0].line == 14


def test_batch_commands_do_not_slow_down_the_main_help() -> None:
    code = (
        "import sys; from click.testing import CliRunner; from sucesos.cli import main;"
        "r = CliRunner().invoke(main, ['--help']); assert 'batch' in r.output, r.output;"
        "print('distributed' in sys.modules, 'pyarrow' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
    result = CliRunner().invoke(main, ["batch", "--help"])
    assert "extract" in result.output and "load" in result.output


def _kill_when(cmd: list[str], ready: Any, timeout: float = 900) -> None:
    """Start `cmd` in its own process group and SIGKILL the whole group once `ready()`.

    `timeout` only guards against a hung run: a Dask cluster starting two workers that each
    load the lexicons took over 120 s on a loaded two-core machine, and that is not a fault."""
    proc = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True, text=True
    )
    deadline = time.monotonic() + timeout
    try:
        while not ready(proc):
            assert proc.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline, "the run made no progress"
            time.sleep(0.01)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def test_killed_runs_resume_with_no_duplicates(client: Client, tmp_path: Path) -> None:
    source = write_headlines(tmp_path / "headlines.jsonl", 400, seed=7)
    out = tmp_path / "out"

    def some_partitions_written(_proc: Any) -> bool:
        manifest = read_manifest(out) if (out / "manifest.json").exists() else None
        return manifest is not None and len(manifest.parts) >= 2

    cmd = [SUCESOS, "batch", "extract", str(source), "-o", str(out), "--workers", "2"]
    _kill_when([*cmd, "--partition-size", "25"], some_partitions_written)
    manifest = read_manifest(out)
    assert manifest is not None and 2 <= len(manifest.parts) < manifest.partitions
    resumed = extract_batch([source], out, client=client, partition_size=25)
    assert resumed.skipped >= 2 and resumed.written == manifest.partitions - resumed.skipped
    assert resumed.articles == 400

    db = tmp_path / "batch.db"

    def some_groups_resolved(proc: Any) -> bool:
        # Reads every line as it comes (a blocking read, no polling lag): the run is killed
        # right after its first group is resolved, however fast the partitions were stored.
        return any(line.startswith("resolved") for line in iter(proc.stderr.readline, ""))

    _kill_when([SUCESOS, "batch", "load", str(out), "--db", str(db)], some_groups_resolved)
    with api.open_store(db) as store:
        partial = store.count("events")
        assert partial > 0
        load_batch(out, store)
    reference = tmp_path / "ingest.db"
    with api.open_store(reference) as store:
        api.ingest([source], store=store)
    assert dump(db) == dump(reference)


def _outlet_articles() -> list[dict[str, Any]]:
    """Synthetic reports of one outlet the bundled table does not know: six from Torreón
    (its home state, Coahuila, is learned from them), then reports whose extraction the
    learned home may or may not change."""
    base = {"source": "Gaceta Sintética del Desierto", "language": "es"}
    texts = [
        f"[Texto sintético] Asesinan a {n} hombres en Torreón, Coahuila, la noche del sábado."
        for n in ("dos", "tres", "cuatro", "cinco", "seis", "siete")
    ] + [
        "[Texto sintético] Hallan un cuerpo en San Pedro durante la madrugada del lunes.",
        "[Texto sintético] Asesinan a un comerciante afuera de su negocio; la Fiscalía investiga.",
        "[Texto sintético] Hombres armados atacaron a tres personas en Culiacán, Sinaloa.",
        "[Texto sintético] Detienen a dos hombres armados en Culiacán, Sinaloa.",
    ]
    return [
        {
            **base,
            "url": f"https://example.org/gaceta/{i}",
            "text": t,
            "published": f"2025-05-0{1 + i % 9}",
        }
        for i, t in enumerate(texts)
    ]


def test_a_home_state_round_spares_articles_the_home_cannot_change(
    client: Client, tmp_path: Path
) -> None:
    """Articles extracted before their outlet's home state was learned: only those whose
    records the home can change are extracted again, and the store is still ingest's."""
    source = tmp_path / "gaceta.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in _outlet_articles()))
    summary = extract_batch([source], tmp_path / "parts", client=client, partition_size=3)
    assert summary.home_rounds >= 1
    assert 0 < summary.reextracted < 5  # five articles come after the home is learned
    with api.open_store(tmp_path / "batch.db") as store:
        load_batch(tmp_path / "parts", store)
    with api.open_store(tmp_path / "ingest.db") as store:
        api.ingest([source], store=store)
    assert dump(tmp_path / "batch.db") == dump(tmp_path / "ingest.db")


def test_a_state_resolved_in_many_transactions_reads_each_block_once(
    demo_batch: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Records dated over months made every transaction read its state's whole blocks again.
    from sucesos.resolve import block_reads, match

    reads: list[tuple[str, str]] = []
    params = match._params

    def counted(state: str, family: str, windows: Any) -> dict[str, Any]:
        reads.append((state, family))
        return params(state, family, windows)

    together = block_reads._sqlite_blocks_rows

    def counted_together(conn: Any, requests: Any) -> Any:
        # SQLite reads a batch's blocks in one statement (`block_reads.blocks_rows`).
        reads.extend(key for key, _ in requests)
        return together(conn, requests)

    monkeypatch.setattr(match, "_params", counted)
    monkeypatch.setattr(block_reads, "_sqlite_blocks_rows", counted_together)
    monkeypatch.setattr(batch_resolve, "CHUNK", 1)
    with api.open_store(tmp_path / "batch.db") as store:
        load_batch(demo_batch, store)
    assert reads
    assert len(reads) == len(set(reads))
