"""The event store: SQLite by default, or any SQLAlchemy URL (PostgreSQL for a shared one).

`Store` opens (and migrates) a database and answers the questions the CLI, the dashboard and
the exports ask. Writing goes through `sucesos.api.ingest` and `sucesos.resolve`.
"""

from __future__ import annotations

import os
from datetime import date
from typing import Any

import sqlalchemy as sa

from sucesos.paths import db_url
from sucesos.store import queries
from sucesos.store.engine import make_engine
from sucesos.store.migrations import migrate

__all__ = ["Store"]


class Store:
    """An open, migrated database.

    Use as a context manager or call `close()`; `engine.begin()` gives a transaction for
    writers that must commit several rows together.
    """

    def __init__(self, db: str | os.PathLike[str] | None = None) -> None:
        self.url = db_url(db)
        self.engine = make_engine(self.url)
        migrate(self.engine)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    def events(
        self,
        since: date | str | None = None,
        until: date | str | None = None,
        state: str | None = None,
        municipality: str | None = None,
        category: str | None = None,
        actor: str | None = None,
        status: str | None = None,
        text: str | None = None,
        limit: int | None = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Events matching every given filter, newest first, as JSON-ready dicts.

        `state` and `municipality` take a name (accent- and case-insensitive) or a code
        ("JAL", "MX-JAL"; "14039"); `actor` and `text` match substrings; `limit=None` returns
        all matches.
        """
        where = queries.event_filters(
            since=since,
            until=until,
            state=state,
            municipality=municipality,
            category=category,
            actor=actor,
            status=status,
            text=text,
        )
        with self.engine.connect() as conn:
            return queries.list_events(conn, where, limit=limit, offset=offset)

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event (id or unique id prefix) with reports, figures per source, evidence and
        history; None when no event matches."""
        with self.engine.connect() as conn:
            found = queries.find_event_id(conn, event_id)
            return queries.get_event(conn, found) if found else None

    def stats(self) -> dict[str, Any]:
        """Totals and event counts by state, category and ISO week."""
        from sucesos.store.stats import summary

        with self.engine.connect() as conn:
            return summary(conn)

    def count(self, table: str) -> int:
        """Rows in one of the store's tables (for summaries and tests)."""
        from sucesos.store import schema

        with self.engine.connect() as conn:
            tbl = schema.metadata.tables[table]
            return int(conn.execute(sa.select(sa.func.count()).select_from(tbl)).scalar() or 0)
