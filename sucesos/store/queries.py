"""Reading events back: filtered lists, one event with its evidence, and counts."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date
from typing import Any

import sqlalchemy as sa

from sucesos.store import schema
from sucesos.store.keys import as_date, fold

# Columns kept for matching only; they are not part of an event as users see it.
_INTERNAL = {"category_family", "admin1_key", "admin2_key", "actor_key"}
_STATE_CODE = re.compile(r"^(MX-)?[A-Z]{3}$", re.IGNORECASE)
_MUNICIPALITY_CODE = re.compile(r"^\d{5}$")


def public(row: sa.Row | dict[str, Any]) -> dict[str, Any]:
    """An event row as a JSON-ready dict (ISO dates, no internal matching columns)."""
    mapping = row if isinstance(row, dict) else dict(row._mapping)
    out: dict[str, Any] = {}
    for key, value in mapping.items():
        if key in _INTERNAL:
            continue
        out[key] = value.isoformat() if hasattr(value, "isoformat") else value
    return out


def _name_match(key_col: sa.ColumnElement[Any], value: str) -> sa.ColumnElement[bool]:
    """Accent- and case-insensitive name match, also on the first words of a longer name.

    "michoacan" matches "Michoacán de Ocampo"; "Mexico" matches "México" but not
    "Ciudad de México".
    """
    key = fold(value)
    return sa.or_(key_col == key, key_col.startswith(key + " ", autoescape=True))


def event_filters(
    *,
    since: date | str | None = None,
    until: date | str | None = None,
    state: str | None = None,
    municipality: str | None = None,
    category: str | None = None,
    actor: str | None = None,
    status: str | None = None,
    text: str | None = None,
) -> list[sa.ColumnElement[bool]]:
    """WHERE clauses for the filters `sucesos events` and the API share (None = no filter)."""
    ev = schema.events
    where: list[sa.ColumnElement[bool]] = []
    if since is not None:
        where.append(ev.c.date >= _day(since))
    if until is not None:
        where.append(ev.c.date <= _day(until))
    if state:
        if _STATE_CODE.match(state.strip()):
            code = state.strip().upper()
            code = code if code.startswith("MX-") else f"MX-{code}"
            where.append(sa.or_(ev.c.admin1_code == code, _name_match(ev.c.admin1_key, state)))
        else:
            where.append(_name_match(ev.c.admin1_key, state))
    if municipality:
        if _MUNICIPALITY_CODE.match(municipality.strip()):
            where.append(ev.c.admin2_code == municipality.strip())
        else:
            where.append(_name_match(ev.c.admin2_key, municipality))
    if category:
        where.append(
            sa.or_(ev.c.category == category, ev.c.category_family == category.strip().lower())
        )
    if actor:
        where.append(ev.c.actor_key.contains(fold(actor), autoescape=True))
    if status:
        where.append(ev.c.status == status)
    if text:
        rep, art = schema.reports, schema.articles
        pattern = f"%{_escape_like(text)}%"
        mentioned = (
            sa.select(rep.c.event_id)
            .select_from(rep.join(art, rep.c.article_id == art.c.id))
            .where(
                sa.or_(
                    art.c.title.ilike(pattern, escape="\\"), art.c.text.ilike(pattern, escape="\\")
                )
            )
        )
        where.append(sa.or_(ev.c.id.in_(mentioned), ev.c.location.ilike(pattern, escape="\\")))
    return where


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _day(value: date | str) -> date:
    day = as_date(value)
    if day is None:
        raise ValueError(f"not a date (YYYY-MM-DD): {value!r}")
    return day


def list_events(
    conn: sa.Connection,
    where: list[sa.ColumnElement[bool]],
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Events matching all `where` clauses, newest first."""
    ev = schema.events
    query = (
        sa.select(ev).where(*where).order_by(ev.c.date.desc().nulls_last(), ev.c.id).offset(offset)
    )
    if limit is not None:
        query = query.limit(limit)
    return [public(row) for row in conn.execute(query)]


def find_event_id(conn: sa.Connection, id_or_prefix: str) -> str | None:
    """The event id itself, or the single event whose id starts with the given prefix."""
    ev = schema.events
    if conn.execute(sa.select(ev.c.id).where(ev.c.id == id_or_prefix)).first():
        return id_or_prefix
    found = conn.execute(
        sa.select(ev.c.id).where(ev.c.id.startswith(id_or_prefix, autoescape=True)).limit(2)
    ).all()
    return str(found[0].id) if len(found) == 1 else None


def get_event(conn: sa.Connection, event_id: str) -> dict[str, Any] | None:
    """One event with its reports, figures per source, evidence sentences and history."""
    ev, rep, rec, art = schema.events, schema.reports, schema.records, schema.articles
    row = conn.execute(sa.select(ev).where(ev.c.id == event_id)).first()
    if row is None:
        return None
    event = public(row)
    from sucesos.resolve.merge import outlet_name  # resolve depends on store, not vice versa

    reports: list[dict[str, Any]] = []
    evidence: list[dict[str, Any]] = []
    query = (
        sa.select(rec.c.data, art.c.id, art.c.url, art.c.title, art.c.source, art.c.published)
        .select_from(
            rep.join(rec, rep.c.record_id == rec.c.id).join(art, rep.c.article_id == art.c.id)
        )
        .where(rep.c.event_id == event_id)
        .order_by(art.c.ingested_at, rec.c.id)
    )
    for r in conn.execute(query):
        data = r.data
        outlet = outlet_name(r.source, r.url, r.id)
        loc = (data.get("locations") or [{}])[0]
        reports.append(
            {
                "record_id": data["id"],
                "article_id": r.id,
                "source": outlet,
                "url": r.url,
                "title": r.title,
                "published": r.published,
                "status": data.get("status"),
                "date": data.get("date"),
                "location": loc.get("name"),
                "fatalities": data.get("fatalities"),
                "confidence": data.get("confidence"),
            }
        )
        for ev_item in data.get("evidence") or []:
            evidence.append({"source": outlet, "record_id": data["id"], "text": ev_item["text"]})
    claims = [
        {k: v for k, v in dict(c._mapping).items() if k not in {"id", "event_id"}}
        for c in conn.execute(
            sa.select(schema.claims)
            .where(schema.claims.c.event_id == event_id)
            .order_by(schema.claims.c.id)
        )
    ]
    # Figures side by side: {what: {outlet: [{"value", "attributed_to"}, ...]}}; a list
    # because one outlet may quote two figures (the police say 3, neighbours say 5).
    figures: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for c in claims:
        what = f"{c['what']} ({c['group']})" if c["group"] else c["what"]
        figures[what][c["source"]].append(
            {"value": c["value"], "attributed_to": c["attributed_to"]}
        )
    ver = schema.event_versions
    history = [
        {"version": h.version, "at": h.at.isoformat(), "reason": h.reason}
        for h in conn.execute(
            sa.select(ver.c.version, ver.c.at, ver.c.reason)
            .where(ver.c.event_id == event_id)
            .order_by(ver.c.version)
        )
    ]
    event.update(
        reports=reports,
        claims=claims,
        figures={k: dict(v) for k, v in figures.items()},
        evidence=evidence,
        history=history,
    )
    return event


def stats(conn: sa.Connection) -> dict[str, Any]:
    """Totals, and event counts by state, category and ISO week (for `sucesos stats`)."""
    ev = schema.events

    def count(table: sa.Table) -> int:
        return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar() or 0)

    def grouped(col: sa.ColumnElement[Any]) -> dict[str, int]:
        query = sa.select(col, sa.func.count()).group_by(col).order_by(sa.func.count().desc(), col)
        return {str(k) if k is not None else "unknown": int(n) for k, n in conn.execute(query)}

    weeks: Counter[str] = Counter()
    for day, n in conn.execute(sa.select(ev.c.date, sa.func.count()).group_by(ev.c.date)):
        if day is None:
            weeks["unknown"] += n
        else:
            year, week, _ = day.isocalendar()
            weeks[f"{year}-W{week:02d}"] += n
    disputed = conn.execute(
        sa.select(sa.func.count()).select_from(ev).where(ev.c.disputed.is_(True))
    ).scalar()
    return {
        "articles": count(schema.articles),
        "records": count(schema.records),
        "events": count(ev),
        "disputed_events": int(disputed or 0),
        "fatalities": int(conn.execute(sa.select(sa.func.sum(ev.c.fatalities))).scalar() or 0),
        "by_state": grouped(ev.c.admin1),
        "by_category": grouped(ev.c.category),
        "by_week": dict(sorted(weeks.items())),
    }
