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
from sucesos.resolve.match import category_family, category_priority
from sucesos.store import schema
from sucesos.store.keys import as_date, as_datetime, fold, now

_DATE_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
_PLACE_RANK = {"locality": 0, "municipality": 1, "state": 2, "country": 3}


def outlet_name(source: str | None, url: str | None, article_id: str) -> str:
    """Who published an article: its source name, else its web host, else its id."""
    if source:
        return source
    if url:
        host = urlparse(url).netloc
        if host:
            return host.removeprefix("www.")
    return f"article {article_id}"


def _linked(conn: sa.Connection, event_id: str) -> list[tuple[EventRecord, dict[str, Any]]]:
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


def _claims(conn: sa.Connection, event_id: str) -> list[dict[str, Any]]:
    query = sa.select(schema.claims).where(schema.claims.c.event_id == event_id)
    return [dict(row._mapping) for row in conn.execute(query)]


def compute_dispute(claims: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """Figures on which sources disagree: {what: {"outlet (attributed to)": value}}.

    A figure is disputed when two claims about the same thing and group give different
    values, whether they come from two outlets or from two attributions in one article.
    """
    by_what: dict[tuple[str, str | None], dict[str, int]] = defaultdict(dict)
    for c in claims:
        who = c["source"] or "?"
        if c["attributed_to"]:
            who = f"{who} ({c['attributed_to']})"
        by_what[(c["what"], c["group"])][who] = c["value"]
    out: dict[str, dict[str, int]] = {}
    for (what, group), values in sorted(by_what.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        if len(set(values.values())) > 1:
            out[f"{what} ({group})" if group else what] = dict(sorted(values.items()))
    return out


def _best_location(records: list[EventRecord]) -> Location | None:
    located = [(i, r.locations[0]) for i, r in enumerate(records) if r.locations]
    if not located:
        return None
    return min(located, key=lambda il: (_PLACE_RANK.get(il[1].precision, 9), il[0]))[1]


def _best_date(records: list[EventRecord], fallback: date | None) -> tuple[date | None, str | None]:
    dated = [(as_date(r.date), r.date_precision or "day") for r in records if as_date(r.date)]
    if not dated:
        return fallback, ("week" if fallback else None)
    day, precision = min(dated, key=lambda dp: (_DATE_RANK.get(dp[1], 9), dp[0]))
    return day, precision


def _actors(records: list[EventRecord]) -> list[dict[str, str]]:
    seen: dict[str, dict[str, str]] = {}
    for r in records:
        for a in r.actors:
            seen.setdefault(fold(a.name), {"name": a.name, "kind": a.kind, "role": a.role})
    return list(seen.values())


def compute_event(
    event_id: str, linked: list[tuple[EventRecord, dict[str, Any]]], claims: list[dict[str, Any]]
) -> dict[str, Any]:
    """The event row implied by its linked records and their claims."""
    records = [r for r, _ in linked]
    lead = max(
        enumerate(records),
        key=lambda ir: (category_priority(ir[1].category), ir[1].confidence, -ir[0]),
    )[1]
    published = [as_datetime(a["published"]) or as_datetime(a["ingested_at"]) for _, a in linked]
    seen = [p for p in published if p is not None]
    fallback_day = min(seen).date() if seen else None
    day, precision = _best_date(records, fallback_day)
    loc = _best_location(records)
    actors = _actors(records)
    figures = [r.fatalities for r in records if r.fatalities is not None]
    outlets = {outlet_name(a["source"], a["url"], a["id"]) for _, a in linked}
    dispute = compute_dispute(claims)
    status_disputed = [
        outlet_name(a["source"], a["url"], a["id"]) for r, a in linked if r.status == "disputed"
    ]
    if status_disputed:
        dispute["status"] = {name: 1 for name in sorted(set(status_disputed))}
    disputed = bool(dispute) or len(set(figures)) > 1
    if len(set(figures)) > 1 and "fatalities" not in dispute:
        dispute["fatalities"] = {
            outlet_name(a["source"], a["url"], a["id"]): r.fatalities
            for r, a in linked
            if r.fatalities is not None
        }
    return {
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
        "fatalities": min(figures) if figures else None,
        "fatalities_min": min(figures) if figures else None,
        "fatalities_max": max(figures) if figures else None,
        "n_sources": len(outlets),
        "disputed": disputed,
        "dispute": dispute or None,
        "first_seen": min(seen) if seen else None,
        "last_seen": max(seen) if seen else None,
        "updated_at": now(),
    }


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
    """Recompute, write and version the event; returns the new row.

    The version row's reason names what triggered the change and which tracked fields moved,
    so `sucesos events show` can tell the event's history in words.
    """
    ev = schema.events
    old = conn.execute(sa.select(ev).where(ev.c.id == event_id)).first()
    row = compute_event(event_id, _linked(conn, event_id), _claims(conn, event_id))
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
    ver = schema.event_versions
    last = conn.execute(
        sa.select(sa.func.max(ver.c.version)).where(ver.c.event_id == event_id)
    ).scalar()
    conn.execute(
        ver.insert(),
        {
            "event_id": event_id,
            "version": int(last or 0) + 1,
            "at": row["updated_at"],
            "reason": reason,
            "snapshot": jsonable(row),
        },
    )
    return row
