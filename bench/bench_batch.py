"""`sucesos batch` on Dask into PostgreSQL: wall time, memory and the 1 → 2 worker speed-up.

Generates N synthetic headline-size articles (`sucesos.batch.synthetic`: invented templates,
real municipality names, marked synthetic), then, side by side in one run:

0. the same input through `sucesos extract`'s path in this process (`api.extract_articles`:
   one core, no Dask, no Parquet), the yardstick for the batch rates;
1. `extract_batch` on a LocalCluster of 1 worker process, then of 2, each into its own folder
   (the two folders must hold the same records: checked);
2. `load_batch` of the 2-worker folder into a fresh PostgreSQL database with 1 worker, then
   into another fresh database with 2 workers (bulk COPY, then resolution by state on the
   workers); both databases must hold the same events (checked).

Printed for each step: wall seconds, articles (or records) per second, peak memory (sum of
the resident memory of this process and every worker process, sampled every 0.2 s), and the
speed-up of 2 workers over 1. Extraction steps also print the CPU seconds they used (this
process and its workers, summed; cluster start-up apart), split into workers and client,
the articles extracted in all (the home-state round extracts some twice), and each rate as a
ratio to the in-process one: on a shared machine wall time follows the load, CPU time much
less. `--extract-only` skips PostgreSQL; `--load-workers 2` loads
once. The PostgreSQL server is SUCESOS_TEST_PG_URL's (or --pg); the databases are created
with --db-prefix and dropped afterwards.

    .venv/bin/python bench/bench_batch.py --n 1000000
    .venv/bin/python bench/bench_batch.py --n 20000 --load-workers 1,2
"""

from __future__ import annotations

import argparse
import os
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext, suppress
from pathlib import Path
from typing import Any

import psutil
import pyarrow.parquet as pq
import sqlalchemy as sa

from sucesos.batch.cluster import open_client
from sucesos.batch.extract import extract_batch
from sucesos.batch.load import load_batch
from sucesos.batch.manifest import read_manifest
from sucesos.batch.synthetic import write_headlines
from sucesos.store import Store, schema


class PeakMemory:
    """Peak of the summed RSS of this process and all its descendants (Dask workers)."""

    def __init__(self, every: float = 0.2) -> None:
        self.every = every
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> int:
        me = psutil.Process()
        total = 0
        for p in [me, *me.children(recursive=True)]:
            with suppress(psutil.Error):
                total += p.memory_info().rss
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            self._stop.wait(self.every)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def cpu_seconds() -> dict[int, float]:
    """CPU seconds (user + system) so far of this process and each of its descendants."""
    me = psutil.Process()
    out: dict[int, float] = {}
    for p in [me, *me.children(recursive=True)]:
        with suppress(psutil.Error):
            t = p.cpu_times()
            out[p.pid] = t.user + t.system
    return out


def cpu_split(before: dict[int, float], after: dict[int, float]) -> tuple[float, float]:
    """(this process's, its descendants') CPU seconds between two `cpu_seconds` samples."""
    me = os.getpid()
    used = {pid: t - before.get(pid, 0.0) for pid, t in after.items()}
    return used.get(me, 0.0), sum(t for pid, t in used.items() if pid != me)


def extract_in_process(source: Path) -> tuple[int, int, float, float]:
    """(articles, records, wall s, CPU s) of `sucesos extract`'s path over `source`."""
    from sucesos.api import extract_articles
    from sucesos.extract.pipeline import default_pipeline
    from sucesos.models import Article

    default_pipeline()(Article(text="Enfrentamiento en Culiacán, Sinaloa, deja 3 muertos"))
    wall, cpu = time.perf_counter(), time.process_time()
    articles = records = 0
    for _article, found in extract_articles([source]):
        articles += 1
        records += len(found)
    return articles, records, time.perf_counter() - wall, time.process_time() - cpu


def timed(fn: Callable[[], Any]) -> tuple[Any, float, int]:
    with PeakMemory() as mem:
        started = time.perf_counter()
        result = fn()
        seconds = time.perf_counter() - started
    return result, seconds, mem.peak


@contextmanager
def fresh_database(server: str, prefix: str, keep: bool) -> Iterator[str]:
    base = sa.make_url(server)
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(
            sa.text(
                f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' "
                "LC_COLLATE 'C' LC_CTYPE 'C'"
            )
        )
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        if not keep:
            with admin.connect() as conn:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def fingerprint(db: str) -> tuple[int, int, int, int]:
    """(events, reports, claims, total fatalities): equal when two loads agree."""
    with Store(db) as store, store.engine.connect() as conn:
        ev = schema.events
        n, fat = conn.execute(sa.select(sa.func.count(), sa.func.sum(ev.c.fatalities))).one()
        reports = conn.execute(sa.select(sa.func.count()).select_from(schema.reports)).scalar()
        claims = conn.execute(sa.select(sa.func.count()).select_from(schema.claims)).scalar()
        return int(n), int(reports or 0), int(claims or 0), int(fat or 0)


def mb(n: int) -> str:
    return f"{n / 2**20:,.0f} MB"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--n", type=int, default=1_000_000, help="synthetic headlines (1,000,000)")
    ap.add_argument("--partition-size", type=int, default=5000)
    ap.add_argument("--extract-workers", default="1,2", help="worker counts to extract with")
    ap.add_argument("--load-workers", default="1,2", help="worker counts to load with")
    ap.add_argument("--extract-only", action="store_true", help="skip PostgreSQL")
    ap.add_argument(
        "--no-baseline", action="store_true", help="skip the in-process extraction yardstick"
    )
    ap.add_argument("--pg", default=os.environ.get("SUCESOS_TEST_PG_URL"), help="PG server URL")
    ap.add_argument("--db-prefix", default="sucesos_bench_batch")
    ap.add_argument("--keep", action="store_true", help="keep the databases")
    ap.add_argument("--workdir", help="folder for the input and partitions (default: temp)")
    ap.add_argument(
        "--reuse",
        metavar="DIR",
        help="work in DIR and keep it: a later run with the same --n reuses the input and"
        " every finished extraction (not timed again), e.g. to load the million again",
    )
    args = ap.parse_args()

    with (
        nullcontext(args.reuse) if args.reuse else tempfile.TemporaryDirectory(dir=args.workdir)
    ) as tmp:
        work = Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        source = work / f"headlines-{args.n}.jsonl"
        if not source.exists():
            write_headlines(work / "headlines.tmp", args.n, seed=11).rename(source)
        print(
            f"{args.n:,} synthetic headlines ({mb(source.stat().st_size)} of JSON Lines)"
            f" generated in {time.perf_counter() - started:.1f} s"
        )
        base_rate = base_cpu_rate = 0.0
        if not args.no_baseline:
            n_art, n_rec, wall, cpu = extract_in_process(source)
            base_rate, base_cpu_rate = n_art / wall, n_art / max(cpu, 1e-9)
            print(
                f"extract in process (`sucesos extract`'s path, one core): {wall:.1f} s wall,"
                f" {base_rate:,.0f} articles/s; {cpu:.1f} CPU s ({base_cpu_rate:,.0f} articles"
                f" per CPU second); {n_rec:,} records"
            )
        extract_times: dict[int, float] = {}
        folders: dict[int, Path] = {}
        for w in [int(x) for x in args.extract_workers.split(",")]:
            out = work / f"extract-{args.n}-{w}"
            done = read_manifest(out)
            if args.reuse and done is not None and done.complete:
                folders[w] = out
                print(f"extract, {w} worker(s): reused from {out} (not timed)")
                continue

            def run(w: int = w, out: Path = out) -> Any:
                with open_client(workers=w) as client:
                    t0, c0 = time.perf_counter(), cpu_seconds()
                    summary = extract_batch(
                        [source], out, client=client, partition_size=args.partition_size
                    )
                    inner = time.perf_counter() - t0
                    return summary, inner, cpu_split(c0, cpu_seconds())

            (summary, inner, (client_cpu, worker_cpu)), seconds, peak = timed(run)
            extract_times[w], folders[w] = inner, out
            rate = summary.articles / inner
            extracted = summary.articles + summary.reextracted
            cpu_rate = summary.articles / max(client_cpu + worker_cpu, 1e-9)
            print(
                f"extract, {w} worker(s): {seconds:.1f} s wall ({inner:.1f} s after cluster"
                f" start), {rate:,.0f} articles/s, {summary.records:,} records,"
                f" {summary.reextracted:,} re-extracted for home states; peak memory"
                f" {mb(peak)}\n    CPU {worker_cpu:.1f} s in workers + {client_cpu:.1f} s in"
                f" the client: {cpu_rate:,.0f} articles per CPU second,"
                f" {extracted / max(worker_cpu, 1e-9):,.0f} extractions per worker CPU second"
            )
            if base_rate:
                print(
                    f"    vs in process: {rate / base_rate:.2f}× the articles/s,"
                    f" {cpu_rate / base_cpu_rate:.2f}× the articles per CPU second"
                )
        if 1 in extract_times and 2 in extract_times:
            print(f"extract speed-up 1 → 2 workers: {extract_times[1] / extract_times[2]:.2f}×")
            a = pq.read_table(folders[1] / "records", columns=["id"]).column("id").to_pylist()
            b = pq.read_table(folders[2] / "records", columns=["id"]).column("id").to_pylist()
            assert sorted(a) == sorted(b), "1 and 2 workers extracted different records"
        if args.extract_only:
            return
        if not args.pg:
            raise SystemExit("give --pg URL (or SUCESOS_TEST_PG_URL) for the load step")
        folder = folders[max(folders)]
        load_times: dict[int, float] = {}
        results: dict[int, tuple[int, int, int, int]] = {}
        for w in [int(x) for x in args.load_workers.split(",")]:
            with fresh_database(args.pg, args.db_prefix, args.keep) as url:
                store = Store(url)

                def run_load(w: int = w, store: Store = store) -> Any:
                    with open_client(workers=w, warm=False) as client:
                        t0 = time.perf_counter()
                        return load_batch(folder, store, client=client), time.perf_counter() - t0

                (summary, inner), seconds, peak = timed(run_load)
                load_times[w] = inner
                results[w] = fingerprint(url)
                store.close()
                store_rate = summary.articles_new / max(summary.load_seconds, 1e-9)
                resolve_rate = summary.records / max(summary.resolve_seconds, 1e-9)
                print(
                    f"load into PostgreSQL, {w} worker(s): {seconds:.1f} s wall; bulk store"
                    f" {summary.load_seconds:.1f} s ({store_rate:,.0f} articles/s), resolution"
                    f" {summary.resolve_seconds:.1f} s ({resolve_rate:,.0f} records/s) in"
                    f" {summary.groups} groups; {results[w][0]:,} events; peak memory {mb(peak)}"
                )
        if 1 in load_times and 2 in load_times:
            assert results[1] == results[2], "1 and 2 workers resolved different events"
            print(f"load speed-up 1 → 2 workers: {load_times[1] / load_times[2]:.2f}×")
        if extract_times and load_times:
            total = extract_times.get(2, min(extract_times.values())) + load_times.get(
                2, min(load_times.values())
            )
            print(f"end to end (2 workers): {total:.1f} s, {args.n / total:,.0f} articles/s")


if __name__ == "__main__":
    main()
