"""Recomputing a canonical event from every record linked to it.

The event row is always derived from its reports, never edited in place, so linking a record
in any order gives the same event. Figures follow ACLED: the lowest reported fatality figure,
with the range and the disagreement kept alongside.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import Any
from urllib.parse import urlparse

import sqlalchemy as sa

from sucesos.models import EventRecord, Location
from sucesos.resolve.core import DATE_RANK, PLACE_RANK, category_family, category_priority
from sucesos.resolve.figures import Report, dispute_of, report_figures, resolve_figures
from sucesos.resolve.syndication import originals
from sucesos.store import schema
from sucesos.store.actors import write_event_actors
from sucesos.store.keys import as_date, as_datetime, fold, now


def outlet_name(source: str | None, url: str | None, article_id: str) -> str:
    """Who published an article: its source name, else its web host, else its id."""
    if source:
        return source
    if url:
        host = urlparse(url).netloc
        if host:
            return host.removeprefix("www.")
    return f"article {article_id}"


def linked_records(conn: sa.Connection, event_id: str) -> list[tuple[EventRecord, dict[str, Any]]]:
    """The event's records, oldest link first, each with its article's row."""
    rep, rec, art = schema.reports, schema.records, schema.articles
    query = (
        sa.select(rec.c.data, art.c.id, art.c.source, art.c.url, art.c.published, art.c.ingested_at)
        .select_from(
            rep.join(rec, rep.c.record_id == rec.c.id).join(art, rep.c.article_id == art.c.id)
        )
        .where(rep.c.event_id == event_id)
        .order_by(art.c.ingested_at, rec.c.id)
    )
    return [(EventRecord.from_dict(row.data), dict(row._mapping)) for row in conn.execute(query)]


def make_reports(
    conn: sa.Connection, linked: list[tuple[EventRecord, dict[str, Any]]]
) -> list[Report]:
    """The linked records as `Report`s: labelled by outlet (numbered when one outlet filed
    several articles) and keyed by independent source (a syndicated copy counts as the
    outlet of its original)."""
    article_ids = list(dict.fromkeys(a["id"] for _, a in linked))
    copies = originals(conn, article_ids)
    outlets = {a["id"]: outlet_name(a["source"], a["url"], a["id"]) for _, a in linked}
    missing = [o for o in set(copies.values()) if o not in outlets]
    if missing:
        art = schema.articles
        for row in conn.execute(
            sa.select(art.c.id, art.c.source, art.c.url).where(art.c.id.in_(missing))
        ):
            outlets[row.id] = outlet_name(row.source, row.url, row.id)
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
            seen.setdefault(fold(a.name), {"name": a.name, "kind": a.kind, "role": a.role})
    return list(seen.values())


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
    published = [as_datetime(a["published"]) or as_datetime(a["ingested_at"]) for _, a in linked]
    seen = [p for p in published if p is not None]
    # Only a known publication date stands in for a missing event date: the time an undated
    # article was ingested says nothing about when the event happened.
    dated = [d for _, a in linked if (d := as_datetime(a["published"])) is not None]
    fallback_day = min(dated).date() if dated else None
    day, precision = _best_date(records, fallback_day)
    loc = _best_location(records)
    actors = _actors(records)
    resolved = resolve_figures(report_figures(reports))
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
        "admin1_key": fold(loc.admin1) if loc else None,
        "admin2_key": fold(loc.admin2) if loc else None,
        "location": loc.name if loc else None,
        "latitude": loc.latitude if loc else None,
        "longitude": loc.longitude if loc else None,
        "geo_precision": loc.precision if loc else None,
        "actors": actors,
        "actor_key": "|" + "|".join(fold(a["name"]) for a in actors) + "|",
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


# Built once: the SET columns come from the parameters, so the statement compiles once.
_UPDATE = schema.events.update().where(schema.events.c.id == sa.bindparam("event_key"))

_TRACKED = (
    "fatalities",
    "fatalities_min",
    "fatalities_max",
    "status",
    "date",
    "admin2",
    "n_sources",
)


def rebuild_event(conn: sa.Connection, event_id: str, reason: str) -> dict[str, Any]:
    """Recompute, write and version the event from its reports; returns the new row.

    The version row's reason names what triggered the change and which tracked fields moved,
    so `sucesos events show` can tell the event's history in words; its snapshot holds the
    row, the resolved figures and the linked record ids, so any past state can be read back.
    """
    ev = schema.events
    old = conn.execute(sa.select(ev).where(ev.c.id == event_id)).first()
    linked = linked_records(conn, event_id)
    row, resolved = compute_event(event_id, linked, make_reports(conn, linked))
    if old is None:
        conn.execute(ev.insert(), row)
    elif old.n_sources == 0:  # the placeholder written when the event was created
        conn.execute(_UPDATE, {**row, "event_key": event_id})
    else:
        before = dict(old._mapping)
        changes = [f"{k} {before[k]}→{row[k]}" for k in _TRACKED if before.get(k) != row[k]]
        if changes:
            reason = f"{reason}; {', '.join(changes)}"
        conn.execute(_UPDATE, {**row, "event_key": event_id})
    write_event_actors(conn, event_id, row["actors"] or [])
    ver = schema.event_versions
    last = conn.execute(
        sa.select(sa.func.max(ver.c.version)).where(ver.c.event_id == event_id)
    ).scalar()
    snapshot = {**jsonable(row), "figures": resolved, "records": [r.id for r, _ in linked]}
    conn.execute(
        ver.insert(),
        {
            "event_id": event_id,
            "version": int(last or 0) + 1,
            "at": row["updated_at"],
            "reason": reason,
            "snapshot": snapshot,
        },
    )
    return row
