"""How many texts each lexicon entry fires on: an audit for entries that stand for one text.

    python bench/lexicon_hits.py NAME=FILE.jsonl [NAME=FILE.jsonl ...] [--at-most N] [--file F]

Every list of patterns in `sucesos/data/lexicon/*.toml` is read as the lexicon reads it
(`sucesos.extract.lexicon.expand`: lemmas, groups, optional words, a trailing `*`), and one
automaton of all their phrases runs over the folded `text` of every JSON Lines record of each
named corpus. Printed, for each entry firing on at most N texts in all (default 1), its file,
table, pattern and the number of texts per corpus: an entry that fires on one evaluation text
and nowhere else stands for that text, not for a class of phrasing, and should go (or be
widened into the class it belongs to). Entries of `none`-style lists (other senses, guards)
are listed too: a guard no text needs is dead weight.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sucesos.extract.lexicon import PhraseMatcher, expand  # noqa: E402
from sucesos.extract.text import fold  # noqa: E402

LEXICON = ROOT / "sucesos" / "data" / "lexicon"
SKIP = {"inflections.toml"}  # verb endings, not phrases


def entries() -> Iterator[tuple[str, str, str]]:
    """(file, table path, pattern) for every string inside a list of the lexicon files."""

    def walk(node: Any, where: str) -> Iterator[tuple[str, str]]:
        if isinstance(node, dict):
            for key, value in node.items():
                yield from walk(value, f"{where}.{key}" if where else key)
        elif isinstance(node, list):
            for item in node:
                if isinstance(item, str):
                    yield where, item
                else:
                    yield from walk(item, where)

    for path in sorted(LEXICON.glob("*.toml")):
        if path.name in SKIP:
            continue
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        for where, pattern in walk(data, ""):
            yield path.name, where, pattern


def texts(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                item = json.loads(line)
                yield " ".join(str(item.get(k) or "") for k in ("title", "text"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="+", help="NAME=FILE.jsonl")
    parser.add_argument("--at-most", type=int, default=1, help="list entries on <= N texts")
    parser.add_argument("--file", help="only this lexicon file (e.g. triggers.toml)")
    args = parser.parse_args()
    listed = [e for e in entries() if args.file in (None, e[0])]
    phrases: list[tuple[str, int]] = []
    unreadable = 0
    for i, (_, _, pattern) in enumerate(listed):
        if "\\" in pattern:  # a regular expression, not a phrase pattern
            continue
        try:
            expand(pattern)
        except ValueError:
            unreadable += 1
            continue
        phrases.append((pattern, i))
    matcher = PhraseMatcher(phrases)
    names = []
    hits: dict[int, Counter[str]] = {i: Counter() for _, i in phrases}
    for spec in args.corpora:
        name, _, file = spec.partition("=")
        names.append(name)
        for text in texts(Path(file)):
            for i in {m.value for m in matcher.find(fold(text), overlapping=True)}:
                hits[i][name] += 1
    print(f"{len(phrases)} phrase entries ({unreadable} unreadable skipped); corpora: {names}")
    few = [(sum(c.values()), i) for i, c in hits.items() if sum(c.values()) <= args.at_most]
    for total, i in sorted(few, key=lambda x: (x[0], listed[x[1]][0], listed[x[1]][1])):
        file, where, pattern = listed[i]
        per = " ".join(f"{n}={hits[i][n]}" for n in names if hits[i][n])
        print(f"{total}\t{file}:{where}\t{pattern}\t{per}")


if __name__ == "__main__":
    main()
