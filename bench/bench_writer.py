"""The ingest writer alone, old and new side by side: extraction results cached once, then
replayed through `sucesos.ingest_stream.write_stream` into a new store, in turns.

    python bench/bench_writer.py --compare OLD_TREE [--headlines N] [--articles N]
        [--rounds N] [--pg URL] [--no-sqlite]
    python bench/bench_writer.py            # this tree only

Inputs (synthetic, as bench_ingest.py writes them): headlines from templates, seven outlets
over a year so reports join, and full-length articles (the demo corpus varied). Each side is
a worker process importing `sucesos` from its own tree (`bench/replay.py`), both pinned to
the same core. A first pass, not timed, ingests each input with 0 workers (extraction in the
side's own process) into a new store while keeping every extraction result (pickled, keyed
by article, home state and -v); the timed passes then run `write_stream` with 0 workers
again into a new store, with `sucesos.workers.extract_one` answering from that cache, and
the time spent unpickling taken off. What is left is the writer: home states, the stored-id
checks, resolution and every row written. The side going first alternates from round to
round. Both backends: SQLite (a new file per pass) and, with `--pg` (default
SUCESOS_TEST_PG_URL), PostgreSQL (a database created before and dropped after each pass,
name prefixed `bench_writer_`).

Printed per backend, input and side: the median over rounds of CPU milliseconds of the
writer's process per input article and of wall milliseconds (on PostgreSQL the server's
work shows only in wall time), then old/new ratios (> 1: the new writer is cheaper: the
median of the rounds' ratios) and whether both sides wrote the same store (every resolved
table without write times, as tests/test_scale.py compares them). Exit status 1 when a
store differs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from replay import ROOT, Side
from replay_ingest import DIGEST

# Runs inside each worker: sys.path[0] is its tree. Kept free of anything that changed
# between versions.
WORKER = (
    r"""
import hashlib, json, pickle, sys, time
from pathlib import Path
tree = sys.argv[1]
sys.path.insert(0, tree)
import sqlalchemy as sa
from sucesos import workers
from sucesos.ingest_stream import IngestSummary, write_stream
from sucesos.models import Article
from sucesos.readers import read_articles
from sucesos.store import Store, schema

workers.warm_up()
"""
    + DIGEST
    + r"""
real_extract = workers.extract_one
cache = {}
spent = [0.0, 0.0]  # CPU and wall seconds spent unpickling cached results
misses = [0]
EMPTY = Article(text="")

def replayed(article, home, explain=False):
    key = (article.id, home, explain)
    blob = cache.get(key)
    if blob is None:
        misses[0] += 1
        done = real_extract(article, home, explain)
        done.article = EMPTY
        cache[key] = pickle.dumps(done)
        done.article = article
        return done
    cpu, wall = time.process_time(), time.perf_counter()
    done = pickle.loads(blob)
    done.article = article
    spent[0] += time.process_time() - cpu
    spent[1] += time.perf_counter() - wall
    return done

workers.extract_one = replayed
inputs = {}
out = sys.stdout
out.write(json.dumps({"ready": tree}) + "\n")
out.flush()
for line in sys.stdin:
    cmd = json.loads(line)
    if cmd["op"] == "load":
        inputs[cmd["name"]] = list(read_articles([Path(cmd["path"])]))
        reply = {"n": len(inputs[cmd["name"]])}
    else:  # write
        db = cmd["db"]
        if "://" not in db:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
        with Store(db) as store:
            summary = IngestSummary()
            spent[:] = [0.0, 0.0]
            misses[0] = 0
            cpu, wall = time.process_time(), time.perf_counter()
            write_stream(iter(inputs[cmd["name"]]), store, summary, False, 500, 0)
            reply = {
                "cpu": time.process_time() - cpu - spent[0],
                "wall": time.perf_counter() - wall - spent[1],
                "misses": misses[0],
                "records": summary.records,
                "errors": len(summary.errors),
            }
            if cmd.get("digest"):
                reply["digest"] = digest(store)
        store.engine.dispose()
    out.write(json.dumps(reply) + "\n")
    out.flush()
"""
)


def write_inputs(tmp: Path, headlines: int, articles: int) -> dict[str, Path]:
    """The JSON Lines inputs, as bench_ingest.py writes them."""
    from bench_extract import make_articles
    from bench_ingest import headline_articles, write_jsonl

    paths: dict[str, Path] = {}
    if headlines:
        paths["headlines"] = write_jsonl(tmp / "headlines.jsonl", headline_articles(headlines))
    if articles:
        paths["articles"] = write_jsonl(tmp / "articles.jsonl", make_articles(articles)[0])
    return paths


def num(reply: dict[str, object], key: str) -> float:
    """A number from a worker's reply."""
    value = reply[key]
    assert isinstance(value, int | float), reply
    return float(value)


class Target:
    """Where a pass writes: a new SQLite file or a new PostgreSQL database each time."""

    def __init__(self, backend: str, tmp: Path, pg_url: str | None) -> None:
        self.backend, self.tmp, self.pg_url = backend, tmp, pg_url

    def run(self, side: Side, name: str, digest: bool = False) -> dict[str, object]:
        if self.backend == "sqlite":
            db = str(self.tmp / f"{side.name}.db")
            return side.ask(op="write", name=name, db=db, digest=digest)
        from bench_ingest import pg_database

        assert self.pg_url is not None
        with pg_database(self.pg_url, prefix="bench_writer_") as url:
            return side.ask(op="write", name=name, db=url, digest=digest)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--compare", type=Path, help="the old tree (e.g. a git archive of main)")
    parser.add_argument("--headlines", type=int, default=1500)
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--pg", default=os.environ.get("SUCESOS_TEST_PG_URL"), help="PostgreSQL")
    parser.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only")
    args = parser.parse_args(argv)

    core = min(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    sides = [Side("new", ROOT, WORKER)]
    if args.compare is not None:
        sides.insert(0, Side("old", args.compare.resolve(), WORKER))
    backends = ([] if args.no_sqlite else ["sqlite"]) + (["postgresql"] if args.pg else [])
    with tempfile.TemporaryDirectory(prefix="bench_writer_") as name:
        tmp = Path(name)
        inputs = write_inputs(tmp, args.headlines, args.articles)
        for side in sides:
            side.start(core)
        cpu: dict[tuple[str, str, str], list[float]] = {}
        wall: dict[tuple[str, str, str], list[float]] = {}
        same: dict[tuple[str, str], bool] = {}
        count: dict[str, int] = {}
        try:
            for input_name, path in inputs.items():
                for side in sides:
                    count[input_name] = int(
                        num(side.ask(op="load", name=input_name, path=str(path)), "n")
                    )
            for backend in backends:
                target = Target(backend, tmp, args.pg)
                for input_name in inputs:
                    # The first pass fills each side's cache and compares the stores.
                    digests = [target.run(side, input_name, digest=True) for side in sides]
                    same[(backend, input_name)] = len({d["digest"] for d in digests}) == 1
                    for r in range(args.rounds):
                        for side in sides if r % 2 == 0 else sides[::-1]:
                            reply = target.run(side, input_name)
                            assert reply["misses"] == 0 and reply["errors"] == 0, reply
                            key = (backend, input_name, side.name)
                            cpu.setdefault(key, []).append(num(reply, "cpu"))
                            wall.setdefault(key, []).append(num(reply, "wall"))
        finally:
            for side in sides:
                side.stop()
    print(f"rounds: {args.rounds}, pinned to core {core}; new: {ROOT}", end="")
    print(f"; old: {args.compare}" if args.compare else "")
    print(
        f"{'backend':<10} {'input':<10} {'n':>5} {'side':<4} {'cpu ms/art':>10} {'wall ms/art':>11}"
        f" {'cpu old/new':>11} {'wall old/new':>12}  same store"
    )
    for backend in backends:
        for input_name, n in count.items():
            for side in sides:
                key = (backend, input_name, side.name)
                c = statistics.median(cpu[key]) * 1000 / n
                w = statistics.median(wall[key]) * 1000 / n
                line = f"{backend:<10} {input_name:<10} {n:>5} {side.name:<4} {c:>10.3f} {w:>11.3f}"
                if side.name == "new" and len(sides) == 2:
                    old = (backend, input_name, "old")
                    rc = statistics.median(o / x for o, x in zip(cpu[old], cpu[key], strict=True))
                    rw = statistics.median(o / x for o, x in zip(wall[old], wall[key], strict=True))
                    same_store = "yes" if same[(backend, input_name)] else "NO"
                    line += f" {rc:>11.2f} {rw:>12.2f}  {same_store}"
                print(line)
    return 0 if all(same.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
