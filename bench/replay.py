"""Old and new extraction side by side on the same texts, in CPU seconds: `bench_extract.py
--compare OLD_TREE`.

Two worker processes, each importing `sucesos` from its own source tree (OLD_TREE, e.g. a
`git worktree` or `git archive` of main, and this repository), extract the same sets of texts
in turns: round r gives each set first to one side then to the other (the order alternates
from round to round), and each worker reports the CPU seconds of its own process
(`time.process_time`) for the set. On a machine others share, wall time follows their load;
a process's CPU time much less, and turns taken in one run see the same machine. Both
workers are pinned to the same core. Printed per set: texts, CPU seconds per round of each
side (median over rounds), texts per CPU second and the ratio old/new (> 1: new is faster),
and whether both sides gave the same records (a digest of every record's JSON).

Sets: full-length articles from a JSON Lines file of articles (`--articles-file`, default
/tmp/sucesos-texts/dev.jsonl; the demo corpus when absent) and headline sets (`--headlines`
files, the first `--headline-lines` records of each; default the evaluation's dev sets).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLES = Path("/tmp/sucesos-texts/dev.jsonl")
# the evaluation's headline sets live outside the repository (../shared/eval/dev)
DEFAULT_HEADLINES = sorted(Path("/work/shared/eval/dev").glob("*.jsonl"))

# Runs inside each worker: sys.path[0] is its tree. Reads commands on stdin (one JSON line
# each), answers on stdout. Kept free of anything that changed between versions but the
# collector's set-up that `sucesos extract` makes (`workers.settle_heap`), where the tree has it.
WORKER = r"""
import hashlib, json, sys, time
from datetime import date
tree = sys.argv[1]
sys.path.insert(0, tree)
from sucesos.extract import extract
from sucesos.models import Article

try:  # what `sucesos extract` does before it extracts, in trees that have it
    from sucesos.workers import settle_heap
except ImportError:
    pass
else:
    settle_heap()

sets = {}

def article(d):
    published = d.get("published")
    return Article(
        text=str(d.get("text") or ""),
        id=str(d.get("id") or ""),
        title=str(d["title"]) if d.get("title") else None,
        url=str(d["url"]) if d.get("url") else None,
        published=date.fromisoformat(str(published)[:10]) if published else None,
        source=str(d["source"]) if d.get("source") else None,
        language=str(d["language"]) if d.get("language") else None,
    )

out = sys.stdout
out.write(json.dumps({"ready": extract.__module__, "tree": tree}) + "\n")
out.flush()
for line in sys.stdin:
    cmd = json.loads(line)
    if cmd["op"] == "load":
        sets[cmd["name"]] = [article(d) for d in cmd["items"]]
        reply = {"n": len(sets[cmd["name"]])}
    elif cmd["op"] == "digest":
        h = hashlib.sha256()
        for a in sets[cmd["name"]]:
            for r in extract(a):
                h.update(json.dumps(r.to_dict(), sort_keys=True, default=str).encode())
            h.update(b"\n")
        reply = {"digest": h.hexdigest()}
    else:  # run
        items = sets[cmd["name"]]
        cpu = time.process_time()
        for a in items:
            extract(a)
        reply = {"cpu": time.process_time() - cpu}
    out.write(json.dumps(reply) + "\n")
    out.flush()
"""


@dataclass
class Side:
    name: str
    tree: Path
    script: str = WORKER  # what the worker process runs (replay_ingest.py has its own)
    proc: subprocess.Popen[str] = field(init=False)

    def start(self, core: int | None) -> None:
        env = dict(os.environ, PYTHONPATH=str(self.tree))
        for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            env[var] = "1"
        self.proc = subprocess.Popen(
            [sys.executable, "-c", self.script, str(self.tree)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=self.tree,
        )
        if core is not None and hasattr(os, "sched_setaffinity"):
            os.sched_setaffinity(self.proc.pid, {core})
        self.read()

    def ask(self, **cmd: object) -> dict[str, object]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(cmd, ensure_ascii=False) + "\n")
        self.proc.stdin.flush()
        return self.read()

    def read(self) -> dict[str, object]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise SystemExit(f"{self.name} worker ({self.tree}) died")
        reply: dict[str, object] = json.loads(line)
        return reply

    def stop(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait(timeout=30)


FIELDS = ("id", "title", "text", "url", "published", "source", "language")


def read_jsonl(path: Path, limit: int | None = None) -> list[dict[str, object]]:
    items: list[dict[str, object]] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                items.append({k: d.get(k) for k in FIELDS})
            if limit is not None and len(items) >= limit:
                break
    return items


def text_sets(
    articles_file: Path | None, headline_files: list[Path], headline_lines: int
) -> dict[str, list[dict[str, object]]]:
    """The named sets of texts both sides extract."""
    sets: dict[str, list[dict[str, object]]] = {}
    if articles_file is not None and articles_file.exists():
        sets[f"articles:{articles_file.name}"] = read_jsonl(articles_file)
    else:
        from bench_extract import load_corpus

        sets["articles:demo corpus"] = load_corpus()
    for path in headline_files:
        sets[f"headlines:{path.stem}"] = read_jsonl(path, headline_lines)
    return sets


def compare(
    old_tree: Path,
    *,
    rounds: int,
    articles_file: Path | None,
    headline_files: list[Path],
    headline_lines: int,
) -> int:
    """Run the comparison and print its table; returns the exit status (0)."""
    sets = text_sets(articles_file, headline_files, headline_lines)
    core = min(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    sides = [Side("old", old_tree.resolve()), Side("new", ROOT)]
    for side in sides:
        side.start(core)
    try:
        for name, items in sets.items():
            for side in sides:
                side.ask(op="load", name=name, items=items)
        same: dict[str, bool] = {}
        for name in sets:
            # the first pass also loads lexicons and warms caches on both sides
            digests = [side.ask(op="digest", name=name)["digest"] for side in sides]
            same[name] = digests[0] == digests[1]
        cpu: dict[tuple[str, str], list[float]] = {(s.name, n): [] for s in sides for n in sets}
        for r in range(rounds):
            for name in sets:
                order = sides if r % 2 == 0 else sides[::-1]
                for side in order:
                    value = side.ask(op="run", name=name)["cpu"]
                    assert isinstance(value, float)
                    cpu[(side.name, name)].append(value)
    finally:
        for side in sides:
            side.stop()
    print(f"old: {old_tree}   new: {ROOT}   rounds: {rounds}, pinned to core {core}")
    print(
        f"{'set':<28} {'texts':>6} {'old cpu s':>10} {'new cpu s':>10} {'old /cpu-s':>11}"
        f" {'new /cpu-s':>11} {'old/new':>8}  same output"
    )
    for name, items in sets.items():
        old = statistics.median(cpu[("old", name)])
        new = statistics.median(cpu[("new", name)])
        ratios = [o / n for o, n in zip(cpu[("old", name)], cpu[("new", name)], strict=True) if n]
        print(
            f"{name:<28} {len(items):>6} {old:>10.3f} {new:>10.3f} {len(items) / old:>11.0f}"
            f" {len(items) / new:>11.0f} {statistics.median(ratios):>8.2f}  "
            f"{'yes' if same[name] else 'NO'}"
        )
    return 0
