"""The store on PostgreSQL: migrations, the demo corpus end to end, split, monitoring tables
and the HTTP API, each compared with SQLite where both should answer alike.

Runs when SUCESOS_TEST_PG_URL names a PostgreSQL server and a database to connect to first
(`postgresql+psycopg://postgres@127.0.0.1:5432/postgres`; `.ci/run` starts one and sets it);
every test works in a database of its own, created and dropped here. The databases use the C
collation (text sorts by code point, as in SQLite) and a non-UTC session time zone, so a
timestamp read back in local time would show.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from sucesos import api
from sucesos.alerts.rules import WatchRule, add_rule, list_rules, remove_rule
from sucesos.alerts.store import list_alerts, raise_alert
from sucesos.alerts.webhooks import WebhookConfig, enqueue, next_due
from sucesos.cli import main
from sucesos.monitor.feeds import add_feed, list_feeds, record_poll, remove_feed
from sucesos.resolve import split_event
from sucesos.store import Store, schema
from sucesos.store.migrations import MIGRATIONS, migrate
from sucesos.web.server import BackgroundServer
from sucesos.web.settings import Settings

PG_URL = os.environ.get("SUCESOS_TEST_PG_URL")

pytestmark = pytest.mark.skipif(
    not PG_URL,
    reason="PostgreSQL tests: set SUCESOS_TEST_PG_URL=postgresql+psycopg://USER@HOST:PORT/DB "
    "(.ci/run starts a throwaway server and sets it)",
)


@contextmanager
def fresh_database() -> Iterator[str]:
    """A new, empty database on the test server (dropped afterwards); yields its URL."""
    assert PG_URL
    base = sa.make_url(PG_URL)
    name = f"sucesos_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(
                sa.text(
                    f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' "
                    "LC_COLLATE 'C' LC_CTYPE 'C'"
                )
            )
            conn.execute(
                sa.text(f"ALTER DATABASE \"{name}\" SET timezone TO 'America/Mexico_City'")
            )
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def pg_url() -> Iterator[str]:
    with fresh_database() as url:
        yield url


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def demo_pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """The demo corpus ingested through the CLI into PostgreSQL and into SQLite."""
    sqlite_path = str(tmp_path_factory.mktemp("pg") / "demo.db")
    corpus = str(api.demo_corpus())
    with fresh_database() as url:
        for db in (url, sqlite_path):
            out = _run("--db", db, "ingest", corpus)
            assert "44 articles read" in out and "0 errors" in out
        yield url, sqlite_path


def _events(db: str, *filters: str) -> list[dict[str, Any]]:
    out = _run("--db", db, "events", "--format", "jsonl", "--limit", "0", *filters)
    rows = [json.loads(line) for line in out.splitlines()]
    for row in rows:
        row.pop("updated_at")  # when it was written: differs between the two ingests
    return rows


def _event_of(store: Store, article_id: str) -> str:
    """The attack (or armed clash) event the article reports."""
    rep, ev = schema.reports, schema.events
    with store.engine.connect() as conn:
        (found,) = conn.execute(
            sa.select(rep.c.event_id)
            .select_from(rep.join(ev, rep.c.event_id == ev.c.id))
            .where(rep.c.article_id == article_id, ev.c.category.in_(["attack", "armed_clash"]))
        ).all()
    return str(found.event_id)


def test_migrations_build_the_schema_with_postgres_types(pg_url: str) -> None:
    with api.open_store(pg_url) as store:
        assert store.engine.dialect.name == "postgresql"
        with store.engine.connect() as conn:
            versions = conn.execute(sa.select(schema.schema_migrations.c.version)).scalars()
            assert sorted(versions) == [m.version for m in MIGRATIONS]
            inspector = sa.inspect(conn)
            assert set(inspector.get_table_names()) == set(schema.metadata.tables)
            types = {
                (table, col["name"]): col["type"].compile(dialect=conn.dialect)
                for table in ("articles", "events", "article_fingerprints")
                for col in inspector.get_columns(table)
            }
            indexes = {
                ix["name"]
                for table in schema.metadata.tables
                for ix in inspector.get_indexes(table)
            }
        assert types["articles", "metadata"] == "JSONB"
        assert types["events", "actors"] == "JSONB"
        assert types["events", "disputed"] == "BOOLEAN"
        assert types["events", "date"] == "DATE"
        assert types["events", "first_seen"] == "TIMESTAMP WITH TIME ZONE"
        assert types["article_fingerprints", "signature"] == "BYTEA"
        assert {
            "ix_events_window",
            "ix_events_resolve_block",
            "ix_events_date_id",
            "ix_event_actors_name",
            "ix_webhook_deliveries_due",
        } <= indexes
        # Opening again applies nothing.
        assert migrate(store.engine) == []
    with api.open_store(pg_url) as again:
        assert again.count("schema_migrations") == len(MIGRATIONS)


def test_demo_corpus_gives_the_same_events_on_both_backends(demo_pair: tuple[str, str]) -> None:
    pg, lite = demo_pair
    assert _run("--db", pg, "stats") == _run("--db", lite, "stats")
    for filters in (
        (),
        ("--state", "michoacan"),
        ("--state", "JAL", "--since", "2026-10-01", "--until", "2026-11-30"),
        ("--municipality", "Irapuato"),
        ("--category", "violence"),
        ("--actor", "jalisco nueva"),
        ("--status", "disputed"),
        ("--text", "bar"),
    ):
        on_pg = _events(pg, *filters)
        assert on_pg == _events(lite, *filters), filters
        assert on_pg or filters[0] == "--text", filters
    with api.open_store(pg) as p, api.open_store(lite) as s:
        assert p.stats() == s.stats()
        from sucesos.store import queries, stats

        with p.engine.connect() as pc, s.engine.connect() as sc:
            for plan in (stats.EventsPlan(), stats.SummaryPlan(stats.SummaryFilters())):
                assert stats.compute(pc, plan) == stats.compute(sc, plan)
            assert queries.date_range(pc) == queries.date_range(sc)
        # Timestamps read back as UTC on both backends, whatever the session time zone.
        first = p.events(limit=1)[0]
        assert first["first_seen"].endswith("+00:00")
        assert first["first_seen"] == s.events(limit=1)[0]["first_seen"]


def test_disputed_bar_attack_and_exports_on_postgres(demo_pair: tuple[str, str]) -> None:
    pg, lite = demo_pair
    with api.open_store(pg) as store:
        bar = _event_of(store, "demo-b11")
        assert bar == _event_of(store, "demo-b12")
        event = store.event(bar[:10])
        assert event is not None and event["disputed"] is True
        assert (event["fatalities"], event["fatalities_max"]) == (12, 12)
        assert event["resolved"]["fatalities"]["sources"] == {
            "Noticias del Bajío (sintético)": 12,
            "Pacific Rim Dispatch (synthetic)": 10,
        }
    with api.open_store(lite) as other:
        same = other.event(bar)
    assert same is not None
    for e in (event, same):
        e.pop("updated_at")
        for h in e["history"]:
            h.pop("at")
    assert event == same
    # The history's times are when each ingest wrote (fractional seconds); the rest is equal.
    written = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+\+00:00")

    def show(db: str) -> str:
        return written.sub("WRITTEN", _run("--db", db, "events", "show", bar))

    assert show(pg) == show(lite) and "WRITTEN" in show(pg)

    def export(db: str, fmt: str) -> str:
        return _run("--db", db, "export", "--format", fmt)

    def acled(db: str) -> list[dict[str, str]]:
        rows = list(csv.DictReader(io.StringIO(export(db, "acled-csv"))))
        for row in rows:
            row.pop("timestamp")  # updated_at
        return rows

    assert acled(pg) == acled(lite)
    row = next(r for r in acled(pg) if r["event_id_cnty"] == f"MEX{bar}")
    assert row["fatalities"] == "12" and row["tags"] == "disputed"
    assert json.loads(export(pg, "geojson")) == json.loads(export(lite, "geojson"))


def test_http_api_on_postgres(demo_pair: tuple[str, str]) -> None:
    pg, lite = demo_pair
    answers = []
    for db in (pg, lite):
        with (
            BackgroundServer(Settings(db=db)) as server,
            httpx.Client(base_url=server.url, timeout=30) as http,
        ):
            events = http.get("/api/events", params={"state": "GUA", "limit": 500}).json()
            stats = http.get("/api/stats", params={"since": "2026-09-01"}).json()
            for e in events["events"]:
                e.pop("updated_at")
            answers.append((events, stats))
    assert answers[0] == answers[1]
    assert answers[0][0]["events"]


def test_split_and_event_actors_migration_on_postgres(pg_url: str) -> None:
    corpus = api.demo_corpus()
    with api.open_store(pg_url) as store:
        api.ingest([corpus / "b11.json", corpus / "b12.json"], store=store)
        bar = _event_of(store, "demo-b11")
        new_id = split_event(store, bar, articles=["demo-b12"])
        assert _event_of(store, "demo-b12") == new_id != _event_of(store, "demo-b11")
        moved = store.event(new_id)
        assert moved is not None and moved["history"][0]["reason"].startswith("split from")
        # Ingesting again changes nothing: the split stays.
        api.ingest([corpus / "b11.json", corpus / "b12.json"], store=store)
        assert _event_of(store, "demo-b12") == new_id
        # Migration 5 fills `event_actors` from the events of an older database.
        ea, mig = schema.event_actors, schema.schema_migrations
        with store.engine.begin() as conn:
            before = sorted(conn.execute(sa.select(ea)).all())
            ea.drop(conn)
            conn.execute(mig.delete().where(mig.c.version == 5))
        assert before
    with api.open_store(pg_url) as reopened, reopened.engine.connect() as conn:
        assert sorted(conn.execute(sa.select(ea)).all()) == before


def test_feeds_rules_alerts_and_webhooks_on_postgres(pg_url: str) -> None:
    with api.open_store(pg_url) as store:
        feed, created = add_feed(store, "https://example.org/feed.xml", home_state="JAL")
        assert created and feed.home_state == "MX-JAL"
        _, created = add_feed(store, "https://example.org/feed.xml", name="Ejemplo")
        assert not created
        at = datetime(2026, 3, 10, 6, 0, tzinfo=UTC)
        record_poll(store, feed, at, error=None, etag='"x"', rng=random.Random(1))
        (stored,) = list_feeds(store)
        assert stored.name == "Ejemplo" and stored.etag == '"x"'
        assert stored.last_polled_at == at and stored.next_poll_at and stored.next_poll_at > at
        assert remove_feed(store, feed.url) and not list_feeds(store)

        rule = WatchRule(name="jalisco", state="JAL", min_fatalities=3)
        assert add_rule(store, rule) and not add_rule(store, rule)
        assert [r.name for r in list_rules(store)] == ["jalisco"]
        assert remove_rule(store, "jalisco")

        with store.engine.begin() as conn:
            raised = raise_alert(conn, "rule:x:1", "rule", {"title": "uno"}, at=at)
            assert raised is not None and raise_alert(conn, "rule:x:1", "rule", {}) is None
        assert raised["created_at"] == "2026-03-10T06:00:00+00:00"
        assert [a["id"] for a in list_alerts(store, since="2026-03-10")] == [raised["id"]]
        assert list_alerts(store, since=at + timedelta(seconds=1)) == []
        assert enqueue(store, [raised], WebhookConfig(urls=("https://example.org/hook",))) == 1
        due = next_due(store)
        assert due is not None and due.tzinfo is not None


def test_concurrent_ingests_make_no_duplicate_events(pg_url: str, tmp_path: Any) -> None:
    """Two ingests of the same articles at once, on a shared PostgreSQL store, end as one
    ingest would: the resolver's advisory lock serializes their writes."""
    from concurrent.futures import ThreadPoolExecutor

    from sucesos.demo import __file__ as demo_init

    corpus = os.path.join(os.path.dirname(demo_init), "corpus")
    stores = [api.open_store(pg_url), api.open_store(pg_url)]
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            summaries = list(
                pool.map(lambda s: api.ingest([corpus], store=s, batch_size=5), stores)
            )
        assert all(not s.errors for s in summaries)
        assert sum(s.articles_new for s in summaries) >= 44
        with fresh_database() as reference_url:
            reference = api.open_store(reference_url)
            try:
                api.ingest([corpus], store=reference)
                assert stores[0].count("articles") == reference.count("articles") == 44
                assert stores[0].count("records") == reference.count("records")
                assert stores[0].count("events") == reference.count("events")
            finally:
                reference.close()
    finally:
        for store in stores:
            store.close()


def test_summaries_follow_the_events_and_answer_like_them_on_postgres() -> None:
    from test_stats import check_against_events, check_summaries_follow_the_events

    with fresh_database() as url, api.open_store(url) as store:
        check_summaries_follow_the_events(store)
        check_against_events(store)


def test_reextract_from_sqlite_into_postgres_gives_the_same_events(
    demo_pair: tuple[str, str], pg_url: str
) -> None:
    """A SQLite store rebuilt into PostgreSQL: the events of a direct PostgreSQL ingest, and
    its copied feeds leave the id sequence ready for the next feed."""
    direct, sqlite_path = demo_pair
    with api.open_store(sqlite_path) as source, api.open_store(pg_url) as target:
        add_feed(source, "https://example.org/reextract.xml", name="Feed sintético")
        summary = api.reextract(source, target)
        assert summary.articles_new == 44 and summary.settings["feeds"] == 1
        _, created = add_feed(target, "https://example.org/another.xml")
        assert created and len(list_feeds(target)) == 2
    keys = ("category", "date", "admin1", "admin2", "fatalities", "n_sources")
    got = sorted((tuple(e[k] for k in keys) for e in _events(pg_url)), key=repr)
    assert got == sorted((tuple(e[k] for k in keys) for e in _events(direct)), key=repr)
