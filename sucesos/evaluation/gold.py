"""Reading gold records of the headline and snippet sets, and the label tables they need.

Gold files are JSON Lines (optionally gzip-compressed): ``{"id", "set", "text", "language",
"published", "source", "url", "gold": {...}}``. The label tables (CASE 2021 label → ACLED
sub-event type, gold spellings of states, the reduction's category lists) live in
``data/case_labels.toml``.
"""

from __future__ import annotations

import gzip
import json
import tomllib
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from sucesos.extract.places import name_key, state_by_name
from sucesos.models import Article

# --- data --------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def mappings() -> dict[str, Any]:
    path = Path(__file__).parent.parent / "data" / "case_labels.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


def case_label_map() -> dict[str, str | None]:
    """CASE 2021 label → ACLED sub-event type, or None for labels that are not ACLED types."""
    data = mappings()
    out: dict[str, str | None] = {k: (v or None) for k, v in data["case_labels"].items()}
    for alias, label in data.get("case_label_aliases", {}).items():
        out[alias] = out[label]
    return out


@lru_cache(maxsize=1)
def _gold_state_aliases() -> dict[str, str]:
    return {name_key(k): v for k, v in mappings()["admin1_gold_aliases"].items()}


def state_key(name: str | None, code: str | None = None) -> str | None:
    """A comparable key for a state: its ISO 3166-2 code when known, else its normalized name."""
    if code:
        return code.upper()
    if not name:
        return None
    norm = name_key(name)
    if norm in _gold_state_aliases():
        return _gold_state_aliases()[norm]
    state = state_by_name(name)
    return state.admin1_code if state is not None and state.admin1_code else norm


# --- reading -----------------------------------------------------------------------------


def _expand(paths: Iterable[str]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(x for x in p.iterdir() if x.name.endswith((".jsonl", ".jsonl.gz"))))
        else:
            out.append(p)
    return out


def read_gold(paths: Iterable[str]) -> Iterator[dict[str, Any]]:
    """Gold records from JSONL files (``.gz`` read transparently; a folder means its files)."""
    for path in _expand(paths):
        opener = gzip.open if path.name.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as fh:
            for line_no, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{line_no}: not JSON: {exc}") from exc


def record_to_article(record: dict[str, Any]) -> Article:
    """The Article the extractor sees for a gold record: its text, no title, its metadata."""
    published: date | None = None
    if record.get("published"):
        try:
            published = date.fromisoformat(str(record["published"])[:10])
        except ValueError:
            published = None
    return Article(
        text=record.get("text") or "",
        id=str(record.get("id") or ""),
        title=None,
        published=published,
        source=record.get("source"),
        url=record.get("url"),
        language=record.get("language"),
    )
