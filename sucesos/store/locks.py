"""Serializing writers that resolve events.

Resolution reads the nearby events, then links to one or creates one: two writers doing that
at once could both create the same event. SQLite lets one writer at a time anyway; on
PostgreSQL a transaction-scoped advisory lock gives the same guarantee, held until commit.
"""

from __future__ import annotations

import sqlalchemy as sa

# An arbitrary constant naming "the resolver" among the database's advisory locks.
RESOLUTION_LOCK = 0x5C5E505


def lock_for_resolution(conn: sa.Connection) -> None:
    """Wait until no other transaction is resolving; held until this transaction ends."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.select(sa.func.pg_advisory_xact_lock(RESOLUTION_LOCK)))
