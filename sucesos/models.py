"""Plain dataclasses that flow through the pipeline: readers → extract → resolve → store.

Every stage takes and returns these; nothing else crosses a stage boundary. `to_dict`
gives the JSON shape documented in the README (and printed by `sucesos extract`).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any, Literal

Status = Literal["reported", "disputed", "historical", "statistic"]
DatePrecision = Literal["day", "week", "month", "year"]
PlacePrecision = Literal["locality", "municipality", "state", "country"]
ActorKind = Literal[
    "cartel",
    "armed_group",
    "state_forces",
    "police",
    "official",
    "foreign_state",
    "civilians",
    "person",
    "other",
]
ActorRole = Literal["perpetrator", "target", "participant"]
Group = Literal["security_forces", "armed_group", "civilians"]


def normalize_text(text: str) -> str:
    """Text as used for identity: NFC, collapsed whitespace, stripped."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def stable_id(*parts: str, length: int = 16) -> str:
    """A short, stable hex id from the given parts (same parts → same id, across runs)."""
    # surrogatepass: a lone surrogate (bad input met before the readers' normalization) still
    # hashes instead of raising; valid text hashes exactly as plain UTF-8.
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return digest[:length]


@dataclass
class Article:
    """One news report as read from a file, feed or page."""

    text: str
    id: str = ""
    url: str | None = None
    title: str | None = None
    published: date | datetime | None = None
    source: str | None = None
    language: str | None = None
    fetched_at: datetime | None = None
    metadata: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = stable_id(self.url or "", normalize_text(self.text))

    @property
    def published_date(self) -> date | None:
        if isinstance(self.published, datetime):
            return self.published.date()
        return self.published

    @property
    def full_text(self) -> str:
        """Title and body as one text; offsets in evidence refer to this string."""
        if self.title and not self.text.startswith(self.title):
            return f"{self.title}\n\n{self.text}"
        return self.text

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["published"] = self.published.isoformat() if self.published else None
        out["fetched_at"] = self.fetched_at.isoformat() if self.fetched_at else None
        return out


@dataclass
class Location:
    name: str
    admin1: str | None = None
    admin1_code: str | None = None  # ISO 3166-2, e.g. "MX-JAL"
    admin2: str | None = None
    admin2_code: str | None = None  # 5-digit INEGI municipality code, e.g. "14039"
    country: str = "Mexico"
    latitude: float | None = None
    longitude: float | None = None
    precision: PlacePrecision = "state"


@dataclass
class Actor:
    name: str
    kind: ActorKind = "other"
    role: ActorRole = "participant"


@dataclass
class Count:
    what: str  # killed, injured, arrested, kidnapped, missing, rescued, bodies, roadblocks, ...
    value: int
    group: str | None = None  # one of `Group`, or None when the text does not say
    source: str | None = None  # who the article attributes the figure to
    # The least the text allows: no number gives it ("asesinan a Juan": at least 1), or the
    # number is a floor ("al menos 12", "at least 12"). Across sources, a larger figure of
    # the same incident overrides it rather than disputing it.
    lower_bound: bool = False


@dataclass
class SourceRef:
    name: str
    role: str = "reported"  # reported | disputes | confirms


@dataclass
class Evidence:
    text: str
    start: int
    end: int


@dataclass
class EventRecord:
    """One event as reported by one article (the output of extraction)."""

    id: str
    article_id: str
    category: str
    event_type: str | None = None
    sub_event_type: str | None = None
    # Secondary acts of the same incident ("roadblock", "arson"), so filters still find them.
    kinds: list[str] = field(default_factory=list)
    status: Status = "reported"
    date: str | None = None  # YYYY-MM-DD
    date_precision: DatePrecision | None = None
    locations: list[Location] = field(default_factory=list)
    # The place inside its town the text sets it in: a colonia, fraccionamiento, barrio or
    # community ("Las Quintas"), as written; None when the text names none.
    site: str | None = None
    actors: list[Actor] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    fatalities: int | None = None
    sources: list[SourceRef] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EventRecord:
        data = dict(data)
        data["locations"] = [Location(**x) for x in data.get("locations", [])]
        data["actors"] = [Actor(**x) for x in data.get("actors", [])]
        data["counts"] = [Count(**x) for x in data.get("counts", [])]
        data["sources"] = [SourceRef(**x) for x in data.get("sources", [])]
        data["evidence"] = [Evidence(**x) for x in data.get("evidence", [])]
        return cls(**data)
