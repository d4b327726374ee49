"""The ingest writer's share of the work kept small (invented articles): the records' stored
data comes packed from the extraction workers."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from conftest import make_article, make_record

from sucesos.resolve import BatchResolver
from sucesos.store import Store, column_types, schema
from sucesos.store.writer import packed_record


def test_workers_pack_each_record_and_the_writer_stores_it_as_packed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sucesos.workers import extract_one

    text = (
        "[Texto sintético] Hombres armados asesinaron a dos policías en Celaya, Guanajuato, "
        "la noche del sábado. Otra persona murió en un ataque en Irapuato."
    )
    done = extract_one(make_article(7, text=text), None)
    assert done.records and done.error is None
    assert done.packed == {r.id: packed_record(r) for r in done.records}

    article = make_article(8)
    record = make_record(article)
    packed = {record.id: packed_record(record)}
    packing: list[Any] = []
    pack = column_types.pack_json

    def counting(value: Any) -> bytes:
        packing.append(value)
        return pack(value)

    monkeypatch.setattr(column_types, "pack_json", counting)
    with Store(tmp_path / "packed.db") as store:
        with store.engine.begin() as conn:
            resolver = BatchResolver(conn)
            resolver.add_articles([(article, [record])], packed=packed)
            resolver.flush()
        assert not packing  # the writer compressed nothing
        with store.engine.connect() as conn:
            raw = conn.execute(sa.text("SELECT data FROM records")).scalar_one()
            data = conn.execute(sa.select(schema.records.c.data)).scalar_one()
    assert raw == packed[record.id]
    assert data["id"] == record.id and data["fatalities"] == record.fatalities


def _three_reports() -> list[tuple[Any, list[Any]]]:
    """Three outlets' articles on one invented attack (the same place, day and toll)."""
    items = []
    for n, source in enumerate(["Diario Uno", "Diario Dos", "Diario Tres"], start=1):
        article = make_article(n, source=source)
        items.append((article, [make_record(article)]))
    return items


def test_an_event_update_sets_only_the_indexed_columns_that_moved(tmp_path: Path) -> None:
    items = _three_reports()
    updates: list[str] = []
    with Store(tmp_path / "narrow.db") as store:
        with store.engine.begin() as conn:
            resolver = BatchResolver(conn)
            resolver.add_articles(items[:1])
            resolver.flush()

        def seen(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
            if statement.lstrip().upper().startswith("UPDATE") and "events" in statement:
                updates.append(statement)

        sa.event.listen(store.engine, "before_cursor_execute", seen)
        with store.engine.begin() as conn:
            resolver = BatchResolver(conn)
            resolver.add_articles(items[1:])
            resolver.flush()
        sa.event.remove(store.engine, "before_cursor_execute", seen)
        with store.engine.connect() as conn:
            event = conn.execute(sa.select(schema.events)).one()
    assert len(updates) == 1
    sets = set(re.findall(r'(\w+)"?\s*=', updates[0].split(" WHERE ")[0]))
    assert "n_sources" in sets  # a second and third outlet
    assert "figures" in sets  # no index holds it: written every time
    assert not sets & {"admin1_code", "category", "date", "fatalities", "latitude"}
    assert event.n_sources == 3 and event.admin1_code and event.category == "attack"
