"""Table definitions (SQLAlchemy Core) shared by SQLite and PostgreSQL.

Every query in the package is built from these `Table` objects, never from SQL strings, so the
same code runs on either backend. JSON columns become JSONB on PostgreSQL (but `events.dispute`,
whose key order matters, stays `json`). The column types are `sucesos.store.column_types`.
"""

from __future__ import annotations

from functools import partial

import sqlalchemy as sa

from sucesos.store.column_types import JSONType, OrderedJSON, PackedJSON, UTCDateTime
from sucesos.store.summary_tables import summary_table

metadata = sa.MetaData()


articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("published", sa.String(32)),  # ISO date or datetime, as the source gave it
    sa.Column("source", sa.Text),
    sa.Column("language", sa.String(8)),
    sa.Column("fetched_at", sa.String(32)),
    sa.Column("metadata", JSONType),
    sa.Column("ingested_at", UTCDateTime(), nullable=False),
)

records = sa.Table(
    "records",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column(
        "article_id", sa.String(64), sa.ForeignKey("articles.id"), nullable=False, index=True
    ),
    sa.Column("category", sa.String(64), nullable=False),
    sa.Column("event_type", sa.String(64)),
    sa.Column("sub_event_type", sa.String(64)),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("date", sa.Date),
    sa.Column("date_precision", sa.String(8)),
    sa.Column("fatalities", sa.Integer),
    sa.Column("confidence", sa.Float),
    sa.Column("admin1", sa.Text),
    sa.Column("admin1_code", sa.String(16)),
    sa.Column("admin2", sa.Text),
    sa.Column("admin2_code", sa.String(16)),
    sa.Column("latitude", sa.Float),
    sa.Column("longitude", sa.Float),
    sa.Column("geo_precision", sa.String(16)),
    # The place inside its town the text sets it in ("Las Quintas"; migration 15).
    sa.Column("site", sa.Text),
    # The whole EventRecord.to_dict(), compressed (migration 7; JSON before).
    sa.Column("data", PackedJSON(), nullable=False),
    sa.Index("ix_records_date", "date"),
    sa.Index("ix_records_status", "status"),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("category", sa.String(64), nullable=False),
    # Blocking key of the resolver: records only match events of the same family.
    sa.Column("category_family", sa.String(64), nullable=False),
    sa.Column("event_type", sa.String(64)),
    sa.Column("sub_event_type", sa.String(64)),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("date", sa.Date),
    sa.Column("date_precision", sa.String(8)),
    sa.Column("admin1", sa.Text),
    sa.Column("admin1_code", sa.String(16)),
    sa.Column("admin2", sa.Text),
    sa.Column("admin2_code", sa.String(16)),
    # Lower-case, accent-free copies so filters match "Michoacán" as "michoacan" on any backend.
    sa.Column("admin1_key", sa.Text),
    sa.Column("admin2_key", sa.Text),
    sa.Column("location", sa.Text),
    sa.Column("latitude", sa.Float),
    sa.Column("longitude", sa.Float),
    sa.Column("geo_precision", sa.String(16)),
    # The place inside its town its reports set it in (its lead's first; migration 15).
    sa.Column("site", sa.Text),
    sa.Column("actors", JSONType, nullable=False),
    sa.Column("actor_key", sa.Text),
    # "|arson|roadblock|": the secondary kinds of its records (the parts of the incident, and
    # the categories of merged records other than the event's), so a category filter also
    # finds an event whose roadblock is a part of a clash (migration 8).
    sa.Column("kinds_key", sa.Text),
    sa.Column("fatalities", sa.Integer),
    sa.Column("fatalities_min", sa.Integer),
    sa.Column("fatalities_max", sa.Integer),
    sa.Column("n_sources", sa.Integer, nullable=False),
    sa.Column("disputed", sa.Boolean, nullable=False),
    sa.Column("dispute", OrderedJSON),
    # The resolved figures ({figure: value, min, max, sources, disputed}), as the resolver
    # computed them (migration 6): reads serve them without re-running the resolver.
    sa.Column("figures", OrderedJSON),
    sa.Column("first_seen", UTCDateTime()),
    sa.Column("last_seen", UTCDateTime()),
    sa.Column("updated_at", UTCDateTime(), nullable=False),
    sa.Index("ix_events_date", "date"),
    sa.Index("ix_events_admin1_code", "admin1_code"),
    sa.Index("ix_events_admin2_code", "admin2_code"),
    sa.Index("ix_events_category", "category"),
    sa.Index("ix_events_status", "status"),
    sa.Index("ix_events_block", "admin1_code", "category_family", "date"),
)

reports = sa.Table(
    "reports",
    metadata,
    sa.Column("event_id", sa.String(64), sa.ForeignKey("events.id"), nullable=False, index=True),
    sa.Column("record_id", sa.String(64), sa.ForeignKey("records.id"), primary_key=True),
    sa.Column(
        "article_id", sa.String(64), sa.ForeignKey("articles.id"), nullable=False, index=True
    ),
)

claims = sa.Table(
    "claims",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.String(64), sa.ForeignKey("events.id"), nullable=False, index=True),
    sa.Column("record_id", sa.String(64), sa.ForeignKey("records.id"), nullable=False),
    sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id"), nullable=False),
    sa.Column("source", sa.Text),  # the outlet that published the article
    sa.Column("attributed_to", sa.Text),  # who the outlet says gave the figure
    sa.Column("what", sa.String(32), nullable=False),
    sa.Column("value", sa.Integer, nullable=False),
    sa.Column("group", sa.String(32)),
)

event_versions = sa.Table(
    "event_versions",
    metadata,
    sa.Column("event_id", sa.String(64), sa.ForeignKey("events.id"), primary_key=True),
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("at", UTCDateTime(), nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("snapshot", JSONType, nullable=False),
)

alerts = sa.Table(
    "alerts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("data", JSONType, nullable=False),
)

schema_migrations = sa.Table(
    "schema_migrations",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("applied_at", UTCDateTime(), nullable=False),
)

# --- Monitoring (migration step 3): feeds, fetched items, watch rules, alert keys, webhooks.

feeds = sa.Table(
    "feeds",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("url", sa.Text, nullable=False, unique=True),
    sa.Column("name", sa.Text),
    sa.Column("home_state", sa.String(16)),  # ISO 3166-2 code of the outlet's state, if local
    sa.Column("interval_s", sa.Integer, nullable=False),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("last_polled_at", UTCDateTime()),
    sa.Column("next_poll_at", UTCDateTime()),
    sa.Column("errors", sa.Integer, nullable=False, default=0),  # consecutive failures
    sa.Column("last_error", sa.Text),
    sa.Column("added_at", UTCDateTime(), nullable=False),
)

fetched_items = sa.Table(
    "fetched_items",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),  # stable_id(feed url, entry guid)
    sa.Column("feed_id", sa.Integer, sa.ForeignKey("feeds.id", ondelete="CASCADE"), index=True),
    sa.Column("guid", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("status", sa.String(16), nullable=False),  # stored | failed | retry
    sa.Column("reason", sa.Text),
    sa.Column("attempts", sa.Integer, nullable=False, default=0),
    sa.Column("article_id", sa.String(64)),
    sa.Column("seen_at", UTCDateTime(), nullable=False),
)

watch_rules = sa.Table(
    "watch_rules",
    metadata,
    sa.Column("name", sa.Text, primary_key=True),
    sa.Column("spec", JSONType, nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
)

# One row per alert raised, keyed by what it is about, so an alert is raised once however
# often the monitor re-examines the same events.
alert_keys = sa.Table(
    "alert_keys",
    metadata,
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("alert_id", sa.Integer, sa.ForeignKey("alerts.id"), nullable=False),
)

webhook_deliveries = sa.Table(
    "webhook_deliveries",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("alert_id", sa.Integer, sa.ForeignKey("alerts.id"), nullable=False, index=True),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),  # pending | delivered | failed
    sa.Column("attempts", sa.Integer, nullable=False, default=0),
    sa.Column("next_attempt_at", UTCDateTime()),
    sa.Column("last_error", sa.Text),
    sa.Column("delivered_at", UTCDateTime()),
    sa.Index("ix_webhook_deliveries_due", "status", "next_attempt_at"),
)

# Resolution (migration 2): MinHash fingerprints of article texts, to count syndicated copies
# (wire copies, reposts) as one source. `copy_of` is the first stored article of the text.
article_fingerprints = sa.Table(
    "article_fingerprints",
    metadata,
    sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id"), primary_key=True),
    sa.Column("copy_of", sa.String(64), sa.ForeignKey("articles.id"), index=True),
    sa.Column("similarity", sa.Float),
    sa.Column("signature", sa.LargeBinary, nullable=False),  # MinHash values, uint64 bytes
)

# The resolver's block query (migration 2): one index range per date precision, so a record
# reads only the events of its state, family and date window.
ix_events_resolve_block = sa.Index(
    "ix_events_resolve_block",
    events.c.admin1_code,
    events.c.category_family,
    events.c.date_precision,
    events.c.date,
)

# LSH bands of the fingerprints: articles sharing a band key are candidate copies.
article_lsh = sa.Table(
    "article_lsh",
    metadata,
    sa.Column("band_key", sa.String(40), primary_key=True),
    sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id"), primary_key=True),
)

# Each event's actors, one row per actor name (migration 5): a copy of `events.actors` kept
# by the resolver so statistics by actor are an indexed join, not an unnesting of JSON.
event_actors = sa.Table(
    "event_actors",
    metadata,
    sa.Column("event_id", sa.String(64), sa.ForeignKey("events.id"), primary_key=True),
    sa.Column("name", sa.Text, primary_key=True),
    sa.Column("kind", sa.String(32)),
    sa.Column("role", sa.String(32)),
    sa.Index("ix_event_actors_name", "name"),
)

# Events of a date window with their ids and tolls from the index alone (migration 5): the
# join to `event_actors` for statistics by actor then never reads the events table.
ix_events_date_id = sa.Index("ix_events_date_id", events.c.date, events.c.id, events.c.fatalities)

# A page of the event list (migration 10): the ids of the events matching the usual filters
# (a window, a state, a municipality code, a category, family or kind, a status, an actor, a
# box), in the order of any sort key, from the index alone; only the page's rows are then
# read (`sucesos.store.queries.page_events`). Statistics read from the events (an actor or a
# category filter) find every column they need here too.
# The filter and sort columns a page of the list tests in its index, after the leading ones.
_LIST_COLUMNS = (
    events.c.admin2_code,
    events.c.category,
    events.c.category_family,
    events.c.status,
    events.c.disputed,
    events.c.fatalities,
    events.c.n_sources,
    events.c.actor_key,
    events.c.kinds_key,
    events.c.latitude,
    events.c.longitude,
)
ix_events_list = sa.Index(
    "ix_events_list", events.c.date, events.c.id, events.c.admin1_code, *_LIST_COLUMNS
)

# The same led by the state (migration 12): a page of one state's events, newest first (half
# the dashboard's views name a state), walks that state's entries in date order and tests
# the other filters in the index, where `ix_events_state_date` made it fetch every row of
# the state's window from the table to test a category (12 ms for 30 days of a busy state
# at a million events; 1 ms here), and all time it read every row of the state.
ix_events_state_list = sa.Index(
    "ix_events_state_list", events.c.admin1_code, events.c.date, events.c.id, *_LIST_COLUMNS
)

# The events in a box on the map (migration 13), led by the longitude, with the columns the
# other filters and the sort keys use: the map's points of a box over all time read a
# twentieth of the index instead of all of it (0.36 s to 2 ms for the ids at a million
# events).
ix_events_geo = sa.Index(
    "ix_events_geo",
    events.c.longitude,
    events.c.latitude,
    events.c.date,
    events.c.id,
    events.c.admin1_code,
    events.c.admin2_code,
    events.c.category,
    events.c.category_family,
    events.c.status,
    events.c.fatalities,
    events.c.n_sources,
    events.c.actor_key,
    events.c.kinds_key,
)

# The events that hold a secondary kind (migration 11), with every column a statistic reads:
# a category filter counts the events of that main category from the summaries and only
# these from the events (`sucesos.store.stats.KindsPlan`), instead of scanning every event
# for the kind. An event with none has kinds_key "||" (NULL before migration 9 filled it).
NO_KINDS = "||"
ix_events_kinds = sa.Index(
    "ix_events_kinds",
    events.c.date,
    events.c.kinds_key,
    events.c.category,
    events.c.category_family,
    events.c.admin1_code,
    events.c.admin2_code,
    events.c.status,
    events.c.disputed,
    events.c.fatalities,
    events.c.n_sources,
    events.c.id,
    sqlite_where=events.c.kinds_key != NO_KINDS,
    postgresql_where=events.c.kinds_key != NO_KINDS,
)

# Summaries: events, fatalities and disputed events (and the fatalities of those) per period
# and a few of state, municipality, category and actor, kept by the resolver as each event
# changes (`sucesos.store.daily`), so statistics over any window cost per period and group,
# not per event (`sucesos.store.stats` picks the smallest table that answers each question).
# `day` is the period's first day; `key` joins the parts so one upsert adds a change on both
# backends. `daily_totals` (migration 6) is the finest; the others came with migration 8.
# Their dimensions, measures and indexes: `sucesos.store.summary_tables`.
_summary_table = partial(summary_table, metadata)

daily_totals = _summary_table("daily_totals", "state", "municipality", "category")
day_state_totals = _summary_table("day_state_totals", "state", "category", by_state=True)
day_category_totals = _summary_table("day_category_totals", "category")
month_totals = _summary_table("month_totals", "state", "municipality", "category")
month_municipality_totals = _summary_table("month_municipality_totals", "state", "municipality")
month_state_totals = _summary_table("month_state_totals", "state", "category")
year_totals = _summary_table("year_totals", "state", "municipality", "category")
year_state_totals = _summary_table("year_state_totals", "state", "category")
year_municipality_totals = _summary_table("year_municipality_totals", "state", "municipality")
day_actor_totals = _summary_table("day_actor_totals", "actor")
day_actor_state_totals = _summary_table("day_actor_state_totals", "actor", "state")
month_actor_totals = _summary_table("month_actor_totals", "actor")
day_actor_category_totals = _summary_table("day_actor_category_totals", "actor", "category")
month_actor_category_totals = _summary_table("month_actor_category_totals", "actor", "category")
month_actor_state_totals = _summary_table("month_actor_state_totals", "actor", "state", "category")
year_actor_totals = _summary_table("year_actor_totals", "actor")
year_actor_state_totals = _summary_table("year_actor_state_totals", "actor", "state", "category")
# Municipalities by category family (migration 14): a family's places over months and years
# from its own rows, not from every category's (`month_totals`, `year_totals`).
month_municipality_family_totals = _summary_table(
    "month_municipality_family_totals", "state", "municipality", "family", by_family=True
)
year_municipality_family_totals = _summary_table(
    "year_municipality_family_totals", "state", "municipality", "family", by_family=True
)
