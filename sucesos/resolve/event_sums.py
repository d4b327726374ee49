"""An event's row computed from its reports, and kept up to date report by report.

`EventSums` holds what the event row is made of — the leading record, the best date and
place, the actors, kinds, every source's figures, the earliest and latest publication —
added one report at a time in link order. `compute_event` adds every report of an event;
the batch resolver keeps an event's sums while it resolves a batch and adds a report that
joins it (`EventSums.add`) instead of going over all its reports again: the same row, in
the time of one report rather than of all of them. What a record contributes is worked out
once per record (`RecordFacts`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from sucesos.models import EventRecord, Location
from sucesos.resolve.config import (
    DATE_RANK,
    PLACE_RANK,
    category_family,
    category_priority,
    fold_name,
    fullest_names,
    named_victim,
)
from sucesos.resolve.figures import (
    Claim,
    Report,
    dispute_of,
    record_figures,
    resolve_figures,
    toll_is_bound,
)
from sucesos.store.keys import as_date, as_datetime, now

Linked = tuple[EventRecord, dict[str, Any]]
V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class RecordFacts:
    """What an event takes from one of its records, worked out once per record (a record
    never changes)."""

    record: EventRecord
    lead: tuple[int, float]  # (category priority, confidence): the event's category
    dated: tuple[int, date, str] | None  # (precision's rank, day, precision)
    place: tuple[int, Location] | None  # (precision's rank, first location)
    actors: tuple[tuple[str, str, str, str], ...]  # (folded name, name, kind, role)
    kinds: frozenset[str]  # its kinds and its category
    figures: tuple[Claim, ...]  # `record_figures`
    bound: bool  # `toll_is_bound`
    violent: bool  # it gives a death toll, if only the default 0
    disputed: bool


def record_facts(record: EventRecord) -> RecordFacts:
    """`RecordFacts` of a record."""
    day = as_date(record.date)
    precision = record.date_precision or "day"
    loc = record.locations[0] if record.locations else None
    return RecordFacts(
        record=record,
        lead=(category_priority(record.category), record.confidence),
        dated=(DATE_RANK.get(precision, 9), day, precision) if day else None,
        place=(PLACE_RANK.get(loc.precision, 9), loc) if loc else None,
        actors=tuple((fold_name(a.name), a.name, a.kind, a.role) for a in record.actors),
        kinds=frozenset(record.kinds) | {record.category},
        figures=record_figures(record),
        bound=toll_is_bound(record),
        violent=record.fatalities is not None,
        disputed=record.status == "disputed",
    )


class FactsCache:
    """`RecordFacts` by record id for the `size` records asked for last, each kept with the
    record object it was made from (a record decoded again gets its facts made again)."""

    def __init__(self, size: int = 20_000) -> None:
        self.size = size
        self._items: dict[str, RecordFacts] = {}

    def get(self, record: EventRecord) -> RecordFacts:
        items = self._items
        found = items.get(record.id)
        if found is not None and found.record is record:
            return found
        if found is not None:
            del items[record.id]
        elif len(items) >= self.size:
            del items[next(iter(items))]
        found = items[record.id] = record_facts(record)
        return found


class EventSums:
    """An event's reports added up in link order (see the module docstring); `row` gives
    the event they make. Labels are the reports' (`merge.label_reports`): a report can be
    added on its own only while it changes no other report's label (`label_of`)."""

    def __init__(self) -> None:
        self.count = 0
        self.lead: tuple[int, float, int] | None = None  # (priority, confidence, -index)
        self.lead_record: EventRecord | None = None
        self.given: datetime | None = None  # earliest publication given
        self.first: datetime | None = None  # earliest and latest publication or ingestion
        self.last: datetime | None = None
        self.dated: tuple[int, date, str] | None = None
        self.place: tuple[int, Location] | None = None
        self.site: str | None = None  # the first site inside its town a report names
        self.actors: dict[str, tuple[str, str, str]] = {}
        self.kinds: set[str] = set()
        self.figures: dict[str, dict[str, int]] = {}
        self.bounds: set[str] = set()
        self.source_keys: dict[str, str] = {}
        self.contested: list[str] = []
        self.violent = False
        self.records: list[str] = []  # the records added, in order
        self.labels: dict[str, str] = {}  # article id → its reports' label
        self.outlets: dict[str, int] = {}  # outlet → how many of those articles it filed

    @classmethod
    def of(cls, linked: list[Linked], reports: list[Report], facts: list[RecordFacts]) -> EventSums:
        """The sums of every report of an event, in link order."""
        sums = cls()
        for (_, article), report, f in zip(linked, reports, facts, strict=True):
            sums.add(article, report.label, report.outlet, report.source_key, f)
        return sums

    def label_of(self, article_id: str, outlet: str) -> str | None:
        """The label a report of `article_id` by `outlet` added now takes, or None when
        adding it would relabel others (an outlet's second article numbers its first)."""
        label = self.labels.get(article_id)
        if label is not None:
            return label
        filed = self.outlets.get(outlet, 0)
        if filed == 1:
            return None
        return f"{outlet} #{filed + 1}" if filed else outlet

    def add(
        self, article: dict[str, Any], label: str, outlet: str, source_key: str, f: RecordFacts
    ) -> None:
        """Add the next report in link order: its article's row, label, outlet and
        independent source, and its record's facts."""
        i = self.count
        self.count += 1
        self.records.append(f.record.id)
        if article["id"] not in self.labels:
            self.labels[article["id"]] = label
            self.outlets[outlet] = self.outlets.get(outlet, 0) + 1
        lead = (*f.lead, -i)
        if self.lead is None or lead > self.lead:
            self.lead, self.lead_record = lead, f.record
        given = as_datetime(article["published"])
        seen = given or as_datetime(article["ingested_at"])
        if given is not None and (self.given is None or given < self.given):
            self.given = given
        if seen is not None:
            if self.first is None or seen < self.first:
                self.first = seen
            if self.last is None or seen > self.last:
                self.last = seen
        if f.dated is not None and (
            self.dated is None or (f.dated[0], f.dated[1]) < (self.dated[0], self.dated[1])
        ):
            self.dated = f.dated
        if f.place is not None and (self.place is None or f.place[0] < self.place[0]):
            self.place = f.place
        if self.site is None:
            self.site = f.record.site
        for key, name, kind, role in f.actors:
            if key not in self.actors:
                self.actors[key] = (name, kind, role)
        self.kinds |= f.kinds
        for what, source, value in f.figures:
            who = label if source is None else f"{label} ({source})"
            held = self.figures.setdefault(what, {})
            held[who] = max(held.get(who, value), value)
        if f.bound:
            self.bounds.add(label)
        self.source_keys[label] = source_key
        if f.disputed:
            self.contested.append(outlet)
        self.violent |= f.violent

    def row(self, event_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
        """The event row, and the resolved figures ({figure: value, min, max, sources,
        disputed}) that go into its version snapshot."""
        lead = self.lead_record
        assert lead is not None, "an event has at least one report"
        day: date | None
        precision: str | None
        if self.dated is not None:
            _, day, precision = self.dated
        else:
            # Only a known publication date stands in for a missing event date: the time an
            # undated article was ingested says nothing about when the event happened.
            day = self.given.date() if self.given else None
            precision = "week" if day else None
        loc = self.place[1] if self.place else None
        # A victim named in full by one outlet and shorter by another is one person.
        victims = fullest_names(
            {key for key, (_, k, r) in self.actors.items() if named_victim(k, r)}
        )
        actors = [
            {"name": n, "kind": k, "role": r}
            for key, (n, k, r) in self.actors.items()
            if key in victims or not named_victim(k, r)
        ]
        resolved = resolve_figures(
            {k: dict(sorted(v.items())) for k, v in sorted(self.figures.items())},
            self.bounds,
            self.source_keys,
        )
        dispute = dispute_of(resolved, self.contested)
        fatal = resolved.get("fatalities")
        if fatal is None and self.violent:
            fatal = {"value": 0, "min": 0, "max": 0}  # violent, but no source gives a toll
        disputed = bool(dispute)
        kinds = self.kinds - {lead.category}
        row = {
            "id": event_id,
            "category": lead.category,
            "category_family": category_family(lead.category),
            "event_type": lead.event_type,
            "sub_event_type": lead.sub_event_type,
            "status": "disputed" if disputed else "reported",
            "date": day,
            "date_precision": precision,
            "admin1": loc.admin1 if loc else None,
            "admin1_code": loc.admin1_code if loc else None,
            "admin2": loc.admin2 if loc else None,
            "admin2_code": loc.admin2_code if loc else None,
            "admin1_key": fold_name(loc.admin1) if loc else None,
            "admin2_key": fold_name(loc.admin2) if loc else None,
            "location": loc.name if loc else None,
            "latitude": loc.latitude if loc else None,
            "longitude": loc.longitude if loc else None,
            "geo_precision": loc.precision if loc else None,
            "site": self.site,
            "actors": actors,
            "actor_key": "|" + "|".join(fold_name(a["name"]) for a in actors) + "|",
            # the kinds and the categories other than the event's, for the category filter
            "kinds_key": "|" + "|".join(sorted(kinds)) + "|",
            "fatalities": fatal["value"] if fatal else None,
            "fatalities_min": fatal["min"] if fatal else None,
            "fatalities_max": fatal["max"] if fatal else None,
            "n_sources": len(set(self.source_keys.values())),
            "disputed": disputed,
            "dispute": dispute or None,
            "first_seen": self.first,
            "last_seen": self.last,
            "updated_at": now(),
        }
        return row, resolved


class Recent(Generic[V]):
    """Values by key for the `size` keys put last (the last one put is kept longest)."""

    def __init__(self, size: int = 20_000) -> None:
        self.size = size
        self._items: dict[str, V] = {}

    def get(self, key: str) -> V | None:
        return self._items.get(key)

    def put(self, key: str, value: V) -> None:
        items = self._items
        if key in items:
            del items[key]
        elif len(items) >= self.size:
            del items[next(iter(items))]
        items[key] = value


class SumsCache(Recent[EventSums]):
    """The `EventSums` of the events resolved last, kept across the transactions of one
    writer: an event joined in one batch is often joined again in the next. Sums are given
    back only for the very records they were made of, in the same order (`of`), so an event
    another writer changed, or a transaction that did not commit, gets new sums."""

    def of(self, event_id: str, linked: list[Linked]) -> EventSums | None:
        found = self.get(event_id)
        if found is None or found.count != len(linked):
            return None
        if found.records != [r.id for r, _ in linked]:
            return None
        return found


def compute_event(
    event_id: str,
    linked: list[Linked],
    reports: list[Report],
    facts: list[RecordFacts] | None = None,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The event row implied by its linked records (`EventSums.row` of them all), given
    their `Report`s and, when known, their `RecordFacts`, both in the same order."""
    if facts is None:
        facts = [record_facts(r) for r, _ in linked]
    return EventSums.of(linked, reports, facts).row(event_id)
