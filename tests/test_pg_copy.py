"""The batch's plain inserts go by COPY on PostgreSQL (`store.writer.copy_rows`, issue 11):
the rows stored must be the rows the INSERT statements stored before, value for value, as
the server prints them (text casts: JSON text, compressed bytes, timestamps in UTC)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
import sqlalchemy as sa
from test_scale import RESOLVED_TABLES

from sucesos import api
from sucesos.store import schema, writer

pytestmark = pytest.mark.skipif(
    not os.environ.get("SUCESOS_TEST_PG_URL"), reason="needs PostgreSQL"
)


@pytest.fixture
def pg_url() -> Iterator[str]:
    from test_postgres import fresh_database

    with fresh_database() as url:
        yield url


# Columns holding the time a row was written: checked to fall within the ingest instead.
_WRITE_TIMES = {"updated_at", "ingested_at", "at"}


def _as_text(conn: sa.Connection, table: sa.Table, since: datetime) -> list[tuple[Any, ...]]:
    """Every row of `table` with each column as the server prints it (write times checked
    to lie after `since` and dropped), sorted."""
    columns = [c for c in table.c if c.name not in _WRITE_TIMES]
    stamps = [c for c in table.c if c.name in _WRITE_TIMES]
    for column in stamps:
        for (value,) in conn.execute(sa.select(column)):
            assert since <= value <= datetime.now(UTC), (table.name, column.name, value)
    query = sa.select(*[sa.cast(c, sa.Text) for c in columns])
    return sorted(tuple(row) for row in conn.execute(query))


def _ingest_demo(url: str) -> dict[str, list[tuple[Any, ...]]]:
    since = datetime.now(UTC)
    with api.open_store(url) as store:
        summary = api.ingest([api.demo_corpus()], store=store, batch_size=7)
        assert not summary.errors and summary.articles_new == 44
        with store.engine.connect() as conn:
            return {n: _as_text(conn, schema.metadata.tables[n], since) for n in RESOLVED_TABLES}


def test_copy_stores_the_demo_corpus_as_the_insert_statements_did(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from test_postgres import fresh_database

    copied: list[str] = []
    real = writer.copy_rows

    def counting(conn: sa.Connection, table: sa.Table, rows: Any) -> bool:
        done = real(conn, table, rows)
        if done:
            copied.append(table.name)
        return done

    with fresh_database() as url:
        monkeypatch.setattr(writer, "copy_rows", counting)
        with_copy = _ingest_demo(url)
    assert {"articles", "records", "events", "reports", "claims", "event_versions"} <= set(copied)
    with fresh_database() as url:
        monkeypatch.setattr(writer, "copy_rows", lambda *_: False)
        without = _ingest_demo(url)
    for name in RESOLVED_TABLES:
        assert with_copy[name] == without[name], name
    assert with_copy["events"] and with_copy["claims"]


def test_copy_writes_awkward_values_as_an_insert_does(pg_url: str) -> None:
    """Tabs, newlines, backslashes, quotes and non-ASCII in text, JSON null and a JSON
    document, compressed bytes and a timestamp in another zone: each stored alike."""
    odd = "línea\tcon tab\ny salto\r\\N barra \\ \"comillas\" 'sencillas' — ñ ☃"
    stamp = datetime(2026, 3, 1, 23, 30, tzinfo=timezone(timedelta(hours=-6)))

    def article(key: str, metadata: Any) -> dict[str, Any]:
        return {
            "id": key,
            "url": None,
            "title": odd,
            "text": odd * 3,
            "published": "2026-03-01",
            "source": "\\x00ff",
            "language": "es",
            "fetched_at": None,
            "metadata": metadata,
            "ingested_at": stamp,
        }

    def record(key: str, article_id: str) -> dict[str, Any]:
        return {
            "id": key,
            "article_id": article_id,
            "category": "attack",
            "status": "reported",
            "date": stamp.date(),
            "fatalities": 3,
            "confidence": 0.1 + 0.2,
            "latitude": -103.123456789012,
            "data": {"texto": odd, "n": [1, None, 2.5]},
        }

    pairs = [("c-none", "i-none", None), ("c-doc", "i-doc", {"b": odd, "a": [None, 1.5]})]
    with api.open_store(pg_url) as store, store.engine.begin() as conn:
        for by_copy, by_insert, metadata in pairs:
            assert writer.copy_rows(conn, schema.articles, [article(by_copy, metadata)])
            writer.execute_many(conn, schema.articles.insert(), [article(by_insert, metadata)])
            assert writer.copy_rows(conn, schema.records, [record(f"r{by_copy}", by_copy)])
            writer.execute_many(conn, schema.records.insert(), [record(f"r{by_copy}-i", by_insert)])
    with store.engine.connect() as conn:
        for table in (schema.articles, schema.records):
            rows = {
                row[0]: row[1:]
                for row in conn.execute(sa.select(*[sa.cast(c, sa.Text) for c in table.c]))
            }
            if table is schema.articles:
                assert rows["c-none"] == rows["i-none"] and rows["c-doc"] == rows["i-doc"]
                assert rows["c-none"][1] == odd
            else:
                assert rows["rc-none"][1:] == rows["rc-none-i"][1:]
                assert rows["rc-doc"][1:] == rows["rc-doc-i"][1:]


def test_copy_declines_rows_that_leave_out_a_column_sqlalchemy_fills(pg_url: str) -> None:
    """A left-out column with a Python-side default (a feed's error count) would be NULL or
    the server's default under COPY: copy_rows writes nothing and says so."""
    row = {"url": "https://example.invalid/feed", "interval_s": 60, "added_at": datetime.now(UTC)}
    with api.open_store(pg_url) as store, store.engine.begin() as conn:
        assert not writer.copy_rows(conn, schema.feeds, [row])
        writer.insert_many(conn, schema.feeds, [row])
        (errors,) = conn.execute(sa.select(schema.feeds.c.errors)).one()
    assert errors == 0
