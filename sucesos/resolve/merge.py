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

from sucesos.models import EventRecord
from sucesos.resolve.config import category_family
from sucesos.resolve.event_sums import FactsCache, Recent, SumsCache
from sucesos.resolve.figures import Report
from sucesos.resolve.syndication import originals
from sucesos.store import column_types, schema
from sucesos.store.keys import now, outlet_name
from sucesos.store.writer import in_clauses, stored_ids


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


class RecordCache(Recent[EventRecord]):
    """Records by id, decoded once for a whole ingest: a stored record never changes, and
    the events a batch joins are read again with every report in the next batches that
    join them (decoding was a sixth of the writer's time on a year of headlines). Holds the
    `size` records put or read last."""

    def __init__(self, size: int = 20_000) -> None:
        super().__init__(size)
        self.facts = FactsCache(size)  # what their events take from these records
        self.sums = SumsCache(size)  # the events resolved last, added up


def _decoded(record_id: str, packed: Any, cache: RecordCache | None) -> EventRecord:
    """The stored record: from `cache` when it holds it, else decoded (and kept there)."""
    if cache is not None:
        found = cache.get(record_id)
        if found is not None:
            return found
    record = EventRecord.from_dict(column_types.unpack_json(packed))
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


def record_events(conn: sa.Connection, record_ids: Sequence[str]) -> dict[str, str | None]:
    """Which of `record_ids` are stored, each with the event it is linked to (None: none)."""
    known = stored_ids(conn, schema.records.c.id, record_ids)
    found: dict[str, str | None] = dict.fromkeys(known)
    rep = schema.reports
    for clause in in_clauses(conn, rep.c.record_id, sorted(known)):
        for record_id, event_id in conn.execute(
            sa.select(rep.c.record_id, rep.c.event_id).where(clause)
        ):
            found[record_id] = event_id
    return found


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
    had, has = set(before_records), set(records)
    added = [r for r in records if r not in had]
    removed = [r for r in before_records if r not in has]
    out: dict[str, Any] = {}
    if before is not None:
        # Compared as values (a stored time is UTC, a computed one keeps its offset).
        changed: dict[str, Any] = {}
        for k, v in row.items():
            old = before.get(k)
            if old != v and k not in _UNVERSIONED:
                changed[k] = old
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
