"""Resolution: turning per-article event records into canonical events.

`resolve_records` links each record to the stored event it reports (rules in
`sucesos.resolve.core`, candidates from one indexed block query in `match`) or creates a new
event, then recomputes that event alone from all its reports (`merge`), writing a version
with the reason. New articles are fingerprinted first so syndicated copies count as one
source (`syndication`); a wrong merge is undone with `split`. Historical and statistic
records are kept in `records` but never become events.
"""

from __future__ import annotations

import sqlalchemy as sa

from sucesos.models import Article, EventRecord, stable_id
from sucesos.resolve.core import category_family
from sucesos.resolve.figures import fatality_figure
from sucesos.resolve.match import find_event
from sucesos.resolve.merge import insert_placeholder, outlet_name, rebuild_event
from sucesos.resolve.split import SplitError, split_event
from sucesos.resolve.syndication import register
from sucesos.store import Store, schema
from sucesos.store.keys import as_date
from sucesos.store.locks import lock_for_resolution
from sucesos.store.writer import article_exists, insert_article, insert_record, record_exists

NOT_EVENTS = frozenset({"historical", "statistic"})

__all__ = [
    "NOT_EVENTS",
    "SplitError",
    "category_family",
    "resolve_into",
    "resolve_records",
    "split_event",
]


def resolve_records(
    conn_or_store: sa.Connection | Store, records: list[EventRecord], article: Article
) -> list[str]:
    """Link `article`'s records to events; returns the event id of each linked record, in order.

    Stores the article and records first when they are not stored yet. Given a `Store`, runs in
    its own transaction; given a connection, runs inside the caller's transaction so an ingest
    batch commits article, records and events together.
    """
    if isinstance(conn_or_store, Store):
        with conn_or_store.engine.begin() as conn:
            return [event_id for event_id, _ in resolve_into(conn, records, article)]
    return [event_id for event_id, _ in resolve_into(conn_or_store, records, article)]


def resolve_into(
    conn: sa.Connection, records: list[EventRecord], article: Article
) -> list[tuple[str, bool]]:
    """Like `resolve_records` on an open transaction; each event id comes with True when the
    record created the event (False when it joined an existing one), for ingest summaries."""
    lock_for_resolution(conn)
    copy_of = None
    if not article_exists(conn, article.id):
        insert_article(conn, article)
        copy_of = register(conn, article)
    outlet = outlet_name(article.source, article.url, article.id)
    who = outlet if copy_of is None else f"{outlet} (syndicated copy of article {copy_of})"
    event_ids: list[tuple[str, bool]] = []
    for record in records:
        if not record_exists(conn, record.id):
            record = insert_record(conn, record)
        if record.status in NOT_EVENTS:
            continue
        linked = conn.execute(
            sa.select(schema.reports.c.event_id).where(schema.reports.c.record_id == record.id)
        ).scalar()
        if linked is not None:  # resolving the same record twice changes nothing
            event_ids.append((str(linked), False))
            continue
        day = as_date(record.date) or article.published_date
        event_id = find_event(conn, record, day, article.published_date)
        created = event_id is None
        if event_id is None:
            event_id = stable_id("event", record.id)
            reason = f"created from {who}"
            insert_placeholder(conn, event_id, record)
        else:
            reason = f"linked report from {who}"
        _link(conn, event_id, record, outlet)
        rebuild_event(conn, event_id, f"{reason} (record {record.id})")
        event_ids.append((event_id, created))
    return event_ids


def _link(conn: sa.Connection, event_id: str, record: EventRecord, outlet: str) -> None:
    conn.execute(
        schema.reports.insert(),
        {"event_id": event_id, "record_id": record.id, "article_id": record.article_id},
    )
    claims = [
        {"what": c.what, "value": c.value, "group": c.group, "attributed_to": c.source}
        for c in record.counts
    ]
    toll = fatality_figure(record)  # a default 0 with no death count is no claim
    if toll is not None:
        claims.append({"what": "fatalities", "value": toll, "group": None, "attributed_to": None})
    if claims:
        link = {"event_id": event_id, "record_id": record.id, "article_id": record.article_id}
        conn.execute(schema.claims.insert(), [{**link, "source": outlet, **c} for c in claims])
