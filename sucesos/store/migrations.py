"""Versioned schema migrations: an ordered list of steps, each applied once and recorded.

A step is a function of an open connection. Step 1 creates the tables as `schema.py` first
defined them; later schema changes must be new steps (explicit `ALTER`-style DDL built with
SQLAlchemy constructs), never edits of an applied step, so existing databases upgrade in place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa

from sucesos.store import schema


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[sa.Connection], None]


def _initial(conn: sa.Connection) -> None:
    tables = [t for t in schema.metadata.sorted_tables if t is not schema.schema_migrations]
    schema.metadata.create_all(conn, tables=tables)


MIGRATIONS: list[Migration] = [
    Migration(1, "initial schema", _initial),
]


def current_version(conn: sa.Connection) -> int:
    """The highest applied migration (0 for a new database)."""
    found = conn.execute(sa.select(sa.func.max(schema.schema_migrations.c.version))).scalar()
    return int(found or 0)


def migrate(engine: sa.Engine) -> list[int]:
    """Apply every pending migration in order; returns the versions applied now.

    Each step runs in its own transaction together with its bookkeeping row, so an interrupted
    upgrade resumes at the step that did not finish.
    """
    with engine.begin() as conn:
        schema.schema_migrations.create(conn, checkfirst=True)
    applied: list[int] = []
    for step in MIGRATIONS:
        with engine.begin() as conn:
            if current_version(conn) >= step.version:
                continue
            step.apply(conn)
            conn.execute(
                schema.schema_migrations.insert().values(
                    version=step.version, name=step.name, applied_at=datetime.now(UTC)
                )
            )
            applied.append(step.version)
    return applied
