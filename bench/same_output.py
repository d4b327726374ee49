"""Whether two source trees give byte-identical `sucesos extract` output.

    python bench/same_output.py OLD_TREE [--headline-lines 3000]

Runs `sucesos extract --format jsonl` of each tree (the `sucesos` package imported from that
tree, in a fresh interpreter) over the same inputs and compares the bytes written: the 62
evaluation articles (`/tmp/sucesos-texts/dev.jsonl`, rebuilt as the evaluation's README
says), the first `--headline-lines` Monitor headlines (`../shared/eval/dev/monitor_ppd.jsonl`)
and the demo corpus (`sucesos/demo/corpus`). Inputs that are missing are skipped and said so.
Prints one line per input (records, same or DIFFERENT and the first differing line); exit
status 1 when any differs. For changes meant to leave extraction as it was (speed work).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = Path("/tmp/sucesos-texts/dev.jsonl")
MONITOR = Path("/work/shared/eval/dev/monitor_ppd.jsonl")
CORPUS = ROOT / "sucesos" / "demo" / "corpus"

# The CLI of the tree given as argv[1], with the rest of argv as its arguments.
_RUN = (
    "import sys; sys.path.insert(0, sys.argv[1]); del sys.argv[1]; "
    "from sucesos.cli import main; main()"
)


def extract_output(tree: Path, inputs: list[Path]) -> bytes:
    """What `sucesos extract --format jsonl INPUTS` of `tree` writes on stdout."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(tree), "extract", "--format", "jsonl", *map(str, inputs)],
        capture_output=True,
        env=env,
        cwd=tree,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(
            f"sucesos extract of {tree} failed ({done.returncode}): {done.stderr.decode()[-2000:]}"
        )
    return done.stdout


def first_difference(a: bytes, b: bytes) -> str:
    for n, (x, y) in enumerate(itertools.zip_longest(a.splitlines(), b.splitlines()), 1):
        if x != y:
            return f"line {n}: old {(x or b'')[:160]!r} new {(y or b'')[:160]!r}"
    return "none"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old", type=Path, help="the source tree to compare with")
    parser.add_argument("--headline-lines", type=int, default=3000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        sets: dict[str, list[Path]] = {}
        if ARTICLES.exists():
            sets["articles"] = [ARTICLES]
        if MONITOR.exists():
            head = Path(tmp) / "monitor.jsonl"
            with MONITOR.open("rb") as f, head.open("wb") as out:
                out.writelines(itertools.islice(f, args.headline_lines))
            sets["monitor"] = [head]
        sets["demo"] = sorted(CORPUS.glob("*.json"))
        for missing in ("articles", "monitor"):
            if missing not in sets:
                print(f"{missing}: input missing, skipped")
        differ = False
        for name, inputs in sets.items():
            old = extract_output(args.old.resolve(), inputs)
            new = extract_output(ROOT, inputs)
            same = old == new
            differ |= not same
            digest = hashlib.sha256(new).hexdigest()[:12]
            verdict = "same" if same else "DIFFERENT, " + first_difference(old, new)
            records = new.count(b"\n")
            print(f"{name}: {records} records, sha256 {digest}: {verdict}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
