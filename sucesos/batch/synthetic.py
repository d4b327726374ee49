"""Synthetic headline-size articles, for benchmarks and tests of the batch path.

Every article is invented from templates written for this module (real municipality names
from the bundled gazetteer, made-up events) and marked synthetic: its metadata says
`"synthetic": true` and its URL is under https://example.org/synthetic/. Deterministic: the
same seed gives the same articles.
"""

from __future__ import annotations

import csv
import json
import random
import tomllib
from collections.abc import Iterator
from datetime import date, timedelta
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any


@cache
def _templates() -> dict[str, Any]:
    """The invented templates and outlet names (`synthetic.toml` beside this module)."""
    text = resources.files("sucesos.batch").joinpath("synthetic.toml").read_text("utf-8")
    return tomllib.loads(text)


def _municipalities() -> list[tuple[str, str]]:
    """(municipality, state) for the bundled gazetteer's 300 most populous municipalities."""
    root = resources.files("sucesos.data").joinpath("gazetteer")
    states: dict[str, str] = {}
    with root.joinpath("states.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            states[row["inegi"]] = row["name"]
    rows: list[tuple[int, str, str]] = []
    with root.joinpath("municipalities.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            rows.append((int(row["population"] or 0), row["name"], states[row["state"]]))
    rows.sort(reverse=True)
    return [(name, state) for _, name, state in rows[:300]]


def headlines(n: int, seed: int = 0, start: date = date(2026, 1, 1)) -> Iterator[dict[str, Any]]:
    """`n` synthetic headline-size articles as input records (JSON-ready dicts).

    One in four comes from a local outlet of its state (so outlets' home states are learned);
    the rest from national outlets. Dates spread over a year from `start`.
    """
    rng = random.Random(seed)
    places = _municipalities()
    conf = _templates()
    templates = [(t["title"], t["lead"]) for t in conf["template"]]
    for i in range(n):
        place, state = rng.choice(places)
        title, lead = rng.choice(templates)
        day = start + timedelta(days=rng.randrange(365))
        values = {"place": place, "state": state, "n": rng.randint(2, 9), "day": f"{day:%d/%m/%Y}"}
        local = rng.random() < conf["local_share"]
        source = (
            conf["local_outlet"].format(state=state)
            if local
            else rng.choice(conf["national_outlets"])
        )
        yield {
            "url": f"https://example.org/synthetic/{seed}/{i}",
            "title": title.format(**values),
            "text": lead.format(**values),
            "published": (day + timedelta(days=1)).isoformat(),
            "source": source,
            "language": "es",
            "synthetic": True,
        }


def write_headlines(path: str | Path, n: int, seed: int = 0) -> Path:
    """Write `n` synthetic headlines as JSON Lines to `path`; returns the path."""
    out = Path(path)
    with out.open("w", encoding="utf-8") as f:
        for record in headlines(n, seed):
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return out
