"""Resolution speed and memory: cluster 100,000 and 1,000,000 synthetic event records.

Records are generated directly (no extraction) from synthetic "true" events — 32 states,
several municipalities each, the taxonomy's categories, named and unidentified perpetrators,
1 to 4 reports per event from different outlets with differing tolls and dates a day apart
— and streamed in publication order through `sucesos.resolve.core.MemoryResolver`, the
in-memory resolver that applies the same rules (`core.compatible` / `core.choose`) as the
store-backed one. Each record goes EventRecord → Mention → resolver, so conversion counts.

Prints records per second, peak memory (ru_maxrss) and how the clusters compare with the true
events at each size, then (with --store N) the store-backed resolver's speed on N records in
a temporary SQLite file. Usage: see bench/README.md.
"""

from __future__ import annotations

import argparse
import gc
import heapq
import random
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sucesos.models import Actor, Article, Count, EventRecord, Location
from sucesos.resolve.core import MemoryResolver
from sucesos.resolve.mentions import Cluster, Mention

CATEGORIES = [
    "attack",
    "attack",
    "attack",
    "armed_clash",
    "body_discovery",
    "abduction",
    "arrest",
    "arrest",
    "seizure",
    "roadblock",
    "protest",
    "arson",
    "threat",
]
CARTELS = ["Cártel Sintético del Norte", "Cártel Sintético del Sur", "Cártel Sintético Central"]
OUTLETS = [f"Medio Sintético {i}" for i in range(40)]


def synthetic_records(n_records: int, seed: int = 7) -> Iterator[tuple[EventRecord, int]]:
    """`n_records` synthetic records with the id of the true event each reports, in
    publication order (reports come out 0–2 days after their event)."""
    rng = random.Random(seed)
    start = date(2024, 1, 1)
    per_day = 900  # records a day: ~3 years for 1,000,000
    pending: list[tuple[int, int, EventRecord, int]] = []  # (publish day, seq, record, true id)
    emitted = seq = true_id = 0
    day = 0
    while emitted < n_records:
        produced = 0
        while produced < per_day:
            true_id += 1
            state = rng.randrange(32)
            muni = rng.randrange(70)
            loc = Location(
                name=f"Municipio {state}-{muni}",
                admin1=f"Estado {state}",
                admin1_code=f"MX-S{state:02d}",
                admin2=f"Municipio {state}-{muni}",
                admin2_code=f"{state:02d}{muni:03d}",
                latitude=15 + state * 0.4 + (muni % 10) * 0.05,
                longitude=-115 + state * 0.6 + (muni // 10) * 0.05,
                precision="municipality",
            )
            category = rng.choice(CATEGORIES)
            perp = (
                Actor(rng.choice(CARTELS), "cartel", "perpetrator")
                if rng.random() < 0.3
                else Actor("Unidentified armed group", "armed_group", "perpetrator")
            )
            toll = rng.choice([0, 0, 1, 1, 2, 3, 5, 8])
            n_reports = rng.choice([1, 1, 2, 2, 3, 4])
            for k in range(n_reports):
                seq += 1
                article_id = f"a{seq}"
                precise = rng.random() < 0.9
                reported = max(0, toll + rng.choice([0, 0, 0, -1, 1, 2])) if toll else 0
                record = EventRecord(
                    id=f"r{seq}",
                    article_id=article_id,
                    category=category,
                    status="reported",
                    date=(start + timedelta(days=day + (k % 2 if precise else 0))).isoformat(),
                    date_precision="day" if precise else "week",
                    locations=[loc],
                    actors=[perp],
                    counts=[Count("killed", reported, None, None)] if reported else [],
                    fatalities=reported,
                    confidence=0.8,
                )
                heapq.heappush(pending, (day + rng.randrange(3), seq, record, true_id))
            produced += n_reports
        while pending and pending[0][0] <= day:
            _, _, record, tid = heapq.heappop(pending)
            yield record, tid
            emitted += 1
            if emitted >= n_records:
                return
        day += 1


def peak_mb() -> float:
    """Peak resident memory of this process, in MB (ru_maxrss is KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_memory(n_records: int) -> dict[str, Any]:
    """Resolve `n_records` in memory; returns the figures printed for this size."""
    creator: dict[str, int] = {}  # live cluster → true event that started it

    def evicted(c: Cluster) -> None:
        creator.pop(c.id, None)

    resolver = MemoryResolver(on_evict=evicted)
    wrong = 0
    true_ids: set[int] = set()
    slices: list[float] = []  # seconds per 100,000 records, to show the cost stays flat
    started = last = time.perf_counter()
    for i, (record, tid) in enumerate(synthetic_records(n_records), 1):
        if i % 100_000 == 0:
            now = time.perf_counter()
            slices.append(now - last)
            last = now
        cluster, new = resolver.add(Mention.from_record(record), source=record.article_id)
        if new:
            creator[cluster.id] = tid
        elif creator.get(cluster.id, tid) != tid:
            wrong += 1
        if len(true_ids) < 2_000_000:
            true_ids.add(tid)
    elapsed = time.perf_counter() - started
    return {
        "records": n_records,
        "seconds": elapsed,
        "rate": n_records / elapsed,
        "events": resolver.created,
        "true_events": len(true_ids),
        "wrong_joins": wrong,
        "live": resolver.live,
        "peak_mb": peak_mb(),
        "slices": slices,
    }


def run_store(n_records: int) -> float:
    """Records per second of the store-backed resolver (SQLite file, one transaction per 50
    articles as ingest commits them)."""
    from sucesos import open_store
    from sucesos.resolve import resolve_into

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.db")
        records = list(synthetic_records(n_records))
        started = time.perf_counter()
        for i in range(0, len(records), 50):
            with store.engine.begin() as conn:
                for record, _ in records[i : i + 50]:
                    article = Article(
                        text=f"[sintético] nota {record.article_id}",
                        id=record.article_id,
                        source=OUTLETS[hash(record.article_id) % len(OUTLETS)],
                        published=date.fromisoformat(record.date or "2024-01-01"),
                    )
                    resolve_into(conn, [record], article)
        elapsed = time.perf_counter() - started
        store.close()
    return n_records / elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[100_000, 1_000_000], help="record counts"
    )
    parser.add_argument(
        "--store", type=int, default=2_000, help="records for the store-backed run (0: skip)"
    )
    parser.add_argument(
        "--max-mb", type=float, default=2048, help="memory bound; exit 1 when exceeded"
    )
    args = parser.parse_args(argv)
    # The resolver holds ~10^5 live clusters and makes no reference cycles: collecting the
    # old generation over them again and again only costs time.
    gc.freeze()
    gc.set_threshold(100_000, 50, 1_000)
    print(f"{'records':>10} {'seconds':>8} {'rec/s':>9} {'events':>9} {'true':>9} "
          f"{'wrong':>6} {'live':>8} {'peak MB':>8}")  # fmt: skip
    results = []
    for size in args.sizes:
        r = run_memory(size)
        results.append(r)
        print(
            f"{r['records']:>10,} {r['seconds']:>8.1f} {r['rate']:>9,.0f} {r['events']:>9,} "
            f"{r['true_events']:>9,} {r['wrong_joins']:>6,} {r['live']:>8,} {r['peak_mb']:>8.0f}",
            flush=True,
        )
    big = results[-1]
    if len(big["slices"]) > 1:
        rates = ", ".join(f"{100_000 / t / 1000:.1f}k" for t in big["slices"])
        print(f"records/s per 100,000 in the {big['records']:,} run: {rates}")
    if len(results) > 1:
        a, b = results[0], results[-1]
        ratio = (b["seconds"] / a["seconds"]) / (b["records"] / a["records"])
        sizes = f"{b['records']:,} / at {a['records']:,}"
        print(f"time per record at {sizes}: {ratio:.2f} (1 = linear)")
    if args.store:
        print(f"store-backed (SQLite file): {run_store(args.store):,.0f} records/s "
              f"on {args.store:,} records")  # fmt: skip
    if peak_mb() > args.max_mb:
        print(f"FAIL: peak memory {peak_mb():.0f} MB > {args.max_mb:.0f} MB", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
