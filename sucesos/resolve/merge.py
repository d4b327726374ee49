"""Recomputing a canonical event from every record linked to it.

The event row is always derived from its reports, never edited in place, so linking a record
in any order gives the same event. Each figure resolves to the value most sources support
(the lower median of the independent sources' figures; the lower of two), with the range, every
source's value and the disagreement kept alongside (`figures`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa

from sucesos.models import EventRecord, Location
from sucesos.resolve.config import (
    DATE_RANK,
    PLACE_RANK,
    category_family,
    category_priority,
    fold_name,
)
from sucesos.resolve.figures import (
    Report,
    bound_reports,
    dispute_of,
    report_figures,
    resolve_figures,
)
from sucesos.resolve.syndication import originals
from sucesos.store import schema
from sucesos.store.keys import as_date, as_datetime, now, outlet_name


def _linked_query(many: bool = False) -> sa.Select[Any]:
    rep, rec, art = schema.reports, schema.records, schema.articles
    fp = schema.article_fingerprints
    return (
        sa.select(
            rec.c.id,
            # The stored bytes as the driver gives them: decoded only when `RecordCache`
            # does not hold the record already (`_decoded`).
            sa.type_coerce(rec.c.data, sa.types.NullType()),
            art.c.id,
            art.c.source,
            art.c.url,
            art.c.published,
            art.c.ingested_at,
            fp.c.copy_of,
        )
        .select_from(
            rep.join(rec, rep.c.record_id == rec.c.id)
            .join(art, rep.c.article_id == art.c.id)
            .outerjoin(fp, fp.c.article_id == art.c.id)
        )
        .where(
            rep.c.event_id.in_(sa.bindparam("event_ids", expanding=True))
            if many
            else rep.c.event_id == sa.bindparam("event_id")
        )
        .order_by(art.c.ingested_at, rec.c.id)
    )


_LINKED = _linked_query()  # built once: building a query costs more than running it
_LINKED_MANY = _linked_query(many=True).add_columns(schema.reports.c.event_id)

Linked = tuple[EventRecord, dict[str, Any]]


class RecordCache:
    """Records by id, decoded once for a whole ingest: a stored record never changes, and
    the events a batch joins are read again with every report in the next batches that
    join them (decoding was a sixth of the writer's time on a year of headlines). Holds the
    `size` records put or read last."""

    def __init__(self, size: int = 20_000) -> None:
        self.size = size
        self._items: dict[str, EventRecord] = {}

    def get(self, record_id: str) -> EventRecord | None:
        return self._items.get(record_id)

    def put(self, record_id: str, record: EventRecord) -> None:
        items = self._items
        if record_id in items:
            del items[record_id]  # the last one used is kept longest
        elif len(items) >= self.size:
            del items[next(iter(items))]
        items[record_id] = record


def _decoded(record_id: str, packed: Any, cache: RecordCache | None) -> EventRecord:
    """The stored record: from `cache` when it holds it, else decoded (and kept there)."""
    if cache is not None:
        found = cache.get(record_id)
        if found is not None:
            return found
    record = EventRecord.from_dict(schema.unpack_json(packed))
    if cache is not None:
        cache.put(record_id, record)
    return record


def _linked(row: Any, cache: RecordCache | None) -> Linked:
    """(record, its article's row with `copy_of`) of one row of `_linked_query`."""
    record_id, packed, article_id, source, url, published, ingested_at, copy_of = row[:8]
    info = {
        "id": article_id,
        "source": source,
        "url": url,
        "published": published,
        "ingested_at": ingested_at,
        "copy_of": copy_of,
    }
    return _decoded(record_id, packed, cache), info


def linked_records(
    conn: sa.Connection, event_id: str, cache: RecordCache | None = None
) -> list[Linked]:
    """The event's records, oldest link first, each with its article's row (and `copy_of`,
    the original of a syndicated copy)."""
    return [_linked(row, cache) for row in conn.execute(_LINKED, {"event_id": event_id})]


def linked_records_of(
    conn: sa.Connection, event_ids: list[str], chunk: int = 900, cache: RecordCache | None = None
) -> dict[str, list[Linked]]:
    """`linked_records` of several events in a few queries: {event id: its records}."""
    out: dict[str, list[Linked]] = {e: [] for e in event_ids}
    for i in range(0, len(event_ids), chunk):
        for row in conn.execute(_LINKED_MANY, {"event_ids": event_ids[i : i + chunk]}):
            out[row[8]].append(_linked(row, cache))
    return out


def make_reports(
    conn: sa.Connection, linked: list[tuple[EventRecord, dict[str, Any]]]
) -> list[Report]:
    """The linked records as `Report`s (see `label_reports`), with the syndicated copies and
    the outlets of their originals read from the store."""
    article_ids = list(dict.fromkeys(a["id"] for _, a in linked))
    copies = originals(conn, article_ids)
    outlets = {a["id"]: outlet_name(a["source"], a["url"], a["id"]) for _, a in linked}
    missing = [o for o in set(copies.values()) if o not in outlets]
    if missing:
        outlets.update(article_outlets(conn, missing))
    return label_reports(linked, copies, outlets)


def article_outlets(conn: sa.Connection, article_ids: list[str]) -> dict[str, str]:
    """{article id: outlet name} for stored articles."""
    art = schema.articles
    query = sa.select(art.c.id, art.c.source, art.c.url).where(art.c.id.in_(article_ids))
    return {row.id: outlet_name(row.source, row.url, row.id) for row in conn.execute(query)}


def label_reports(
    linked: list[tuple[EventRecord, dict[str, Any]]],
    copies: dict[str, str],
    outlets: dict[str, str],
) -> list[Report]:
    """The linked records as `Report`s: labelled by outlet (numbered when one outlet filed
    several articles) and keyed by independent source (a syndicated copy counts as the
    outlet of its original). `copies` maps copies to their originals, `outlets` article ids
    (of the linked articles and of those originals) to outlet names."""
    article_ids = list(dict.fromkeys(a["id"] for _, a in linked))
    per_outlet: dict[str, list[str]] = defaultdict(list)
    for article_id in article_ids:
        per_outlet[outlets[article_id]].append(article_id)
    reports: list[Report] = []
    for record, a in linked:
        outlet = outlets[a["id"]]
        same = per_outlet[outlet]
        label = outlet if len(same) == 1 else f"{outlet} #{same.index(a['id']) + 1}"
        original = copies.get(a["id"])
        reports.append(
            Report(
                record=record,
                label=label,
                outlet=outlet,
                source_key=outlets.get(original, outlet) if original else outlet,
                copy_of=outlets.get(original) if original else None,
            )
        )
    return reports


def _best_location(records: list[EventRecord]) -> Location | None:
    located = [(i, r.locations[0]) for i, r in enumerate(records) if r.locations]
    if not located:
        return None
    return min(located, key=lambda il: (PLACE_RANK.get(il[1].precision, 9), il[0]))[1]


def _best_date(records: list[EventRecord], fallback: date | None) -> tuple[date | None, str | None]:
    dated = [(as_date(r.date), r.date_precision or "day") for r in records if as_date(r.date)]
    if not dated:
        return fallback, ("week" if fallback else None)
    day, precision = min(dated, key=lambda dp: (DATE_RANK.get(dp[1], 9), dp[0]))
    return day, precision


def _actors(records: list[EventRecord]) -> list[dict[str, str]]:
    seen: dict[str, dict[str, str]] = {}
    for r in records:
        for a in r.actors:
            seen.setdefault(fold_name(a.name), {"name": a.name, "kind": a.kind, "role": a.role})
    return list(seen.values())


def kinds_key(records: list[EventRecord], category: str) -> str:
    """ "|arson|roadblock|": the kinds of the records and the categories of those that are not
    `category` (the event's), sorted, for the category filter."""
    kinds = {k for r in records for k in r.kinds} | {r.category for r in records}
    kinds.discard(category)
    return "|" + "|".join(sorted(kinds)) + "|"


def compute_event(
    event_id: str,
    linked: list[tuple[EventRecord, dict[str, Any]]],
    reports: list[Report],
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The event row implied by its linked records, and the resolved figures
    ({figure: value, min, max, sources, disputed}) that go into its version snapshot."""
    records = [r for r, _ in linked]
    lead = max(
        enumerate(records),
        key=lambda ir: (category_priority(ir[1].category), ir[1].confidence, -ir[0]),
    )[1]
    given = [as_datetime(a["published"]) for _, a in linked]
    published = [
        p or as_datetime(a["ingested_at"]) for p, (_, a) in zip(given, linked, strict=True)
    ]
    seen = [p for p in published if p is not None]
    # Only a known publication date stands in for a missing event date: the time an undated
    # article was ingested says nothing about when the event happened.
    dated = [d for d in given if d is not None]
    fallback_day = min(dated).date() if dated else None
    day, precision = _best_date(records, fallback_day)
    loc = _best_location(records)
    actors = _actors(records)
    resolved = resolve_figures(
        report_figures(reports),
        bound_reports(reports),
        {r.label: r.source_key for r in reports},
    )
    dispute = dispute_of(resolved, [r.outlet for r in reports if r.record.status == "disputed"])
    fatal = resolved.get("fatalities")
    if fatal is None and any(r.fatalities is not None for r in records):
        fatal = {"value": 0, "min": 0, "max": 0}  # violent, but no source gives a toll
    disputed = bool(dispute)
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
        "actors": actors,
        "actor_key": "|" + "|".join(fold_name(a["name"]) for a in actors) + "|",
        "kinds_key": kinds_key(records, lead.category),
        "fatalities": fatal["value"] if fatal else None,
        "fatalities_min": fatal["min"] if fatal else None,
        "fatalities_max": fatal["max"] if fatal else None,
        "n_sources": len({r.source_key for r in reports}),
        "disputed": disputed,
        "dispute": dispute or None,
        "first_seen": min(seen) if seen else None,
        "last_seen": max(seen) if seen else None,
        "updated_at": now(),
    }
    return row, resolved


def insert_placeholder(conn: sa.Connection, event_id: str, record: EventRecord) -> None:
    """A minimal event row so reports can reference it; `rebuild_event` fills it in."""
    conn.execute(
        schema.events.insert(),
        dict(
            id=event_id,
            category=record.category,
            category_family=category_family(record.category),
            status=record.status,
            actors=[],
            n_sources=0,
            disputed=False,
            updated_at=now(),
        ),
    )


def jsonable(row: dict[str, Any]) -> dict[str, Any]:
    """A copy of a row with dates and times as ISO strings (for snapshots and output)."""
    return {k: v.isoformat() if isinstance(v, date | datetime) else v for k, v in row.items()}


TRACKED = (
    "fatalities",
    "fatalities_min",
    "fatalities_max",
    "status",
    "date",
    "admin2",
    "n_sources",
)
# Not part of a version: the row's key, and its write time (the version's `at`).
_UNVERSIONED = ("id", "updated_at")


def moved_fields(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """The tracked fields that moved, as "field old→new" (for a version's reason)."""
    return [f"{k} {before.get(k)}→{after[k]}" for k in TRACKED if before.get(k) != after[k]]


def version_changes(
    before: dict[str, Any] | None,
    before_figures: dict[str, Any] | None,
    before_records: list[str],
    row: dict[str, Any],
    figures: dict[str, Any],
    records: list[str],
) -> dict[str, Any]:
    """What a version stores: how to undo it. The event row holds the latest state; each
    version keeps the previous values of the fields it changed (`before`), the previous
    figures when they changed (`figures_before`) and the records it linked
    (`records_added`) or moved out (`records_removed`). Walking the versions back from the
    row gives the event at any version (`sucesos.store.history.event_states`), at a small
    part of the size of a full copy per version.
    """
    added = [r for r in records if r not in set(before_records)]
    removed = [r for r in before_records if r not in set(records)]
    out: dict[str, Any] = {}
    if before is not None:
        # Compared as values (a stored time is UTC, a computed one keeps its offset).
        changed = {
            k: before.get(k) for k in row if k not in _UNVERSIONED and before.get(k) != row[k]
        }
        if changed:  # times in UTC, as the store reads them back
            out["before"] = jsonable(
                {k: v.astimezone(UTC) if isinstance(v, datetime) else v for k, v in changed.items()}
            )
        if before_figures != figures:
            out["figures_before"] = before_figures
    if added:
        out["records_added"] = added
    if removed:
        out["records_removed"] = removed
    return out


def rebuild_event(
    conn: sa.Connection, event_id: str, reason: str, removed: Sequence[str] = ()
) -> dict[str, Any]:
    """Recompute, write and version the stored event from its reports; returns the new row.

    The version row's reason names what triggered the change and which tracked fields moved,
    so `sucesos events show` can tell the event's history in words; it stores what changed
    (`version_changes`), so any past state can be read back; `removed` names the records a
    split just moved out of it.
    """
    from sucesos.resolve.batch import BatchResolver

    resolver = BatchResolver(conn, lock=False)
    row = resolver.rebuild(event_id, reason, removed)
    resolver.flush()
    return row
