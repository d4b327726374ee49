"""Serializing writers: the resolver, and schema migrations.

Resolution reads the nearby events, then links to one or creates one: two writers doing that
at once could both create the same event, or both store the same article. The lock is taken
before the first read of the transaction and held until it ends:

- PostgreSQL: a transaction-scoped advisory lock (one key for resolution, one for
  migrations);
- SQLite: the database's write lock, taken by a write that changes nothing (the driver
  begins the transaction then, and `busy_timeout` makes a second writer wait for it), so the
  reads that follow see everything the previous writer committed.
"""

from __future__ import annotations

import sqlalchemy as sa

# Arbitrary constants naming "the resolver" and "migrations" among advisory locks.
RESOLUTION_LOCK = 0x5C5E505
MIGRATION_LOCK = 0x5C5E506

_meta = sa.MetaData()
# A table of the schema's bookkeeping; the no-op update touches no row.
_migrations = sa.Table("schema_migrations", _meta, sa.Column("version", sa.Integer))
_TAKE_SQLITE_LOCK = _migrations.update().where(sa.false()).values(version=_migrations.c.version)


def _lock(conn: sa.Connection, key: int) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(sa.select(sa.func.pg_advisory_xact_lock(key)))
    elif conn.dialect.name == "sqlite":
        conn.execute(_TAKE_SQLITE_LOCK)


def lock_for_resolution(conn: sa.Connection) -> None:
    """Wait until no other transaction is resolving; held until this transaction ends."""
    _lock(conn, RESOLUTION_LOCK)


def lock_for_migration(conn: sa.Connection) -> None:
    """Wait until no other process is migrating (the schema_migrations table must exist on
    SQLite); held until this transaction ends."""
    _lock(conn, MIGRATION_LOCK)
