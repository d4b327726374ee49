"""Latency of the monitor: from an item appearing in a feed to its alert served by the API.

Runs everything on this machine, offline: a local HTTP server (127.0.0.1) serves a SYNTHETIC
feed and pages (tests/fixtures/feeds), `sucesos watch` runs in a background thread with a
30 s poll interval, and the HTTP app (uvicorn, 127.0.0.1) serves GET /api/alerts, polled
every 0.2 s. Each trial waits a random time into the poll cycle, adds a new item to the feed
and measures until the alert it triggers is returned by the API.

    python bench/bench_watch.py [--trials 3] [--interval 30]
"""

from __future__ import annotations

import argparse
import logging
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fixtures.feeds.localserver import LocalServer, items, page, rss

from sucesos import api
from sucesos.alerts.rules import WatchRule, add_rule
from sucesos.monitor.feeds import add_feed
from sucesos.monitor.fetch import FetchPolicy, allow_list
from sucesos.monitor.watch import WatchConfig, Watcher
from sucesos.web.app import create_app
from sucesos.web.settings import Settings

# Items that each raise one alert of the rule below, added one per trial.
NEWS = ["zapopan_bloqueo", "tlajomulco_bloqueo", "celaya_ataque", "irapuato_ataque"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trials", type=int, default=3)
    parser.add_argument("--interval", type=int, default=30, help="Feed poll interval (s).")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    rng = random.Random(args.seed)
    day = time.strftime("%Y-%m-%d", time.gmtime())
    tmp = Path(tempfile.mkdtemp(prefix="bench-watch-"))
    store = api.open_store(tmp / "bench.db")

    with LocalServer() as feeds:
        for slug in items():
            feeds.routes[f"/nota/{slug}"] = page(slug, day)
        shown = ["feria_libro", "lluvias"]
        feeds.routes["/feed.xml"] = rss(feeds.base, shown, day)
        add_feed(store, f"{feeds.base}/feed.xml", name="Diario Sintético", interval_s=args.interval)
        add_rule(store, WatchRule("todo-violento", category=["roadblock", "attack"]))

        port = free_port()
        app = create_app(Settings(db=None), store=store)
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
        threading.Thread(target=server.run, daemon=True).start()
        config = WatchConfig(
            policy=FetchPolicy(timeout=10, allow_hosts=allow_list(["127.0.0.1"])),
            spikes=None,
            max_sleep_s=args.interval,
        )
        stop = threading.Event()
        watcher = Watcher(store, config, rng=random.Random(args.seed))
        threading.Thread(target=watcher.run_forever, args=(stop,), daemon=True).start()
        client = httpx.Client(base_url=f"http://127.0.0.1:{port}", trust_env=False)
        while not server.started:
            time.sleep(0.05)
        while feeds.hits("/nota/feria_libro") == 0:  # the first round has run
            time.sleep(0.1)

        latencies: list[float] = []
        for trial, slug in enumerate(NEWS[: args.trials], 1):
            time.sleep(rng.uniform(0, args.interval))
            known = {a["id"] for a in client.get("/api/alerts").json()["alerts"]}
            shown.insert(0, slug)
            feeds.routes["/feed.xml"] = rss(feeds.base, shown, day)
            start = time.monotonic()
            while True:
                alerts = client.get("/api/alerts").json()["alerts"]
                new = [a for a in alerts if a["id"] not in known]
                if new:
                    break
                if time.monotonic() - start > 5 * args.interval:
                    raise SystemExit(f"trial {trial}: no alert after {5 * args.interval} s")
                time.sleep(0.2)
            latency = time.monotonic() - start
            latencies.append(latency)
            print(f"trial {trial}: {slug}: alert {new[0]['id']} served after {latency:.1f} s")
        stop.set()
        server.should_exit = True
        watcher.close()
        client.close()

    print(
        f"\nitem in feed → alert served by GET /api/alerts, {args.interval} s poll interval:"
        f" max {max(latencies):.1f} s, mean {statistics.mean(latencies):.1f} s"
        f" over {len(latencies)} trials (target < 60 s)"
    )


if __name__ == "__main__":
    main()
