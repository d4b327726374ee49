"""Ingest speed and store size: extraction alone vs `ingest` with 1 and 2 workers, SQLite vs
PostgreSQL, and bytes per article — measured side by side in one run.

    python bench/bench_ingest.py [--articles N] [--headlines N] [--pg URL] [--strict]

Inputs are synthetic (see bench_extract.py): full-length articles from the demo corpus
repeated with small variations, and headlines from templates, written to a JSON Lines file
that each run reads like `sucesos ingest` does. Every ingest starts from a new database.
Printed: articles per second for each configuration, the ratios the targets are about, and
the database size per article with the history check (every event's versions walk back to
its first report). With --pg (or SUCESOS_TEST_PG_URL) the PostgreSQL runs use a database
created and dropped here (name prefixed `bench_ingest_`).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sqlalchemy as sa
from bench_extract import make_articles, synthetic_headlines

from sucesos import api
from sucesos.models import Article
from sucesos.store import Store, schema
from sucesos.store.column_types import unpack_json
from sucesos.store.history import event_states


def write_jsonl(path: Path, articles: list[Article]) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for a in articles:
            item = {
                "id": a.id,
                "title": a.title,
                "text": a.text,
                "url": a.url,
                "source": a.source,
                "language": a.language,
                "published": a.published.isoformat() if a.published else None,
            }
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    return path


def headline_articles(count: int) -> list[Article]:
    """Headlines as articles from seven outlets over a year, so reports meet and join."""
    from datetime import date, timedelta

    start = date(2026, 1, 1)
    return [
        Article(
            text=text,
            id=f"headline-{i}",
            language="en" if i % 4 == 3 else "es",
            source=f"Outlet {i % 7}",
            published=start + timedelta(days=(i * 7) % 365),
        )
        for i, text in enumerate(synthetic_headlines(count))
    ]


# CPU seconds of the last run of `extraction_rate` (this process) and `ingest_rate` (the
# busier of the writer and its extraction workers): their ratio is the 1-worker ratio free
# of the load other programs put on a shared machine.
CPU_SECONDS: dict[str, float] = {}


def extraction_rate(articles: list[Article]) -> float:
    """Articles per second of `sucesos.extract.extract` alone, in this process."""
    from sucesos.extract import extract

    extract(articles[0])
    started, cpu = time.perf_counter(), time.process_time()
    for a in articles:
        extract(a)
    CPU_SECONDS["extraction"] = time.process_time() - cpu
    return len(articles) / (time.perf_counter() - started)


def ingest_rate(db: str, path: Path, workers: int) -> tuple[float, int]:
    """Articles per second of `sucesos.api.ingest` from the file into a new store. Its CPU
    seconds: the larger of the writer's (this process) and the extraction workers' (reaped
    children), the time of the pipeline with a core for each."""
    import resource

    def children() -> float:
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        return used.ru_utime + used.ru_stime

    with Store(db) as store:
        started, cpu, cpu_children = time.perf_counter(), time.process_time(), children()
        summary = api.ingest([path], store=store, workers=workers)
        elapsed = time.perf_counter() - started
        CPU_SECONDS["ingest"] = max(time.process_time() - cpu, children() - cpu_children)
        assert not summary.errors, summary.errors[:3]
        return summary.articles_new / elapsed, summary.articles_new


@contextmanager
def pg_database(base_url: str, prefix: str = "bench_ingest_") -> Iterator[str]:
    """A new database on the server of `base_url` (its URL), dropped afterwards."""
    base = sa.make_url(base_url)
    name = f"{prefix}{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.DDL(f'CREATE DATABASE "{name}"'))
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.DDL(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def sqlite_size(db: Path) -> tuple[int, dict[str, int]]:
    """Bytes of the database after a checkpoint and VACUUM, and the largest tables."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    per = dict(
        conn.execute(
            "SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 6"
        ).fetchall()
    )
    conn.close()
    return db.stat().st_size, per


def full_snapshot_size(db: Path, packed: bool = True) -> int:
    """The same store with each version holding a whole snapshot of the event (the layout
    before migration 6) and, with `packed=False`, each record's data as plain JSON (before
    migration 7), for the size comparison: a copy rewritten and vacuumed."""
    copy = db.with_name("snapshots.db")
    src = sqlite3.connect(db)
    dst = sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    dst.close()
    with Store(copy) as store, store.engine.begin() as conn:
        ver = schema.event_versions
        update = (
            ver.update()
            .where(ver.c.event_id == sa.bindparam("e"), ver.c.version == sa.bindparam("v"))
            .values(snapshot=sa.bindparam("s"))
        )
        for event_id in list(conn.execute(sa.select(schema.events.c.id)).scalars()):
            rows = []
            for state in event_states(conn, event_id):
                snapshot = {k: v for k, v in state.items() if k not in ("version", "at", "reason")}
                rows.append({"e": event_id, "v": state["version"], "s": snapshot})
            if rows:
                conn.execute(update, rows)
    if not packed:
        raw = sqlite3.connect(copy)
        plain = [
            (json.dumps(unpack_json(data), ensure_ascii=False), record_id)
            for record_id, data in raw.execute("SELECT id, data FROM records").fetchall()
        ]
        raw.executemany("UPDATE records SET data = ? WHERE id = ?", plain)
        raw.commit()
        raw.close()
    size, _ = sqlite_size(copy)
    copy.unlink()
    return size


def history_intact(db: Path) -> tuple[int, int]:
    """(events whose versions walk back to one first report, events)."""
    ok = total = 0
    with Store(db) as store, store.engine.connect() as conn:
        for event_id in conn.execute(sa.select(schema.events.c.id)).scalars():
            total += 1
            states = event_states(conn, event_id)
            ok += bool(states) and len(states[0]["records"]) == 1
    return ok, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600, help="full-length articles")
    parser.add_argument("--headlines", type=int, default=6000, help="headlines")
    parser.add_argument("--pg", default=os.environ.get("SUCESOS_TEST_PG_URL"), help="PostgreSQL")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument(
        "--compare",
        type=Path,
        metavar="OLD_TREE",
        help="instead: old (OLD_TREE) and this tree's ingest in one process in turns on the same "
        "inputs, CPU seconds and ratios (bench/replay_ingest.py)",
    )
    parser.add_argument("--rounds", type=int, default=3, help="--compare: turns per side")
    args = parser.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    arts, origin = make_articles(args.articles)
    heads = headline_articles(args.headlines)
    inputs = {
        "articles": (arts, write_jsonl(tmp / "articles.jsonl", arts)),
        "headlines": (heads, write_jsonl(tmp / "headlines.jsonl", heads)),
    }
    if args.compare is not None:
        from replay_ingest import compare_ingest

        try:
            paths = {kind: path for kind, (_, path) in inputs.items()}
            return compare_ingest(args.compare, paths, rounds=args.rounds, tmp=tmp)
        finally:
            for f in tmp.iterdir():
                f.unlink()
            tmp.rmdir()
    rates: dict[str, float] = {}
    cpu_ratios: dict[str, float] = {}
    for kind, (items, path) in inputs.items():
        rates[f"{kind}/s, extraction only"] = extraction_rate(items)
        for workers in (1, 2):
            db = tmp / f"{kind}-{workers}.db"
            rates[f"{kind}/s, {workers} worker{'s' if workers > 1 else ''}"], _ = ingest_rate(
                str(db), path, workers
            )
            if workers == 1:
                cpu_ratios[kind] = CPU_SECONDS["extraction"] / CPU_SECONDS["ingest"]
        if args.pg:
            with pg_database(args.pg) as url:
                rates[f"{kind}/s, PostgreSQL, 1 worker"], _ = ingest_rate(url, path, 1)

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = os.getloadavg()[0]
    print(f"{cores} cores, load average {load:.1f} (others share the CPU: compare ratios)")
    print(f"articles: {len(arts)} from {origin}; headlines: {len(heads)} synthetic\n")
    print(f"{'measure':<40} {'value':>10}")
    for name, value in rates.items():
        print(f"{name:<40} {value:>10.0f}")

    ratios: list[tuple[str, float, float, bool]] = []
    for kind in inputs:
        one, two = rates[f"{kind}/s, 1 worker"], rates[f"{kind}/s, 2 workers"]
        only = rates[f"{kind}/s, extraction only"]
        ratios.append((f"{kind}: 1 worker / extraction only", one / only, 0.60, True))
        ratios.append((f"{kind}: 2 workers / 1 worker", two / one, 1.7, True))
        pg = rates.get(f"{kind}/s, PostgreSQL, 1 worker")
        if pg:
            ratios.append((f"{kind}: PostgreSQL / SQLite time", one / pg, 1.5, False))
    ratios.append(("articles/s, 2 workers", rates["articles/s, 2 workers"], 150.0, True))
    ratios.append(("headlines/s, 2 workers", rates["headlines/s, 2 workers"], 2000.0, True))
    print(f"\n{'ratio':<40} {'value':>10}  target")
    all_met = True
    for name, value, target, at_least in ratios:
        met = value >= target if at_least else value <= target
        all_met &= met
        op = ">=" if at_least else "<="
        print(f"{name:<40} {value:>10.2f}  {op} {target:g} {'pass' if met else 'FAIL'}")

    print("\nthe same 1-worker ratios in CPU seconds (extraction / the busier process of ingest):")
    for kind, value in cpu_ratios.items():
        print(f"{kind + ': 1 worker / extraction only':<40} {value:>10.2f}  >= 0.6")

    db = tmp / "articles-1.db"
    size, per_table = sqlite_size(db)
    snapshots = full_snapshot_size(db)
    before = full_snapshot_size(db, packed=False)
    ok, total = history_intact(db)
    n = len(arts)
    print(f"\nstore of {n} full-length articles: {size / n / 1024:.1f} KiB per article")
    print(f"  with whole snapshots per version: {snapshots / n / 1024:.1f} KiB per article")
    print(
        f"  with whole snapshots and uncompressed records (before migrations 6 and 7):"
        f" {before / n / 1024:.1f} KiB per article"
    )
    print(
        f"  saved by storing changes: {1 - size / snapshots:.0%}; in all: {1 - size / before:.0%}"
    )
    print(f"  history walks back to the first report for {ok} of {total} events")
    print("  largest tables: " + ", ".join(f"{k} {v / n / 1024:.1f}" for k, v in per_table.items()))
    for f in tmp.iterdir():
        f.unlink()
    tmp.rmdir()
    print(f"\nall targets met: {'yes' if all_met else 'no'}")
    return 1 if args.strict and not all_met else 0


if __name__ == "__main__":
    sys.exit(main())
