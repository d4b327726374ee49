"""Opening a database: the engine, with the SQLite settings a crash-safe store needs."""

from __future__ import annotations

import json
from typing import Any

import orjson
import sqlalchemy as sa

# WAL lets readers (the dashboard, `sucesos events`) work while an ingest writes; a busy
# timeout makes a second writer wait instead of failing; synchronous=NORMAL in WAL mode keeps
# every committed transaction across a killed process.
_SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=30000",
    "PRAGMA synchronous=NORMAL",
)


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in _SQLITE_PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def json_loads(text: str | bytes) -> Any:
    """JSON columns as read: orjson, several times faster than the standard library (a page
    of events holds a few hundred documents); the standard library for what orjson refuses
    (integers beyond 64 bits)."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


def make_engine(url: str) -> sa.Engine:
    """An engine for `url`; SQLite connections get WAL, foreign keys and a busy timeout."""
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, connect_args={"timeout": 30}, json_deserializer=json_loads)
        sa.event.listen(engine, "connect", _sqlite_on_connect)
        return engine
    return sa.create_engine(url, pool_pre_ping=True, json_deserializer=json_loads)
