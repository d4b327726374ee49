"""Start-up time of CLI commands that need neither the web stack nor the resolver.

    python bench/bench_startup.py [--runs N] [--strict]

Each command runs N times (default 7) in a fresh interpreter (`python -m sucesos.cli ...`
through the installed entry point's module); the median wall time and the median CPU time
(user + sys of the child) are printed next to two references measured in the same run: a
bare interpreter (`python -c pass`) and importing the web stack (`import sucesos.web.app`),
which every command paid before commands were loaded lazily. Target: < 0.5 s for
`sucesos --help`, `sucesos events --help` and `sucesos events`/`stats` on an (empty) store,
judged on CPU time (user + sys), which is the
wall time of a single-threaded start on an idle machine; on a shared, loaded machine the
wall time is inflated by waiting for a core, so the script also prints the load factor
(wall ÷ CPU of the bare interpreter). With --strict the exit status is 1 when a target is
missed.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = 0.5
MAIN = "from sucesos.cli import main; main()"
CASES: list[tuple[str, list[str], bool]] = [
    ("python -c pass (reference)", ["-c", "pass"], False),
    ("import sucesos.web.app (reference)", ["-c", "import sucesos.web.app"], False),
    ("sucesos --help", ["-c", MAIN, "--help"], True),
    ("sucesos events --help", ["-c", MAIN, "events", "--help"], True),
    ("sucesos stats --help", ["-c", MAIN, "stats", "--help"], True),
    ("sucesos export --help", ["-c", MAIN, "export", "--help"], True),
    ("sucesos extract --help", ["-c", MAIN, "extract", "--help"], True),
]


def store_cases(db: str) -> list[tuple[str, list[str], bool]]:
    """Commands that open a store (SQLAlchemy) but need neither the web stack nor the
    resolver, on an empty database made once beforehand."""
    return [
        ("sucesos events (empty store)", ["-c", MAIN, "--db", db, "events"], True),
        ("sucesos stats (empty store)", ["-c", MAIN, "--db", db, "stats"], True),
    ]


def measure(args: list[str], runs: int) -> tuple[float, float]:
    """Median wall and CPU seconds of `python ARGS` over `runs` fresh processes."""
    walls: list[float] = []
    cpus: list[float] = []
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, *args],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    return statistics.median(walls), statistics.median(cpus)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--strict", action="store_true")
    opts = parser.parse_args()
    measure(["-c", MAIN, "--help"], 1)  # warm the file cache
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "empty.db")
        subprocess.run(
            [sys.executable, "-c", MAIN, "--db", db, "events"], check=True, capture_output=True
        )
        cases = CASES + store_cases(db)
        results = [(name, *measure(args, opts.runs), checked) for name, args, checked in cases]
    bare = results[0][1]
    web = results[1][1]
    print(f"load factor (bare interpreter wall ÷ cpu): {bare / results[0][2]:.1f}")
    print(f"{'command':<38} {'wall s':>7} {'cpu s':>7} {'÷ bare':>7} {'÷ web':>7}  target")
    failed = False
    for name, wall, cpu, checked in results:
        verdict = ""
        if checked:
            ok = cpu < TARGET_S
            failed |= not ok
            verdict = f"< {TARGET_S} s {'pass' if ok else 'FAIL'}"
        print(
            f"{name:<38} {wall:>7.3f} {cpu:>7.3f} {wall / bare:>7.2f} {wall / web:>7.2f}  {verdict}"
        )
    return 1 if failed and opts.strict else 0


if __name__ == "__main__":
    sys.exit(main())
