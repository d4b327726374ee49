"""Writing articles and their extracted records (the resolver writes events)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from sucesos.models import Article, EventRecord, Location, stable_id
from sucesos.store import schema
from sucesos.store.keys import as_date, now


def article_exists(conn: sa.Connection, article_id: str) -> bool:
    """True when the article is already stored (re-ingesting it is then a no-op)."""
    query = sa.select(schema.articles.c.id).where(schema.articles.c.id == article_id)
    return conn.execute(query).first() is not None


def insert_article(conn: sa.Connection, article: Article) -> None:
    """Store one article as read (text, metadata and where it came from)."""
    # Parameters passed apart from the statement so SQLAlchemy compiles each insert once.
    conn.execute(
        schema.articles.insert(),
        dict(
            id=article.id,
            url=article.url,
            title=article.title,
            text=article.text,
            published=article.published.isoformat() if article.published else None,
            source=article.source,
            language=article.language,
            fetched_at=article.fetched_at.isoformat() if article.fetched_at else None,
            metadata=article.metadata,
            ingested_at=now(),
        ),
    )


def primary_location(record: EventRecord) -> Location | None:
    """The location an event is placed at: the first one extraction lists."""
    return record.locations[0] if record.locations else None


def record_exists(conn: sa.Connection, record_id: str) -> bool:
    query = sa.select(schema.records.c.id).where(schema.records.c.id == record_id)
    return conn.execute(query).first() is not None


def insert_record(conn: sa.Connection, record: EventRecord) -> EventRecord:
    """Store one extracted record; returns it (with a fresh id if its id was already taken).

    A record id is only unique per article for extractors that hash article content; a clash
    with another article's record gets an id derived from both, instead of failing the batch.
    """
    if record_exists(conn, record.id):
        record.id = stable_id(record.article_id, record.id)
    loc = primary_location(record)
    row: dict[str, Any] = {
        "id": record.id,
        "article_id": record.article_id,
        "category": record.category,
        "event_type": record.event_type,
        "sub_event_type": record.sub_event_type,
        "status": record.status,
        "date": as_date(record.date),
        "date_precision": record.date_precision,
        "fatalities": record.fatalities,
        "confidence": record.confidence,
        "admin1": loc.admin1 if loc else None,
        "admin1_code": loc.admin1_code if loc else None,
        "admin2": loc.admin2 if loc else None,
        "admin2_code": loc.admin2_code if loc else None,
        "latitude": loc.latitude if loc else None,
        "longitude": loc.longitude if loc else None,
        "geo_precision": loc.precision if loc else None,
        "data": record.to_dict(),
    }
    conn.execute(schema.records.insert(), row)
    return record
