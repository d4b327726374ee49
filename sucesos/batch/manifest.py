"""The manifest of a batch folder: which partitions are written, so a rerun skips them.

`manifest.json` names the plan (a digest of the inputs and how they were cut), each finished
partition with its counts and problems, and whether the home-state rounds have settled. It
is rewritten atomically after every partition, so a killed run loses only the partitions in
flight.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

NAME = "manifest.json"
VERSION = 1


class ManifestError(ValueError):
    """[B002] The folder holds another batch, or its manifest is unreadable."""


@dataclass
class PartEntry:
    articles: int
    records: int
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class Manifest:
    plan: str
    partitions: int
    parts: dict[str, PartEntry] = field(default_factory=dict)
    homes_settled: bool = False
    version: int = VERSION

    @property
    def complete(self) -> bool:
        """Every partition written and home states settled: ready for `batch load`."""
        return len(self.parts) == self.partitions and self.homes_settled

    def names(self) -> list[str]:
        """The finished partitions' names, in input order."""
        return sorted(self.parts)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def read_manifest(root: Path) -> Manifest | None:
    """The folder's manifest, None when there is none yet."""
    path = root / NAME
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text("utf-8"))
        parts = {k: PartEntry(**v) for k, v in data.pop("parts").items()}
        return Manifest(parts=parts, **data)
    except (ValueError, TypeError, KeyError) as exc:
        raise ManifestError(f"[B002] {path}: unreadable manifest ({exc})") from exc


def write_manifest(root: Path, manifest: Manifest) -> None:
    root.mkdir(parents=True, exist_ok=True)
    tmp = root / (NAME + ".tmp")
    tmp.write_text(json.dumps(manifest.to_dict(), ensure_ascii=False, indent=1), "utf-8")
    os.replace(tmp, root / NAME)
