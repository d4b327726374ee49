"""Events as the exports need them: each with its outlets, claims and a first evidence line."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from sucesos.resolve.merge import outlet_name
from sucesos.store import Store, schema
from sucesos.store.queries import public

if TYPE_CHECKING:
    from sucesos.filters import EventQuery

CHUNK = 500


def iter_events(store: Store, query: EventQuery | None = None) -> Iterator[dict[str, Any]]:
    """Every stored event matching `query` (all when None), oldest first, with `sources`
    (outlet, URL, title of each report), `claims` and `evidence` added.

    Reads in chunks of event ids so memory stays flat on large stores.
    """
    ev = schema.events
    where = query.where() if query is not None else []
    with store.engine.connect() as conn:
        ids = [
            row.id
            for row in conn.execute(
                sa.select(ev.c.id).where(*where).order_by(ev.c.date.asc().nulls_last(), ev.c.id)
            )
        ]
        for start in range(0, len(ids), CHUNK):
            yield from _chunk(conn, ids[start : start + CHUNK])


def _chunk(conn: sa.Connection, ids: list[str]) -> Iterator[dict[str, Any]]:
    ev, rep, rec, art, cl = (
        schema.events,
        schema.reports,
        schema.records,
        schema.articles,
        schema.claims,
    )
    rows = {r.id: public(r) for r in conn.execute(sa.select(ev).where(ev.c.id.in_(ids)))}
    sources: dict[str, list[dict[str, Any]]] = defaultdict(list)
    evidence: dict[str, list[str]] = defaultdict(list)
    query = (
        sa.select(
            rep.c.event_id,
            rec.c.data,
            art.c.id,
            art.c.url,
            art.c.source,
            art.c.title,
            art.c.language,
            art.c.metadata,
        )
        .select_from(
            rep.join(rec, rep.c.record_id == rec.c.id).join(art, rep.c.article_id == art.c.id)
        )
        .where(rep.c.event_id.in_(ids))
        .order_by(art.c.ingested_at, rec.c.id)
    )
    for r in conn.execute(query):
        meta = r.metadata if isinstance(r.metadata, dict) else {}
        sources[r.event_id].append(
            {
                "source": outlet_name(r.source, r.url, r.id),
                "url": r.url,
                "title": r.title,
                "language": r.language,
                "home_state": meta.get("home_state"),
            }
        )
        evidence[r.event_id].extend(e["text"] for e in r.data.get("evidence") or [])
    claims: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in conn.execute(sa.select(cl).where(cl.c.event_id.in_(ids)).order_by(cl.c.id)):
        claims[c.event_id].append(
            {
                "source": c.source,
                "attributed_to": c.attributed_to,
                "what": c.what,
                "value": c.value,
                "group": c.group,
            }
        )
    for event_id in ids:
        event = rows[event_id]
        event["sources"] = sources[event_id]
        event["claims"] = claims[event_id]
        event["evidence"] = evidence[event_id]
        yield event
