"""Rows sent straight to SQLite's driver are bound with the writer's own processors
(`sucesos.store.sqlite_binds`): the values stored are those SQLAlchemy's processors give
(issue 11: the writer's cost per headline)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import sqlite

from sucesos.store import Store, schema, sqlite_binds
from sucesos.store.sqlite_binds import bind_processor
from sucesos.store.writer import insert_many, update_many

_DIALECT = sqlite.dialect()

STAMPS = [
    datetime(2026, 11, 23, 14, 5, 9, 120034, tzinfo=UTC),
    datetime(2026, 11, 23, 14, 5, 9, tzinfo=UTC),  # no microseconds
    datetime(987, 1, 2, 3, 4, 5, 6, tzinfo=UTC),  # a year of three digits
    datetime(2026, 11, 23, 8, 5, 9, 5, tzinfo=timezone(timedelta(hours=-6))),  # Mexico City
    datetime(2026, 11, 23, 14, 5, 9),  # naive: UTC already
    date(2026, 11, 23),
    "2026-11-23T08:05:09-06:00",
    None,
]
DAYS = [date(2026, 11, 23), date(987, 1, 2), datetime(2026, 11, 23, 14, 5), None]
DOCUMENTS: list[Any] = [
    {"fatalities": {"value": 5, "min": 4, "max": 5, "sources": {"El Sol de Tapalpa": 5}}},
    [{"name": "Cártel del Golfo", "kind": "criminal_group", "role": "perpetrator"}],
    [],
    {},
    None,
    "texto",
    7,
]


def _both(table: sa.Table, column: str) -> tuple[Any, Any]:
    """SQLAlchemy's processor of the column on SQLite, and the writer's (its short way)."""
    kind = table.c[column].type
    slow = kind.dialect_impl(_DIALECT).bind_processor(_DIALECT)
    fast = bind_processor(kind, _DIALECT)
    assert fast is not None and fast.__module__ == sqlite_binds.__name__
    return slow, fast


@pytest.mark.parametrize("value", STAMPS)
def test_a_timestamp_is_bound_as_sqlalchemy_binds_it(value: Any) -> None:
    slow, fast = _both(schema.events, "updated_at")
    assert fast(value) == slow(value)


@pytest.mark.parametrize("value", DAYS)
def test_a_date_is_bound_as_sqlalchemy_binds_it(value: Any) -> None:
    slow, fast = _both(schema.events, "date")
    assert fast(value) == slow(value)


@pytest.mark.parametrize("value", DOCUMENTS)
def test_a_json_document_is_bound_as_sqlalchemy_binds_it(value: Any) -> None:
    for column in ("figures", "actors", "dispute"):
        slow, fast = _both(schema.events, column)
        assert fast(value) == slow(value)


@pytest.mark.parametrize("value", [True, False, None])
def test_a_boolean_is_bound_as_sqlalchemy_binds_it(value: Any) -> None:
    slow, fast = _both(schema.events, "disputed")
    assert fast(value) == slow(value)


def _event(event_id: str, stamp: datetime) -> dict[str, Any]:
    return {
        "id": event_id,
        "category": "armed_clash",
        "category_family": "violence",
        "status": "reported",
        "date": date(2026, 11, 22),
        "date_precision": "day",
        "admin1": "Jalisco",
        "admin1_code": "MX-JAL",
        "actors": [{"name": "Guardia Nacional", "kind": "state_forces"}],
        "fatalities": 5,
        "n_sources": 2,
        "disputed": True,
        "dispute": {"fatalities": [{"source": "Diario de Tapalpa", "value": 5}]},
        "figures": {"fatalities": {"value": 5, "min": 4, "max": 5}},
        "first_seen": stamp,
        "last_seen": stamp + timedelta(hours=3, microseconds=17),
        "updated_at": stamp + timedelta(hours=3),
    }


def _stored(path: Path) -> list[tuple[Any, ...]]:
    with sa.create_engine(f"sqlite:///{path}").connect() as conn:
        return list(conn.exec_driver_sql("SELECT * FROM events ORDER BY id"))


def test_rows_written_by_the_writer_are_stored_as_sqlalchemy_stores_them(tmp_path: Path) -> None:
    stamp = datetime(2026, 11, 23, 14, 5, 9, tzinfo=UTC)
    rows = [_event("ev-1", stamp), _event("ev-2", stamp.replace(microsecond=0))]
    changed = [{"id": "ev-2", "disputed": False, "updated_at": stamp + timedelta(days=1)}]
    for name, plain in (("writer.db", False), ("sqlalchemy.db", True)):
        with Store(tmp_path / name) as store, store.engine.begin() as conn:
            if plain:
                conn.execute(schema.events.insert(), rows)
                ev = schema.events
                for row in changed:
                    values = {k: v for k, v in row.items() if k != "id"}
                    conn.execute(ev.update().where(ev.c.id == row["id"]).values(**values))
            else:
                insert_many(conn, schema.events, rows)
                update_many(conn, schema.events, changed)
        store.engine.dispose()
    assert _stored(tmp_path / "writer.db") == _stored(tmp_path / "sqlalchemy.db")
