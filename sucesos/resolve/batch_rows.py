"""The state a batch resolver keeps for the events it touches, and the rows it writes at the
end of its transaction (`PendingRows.write`: one statement per table)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from sucesos.models import Article, EventRecord
from sucesos.resolve.core import may_share_place
from sucesos.resolve.event_sums import EventSums
from sucesos.resolve.match import block_bounds, in_block
from sucesos.resolve.mentions import Cluster, Mention
from sucesos.resolve.syndication import Fingerprint
from sucesos.store import schema
from sucesos.store.actors import actor_rows
from sucesos.store.daily import DailyDeltas
from sucesos.store.writer import execute_many, insert_many, update_many

Linked = tuple[EventRecord, dict[str, Any]]

_ev, _ver, _ea = schema.events, schema.event_versions, schema.event_actors
# Statements built once; the SET and WHERE values come from the parameters.
_DELETE_ACTORS = _ea.delete().where(_ea.c.event_id == sa.bindparam("event_key"))
# The events columns some index holds (the id, the key of every update, is always written).
_INDEXED = frozenset(c.name for ix in _ev.indexes for c in ix.columns) - {"id"}


@dataclass
class BatchEvent:
    """An event touched by the batch: its reports, its current row and what is stored."""

    id: str
    linked: list[Linked]
    stored: dict[str, Any] | None  # the row as stored before the batch (None: new event)
    version: int  # the last version number written or pending
    row: dict[str, Any] | None = None
    figures: dict[str, Any] | None = None
    records: list[str] = field(default_factory=list)
    cluster: Cluster | None = None
    block: tuple[str, str] | None = None  # (state, family) it is indexed under
    sums: EventSums | None = None  # its reports added up, as of its row


def article_info(article: Article, ingested_at: datetime) -> dict[str, Any]:
    """What `compute_event` reads of an article (as `linked_records` returns it)."""
    return {
        "id": article.id,
        "source": article.source,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "ingested_at": ingested_at,
    }


def link_order(item: Linked) -> tuple[datetime, str]:
    """The order `linked_records` reads an event's reports in: article ingestion, record id."""
    return item[1]["ingested_at"], item[0].id


def block_events(
    blocks: dict[tuple[str, str], dict[str, BatchEvent]],
    m: Mention,
    families: tuple[str, ...],
    article_id: str,
) -> list[Cluster]:
    """The batch's events (`blocks`: by state and family) in `m`'s block, as the block query
    would find them stored, with the signature of `article_id`'s record in each that has one
    (what `core.compatible` compares for two records of one article)."""
    bounds = block_bounds(m)
    found: list[Cluster] = []
    for f in families:
        for event in blocks.get((m.state or "", f), {}).values():
            c = event.cluster
            if c is None or not in_block(m, c, c.precision, bounds):
                continue  # outside the window the block query reads
            if not may_share_place(m, c):
                continue  # `choose` would reject it
            mine = next((r for r, a in event.linked if a["id"] == article_id), None)
            if mine is None and not c.articles:
                found.append(c)  # what a copy with no article of its own would be
            else:
                articles = {article_id: Mention.from_record(mine).signature()} if mine else {}
                found.append(replace(c, articles=articles))
    return found


def changed_columns(stored: dict[str, Any], row: dict[str, Any]) -> dict[str, Any]:
    """What an update of the event writes: its id, the columns no index holds, and the
    indexed columns whose values differ from the `stored` row's (same type and value: an
    index is left alone only when writing the value again would store the same thing).
    SQLite rewrites every index holding a column an UPDATE sets, changed or not: the events
    table has 17 indexes, and a report that joins an event changes few of their columns."""
    return {
        k: v
        for k, v in row.items()
        if k not in _INDEXED or k not in stored or type(stored[k]) is not type(v) or stored[k] != v
    }


@dataclass
class PendingRows:
    """The rows of one batch, written together by `write` before the transaction commits:
    articles, fingerprints, records, events, reports, claims, actors, versions, daily
    totals (unless `daily` is None: the caller rebuilds the summaries when it is done)."""

    articles: list[dict[str, Any]] = field(default_factory=list)
    fingerprints: list[dict[str, Any]] = field(default_factory=list)
    lsh: list[dict[str, Any]] = field(default_factory=list)
    records: list[dict[str, Any]] = field(default_factory=list)
    reports: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    versions: list[dict[str, Any]] = field(default_factory=list)
    daily: DailyDeltas | None = field(default_factory=DailyDeltas)

    def add_fingerprint(
        self, article_id: str, fp: Fingerprint, copy_of: str | None, similarity: float | None
    ) -> None:
        """Queue a new article's text fingerprint and its LSH band keys."""
        self.fingerprints.append(
            {
                "article_id": article_id,
                "copy_of": copy_of,
                "similarity": similarity,
                "signature": fp.signature,
            }
        )
        self.lsh.extend({"band_key": k, "article_id": article_id} for k in fp.keys)

    def write(self, conn: sa.Connection, events: Iterable[BatchEvent]) -> None:
        """Insert the rows, and the new or changed `events` (those with a row)."""
        insert_many(conn, schema.articles, self.articles)
        insert_many(conn, schema.article_fingerprints, self.fingerprints)
        insert_many(conn, schema.article_lsh, self.lsh, ignore=True)
        insert_many(conn, schema.records, self.records)
        new_rows, updates, actors, replaced = [], [], [], []
        # Only SQLite leaves alone the indexes of the columns an UPDATE does not set:
        # PostgreSQL writes a new row version either way, and one statement per set of
        # columns would be more round trips.
        narrow = conn.dialect.name == "sqlite"
        for event in events:
            if event.row is None:
                continue
            row = {**event.row, "figures": event.figures}
            if self.daily is not None:
                self.daily.change(event.stored, row)
            if event.stored is None:
                new_rows.append(row)
            else:
                updates.append(changed_columns(event.stored, row) if narrow else row)
                replaced.append({"event_key": event.id})
            actors.extend(actor_rows(event.id, row["actors"] or []))
        insert_many(conn, _ev, new_rows)
        update_many(conn, _ev, updates)
        execute_many(conn, _DELETE_ACTORS, replaced)
        insert_many(conn, schema.reports, self.reports)
        insert_many(conn, schema.claims, self.claims)
        insert_many(conn, _ea, actors)
        insert_many(conn, _ver, self.versions)
        if self.daily is not None:
            self.daily.flush(conn)
