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
from sucesos.store.locks import lock_for_migration


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


def _daily_totals(conn: sa.Connection) -> None:
    columns = {c["name"] for c in sa.inspect(conn).get_columns("events")}
    if "figures" not in columns:  # new databases have it from step 1
        col = schema.events.c.figures
        kind = col.type.compile(dialect=conn.dialect)
        conn.execute(sa.DDL(f"ALTER TABLE events ADD COLUMN {col.name} {kind}"))
        _figures_from_snapshots(conn)
    # The daily totals are made (with the other summaries) and filled by step 8.


def _figures_from_snapshots(conn: sa.Connection) -> None:
    """Copy each event's resolved figures from its last version's full snapshot (what the
    resolver wrote before step 6) into `events.figures`."""
    ver, ev = schema.event_versions, schema.events
    last = (
        sa.select(ver.c.event_id, sa.func.max(ver.c.version).label("version"))
        .group_by(ver.c.event_id)
        .subquery()
    )
    query = sa.select(ver.c.event_id, ver.c.snapshot).join(
        last, sa.and_(ver.c.event_id == last.c.event_id, ver.c.version == last.c.version)
    )
    update = ev.update().where(ev.c.id == sa.bindparam("key")).values(figures=sa.bindparam("f"))
    rows = [
        {"key": event_id, "f": (snapshot or {}).get("figures")}
        for event_id, snapshot in conn.execute(query)
    ]
    for i in range(0, len(rows), 10_000):
        conn.execute(update, rows[i : i + 10_000])


def _summaries(conn: sa.Connection) -> None:
    """The summary tables by month, year, state, category and actor next to the daily
    totals (whose key and index change), all computed from the events."""
    from sucesos.store import daily
    from sucesos.store.summaries import SUMMARIES

    schema.daily_totals.drop(conn, checkfirst=True)
    create_tables(conn, *(s.table.name for s in SUMMARIES))
    daily.rebuild(conn)


def _packed_records(conn: sa.Connection) -> None:
    """`records.data` holds compressed JSON (`column_types.PackedJSON`). PostgreSQL's JSONB column
    becomes `bytea` holding the same JSON text, which reads back as before; SQLite stores
    either in the same column. Rows written from now on are compressed."""
    if conn.dialect.name == "postgresql":
        conn.execute(
            sa.text(
                "ALTER TABLE records ALTER COLUMN data TYPE bytea"
                " USING convert_to(data::text, 'UTF8')"
            )
        )


def _event_kinds(conn: sa.Connection) -> None:
    """Add `events.kinds_key` and fill it from each event's records (their kinds, and the
    categories of those that are not the event's)."""
    columns = {c["name"] for c in sa.inspect(conn).get_columns("events")}
    if "kinds_key" not in columns:  # new databases have it from step 1
        col = schema.events.c.kinds_key
        kind = col.type.compile(dialect=conn.dialect)
        conn.execute(sa.DDL(f"ALTER TABLE events ADD COLUMN {col.name} {kind}"))
    ev, rep, rec = schema.events, schema.reports, schema.records
    query = (
        sa.select(ev.c.id, ev.c.category, rec.c.category, rec.c.data)
        .select_from(ev.join(rep, rep.c.event_id == ev.c.id).join(rec, rec.c.id == rep.c.record_id))
        .order_by(ev.c.id)
    )
    kinds: dict[str, set[str]] = {}
    for event_id, category, record_category, data in conn.execute(query):
        found = kinds.setdefault(event_id, set())
        found.update((data or {}).get("kinds") or [])
        found.add(record_category)
        found.discard(category)
    update = ev.update().where(ev.c.id == sa.bindparam("key")).values(kinds_key=sa.bindparam("k"))
    rows = [{"key": k, "k": "|" + "|".join(sorted(v)) + "|"} for k, v in kinds.items()]
    for i in range(0, len(rows), 10_000):
        conn.execute(update, rows[i : i + 10_000])


def _sites(conn: sa.Connection) -> None:
    """Add `records.site` and `events.site` (the place inside its town a report sets its
    event in: a colonia, a fraccionamiento), empty for the reports stored before: their
    records were extracted without it, and re-extraction (`sucesos reextract`) fills it."""
    for table in (schema.records, schema.events):
        columns = {c["name"] for c in sa.inspect(conn).get_columns(table.name)}
        if "site" not in columns:  # new databases have it from step 1
            kind = table.c.site.type.compile(dialect=conn.dialect)
            conn.execute(sa.DDL(f"ALTER TABLE {table.name} ADD COLUMN site {kind}"))


def _list_index(conn: sa.Connection) -> None:
    schema.ix_events_list.create(conn, checkfirst=True)


def _kinds_index(conn: sa.Connection) -> None:
    schema.ix_events_kinds.create(conn, checkfirst=True)


def _state_list_index(conn: sa.Connection) -> None:
    schema.ix_events_state_list.create(conn, checkfirst=True)


def _geo_index(conn: sa.Connection) -> None:
    schema.ix_events_geo.create(conn, checkfirst=True)


def _family_summaries(conn: sa.Connection) -> None:
    """Municipalities by category family over months and years, computed from the events."""
    from sucesos.store import daily
    from sucesos.store.summaries import SUMMARIES

    for summary in SUMMARIES:
        if "family" in summary.dims:
            create_tables(conn, summary.table.name)
            daily.rebuild_one(conn, summary)


# Append new steps at the end, numbered in order: 2 is reserved for resolution (article
# fingerprints for syndicated copies), 3 for monitoring (feeds, fetched items, watch rules).
MIGRATIONS: list[Migration] = [
    Migration(1, "initial schema", _initial),
    Migration(2, "resolution: article fingerprints for syndicated copies", _resolution),
    Migration(3, "monitoring", _monitoring),
    Migration(4, "indexes for the HTTP API and dashboard", _api_indexes),
    Migration(5, "event actors table for statistics by actor", _event_actors),
    Migration(6, "daily totals and stored resolved figures", _daily_totals),
    Migration(7, "records' extracted data stored compressed", _packed_records),
    Migration(8, "summaries by period, place, category and actor for statistics", _summaries),
    Migration(9, "event kinds for the category filter", _event_kinds),
    Migration(10, "index for pages of the event list", _list_index),
    Migration(11, "index of the events with secondary kinds (category filter)", _kinds_index),
    Migration(12, "index for pages of one state's events", _state_list_index),
    Migration(13, "index of the events by place for the map's boxes", _geo_index),
    Migration(14, "summaries of municipalities by category family", _family_summaries),
    Migration(15, "the site inside its town of records and events", _sites),
]


def _create_bookkeeping(engine: sa.Engine) -> None:
    """Create `schema_migrations` if missing; another process creating it at the same moment
    is no error."""
    try:
        with engine.begin() as conn:
            schema.schema_migrations.create(conn, checkfirst=True)
    except sa.exc.DBAPIError:
        with engine.connect() as conn:
            if not sa.inspect(conn).has_table(schema.schema_migrations.name):
                raise


def current_version(conn: sa.Connection) -> int:
    """The highest applied migration (0 for a new database)."""
    found = conn.execute(sa.select(sa.func.max(schema.schema_migrations.c.version))).scalar()
    return int(found or 0)


def migrate(engine: sa.Engine) -> list[int]:
    """Apply every pending migration in order; returns the versions applied now.

    Each step runs in its own transaction together with its bookkeeping row, so an interrupted
    upgrade resumes at the step that did not finish. Processes opening a new database at once
    take turns (`lock_for_migration`): each step is applied by one of them, once.
    """
    _create_bookkeeping(engine)
    with engine.connect() as conn:
        done = set(conn.execute(sa.select(schema.schema_migrations.c.version)).scalars())
    applied: list[int] = []
    for step in MIGRATIONS:
        if step.version in done:
            continue
        with engine.begin() as conn:
            lock_for_migration(conn)
            # By version row, not by the highest one: a step numbered below one already
            # applied (steps written in parallel) still runs once.
            found = conn.execute(
                sa.select(schema.schema_migrations.c.version).where(
                    schema.schema_migrations.c.version == step.version
                )
            ).first()
            if found is not None:
                continue
            step.apply(conn)
            conn.execute(
                schema.schema_migrations.insert().values(
                    version=step.version, name=step.name, applied_at=datetime.now(UTC)
                )
            )
            applied.append(step.version)
    return applied
