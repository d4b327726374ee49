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

from sucesos.models import Article, EventRecord
from sucesos.resolve.batch import BatchResolver
from sucesos.resolve.batch_lookahead import NOT_EVENTS
from sucesos.resolve.config import category_family
from sucesos.resolve.split import SplitError, split_event
from sucesos.store import Store

__all__ = [
    "NOT_EVENTS",
    "BatchResolver",
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
    record created the event (False when it joined an existing one), for ingest summaries.
    A batch of articles is faster through one `BatchResolver`."""
    resolver = BatchResolver(conn)
    linked = resolver.add(article, records)
    resolver.flush()
    return linked
