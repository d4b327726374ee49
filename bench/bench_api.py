"""HTTP API latency on a large store: /api/events pages and /api/stats over loopback.

    .venv/bin/python bench/bench_api.py                    # 1,000,000 synthetic events
    .venv/bin/python bench/bench_api.py --events 200000     # quicker
    .venv/bin/python bench/bench_api.py --db big.db --keep  # reuse the generated database

Synthetic events (no articles) are written straight into the `events` table in batches, then
`sucesos serve` runs in a subprocess on 127.0.0.1 and an httpx client times the requests the
dashboard makes (filtered by window, state, category, actor, status, bounding box). The
script prints p50/p95/max per request kind and pass/FAIL against the targets:
/api/events p95 < 50 ms, /api/stats p95 < 200 ms (as the dashboard asks: a window and the
state and day groups), and /api/stats p95 < 100 ms for every window (1 day ... all time) and
every group (state, municipality, category, actor, day) with the filters the summary tables
answer (none, a state, a family, a status), printed as a window x group table. Then, in
process, the same questions from the summaries and from the events table side by side
(`--no-compare` skips it: the events side takes minutes at 1,000,000 events). The server's
response cache is off (`SUCESOS_CACHE_MB=0`) unless `--cache`: every request is computed.
Figures depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from sucesos.extract.kinds import taxonomy
from sucesos.store import Store, daily, schema
from sucesos.store.actors import actor_rows
from sucesos.store.keys import fold
from sucesos.web.server import free_port

TARGETS_MS = {
    "events": 50.0,
    "stats": 200.0,
    "stats, every window x group": 100.0,
}
NEWEST = date(2026, 11, 23)
DAYS = 3 * 365
BATCH = 20_000
# Synthetic actors (names of real kinds of actor, made-up events).
ACTORS = [
    ("Cártel Jalisco Nueva Generación", "armed_group"),
    ("Cártel de Sinaloa", "armed_group"),
    ("Cártel del Golfo", "armed_group"),
    ("La Familia Michoacana", "armed_group"),
    ("Guardia Nacional", "state_forces"),
    ("Secretaría de la Defensa Nacional", "state_forces"),
    ("Policía municipal", "police"),
    ("Fiscalía estatal", "official"),
    ("Civiles", "civilians"),
]


def _places() -> list[tuple[str, str, str, str, float, float]]:
    """(state code, state name, municipality code, name, lat, lon) from the gazetteer."""
    from importlib import resources

    gaz = resources.files("sucesos.data").joinpath("gazetteer")
    states: dict[str, tuple[str, str]] = {}
    for line in gaz.joinpath("states.tsv").read_text("utf-8").splitlines()[1:]:
        inegi, iso, name, *_ = line.split("\t")
        states[inegi] = (iso, name)
    out = []
    for line in gaz.joinpath("municipalities.tsv").read_text("utf-8").splitlines()[1:]:
        if not line or line.startswith("#"):
            continue
        code, name, state, lat, lon, *_ = line.split("\t")
        iso, state_name = states[state]
        out.append((iso, state_name, code, name, float(lat), float(lon)))
    return out


def generate(store: Store, n: int, seed: int = 7) -> None:
    """Write `n` synthetic events into the events table, in batches of BATCH rows."""
    rng = random.Random(seed)
    places = _places()
    # Skewed towards some municipalities, as real violence is.
    weights = [1.0 / (1 + (i % 200)) for i in range(len(places))]
    cats = list(taxonomy().values())
    cat_weights = [c.priority for c in cats]
    now = datetime.now(UTC)
    started = time.perf_counter()
    with store.engine.begin() as conn:
        # A large page cache keeps the random inserts into the date/state indexes in memory.
        conn.exec_driver_sql("PRAGMA cache_size=-1000000")
        for start in range(0, n, BATCH):
            picks = rng.choices(places, weights=weights, k=min(BATCH, n - start))
            rows: list[dict[str, Any]] = []
            for i, (iso, sname, mcode, mname, lat, lon) in enumerate(picks, start):
                cat = rng.choices(cats, weights=cat_weights)[0]
                actors = [
                    {"name": a, "kind": k, "role": "participant"}
                    for a, k in rng.sample(ACTORS, rng.choice((0, 1, 1, 2, 3)))
                ]
                killed = rng.choice((0, 0, 0, 0, 1, 1, 2, 3, 5)) if cat.family == "violence" else 0
                disputed = rng.random() < 0.05
                rows.append(
                    {
                        "id": f"{i:016x}",
                        "category": cat.name,
                        "category_family": cat.family,
                        "event_type": cat.event_type,
                        "sub_event_type": cat.sub_event_type,
                        "status": "disputed" if disputed else "reported",
                        "date": NEWEST - timedelta(days=int(rng.random() * DAYS)),
                        "date_precision": "day",
                        "admin1": sname,
                        "admin1_code": iso,
                        "admin2": mname,
                        "admin2_code": mcode,
                        "admin1_key": fold(sname),
                        "admin2_key": fold(mname),
                        "location": mname,
                        "latitude": lat + rng.uniform(-0.05, 0.05),
                        "longitude": lon + rng.uniform(-0.05, 0.05),
                        "geo_precision": "municipality",
                        "actors": actors,
                        "actor_key": "|" + "|".join(fold(a["name"]) for a in actors) + "|",
                        "fatalities": killed,
                        "fatalities_min": killed,
                        "fatalities_max": killed + (1 if disputed else 0),
                        "n_sources": rng.choice((1, 1, 1, 2, 3)),
                        "disputed": disputed,
                        "dispute": None,
                        "first_seen": now,
                        "last_seen": now,
                        "updated_at": now,
                    }
                )
            conn.execute(schema.events.insert(), rows)
            actor_rows_ = [a for r in rows for a in actor_rows(r["id"], r["actors"])]
            if actor_rows_:
                conn.execute(schema.event_actors.insert(), actor_rows_)
            print(f"  {start + len(rows):>9,} events", end="\r", file=sys.stderr)
        # The resolver keeps the summary tables as it writes events; written directly, they
        # are computed once from the events, as migration 8 does.
        daily.rebuild(conn)
    print(f"generated {n:,} events in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def window(days: int) -> dict[str, str]:
    return {"since": (NEWEST - timedelta(days=days - 1)).isoformat(), "until": NEWEST.isoformat()}


# What the dashboard asks: a page of the list, and the stats, for typical filter sets.
FILTERS: list[dict[str, str]] = [
    {},
    window(1),
    window(7),
    window(30),
    window(90),
    {**window(30), "state": "MX-JAL"},
    {**window(30), "state": "Guanajuato", "category": "attack"},
    {**window(90), "category": "armed_clash"},
    {**window(30), "actor": "Jalisco Nueva"},
    {**window(30), "status": "disputed"},
    {**window(7), "bbox": "-104.0,20.0,-103.0,21.0"},
    {"state": "MX-SIN"},
    {"municipality": "14039"},
    {"state": "MX-MIC", "category": "violence"},
]
# The dashboard always sends a window (but for "All") and asks only for the groups it shows.
STATS_FILTERS = [{**f, "groups": "state,day"} for f in FILTERS if "since" in f]
EVERY_GROUP = [f for f in FILTERS if "since" in f]
# Stats over the whole store with no window: reported, no target.
ALL_TIME: list[dict[str, str]] = [
    {"groups": "state,day"},
    {"state": "MX-SIN", "groups": "state,day"},
    {"state": "MX-MIC", "category": "violence", "groups": "state,day"},
]
# Every window from a day to all time, each group alone, with the filters the summary tables
# answer (none, a state code, a category family, a status).
WINDOWS: dict[str, dict[str, str]] = {
    "1 d": window(1),
    "7 d": window(7),
    "30 d": window(30),
    "90 d": window(90),
    "365 d": window(365),
    "all": {},
}
GROUPS = ("state", "municipality", "category", "actor", "day")
SUMMARY_FILTERS: list[dict[str, str]] = [
    {},
    {"state": "MX-JAL"},
    {"category": "violence"},
    {"status": "disputed"},
]


def grid_requests(name: str, group: str) -> list[dict[str, str]]:
    return [{**WINDOWS[name], **f, "groups": group} for f in SUMMARY_FILTERS]


EXTRA_EVENT_REQUESTS: list[dict[str, str]] = [
    {"sort": "-fatalities", **window(30)},
    {"offset": "500", **window(30)},
    {"format": "geojson", "limit": "2000", **window(7), "bbox": "-104.5,19.5,-102.5,21.5"},
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def time_requests(
    client: httpx.Client, path: str, param_sets: list[dict[str, str]], rounds: int
) -> list[float]:
    """Milliseconds per request: every parameter set `rounds` times, after one warm-up."""
    for params in param_sets:
        client.get(path, params=params).raise_for_status()
    timings = []
    for _ in range(rounds):
        for params in param_sets:
            t0 = time.perf_counter()
            r = client.get(path, params=params)
            timings.append((time.perf_counter() - t0) * 1000)
            r.raise_for_status()
    return timings


def serve(db: Path, *options: str, wait: float = 60) -> tuple[subprocess.Popen[bytes], str]:
    """`sucesos serve` (with `options`, e.g. "--workers", "2") over `db` in a subprocess on a
    free loopback port; (the process, its URL) once it answers."""
    port = free_port()
    cli = "from sucesos.cli import main; main()"
    cmd = [sys.executable, "-c", cli, "--db", str(db), "serve", "--port", str(port), *options]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/api/states", timeout=1).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("the server did not start")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="database to use (generated if it is new)")
    parser.add_argument("--keep", action="store_true", help="keep a generated temporary db")
    parser.add_argument("--rounds", type=int, default=10, help="repetitions of each request")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument(
        "--cache",
        action="store_true",
        help="keep the server's response cache on (off by default: repeated requests would "
        "time the cache, not the queries)",
    )
    parser.add_argument(
        "--no-compare",
        dest="compare",
        action="store_false",
        help="skip the side-by-side run of the summaries and the events table",
    )
    args = parser.parse_args()

    tmp = None
    db = args.db
    if db is None:
        tmp = tempfile.mkdtemp(prefix="sucesos-bench-")
        db = Path(tmp) / "bench.db"
    with Store(db) as store:
        have = store.count("events")
        if have == 0:
            generate(store, args.events)
        else:
            print(f"using {db} with {have:,} events", file=sys.stderr)
        n_events = store.count("events")

    if not args.cache:
        os.environ["SUCESOS_CACHE_MB"] = "0"
    proc, url = serve(db)
    results: dict[str, list[float]] = {}
    grid: dict[tuple[str, str], list[float]] = {}
    try:
        with httpx.Client(base_url=url, timeout=60) as client:
            results["events"] = time_requests(client, "/api/events", FILTERS, args.rounds)
            results["stats"] = time_requests(client, "/api/stats", STATS_FILTERS, args.rounds)
            results["events (sort, offset, map points)"] = time_requests(
                client, "/api/events", EXTRA_EVENT_REQUESTS, args.rounds
            )
            results["stats, every group (with actors)"] = time_requests(
                client, "/api/stats", EVERY_GROUP, max(1, args.rounds // 2)
            )
            for name in WINDOWS:
                for group in GROUPS:
                    grid[(name, group)] = time_requests(
                        client, "/api/stats", grid_requests(name, group), max(1, args.rounds // 2)
                    )
            results["stats, every window x group"] = [ms for v in grid.values() for ms in v]
            results["stats, all time (no window)"] = time_requests(
                client, "/api/stats", ALL_TIME, max(1, args.rounds // 2)
            )
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    try:
        ok = report(results, grid, n_events, args.rounds)
        if args.compare:
            compare(db)
    finally:
        if tmp and not args.keep:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            os.rmdir(tmp)
        elif tmp:
            print(f"kept {db}", file=sys.stderr)
    return 0 if ok or not args.strict else 1


def report(
    results: dict[str, list[float]],
    grid: dict[tuple[str, str], list[float]],
    n_events: int,
    rounds: int,
) -> bool:
    """Print the figures; True when every target is met."""
    print(f"{n_events:,} events in SQLite, {rounds} rounds, loopback HTTP")
    print(f"{'request':<38} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  target")
    ok = True
    for name, ms in results.items():
        target = TARGETS_MS.get(name)
        p95 = percentile(ms, 0.95)
        verdict = ""
        if target is not None:
            passed = p95 < target
            ok &= passed
            verdict = f"p95 < {target:.0f} ms {'pass' if passed else 'FAIL'}"
        print(
            f"{name:<38} {len(ms):>5} {statistics.median(ms):>8.1f} {p95:>8.1f} "
            f"{max(ms):>8.1f}  {verdict}"
        )
    print("\n/api/stats p95 ms (p50) by window and group, filters: none, state, family, status")
    print(f"{'window':<8}" + "".join(f"{g:>16}" for g in GROUPS))
    for name in WINDOWS:
        cells = [grid[(name, g)] for g in GROUPS]
        print(
            f"{name:<8}"
            + "".join(f"{percentile(c, 0.95):>8.1f} ({statistics.median(c):>4.0f})" for c in cells)
        )
    return ok


def compare(db: Path) -> None:
    """The window x group questions answered in process from the summaries and from the
    events table, side by side (median of the four filters' times each)."""
    from sucesos.filters import parse_filters, summary_filters_of
    from sucesos.store import stats

    print("\nin process, ms (median of the filters): summaries | events table | ratio")
    print(f"{'window':<8}" + "".join(f"{g:>22}" for g in GROUPS))
    with Store(db) as store, store.engine.connect() as conn:
        for name in WINDOWS:
            line = f"{name:<8}"
            for group in GROUPS:
                fast: list[float] = []
                slow: list[float] = []
                for params in grid_requests(name, group):
                    filters = {k: v for k, v in params.items() if k != "groups"}
                    query = parse_filters(**filters)
                    summary = summary_filters_of(query)
                    assert summary is not None
                    plans: tuple[stats.Plan, ...] = (
                        stats.SummaryPlan(summary),
                        stats.EventsPlan(query.where()),
                    )
                    answers = []
                    for plan, times in zip(plans, (fast, slow), strict=True):
                        t0 = time.perf_counter()
                        answers.append(stats.compute(conn, plan, groups=[group]))
                        times.append((time.perf_counter() - t0) * 1000)
                    assert answers[0] == answers[1], (name, group, params)
                a, b = statistics.median(fast), statistics.median(slow)
                line += f"{a:>7.1f} |{b:>7.0f} |{b / a:>4.0f}x"
            print(line, flush=True)


if __name__ == "__main__":
    sys.exit(main())
