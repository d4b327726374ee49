"""Open-loop load on the HTTP API: does the server hold a rate, and shed load above it?

    .venv/bin/python bench/bench_load.py --db big.db          # 1,000,000 events generated if new
    .venv/bin/python bench/bench_load.py --events 200000 --rate 100 --seconds 10   # quicker

`sucesos serve --workers N` runs in a subprocess on 127.0.0.1 over a store of synthetic
events (generated as `bench/bench_api.py` does, straight into the events table). Requests are
sent **open loop**: each at its scheduled time whether or not earlier ones have answered, as
independent users do, so a server that falls behind shows it in the latency (measured from
the scheduled time) instead of slowing the client down. Phases, each bounded in count and
time:

1. `/api/events` at `--rate` requests/s for `--seconds` (the dashboard's filter sets);
2. `/api/stats` at `--rate` requests/s (a window, state and day groups, as the dashboard asks);
3. overload: both at `--overload` × `--rate` for a third of `--seconds`: the server should
   answer what it can and refuse the rest at once with 503 (its concurrency limit) rather
   than queue them for tens of seconds.

Printed per phase: requests sent, 200s, 503s, other errors, achieved 200s per second and
p50/p95/p99/max latency; pass/FAIL for phases 1–2 (0 errors, p95 < 200 ms) and 3 (some 503,
p95 of every answer < 2 s). Loopback only; figures depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_api import FILTERS, STATS_FILTERS, generate, serve

from sucesos.store import Store

P95_TARGET_S = 0.200
OVERLOAD_P95_S = 2.0


@dataclass
class Phase:
    name: str
    seconds: float
    latencies: list[float] = field(default_factory=list)  # of 200 answers
    every: list[float] = field(default_factory=list)  # of every answer
    statuses: dict[int, int] = field(default_factory=dict)  # 0 = no answer (timeout, reset)

    @property
    def sent(self) -> int:
        return sum(self.statuses.values())

    @property
    def errors(self) -> int:
        return self.sent - self.statuses.get(200, 0)

    def line(self) -> str:
        def pct(values: list[float], q: float) -> float:
            if not values:
                return float("nan")
            ordered = sorted(values)
            return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] * 1000

        ok = self.statuses.get(200, 0)
        shed = self.statuses.get(503, 0)
        other = self.sent - ok - shed
        lat = self.latencies
        return (
            f"{self.name:<34} {self.sent:>6} {ok:>6} {shed:>6} {other:>6} "
            f"{ok / self.seconds:>7.1f} {statistics.median(lat) * 1000 if lat else 0:>7.1f} "
            f"{pct(lat, 0.95):>7.1f} {pct(lat, 0.99):>7.1f} {max(lat, default=0) * 1000:>8.1f}"
            f" {pct(self.every, 0.95):>9.1f}"
        )


async def run_phase(
    client: httpx.AsyncClient,
    phase: Phase,
    targets: list[tuple[str, dict[str, str]]],
    rate: float,
) -> None:
    """Send len-limited open-loop traffic: one request every 1/rate s for phase.seconds."""
    loop = asyncio.get_running_loop()
    count = int(rate * phase.seconds)
    start = loop.time() + 0.05

    async def one(path: str, params: dict[str, str], scheduled: float) -> None:
        try:
            r = await client.get(path, params=params)
            status = r.status_code
        except httpx.HTTPError:
            status = 0
        elapsed = loop.time() - scheduled
        phase.statuses[status] = phase.statuses.get(status, 0) + 1
        phase.every.append(elapsed)
        if status == 200:
            phase.latencies.append(elapsed)

    tasks = []
    for i in range(count):
        scheduled = start + i / rate
        delay = scheduled - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        path, params = targets[i % len(targets)]
        tasks.append(asyncio.create_task(one(path, params, scheduled)))
    await asyncio.gather(*tasks)


async def load(url: str, rate: float, seconds: float, overload: float) -> list[Phase]:
    events = [("/api/events", p) for p in FILTERS]
    stats = [("/api/stats", p) for p in STATS_FILTERS]
    limits = httpx.Limits(max_connections=1000, max_keepalive_connections=200)
    async with httpx.AsyncClient(base_url=url, timeout=30, limits=limits) as client:
        for path, params in events + stats:  # warm caches once
            await client.get(path, params=params)
        phases = [
            Phase(f"/api/events at {rate:g}/s", seconds),
            Phase(f"/api/stats at {rate:g}/s", seconds),
            Phase(f"overload: both at {overload * rate:g}/s", seconds / 3),
        ]
        await run_phase(client, phases[0], events, rate)
        await run_phase(client, phases[1], stats, rate)
        mixed = [x for pair in zip(events, stats, strict=False) for x in pair]
        await run_phase(client, phases[2], mixed, overload * rate)
    return phases


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="database to use (generated if it is new)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rate", type=float, default=200.0, help="requests per second")
    parser.add_argument("--seconds", type=float, default=15.0, help="length of phases 1 and 2")
    parser.add_argument("--overload", type=float, default=3.0, help="phase 3 rate × --rate")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()

    tmp = None
    db = args.db
    if db is None:
        tmp = tempfile.mkdtemp(prefix="sucesos-load-")
        db = Path(tmp) / "load.db"
    with Store(db) as store:
        if store.count("events") == 0:
            generate(store, args.events)
        n_events = store.count("events")

    # Workers fork after start-up; on a busy machine that takes a while.
    proc, url = serve(db, "--workers", str(args.workers), wait=180)
    try:
        phases = asyncio.run(load(url, args.rate, args.seconds, args.overload))
    finally:
        proc.terminate()
        proc.wait(timeout=60)
        if tmp:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            os.rmdir(tmp)

    print(f"{n_events:,} events in SQLite, serve --workers {args.workers}, loopback, open loop")
    print(
        f"{'phase':<34} {'sent':>6} {'200':>6} {'503':>6} {'other':>6} {'200/s':>7} "
        f"{'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'max ms':>8} {'all p95':>9}"
    )
    ok = True
    for i, phase in enumerate(phases):
        print(phase.line())
        if i < 2:
            p95 = sorted(phase.latencies)[int(0.95 * (len(phase.latencies) - 1))]
            held = phase.errors == 0 and p95 < P95_TARGET_S
            ok &= held
            print(f"  {'pass' if held else 'FAIL'}: 0 errors and p95 < 200 ms")
        else:
            every = sorted(phase.every)
            p95_all = every[int(0.95 * (len(every) - 1))]
            shed = phase.statuses.get(503, 0) > 0 and p95_all < OVERLOAD_P95_S
            ok &= shed
            print(f"  {'pass' if shed else 'FAIL'}: sheds with 503, every answer p95 < 2 s")
    return 0 if ok or not args.strict else 1


if __name__ == "__main__":
    sys.exit(main())
