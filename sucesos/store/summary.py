"""What a run that writes articles reports: the counts every writer shares (`ingest`,
`batch load`), so they are named and serialized one way."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class StoredCounts:
    """Articles stored by the run and found already stored, their records, the events the
    run created, and the problems met ("origin: reason" lines: bad files and records,
    articles that could not be extracted or stored)."""

    articles_new: int = 0
    articles_skipped: int = 0
    records: int = 0
    events_created: int = 0
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
