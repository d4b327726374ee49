"""Versioned schema migrations: an ordered list of steps, each applied once and recorded.

A step is a function of an open connection. Step 1 creates the tables as `schema.py` first
defined them; later schema changes must be new steps (explicit `ALTER`-style DDL built with
SQLAlchemy constructs), never edits of an applied step, so existing databases upgrade in place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa

from sucesos.store import schema


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[sa.Connection], None]


# The tables of step 1; tables added later are created by their own steps.
_INITIAL_TABLES = ("articles", "records", "events", "reports", "claims", "event_versions", "alerts")


def create_tables(conn: sa.Connection, *names: str) -> None:
    """Create the named tables of `schema.metadata` (with their indexes) if missing."""
    tables = [schema.metadata.tables[name] for name in names]
    schema.metadata.create_all(conn, tables=tables, checkfirst=True)


def _initial(conn: sa.Connection) -> None:
    create_tables(conn, *_INITIAL_TABLES)


def _resolution(conn: sa.Connection) -> None:
    create_tables(conn, "article_fingerprints", "article_lsh")
    schema.ix_events_resolve_block.create(conn, checkfirst=True)


def _monitoring(conn: sa.Connection) -> None:
    create_tables(conn, "feeds", "fetched_items", "watch_rules", "alert_keys", "webhook_deliveries")


# Step 4: indexes the dashboard's queries need on large stores (bench/bench_api.py). A
# date-led covering index lets window counts by state, municipality, category and day, and
# the actor and bounding-box filters, read the index alone; (column, date) pairs serve one
# filter plus a date window or order. Defined once here, so they also belong to
# `schema.events` and a new database gets them in step 1.
_API_INDEXES = (
    sa.Index(
        "ix_events_window",
        schema.events.c.date,
        schema.events.c.admin1_code,
        schema.events.c.admin2_code,
        schema.events.c.category,
        schema.events.c.status,
        schema.events.c.disputed,
        schema.events.c.fatalities,
        schema.events.c.actor_key,
        schema.events.c.latitude,
        schema.events.c.longitude,
    ),
    sa.Index("ix_events_state_date", schema.events.c.admin1_code, schema.events.c.date),
    sa.Index("ix_events_category_date", schema.events.c.category, schema.events.c.date),
    sa.Index("ix_events_family_date", schema.events.c.category_family, schema.events.c.date),
    sa.Index("ix_events_status_date", schema.events.c.status, schema.events.c.date),
)


def _api_indexes(conn: sa.Connection) -> None:
    for index in _API_INDEXES:
        index.create(conn, checkfirst=True)


def _event_actors(conn: sa.Connection) -> None:
    from sucesos.store.actors import write_event_actors

    create_tables(conn, "event_actors")
    schema.ix_events_date_id.create(conn, checkfirst=True)
    ev = schema.events
    for event_id, actors in conn.execute(sa.select(ev.c.id, ev.c.actors)):
        write_event_actors(conn, event_id, actors or [], replace=False)


# Append new steps at the end, numbered in order: 2 is reserved for resolution (article
# fingerprints for syndicated copies), 3 for monitoring (feeds, fetched items, watch rules).
MIGRATIONS: list[Migration] = [
    Migration(1, "initial schema", _initial),
    Migration(2, "resolution: article fingerprints for syndicated copies", _resolution),
    Migration(3, "monitoring", _monitoring),
    Migration(4, "indexes for the HTTP API and dashboard", _api_indexes),
    Migration(5, "event actors table for statistics by actor", _event_actors),
]


def current_version(conn: sa.Connection) -> int:
    """The highest applied migration (0 for a new database)."""
    found = conn.execute(sa.select(sa.func.max(schema.schema_migrations.c.version))).scalar()
    return int(found or 0)


def migrate(engine: sa.Engine) -> list[int]:
    """Apply every pending migration in order; returns the versions applied now.

    Each step runs in its own transaction together with its bookkeeping row, so an interrupted
    upgrade resumes at the step that did not finish.
    """
    with engine.begin() as conn:
        schema.schema_migrations.create(conn, checkfirst=True)
    applied: list[int] = []
    for step in MIGRATIONS:
        with engine.begin() as conn:
            # By version row, not by the highest one: a step numbered below one already
            # applied (steps written in parallel) still runs once.
            done = conn.execute(
                sa.select(schema.schema_migrations.c.version).where(
                    schema.schema_migrations.c.version == step.version
                )
            ).first()
            if done is not None:
                continue
            step.apply(conn)
            conn.execute(
                schema.schema_migrations.insert().values(
                    version=step.version, name=step.name, applied_at=datetime.now(UTC)
                )
            )
            applied.append(step.version)
    return applied
