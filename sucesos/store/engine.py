"""Opening a database: the engine, with the SQLite settings a crash-safe store needs."""

from __future__ import annotations

import json
import sqlite3
import time
from typing import Any

import orjson
import sqlalchemy as sa

# WAL lets readers (the dashboard, `sucesos events`) work while an ingest writes; a busy
# timeout makes a second writer wait instead of failing; synchronous=NORMAL in WAL mode keeps
# every committed transaction across a killed process. The busy timeout comes first so the
# pragmas after it wait for a lock rather than fail.
BUSY_TIMEOUT_MS = 30_000
_SQLITE_PRAGMAS = (
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=NORMAL",
)

# How long a connection keeps trying to switch a database to WAL (the busy timeout's 30 s),
# and the longest pause between two tries.
WAL_SWITCH_SECONDS = BUSY_TIMEOUT_MS / 1000
_WAL_PAUSE_MAX = 0.05


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for pragma in _SQLITE_PRAGMAS:
            cursor.execute(pragma)
        use_wal(cursor)
    finally:
        cursor.close()


def _busy(exc: sqlite3.OperationalError) -> bool:
    """True for SQLITE_BUSY (any extended code): another connection holds the lock."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return bool(code & 0xFF == sqlite3.SQLITE_BUSY)
    return "database is locked" in str(exc)


def use_wal(cursor: Any, seconds: float = WAL_SWITCH_SECONDS) -> str:
    """Put the database of `cursor` (a sqlite3 cursor) in WAL mode; returns the journal mode
    it is left in ("wal", or "memory" for an in-memory database).

    Switching reads the file's header, then upgrades to a write lock to mark it WAL. When
    two processes open a brand-new file at once, both read the header and the second to
    upgrade gets SQLITE_BUSY at once: SQLite never runs the busy handler for a connection
    that already holds a read lock (waiting there could deadlock), so the busy timeout does
    not help. The mode is asked first (a database another connection switched needs no write),
    and a busy switch is tried again after a short pause, for up to `seconds`.
    """
    deadline = time.monotonic() + seconds
    pause = 0.001
    while True:
        try:
            mode = str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower()
            if mode in ("wal", "memory"):
                return mode
            return str(cursor.execute("PRAGMA journal_mode=WAL").fetchone()[0]).lower()
        except sqlite3.OperationalError as exc:
            if not _busy(exc) or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, _WAL_PAUSE_MAX)


def json_loads(text: str | bytes) -> Any:
    """JSON columns as read: orjson, several times faster than the standard library (a page
    of events holds a few hundred documents); the standard library for what orjson refuses
    (integers beyond 64 bits)."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


# Prepared statements an SQLite connection keeps (the driver's default: 128). An ingest of
# 3,000 headlines runs about 200 distinct statements, 119 of them updates of events (one per
# set of changed columns, `sucesos.store.writer.update_many`): with 128 the ones each batch
# repeats (the summary tables' upserts and deletes, the inserts) were pushed out by the
# updates and prepared again in every batch.
SQLITE_STATEMENTS = 1024


def make_engine(url: str) -> sa.Engine:
    """An engine for `url`; SQLite connections get WAL, foreign keys, a busy timeout and
    room for every statement the writer repeats (`SQLITE_STATEMENTS`)."""
    if url.startswith("sqlite"):
        engine = sa.create_engine(
            url,
            connect_args={"timeout": 30, "cached_statements": SQLITE_STATEMENTS},
            json_deserializer=json_loads,
        )
        sa.event.listen(engine, "connect", _sqlite_on_connect)
        return engine
    return sa.create_engine(url, pool_pre_ping=True, json_deserializer=json_loads)
