"""Reading a view of the store: a page of events with the total that matches, and the
counts of the same view. Shared by `sucesos events/stats/export` and the HTTP API, so the
same filters give the same events everywhere."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from sucesos.filters import EventQuery
from sucesos.store import Store, queries, schema, stats

# Rows read per query when streaming a whole view (exports).
CHUNK = 1000


@dataclass
class EventPage:
    """One page of a view: its events, how many match in all, and where the page starts."""

    events: list[dict[str, Any]]
    total: int
    offset: int = 0


def count_events(conn: sa.Connection, where: list[sa.ColumnElement[bool]]) -> int:
    """How many events match every clause of `where`."""
    query = sa.select(sa.func.count()).select_from(schema.events).where(*where)
    return int(conn.execute(query).scalar() or 0)


def event_page(
    store: Store,
    query: EventQuery,
    *,
    sort: str = "-date",
    limit: int | None = 50,
    offset: int = 0,
) -> EventPage:
    """The events of the view in `sort` order (see `queries.SORTS`), `limit` of them from
    `offset` (None: all), with the number that match in all."""
    where = query.where()
    with store.engine.connect() as conn:
        total = count_events(conn, where)
        if limit is None:
            rows = list(_all(conn, where, sort, offset))
        else:
            rows = queries.page_events(conn, where, sort=sort, limit=limit, offset=offset)
    return EventPage(events=rows, total=total, offset=offset)


def _all(
    conn: sa.Connection, where: list[sa.ColumnElement[bool]], sort: str, offset: int = 0
) -> Iterator[dict[str, Any]]:
    while True:
        rows = queries.page_events(conn, where, sort=sort, limit=CHUNK, offset=offset)
        yield from rows
        if len(rows) < CHUNK:
            return
        offset += CHUNK


def iter_events(store: Store, query: EventQuery, sort: str = "-date") -> Iterator[dict[str, Any]]:
    """Every event of the view, read in chunks (for exports of large views)."""
    with store.engine.connect() as conn:
        yield from _all(conn, query.where(), sort)


def view_stats(store: Store, query: EventQuery, top: int = 50) -> dict[str, Any]:
    """Events, fatalities and disputed events of the view, in all and by state,
    municipality, category, actor, day and week: from the summary tables when the filters
    allow, else from the events (`sucesos.store.stats`)."""
    with store.engine.connect() as conn:
        return stats.compute(conn, stats_plan(query, conn=conn), top=top)


def stats_plan(
    query: EventQuery,
    bbox: sa.ColumnElement[bool] | None = None,
    conn: sa.Connection | None = None,
) -> stats.Plan:
    """Where the view's statistics are read from: the summaries when they answer its
    filters (with a category: and the events that hold it as a secondary kind; with an
    actor filter that matches one stored actor name, read through `conn`: the actor
    summaries), else the events (other actor filters, words, a bounding box, names that are
    not codes)."""
    from sucesos.filters import summary_filters_of

    actor = None
    if query.actor and conn is not None and bbox is None:
        actor = stats.actor_named(conn, query.actor)
    found = summary_filters_of(query, actor=actor) if bbox is None else None
    if found is not None:
        return stats.SummaryPlan(found)
    by_kind = summary_filters_of(query, kinds=True, actor=actor) if bbox is None else None
    if by_kind is not None:  # a category: its events from the summaries, plus those of its kind
        return stats.KindsPlan(stats.SummaryPlan(by_kind), query.where())
    where = [*query.where(), *([bbox] if bbox is not None else [])]
    if query.ids is not None:  # a few events by key: let the database use the primary key
        return stats.EventsPlan(where, scan=False)
    return stats.EventsPlan(where)


def store_is_empty(store: Store) -> bool:
    """True when the store holds no event at all (a fresh database, or the wrong one)."""
    with store.engine.connect() as conn:
        return conn.execute(sa.select(schema.events.c.id).limit(1)).first() is None
