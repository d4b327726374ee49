"""Open-loop load on the HTTP API: does the server hold a rate, and shed load above it?

    .venv/bin/python bench/bench_load.py --db big.db          # 1,000,000 events generated if new
    .venv/bin/python bench/bench_load.py --events 200000 --rate 100 --seconds 10   # quicker

`sucesos serve --workers N` runs in a subprocess on 127.0.0.1 over a store of synthetic
events (generated as `bench/bench_api.py` does, straight into the events table).

**What is asked**: the requests the dashboard sends for a view (`/api/stats?...&groups=state,day`
and `/api/events?...&limit=50&sort=...`), for views drawn at random (seeded) the way users
pick them: a quick period (1, 7, 30, 90 days, ending at the store's newest event, as the
dashboard's), "all", or now and then a custom range; half the views with a state (busy states
more often), some with a category or family, a status, an actor, another sort order, a
second page; now and then the map's points (GeoJSON in a bounding box). Popular views
repeat, as they do when many people open the same dashboard; the long tail does not. The
number of distinct requests and the server's cache hits (`X-Cache`) are printed, so the
figures say how much of the load the response cache (`sucesos.web.cache`) took.

**How**: requests are sent **open loop**, each at its scheduled time whether or not earlier
ones have answered (as independent users do), so a server that falls behind shows it in the
latency, measured from the scheduled time, instead of slowing the client down. The client is
a minimal HTTP/1.1 keep-alive client on asyncio streams (uvloop when installed), a few tens
of microseconds of CPU per request, so on a shared machine the load generator is not what
is measured; its own CPU time is printed. Phases, each bounded in count and time:

1. `/api/events` at `--rate` requests/s for `--seconds`;
2. `/api/stats` at `--rate` requests/s;
3. overload: both at `--overload` × `--rate` for a third of `--seconds` (fresh views, drawn
   with another seed): the server should answer what it can and refuse the rest at once with
   503 (its concurrency limit) rather than queue them for tens of seconds.

Printed per phase: requests sent, distinct, 200s, 503s, other errors, cache hits, achieved
200s per second, p50/p95/p99/max latency of the 200s, p95 of every answer, and the server's
CPU time per request (all its processes, from /proc: what the machine's other work does not
change much); pass/FAIL for phases 1–2 (0 errors, p95 <
200 ms) and 3 (some 503, p95 of every answer < 2 s). `--no-cache` serves with the cache off
(`SUCESOS_CACHE_MB=0`), to see what the queries alone hold. Loopback only; figures depend on
the machine and its load.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import resource
import statistics
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlencode, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_api import generate, serve

from sucesos.store import Store, queries

T = TypeVar("T")
P95_TARGET_S = 0.200
OVERLOAD_P95_S = 2.0
TIMEOUT_S = 60.0

# Busy states first: the more violent ones are asked for more often.
STATES = [
    "MX-GUA", "MX-MIC", "MX-JAL", "MX-BCN", "MX-CHH", "MX-GRO", "MX-SIN", "MX-SON", "MX-MEX",
    "MX-ZAC", "MX-TAM", "MX-VER", "MX-OAX", "MX-MOR", "MX-PUE", "MX-NLE", "MX-CMX", "MX-QUE",
    "MX-ROO", "MX-COL", "MX-SLP", "MX-DUR", "MX-HID", "MX-TAB", "MX-CHP", "MX-NAY", "MX-AGU",
    "MX-COA", "MX-TLA", "MX-CAM", "MX-BCS", "MX-YUC",
]  # fmt: skip
CATEGORIES = [
    "violence", "attack", "armed_clash", "abduction", "body_discovery", "arrest", "seizure",
    "protest", "mass_grave", "roadblock", "threat", "political", "explosion", "arson",
]  # fmt: skip
ACTORS = ["Jalisco Nueva", "Sinaloa", "Guardia Nacional", "Familia Michoacana", "Golfo"]
# Most people keep the list newest first; some sort by the toll or the sources.
SORTS = {"-date": 0.85, "-fatalities": 0.08, "-n_sources": 0.04, "date": 0.03}
QUICK = [1, 7, 7, 30, 30, 30, 30, 90, 90]  # days; the dashboard opens on 30


def _zipf(rng: random.Random, items: list[T]) -> T:
    """An item, the first ones more often (weight 1/rank)."""
    return rng.choices(items, weights=[1 / (i + 1) for i in range(len(items))])[0]


def draw_view(rng: random.Random, first: date, last: date) -> dict[str, str]:
    """The filters of one dashboard view, as a user might set them."""
    view: dict[str, str] = {}
    roll = rng.random()
    if roll < 0.85:
        days = rng.choice(QUICK)
        view["since"] = (last - timedelta(days=days - 1)).isoformat()
        view["until"] = last.isoformat()
    elif roll < 0.93:  # a custom range: any start, 1 to 120 days
        span = (last - first).days
        start = first + timedelta(days=rng.randrange(max(1, span)))
        view["since"] = start.isoformat()
        view["until"] = min(last, start + timedelta(days=rng.randrange(1, 121))).isoformat()
    # else "All": no window
    if rng.random() < 0.5:
        view["state"] = _zipf(rng, STATES)
    if rng.random() < 0.25:
        view["category"] = _zipf(rng, CATEGORIES)
    if rng.random() < 0.05:
        view["status"] = "disputed"
    if rng.random() < 0.04:
        view["actor"] = _zipf(rng, ACTORS)
    return view


def event_request(rng: random.Random, view: dict[str, str]) -> str:
    """What the dashboard asks /api/events for a view: the list's first page (sometimes
    another sort or the next page), or now and then the map's points in a box."""
    roll = rng.random()
    if roll < 0.06:  # zoomed-in map: the points in the box on screen
        lon, lat = rng.uniform(-115, -88), rng.uniform(15, 31)
        box = f"{lon:.4f},{lat:.4f},{lon + 1.5:.4f},{lat + 1:.4f}"
        params = {**view, "bbox": box, "format": "geojson", "limit": "2000"}
    else:
        sort = rng.choices(list(SORTS), weights=list(SORTS.values()))[0]
        params = {**view, "limit": "50", "sort": sort}
        if roll > 0.94:
            params["offset"] = str(50 * rng.randint(1, 4))
    return "/api/events?" + urlencode(params)


def stats_request(view: dict[str, str]) -> str:
    return "/api/stats?" + urlencode({**view, "groups": "state,day"})


def workload(seed: int, n: int, first: date, last: date, kind: str) -> list[str]:
    """`n` request targets of `kind` ("events", "stats" or "both") for views drawn with `seed`.
    A view is reused with probability 0.6 (picked among the views so far by popularity, as
    people open the same dashboards), else a new one is drawn."""
    rng = random.Random(seed)
    views: list[dict[str, str]] = []
    targets: list[str] = []
    for i in range(n):
        if views and rng.random() < 0.6:
            view = _zipf(rng, views)
        else:
            view = draw_view(rng, first, last)
            views.append(view)
        if kind == "events" or (kind == "both" and i % 2 == 0):
            targets.append(event_request(rng, view))
        else:
            targets.append(stats_request(view))
    return targets


class Client:
    """A minimal HTTP/1.1 client: GET over keep-alive connections (opened as needed, up to
    `max_connections`), reading responses with Content-Length or chunked bodies."""

    def __init__(self, url: str, max_connections: int = 1000) -> None:
        parts = urlsplit(url)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
        self.slots = asyncio.Semaphore(max_connections)

    async def get(self, target: str) -> tuple[int, bool]:
        """(status, served from the cache); status 0 when there was no answer. A kept-alive
        connection the server closed meanwhile is replaced once, as browsers do."""
        async with self.slots:
            while self.idle:
                status, hit = await self._exchange(self.idle.pop(), target)
                if status:
                    return status, hit
            try:
                conn = await asyncio.open_connection(self.host, self.port)
            except OSError:
                return 0, False
            return await self._exchange(conn, target)

    async def _exchange(
        self, conn: tuple[asyncio.StreamReader, asyncio.StreamWriter], target: str
    ) -> tuple[int, bool]:
        reader, writer = conn
        try:
            writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head[9:12])
            headers = head.lower()
            hit = b"\r\nx-cache: hit" in headers
            if b"\r\ntransfer-encoding: chunked" in headers:
                while True:
                    size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
                    await reader.readexactly(size + 2)
                    if size == 0:
                        break
            else:
                start = headers.find(b"\r\ncontent-length:")
                length = int(headers[start + 17 : headers.find(b"\r\n", start + 2)])
                await reader.readexactly(length)
            if b"\r\nconnection: close" in headers:
                writer.close()
            else:
                self.idle.append(conn)
            return status, hit
        except (OSError, ValueError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            writer.close()
            return 0, False

    def close(self) -> None:
        for _, writer in self.idle:
            writer.close()


@dataclass
class Phase:
    name: str
    seconds: float
    targets: list[str]
    latencies: list[float] = field(default_factory=list)  # of 200 answers
    every: list[float] = field(default_factory=list)  # of every answer
    statuses: dict[int, int] = field(default_factory=dict)  # 0 = no answer (timeout, reset)
    hits: int = 0
    server_cpu: float = 0.0  # seconds of CPU the server used during the phase

    @property
    def sent(self) -> int:
        return sum(self.statuses.values())

    @property
    def errors(self) -> int:
        return self.sent - self.statuses.get(200, 0)

    def line(self) -> str:
        ok = self.statuses.get(200, 0)
        shed = self.statuses.get(503, 0)
        other = self.sent - ok - shed
        lat = self.latencies
        return (
            f"{self.name:<30} {self.sent:>6} {len(set(self.targets)):>6} {ok:>6} {shed:>6} "
            f"{other:>6} {self.hits:>6} {ok / self.seconds:>7.1f} "
            f"{statistics.median(lat) * 1000 if lat else 0:>7.1f} "
            f"{pct(lat, 0.95) * 1000:>7.1f} {pct(lat, 0.99) * 1000:>7.1f} "
            f"{max(lat, default=0) * 1000:>8.1f} {pct(self.every, 0.95) * 1000:>9.1f} "
            f"{self.server_cpu / max(1, self.sent) * 1000:>7.2f}"
        )


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def run_phase(client: Client, phase: Phase, rate: float) -> None:
    """Open loop: request i is sent at start + i/rate, whatever came back before."""
    loop = asyncio.get_running_loop()
    start = loop.time() + 0.05

    async def one(target: str, scheduled: float) -> None:
        try:
            async with asyncio.timeout(TIMEOUT_S):  # no extra task per request, as wait_for
                status, hit = await client.get(target)
        except TimeoutError:
            status, hit = 0, False
        elapsed = loop.time() - scheduled
        phase.statuses[status] = phase.statuses.get(status, 0) + 1
        phase.hits += hit
        phase.every.append(elapsed)
        if status == 200:
            phase.latencies.append(elapsed)

    tasks = []
    for i, target in enumerate(phase.targets):
        scheduled = start + i / rate
        delay = scheduled - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(target, scheduled)))
    await asyncio.gather(*tasks)


def tree_cpu(root: int) -> float:
    """CPU seconds (user + system) used so far by process `root` and its descendants (Linux
    /proc; 0 elsewhere): the server's cost per request, whatever else the machine runs."""
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    for entry in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = entry.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry.parent.name)
        parents[pid] = int(fields[1])
        times[pid] = (int(fields[11]) + int(fields[12])) / tick
    total, todo = 0.0, [root]
    while todo:
        pid = todo.pop()
        total += times.get(pid, 0.0)
        todo += [child for child, parent in parents.items() if parent == pid]
    return total


async def load(url: str, phases: list[Phase], rates: list[float], server: int) -> None:
    client = Client(url)
    try:
        # Open the workers' connection pools and import what the first requests need, so
        # start-up is not measured; the views' answers are not asked here.
        for target in ("/api/stats?groups=state", "/api/events?limit=1"):
            for _ in range(8):
                await client.get(target)
        for phase, rate in zip(phases, rates, strict=True):
            before = tree_cpu(server)
            await run_phase(client, phase, rate)
            phase.server_cpu = tree_cpu(server) - before
    finally:
        client.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="database to use (generated if it is new)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rate", type=float, default=200.0, help="requests per second")
    parser.add_argument("--seconds", type=float, default=15.0, help="length of phases 1 and 2")
    parser.add_argument("--overload", type=float, default=3.0, help="phase 3 rate × --rate")
    parser.add_argument("--seed", type=int, default=1, help="seed of the drawn views")
    parser.add_argument("--no-cache", dest="cache", action="store_false", help="cache off")
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
        with store.engine.connect() as conn:
            first, last = queries.date_range(conn)
    assert first is not None and last is not None

    n = int(args.rate * args.seconds)
    n_over = int(args.overload * args.rate * args.seconds / 3)
    r = args.rate
    phases = [
        Phase(
            f"/api/events at {r:g}/s", args.seconds, workload(args.seed, n, first, last, "events")
        ),
        Phase(f"/api/stats at {r:g}/s", args.seconds, workload(args.seed, n, first, last, "stats")),
        Phase(
            f"overload: both at {args.overload * r:g}/s",
            args.seconds / 3,
            workload(args.seed + 1000, n_over, first, last, "both"),
        ),
    ]
    rates = [args.rate, args.rate, args.overload * args.rate]

    if not args.cache:
        os.environ["SUCESOS_CACHE_MB"] = "0"
    # Workers fork after start-up; on a busy machine that takes a while.
    proc, url = serve(db, "--workers", str(args.workers), wait=180)
    cpu0 = resource.getrusage(resource.RUSAGE_SELF)
    try:
        try:
            import uvloop

            uvloop.run(load(url, phases, rates, proc.pid))
        except ImportError:
            asyncio.run(load(url, phases, rates, proc.pid))
    finally:
        proc.terminate()
        proc.wait(timeout=60)
        if tmp:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            os.rmdir(tmp)
    cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    client_cpu = cpu1.ru_utime + cpu1.ru_stime - cpu0.ru_utime - cpu0.ru_stime
    sent = sum(p.sent for p in phases)

    print(
        f"{n_events:,} events in SQLite, serve --workers {args.workers}, loopback, open loop, "
        f"cache {'on' if args.cache else 'off'}; load generator CPU {client_cpu:.1f} s "
        f"({client_cpu / max(1, sent) * 1e6:.0f} µs per request)"
    )
    print(
        f"{'phase':<30} {'sent':>6} {'distin':>6} {'200':>6} {'503':>6} {'other':>6} "
        f"{'hits':>6} {'200/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'max ms':>8} "
        f"{'all p95':>9} {'cpu ms':>7}"
    )
    ok = True
    for i, phase in enumerate(phases):
        print(phase.line())
        other = {k: v for k, v in sorted(phase.statuses.items()) if k not in (200, 503)}
        if other:
            print(f"  other answers by status (0: none in {TIMEOUT_S:g} s or reset): {other}")
        if i < 2:
            held = phase.errors == 0 and pct(phase.latencies, 0.95) < P95_TARGET_S
            ok &= held
            print(f"  {'pass' if held else 'FAIL'}: 0 errors and p95 < 200 ms")
        else:
            shed = phase.statuses.get(503, 0) > 0 and pct(phase.every, 0.95) < OVERLOAD_P95_S
            ok &= shed
            print(f"  {'pass' if shed else 'FAIL'}: sheds with 503, every answer p95 < 2 s")
    return 0 if ok or not args.strict else 1


if __name__ == "__main__":
    sys.exit(main())
