"""Daily totals: events, fatalities and disputed events per day × state × municipality ×
category, kept up to date by the resolver so statistics cost per day, not per event.

The resolver hands every event it writes to `DailyDeltas` with the row as it was stored
before (None for a new event) and the row it writes; the difference is added to the table
with one upsert per batch. `rebuild` recomputes the table from the events (migration 6, and
stores whose events were written by other means).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from sucesos.store import schema
from sucesos.store.keys import as_date

Key = tuple[date | None, str | None, str | None, str, str]
# (events, fatalities, disputed events, fatalities of disputed events)
Measures = list[int]


def _key_text(key: Key) -> str:
    day, state, municipality, category, family = key
    return "|".join(
        (day.isoformat() if day else "", state or "", municipality or "", category, family)
    )


def contribution(row: Mapping[str, Any] | None) -> tuple[Key, Measures] | None:
    """What an event row adds to the totals; None for no row or a placeholder (no report)."""
    if row is None or not row.get("n_sources"):
        return None
    key: Key = (
        as_date(row.get("date")),
        row.get("admin1_code"),
        row.get("admin2_code"),
        str(row["category"]),
        str(row["category_family"]),
    )
    dead = int(row.get("fatalities") or 0)
    disputed = bool(row.get("disputed"))
    return key, [1, dead, int(disputed), dead if disputed else 0]


class DailyDeltas:
    """Changes to the daily totals collected over a batch, written by `flush`."""

    def __init__(self) -> None:
        self.deltas: dict[Key, Measures] = defaultdict(lambda: [0, 0, 0, 0])

    def change(self, before: Mapping[str, Any] | None, after: Mapping[str, Any] | None) -> None:
        """Record that an event went from `before` to `after` (either may be None)."""
        for row, sign in ((before, -1), (after, 1)):
            found = contribution(row)
            if found is not None:
                key, values = found
                tally = self.deltas[key]
                for i, v in enumerate(values):
                    tally[i] += sign * v

    def flush(self, conn: sa.Connection) -> None:
        """Add the collected changes to the table (one upsert) and forget them."""
        rows = [
            {
                "key": _key_text(k),
                "day": k[0],
                "admin1_code": k[1],
                "admin2_code": k[2],
                "category": k[3],
                "category_family": k[4],
                "events": v[0],
                "fatalities": v[1],
                "disputed": v[2],
                "disputed_fatalities": v[3],
            }
            for k, v in self.deltas.items()
            if any(v)
        ]
        if rows:
            conn.execute(_upsert(conn.dialect.name), rows)
            # A day and place no event is left in holds no row (as after `rebuild`).
            emptied = [{"k": _key_text(k)} for k, v in self.deltas.items() if v[0] < 0]
            if emptied:
                conn.execute(_DELETE_EMPTY, emptied)
        self.deltas.clear()


_DELETE_EMPTY = schema.daily_totals.delete().where(
    schema.daily_totals.c.key == sa.bindparam("k"), schema.daily_totals.c.events == 0
)
_MEASURES = ("events", "fatalities", "disputed", "disputed_fatalities")
_UPSERTS: dict[str, sa.Insert] = {}


def _upsert(dialect: str) -> sa.Insert:
    stmt = _UPSERTS.get(dialect)
    if stmt is None:
        table = schema.daily_totals
        make = postgresql.insert if dialect == "postgresql" else sqlite.insert
        ins = make(table)
        stmt = ins.on_conflict_do_update(
            index_elements=[table.c.key],
            set_={m: table.c[m] + ins.excluded[m] for m in _MEASURES},
        )
        _UPSERTS[dialect] = stmt
    return stmt


def rebuild(conn: sa.Connection) -> int:
    """Recompute the daily totals from the events table; returns the rows written."""
    ev, table = schema.events, schema.daily_totals
    conn.execute(table.delete())
    dead = sa.func.coalesce(ev.c.fatalities, 0)
    disputed = sa.case((ev.c.disputed.is_(True), 1), else_=0)
    query = (
        sa.select(
            ev.c.date,
            ev.c.admin1_code,
            ev.c.admin2_code,
            ev.c.category,
            ev.c.category_family,
            sa.func.count(),
            sa.func.sum(dead),
            sa.func.sum(disputed),
            sa.func.sum(disputed * dead),
        )
        .where(ev.c.n_sources > 0)
        .group_by(
            ev.c.date, ev.c.admin1_code, ev.c.admin2_code, ev.c.category, ev.c.category_family
        )
    )
    written = 0
    batch: list[dict[str, Any]] = []
    for day, state, muni, category, family, n, fat, disp, disp_fat in conn.execute(query):
        key: Key = (as_date(day), state, muni, category, family)
        batch.append(
            {
                "key": _key_text(key),
                "day": key[0],
                "admin1_code": state,
                "admin2_code": muni,
                "category": category,
                "category_family": family,
                "events": int(n),
                "fatalities": int(fat or 0),
                "disputed": int(disp or 0),
                "disputed_fatalities": int(disp_fat or 0),
            }
        )
        if len(batch) >= 10_000:
            conn.execute(table.insert(), batch)
            written += len(batch)
            batch = []
    if batch:
        conn.execute(table.insert(), batch)
        written += len(batch)
    return written
