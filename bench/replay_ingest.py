"""Old and new ingest side by side on the same inputs, in CPU seconds: `bench_ingest.py
--compare OLD_TREE`.

Two worker processes, each importing `sucesos` from its own source tree (OLD_TREE and this
repository, as in `replay.py`), pinned to the same core, take turns: each round, for each
input (full-length articles, headlines: the JSON Lines files `bench_ingest.py` writes), each
side times extraction alone over the input's articles and then `sucesos.api.ingest` with 0
workers (extraction in the ingesting process, as `--workers 1` did before session 24) into a
new SQLite store, in CPU seconds of its own process (`time.process_time`: everything runs
there). The side going first alternates from round to round. Printed per input: the median
CPU seconds of each side for extraction and for ingest, the writer's share (ingest minus
extraction), the ratio extraction / ingest in one process and whether both sides wrote the
same store (every resolved table without write times, as tests/test_scale.py compares them).
"""

from __future__ import annotations

import os
import statistics
from pathlib import Path

from replay import ROOT, Side

# Worker code: `digest(store)`, a digest of every resolved table without write times (as
# tests/test_scale.py compares stores; claims without their row ids). Needs hashlib, json, sa
# and schema imported.
DIGEST = r"""
WRITE_TIMES = {"updated_at", "ingested_at", "at", "applied_at"}
TABLES = ("articles", "records", "events", "reports", "claims", "event_actors",
          "event_versions", "article_fingerprints", "article_lsh", "daily_totals")

def digest(store):
    h = hashlib.sha256()
    with store.engine.connect() as conn:
        for name in TABLES:
            table = schema.metadata.tables[name]
            rows = []
            for row in conn.execute(sa.select(table)):
                item = {k: v.hex() if isinstance(v, bytes) else v
                        for k, v in row._mapping.items()
                        if k not in WRITE_TIMES and not (name == "claims" and k == "id")}
                rows.append(json.dumps(item, sort_keys=True, default=str, ensure_ascii=False))
            for line in sorted(rows):
                h.update(line.encode())
            h.update(name.encode())
    return h.hexdigest()
"""

# Runs inside each worker: sys.path[0] is its tree. Kept free of anything that changed
# between versions.
WORKER = (
    r"""
import hashlib, json, sys, time
from pathlib import Path
tree = sys.argv[1]
sys.path.insert(0, tree)
import sqlalchemy as sa
from sucesos import api
from sucesos.extract import extract
from sucesos.models import Article
from sucesos.readers import read_articles
from sucesos.store import Store, schema

extract(Article(text="Asesinan a un hombre en Celaya, Guanajuato.", language="es"))
"""
    + DIGEST
    + r"""
out = sys.stdout
out.write(json.dumps({"ready": tree}) + "\n")
out.flush()
for line in sys.stdin:
    cmd = json.loads(line)
    path = Path(cmd["path"])
    if cmd["op"] == "extract":
        articles = list(read_articles([path]))
        cpu = time.process_time()
        for a in articles:
            extract(a)
        reply = {"cpu": time.process_time() - cpu}
    else:  # ingest
        db = Path(cmd["db"])
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        with Store(db) as store:
            cpu = time.process_time()
            summary = api.ingest([path], store=store, workers=0)
            reply = {"cpu": time.process_time() - cpu, "errors": len(summary.errors)}
            if cmd.get("digest"):
                reply["digest"] = digest(store)
    out.write(json.dumps(reply) + "\n")
    out.flush()
"""
)


def compare_ingest(old_tree: Path, inputs: dict[str, Path], *, rounds: int, tmp: Path) -> int:
    """Run the comparison over `inputs` ({name: JSON Lines file}) and print its table."""
    core = min(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    sides = [Side("old", old_tree.resolve(), WORKER), Side("new", ROOT, WORKER)]
    for side in sides:
        side.start(core)
    cpu: dict[tuple[str, str, str], list[float]] = {}
    same: dict[str, bool] = {}
    try:
        for name, path in inputs.items():
            # The first pass warms caches on both sides and compares the stores.
            digests = [
                side.ask(op="ingest", path=str(path), db=str(tmp / f"{side.name}.db"), digest=True)
                for side in sides
            ]
            same[name] = digests[0]["digest"] == digests[1]["digest"]
        for r in range(rounds):
            for name, path in inputs.items():
                order = sides if r % 2 == 0 else sides[::-1]
                for side in order:
                    for op in ("extract", "ingest"):
                        db = str(tmp / f"{side.name}.db")
                        value = side.ask(op=op, path=str(path), db=db)["cpu"]
                        assert isinstance(value, float)
                        cpu.setdefault((side.name, name, op), []).append(value)
    finally:
        for side in sides:
            side.stop()
    print(f"old: {old_tree}   new: {ROOT}   rounds: {rounds}, pinned to core {core}")
    print(
        f"{'input':<10} {'side':<4} {'extract s':>10} {'ingest s':>9} {'writer s':>9}"
        f" {'extract/ingest':>15}  {'writer old/new':>14}  same store"
    )
    for name in inputs:
        writer: dict[str, list[float]] = {}
        for side in sides:
            ext, ing = cpu[(side.name, name, "extract")], cpu[(side.name, name, "ingest")]
            writer[side.name] = [i - e for e, i in zip(ext, ing, strict=True)]
            e, i = statistics.median(ext), statistics.median(ing)
            line = (
                f"{name:<10} {side.name:<4} {e:>10.2f} {i:>9.2f} "
                f"{statistics.median(writer[side.name]):>9.2f} {e / i:>15.2f}"
            )
            if side.name == "new":
                ratios = [o / n for o, n in zip(writer["old"], writer["new"], strict=True) if n]
                line += f"  {statistics.median(ratios):>14.2f}  {'yes' if same[name] else 'NO'}"
            print(line)
    return 0 if all(same.values()) else 1
