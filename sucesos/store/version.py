"""A cheap token that changes whenever the database's data may have changed.

Readers that keep answers (the server's response cache, `sucesos.web.cache`) key them by this
token: an answer computed after reading token T is still right while the token reads T again.
Read the token *before* computing an answer, never after, so a write that lands in between
can only make the answer newer than its token, never older.

- SQLite: ``PRAGMA data_version`` on a connection of its own that never writes; SQLite
  changes it whenever another connection (of any process) commits. A few microseconds.
- PostgreSQL: the current snapshot (``pg_current_snapshot()``: oldest running transaction,
  next transaction id, and the ones in flight), which changes whenever a transaction that
  writes starts or ends anywhere on the server. Conservative (writes to other databases
  change it too), never stale.
- Anything else, and SQLite in memory (one connection shared by everyone, so commits are
  not "another connection's"): no token, and nothing may be kept.
"""

from __future__ import annotations

import threading
from typing import Any

import sqlalchemy as sa
from sqlalchemy.pool import SingletonThreadPool, StaticPool


class DataVersion:
    """`current()` gives the token (a string), or None when this database offers none.

    Holds one database connection of its own, opened on first use; `close()` returns it.
    Safe to call from several threads (one at a time on the connection).
    """

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self._lock = threading.Lock()
        self._conn: Any = None
        name = engine.dialect.name
        shared = isinstance(engine.pool, (StaticPool, SingletonThreadPool))
        if name == "sqlite" and not shared:
            self._sql: str | None = "PRAGMA data_version"
        elif name == "postgresql":
            self._sql = "SELECT pg_current_snapshot()::text"
        else:
            self._sql = None

    @property
    def supported(self) -> bool:
        """Whether this database gives a token (else `current()` is always None)."""
        return self._sql is not None

    def current(self) -> str | None:
        """The token now; None when the database offers none."""
        if self._sql is None:
            return None
        with self._lock:
            if self._conn is None:
                self._conn = self.engine.raw_connection()
            cursor = self._conn.cursor()
            try:
                cursor.execute(self._sql)
                row = cursor.fetchone()
            finally:
                cursor.close()
            if self.engine.dialect.name == "postgresql":
                self._conn.rollback()  # no transaction left open between two reads
            return str(row[0])

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


def own_writes_token(conn: sa.Connection) -> tuple[Any, ...] | None:
    """What tells a writer nobody else wrote since its last transaction: taken inside a
    transaction that holds the write lock (nobody else can commit until it ends) and
    compared with the token its previous transaction took at its end, the two are equal only
    when nothing but that transaction's own writes changed the database in between.

    SQLite: the driver's connection itself (the pool may hand out another), its ``PRAGMA
    data_version`` (changes when another connection commits) and its count of changed rows
    (changes when anything else wrote through this same connection). None elsewhere: no
    token this cheap (PostgreSQL), so nothing may be kept."""
    if conn.dialect.name != "sqlite":
        return None
    raw = conn.connection.dbapi_connection
    changes = getattr(raw, "total_changes", None)
    if raw is None or changes is None:
        return None
    return raw, conn.exec_driver_sql("PRAGMA data_version").scalar(), changes
