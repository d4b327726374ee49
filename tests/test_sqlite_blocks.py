"""The resolver's block reads on SQLite: a batch reads every block it looks in with one
statement, not one per state, family and run of days, and gets the rows the block query
gives one request at a time, in the same order (issue 11)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from conftest import event_block_requests

from sucesos import api
from sucesos.resolve.block_reads import blocks_rows
from sucesos.resolve.match import block_rows


def test_a_batch_reads_its_blocks_in_one_statement(tmp_path: Path) -> None:
    reads: list[str] = []
    batches: list[str] = []

    def seen(_c: Any, _cur: Any, statement: str, *_args: Any) -> None:
        if statement.startswith("SELECT ev.id, ev.category_family") or statement.startswith(
            "SELECT events.id, events.category_family"
        ):
            reads.append(statement)
        elif statement.startswith("INSERT INTO articles "):
            batches.append(statement)

    with api.open_store(tmp_path / "s.db") as store:
        sa.event.listen(store.engine, "before_cursor_execute", seen)
        summary = api.ingest([api.demo_corpus()], store=store, batch_size=6)
        assert not summary.errors and summary.articles_new == 44
    assert len(batches) >= 5
    assert 0 < len(reads) <= len(batches)


def test_blocks_in_one_statement_are_the_blocks_read_one_by_one(tmp_path: Path) -> None:
    """Every (state, family) block of a store of the demo corpus over several windows, read
    together, gives what each block query gives alone, in the same order."""
    with api.open_store(tmp_path / "s.db") as store:
        api.ingest([api.demo_corpus()], store=store)
        with store.engine.connect() as conn:
            n_events, requests = event_block_requests(conn)
            assert n_events > 10
            alone = [
                (key, c, precision)
                for key, windows in requests
                for c, precision in block_rows(conn, key, windows)
            ]
            together = list(blocks_rows(conn, requests))
    assert len(alone) > n_events
    assert together == alone
