"""The writer's statements on PostgreSQL, where each is a round trip to the server and each
new statement text is parsed and planned again: a batch reads its blocks in one statement,
and each summary's upsert has one text whatever the number of rows (issue 11)."""

from __future__ import annotations

import os
from collections import Counter
from typing import Any

import pytest
import sqlalchemy as sa
from conftest import event_block_requests

from sucesos import api
from sucesos.resolve.block_reads import blocks_rows
from sucesos.resolve.match import block_rows
from sucesos.store.summaries import SUMMARIES

pytestmark = pytest.mark.skipif(
    not os.environ.get("SUCESOS_TEST_PG_URL"), reason="needs PostgreSQL"
)


def _ingest_counting(url: str, batch_size: int) -> tuple[Counter[str], dict[str, set[str]], int]:
    """Ingest the demo corpus; (statements per kind, upsert texts per summary, batches)."""
    kinds: Counter[str] = Counter()
    upserts: dict[str, set[str]] = {}

    def seen(_c: Any, _cur: Any, statement: str, *_args: Any) -> None:
        if statement.startswith("SELECT events.id, events.category_family"):
            kinds["block read"] += 1
        elif "pg_advisory_xact_lock" in statement:
            kinds["batch"] += 1
        for summary in SUMMARIES:
            if statement.startswith(f"INSERT INTO {summary.table.name} "):
                upserts.setdefault(summary.table.name, set()).add(statement)

    with api.open_store(url) as store:
        sa.event.listen(store.engine, "before_cursor_execute", seen)
        summary = api.ingest([api.demo_corpus()], store=store, batch_size=batch_size)
        assert not summary.errors and summary.articles_new == 44
    return kinds, upserts, kinds["batch"]


def test_a_batch_reads_its_blocks_and_upserts_each_summary_in_one_statement() -> None:
    from test_postgres import fresh_database

    with fresh_database() as url:
        kinds, upserts, batches = _ingest_counting(url, batch_size=6)
    assert batches >= 5
    # One block statement per batch (not one per state, family and run of days).
    assert 0 < kinds["block read"] <= batches
    # Batches of different sizes send the same upsert text for each summary.
    assert upserts and all(len(texts) == 1 for texts in upserts.values()), {
        name: len(texts) for name, texts in upserts.items()
    }


def test_blocks_in_one_statement_are_the_blocks_read_one_by_one() -> None:
    """On a store of the demo corpus, every (state, family) block over several windows,
    read together on PostgreSQL, gives what each block query gives alone."""
    from test_postgres import fresh_database

    with fresh_database() as url, api.open_store(url) as store:
        api.ingest([api.demo_corpus()], store=store)
        with store.engine.connect() as conn:
            n_events, requests = event_block_requests(conn)
            assert n_events > 10
            alone = {
                (key, c.id, precision)
                for key, windows in requests
                for c, precision in block_rows(conn, key, windows)
            }
            together = [(key, c.id, precision) for key, c, precision in blocks_rows(conn, requests)]
    assert alone and set(together) == alone


def test_each_summary_statement_takes_all_its_rows_at_once() -> None:
    """A batch's changes to a summary, the rows it adds to and the rows it leaves with no
    event alike, go to PostgreSQL as one statement with one set of parameters: an
    executemany would be one statement per row."""
    from test_postgres import fresh_database

    tables = {summary.table.name for summary in SUMMARIES}
    sent: Counter[tuple[str, bool]] = Counter()

    def seen(_c: Any, _cur: Any, statement: str, _params: Any, _ctx: Any, many: bool) -> None:
        words = statement.split(maxsplit=3)
        if len(words) > 2 and words[0] in ("INSERT", "DELETE") and words[2] in tables:
            sent[(words[0], many)] += 1

    with fresh_database() as url, api.open_store(url) as store:
        sa.event.listen(store.engine, "before_cursor_execute", seen)
        summary = api.ingest([api.demo_corpus()], store=store, batch_size=6)
        assert not summary.errors and summary.articles_new == 44
    # Reports that move an event to another day or place leave rows with no event.
    assert sent[("DELETE", False)] + sent[("DELETE", True)] > 0
    assert sent[("INSERT", False)] > 0
    assert not sent[("INSERT", True)] and not sent[("DELETE", True)], sent


def test_existence_of_many_ids_is_one_statement_with_one_text() -> None:
    """Which of a batch's ids are stored is asked in one statement, its text the same for
    any number of ids (an IN list would be one statement per 900 ids, each a new text)."""
    from test_postgres import fresh_database

    from sucesos.store import schema
    from sucesos.store.writer import stored_ids

    texts: list[str] = []

    def seen(_c: Any, _cur: Any, statement: str, *_args: Any) -> None:
        if statement.startswith("SELECT articles.id"):
            texts.append(statement)

    with fresh_database() as url, api.open_store(url) as store:
        api.ingest([api.demo_corpus()], store=store)
        sa.event.listen(store.engine, "before_cursor_execute", seen)
        with store.engine.connect() as conn:
            stored = list(conn.execute(sa.select(schema.articles.c.id)).scalars())
            texts.clear()
            asked = [f"not-stored-{i}" for i in range(2000)] + stored
            found = stored_ids(conn, schema.articles.c.id, asked)
            few = stored_ids(conn, schema.articles.c.id, [*stored[:3], "not-stored-x"])
    assert found == set(stored) and few == set(stored[:3])
    assert len(texts) == 2 and texts[0] == texts[1], texts
