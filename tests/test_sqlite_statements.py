"""An SQLite store's connections keep prepared every statement an ingest repeats: the
driver keeps 128 by default, and an ingest of a few thousand short reports runs about 200
distinct ones (most of them updates of events, one per set of changed columns)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa

from sucesos.store.engine import make_engine


def test_sqlite_connections_keep_room_for_the_statements_an_ingest_repeats(
    tmp_path: Path,
) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'store.db'}")
    opened: dict[str, Any] = {}

    @sa.event.listens_for(engine, "do_connect")
    def keep(dialect: Any, record: Any, cargs: Any, cparams: dict[str, Any]) -> None:
        opened.update(cparams)

    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
    engine.dispose()
    assert opened["cached_statements"] >= 200
