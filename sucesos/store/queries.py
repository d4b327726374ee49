"""Reading events back: filtered lists, one event with its evidence, and counts."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from typing import Any

import sqlalchemy as sa

from sucesos.store import schema
from sucesos.store.history import changes_between, event_states
from sucesos.store.keys import as_date, fold, outlet_name
from sucesos.store.stats_plans import unindexed

# Columns kept for matching only; they are not part of an event as users see it.
_INTERNAL = {"category_family", "admin1_key", "admin2_key", "actor_key", "kinds_key", "figures"}
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


# The events columns users see, and those of them holding dates and times (ISO text in JSON).
PUBLIC_COLUMNS = tuple(c for c in schema.events.c if c.name not in _INTERNAL)
_TIME_COLUMNS = frozenset(
    c.name
    for c in PUBLIC_COLUMNS
    if isinstance(c.type, (sa.Date, sa.DateTime))
    or isinstance(getattr(c.type, "impl", None), (sa.Date, sa.DateTime))
)


def public_rows(result: sa.Result[Any]) -> list[dict[str, Any]]:
    """The rows of a SELECT of `PUBLIC_COLUMNS` (or some of them) as `public` gives them,
    with the conversions worked out once per result rather than per value (a page of events
    is a few thousand values)."""
    keys = list(result.keys())
    times = [(i, k) for i, k in enumerate(keys) if k in _TIME_COLUMNS]
    out = []
    for row in result:
        item = dict(zip(keys, row, strict=True))
        for i, key in times:
            value = row[i]
            if value is not None:
                item[key] = value.isoformat()
        out.append(item)
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
        name = category.strip().lower()
        where.append(
            sa.or_(
                ev.c.category == category,
                ev.c.category_family == name,
                has_kind(name),
            )
        )
    if actor:
        where.append(ev.c.actor_key.contains(fold(actor), autoescape=True))
    if status:
        where.append(unindexed(ev.c.status) == status)
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


def has_kind(category: str) -> sa.ColumnElement[bool]:
    """Events with `category` among their secondary kinds (a roadblock that is part of a
    clash): the category filter finds them too."""
    return schema.events.c.kinds_key.contains(f"|{category}|", autoescape=True)


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
    # Syndicated copies, as the resolver found them: the outlet of each copy's original.
    copies = _copies_of(conn, [r["article_id"] for r in reports])
    for report in reports:
        report["copy_of"] = copies.get(report["article_id"])
    states = event_states(conn, event_id)
    history = [
        {
            "version": state["version"],
            "at": state["at"],
            "reason": state["reason"],
            "changes": changes_between(states[i - 1] if i else None, state),
        }
        for i, state in enumerate(states)
    ]
    event.update(
        reports=reports,
        claims=claims,
        figures={k: dict(v) for k, v in figures.items()},
        resolved=row.figures or {},
        evidence=evidence,
        history=history,
    )
    return event


def _copies_of(conn: sa.Connection, article_ids: list[str]) -> dict[str, str]:
    """{article id: outlet of the original} for the given articles that are syndicated copies."""
    fp, art = schema.article_fingerprints, schema.articles
    if not article_ids:
        return {}
    query = (
        sa.select(fp.c.article_id, art.c.id, art.c.source, art.c.url)
        .select_from(fp.join(art, fp.c.copy_of == art.c.id))
        .where(fp.c.article_id.in_(sorted(set(article_ids))))
    )
    return {r[0]: outlet_name(r.source, r.url, r.id) for r in conn.execute(query)}


# --- Queries of the HTTP API and dashboard (sucesos.web) -------------------------------------

# Sort keys the API accepts; "-" means descending. Every order ends on the id so pages are
# stable when many events share a date.
_SORTS: dict[str, tuple[str, bool]] = {
    "date": ("date", False),
    "-date": ("date", True),
    "fatalities": ("fatalities", False),
    "-fatalities": ("fatalities", True),
    "n_sources": ("n_sources", False),
    "-n_sources": ("n_sources", True),
    "updated_at": ("updated_at", False),
    "-updated_at": ("updated_at", True),
}
SORTS = tuple(_SORTS)


def bbox_filter(west: float, south: float, east: float, north: float) -> sa.ColumnElement[bool]:
    """Events whose point lies in the box (degrees); events without coordinates never match."""
    ev = schema.events
    return sa.and_(
        ev.c.longitude >= west,
        ev.c.longitude <= east,
        ev.c.latitude >= south,
        ev.c.latitude <= north,
    )


def page_events(
    conn: sa.Connection,
    where: list[sa.ColumnElement[bool]],
    *,
    sort: str = "-date",
    limit: int = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """One page of matching events in the order `sort` names (see SORTS); missing values of
    the sort column come last either way."""
    ev = schema.events
    name, descending = _SORTS[sort]
    col = ev.c[name]
    order = col.desc().nulls_last() if descending else col.asc().nulls_last()
    # Two steps in one statement: the page's ids first, ordered and filtered from an index
    # that holds the columns the usual filters and sort keys use (`ix_events_list`), then
    # only those rows. Read in one step, every candidate row of the ordering (a whole day of
    # events for the newest-first page) was fetched from the table to be sorted by id.
    page = sa.select(ev.c.id).where(*where).order_by(order, ev.c.id).offset(offset).limit(limit)
    query = sa.select(*PUBLIC_COLUMNS).where(ev.c.id.in_(page.scalar_subquery()))
    return public_rows(conn.execute(query.order_by(order, ev.c.id)))


def date_range(conn: sa.Connection) -> tuple[date | None, date | None]:
    """The oldest and newest event dates in the store (None, None when it is empty); the
    dashboard's quick windows end at the newest."""
    ev = schema.events
    # Two queries: SQLite answers a lone min() or max() from the index, both together by
    # scanning the table.
    first = conn.execute(sa.select(sa.func.min(ev.c.date))).scalar()
    last = conn.execute(sa.select(sa.func.max(ev.c.date))).scalar()
    return as_date(first), as_date(last)


def get_article(conn: sa.Connection, article_id: str) -> dict[str, Any] | None:
    """One stored article (its text as stored) with the events it reports; None if unknown."""
    art, rep, ev = schema.articles, schema.reports, schema.events
    row = conn.execute(sa.select(art).where(art.c.id == article_id)).first()
    if row is None:
        return None
    article = public(row)
    events = conn.execute(
        sa.select(ev.c.id, ev.c.date, ev.c.category, ev.c.admin1, ev.c.admin2, ev.c.fatalities)
        .distinct()
        .select_from(rep.join(ev, rep.c.event_id == ev.c.id))
        .where(rep.c.article_id == article_id)
        .order_by(ev.c.date, ev.c.id)
    )
    article["events"] = [public(r) for r in events]
    return article


def exact_filters(
    *,
    admin1_code: str | None = None,
    category: str | None = None,
    category_family: str | None = None,
) -> list[sa.ColumnElement[bool]]:
    """Equality filters on indexed columns, for callers that already resolved a state name
    to its code or know whether a category name is a category or a family (the API does);
    `event_filters` matches names and both category columns, which needs table scans."""
    ev = schema.events
    where: list[sa.ColumnElement[bool]] = []
    if admin1_code:
        where.append(ev.c.admin1_code == admin1_code)
    if category:
        where.append(sa.or_(ev.c.category == category, has_kind(category)))
    if category_family:
        where.append(unindexed(ev.c.category_family) == category_family)
    return where
