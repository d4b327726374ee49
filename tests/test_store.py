"""The SQLite store: schema and migrations, the first resolver, and event queries."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from conftest import make_article, make_record

from sucesos.filters import parse_filters
from sucesos.models import Actor
from sucesos.resolve import resolve_records
from sucesos.store import Store, queries, schema, stats
from sucesos.store.migrations import MIGRATIONS


def test_new_database_is_migrated_and_recorded(store: Store) -> None:
    names = set(sa.inspect(store.engine).get_table_names())
    assert {
        "articles",
        "records",
        "events",
        "reports",
        "claims",
        "event_versions",
        "alerts",
        "schema_migrations",
    } <= names
    with store.engine.connect() as conn:
        versions = [r.version for r in conn.execute(sa.select(schema.schema_migrations))]
    assert versions == [m.version for m in MIGRATIONS]


def test_reopening_applies_no_migration_twice(db_path: Path) -> None:
    Store(db_path).close()
    with Store(db_path) as again:
        assert again.count("schema_migrations") == len(MIGRATIONS)


def test_sqlite_runs_in_wal_mode_with_foreign_keys(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000


def test_filter_columns_are_indexed(store: Store) -> None:
    indexed = {
        col for ix in sa.inspect(store.engine).get_indexes("events") for col in ix["column_names"]
    }
    assert {"date", "admin1_code", "admin2_code", "category", "status"} <= indexed


def page_plan(store: Store, **filters: Any) -> str:
    """SQLite's plan for the ids of a page of events (`queries.page_events`'s first step)."""
    where = parse_filters(**{k: v for k, v in filters.items() if k != "bbox"}).where()
    if "bbox" in filters:
        where.append(queries.bbox_filter(*filters["bbox"]))
    ev = schema.events
    page = sa.select(ev.c.id).where(*where).order_by(ev.c.date.desc(), ev.c.id).limit(50)
    with store.engine.connect() as conn:
        sql = str(page.compile(conn, compile_kwargs={"literal_binds": True}))
        return " ".join(str(r[-1]) for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))


@pytest.mark.parametrize(
    ("version", "index", "filters"),
    [
        (12, "ix_events_state_list", {"state": "Sinaloa", "category": "attack"}),
        (13, "ix_events_geo", {"bbox": (-108.0, 24.0, -107.0, 25.0)}),
    ],
)
def test_a_store_before_an_index_migration_gets_the_index_and_pages_read_it(
    db_path: Path, version: int, index: str, filters: dict[str, Any]
) -> None:
    Store(db_path).close()
    engine = sa.create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:  # as a store of an earlier session left it
        conn.exec_driver_sql(f"DROP INDEX {index}")
        conn.exec_driver_sql(f"DELETE FROM schema_migrations WHERE version = {version}")
    engine.dispose()
    with Store(db_path) as store:
        indexes = {ix["name"] for ix in sa.inspect(store.engine).get_indexes("events")}
        assert index in indexes
        # One state's page, or a box's, is read from that index alone, not row by row.
        assert f"COVERING INDEX {index}" in page_plan(store, **filters)


@pytest.mark.parametrize("filters", [{"category": "violence"}, {"status": "disputed"}])
def test_a_family_or_status_filter_is_tested_in_the_list_index(
    store: Store, filters: dict[str, Any]
) -> None:
    # Read through their own indexes, a family's or a status's events in a window were
    # fetched row by row from the table to test the rest (a box, a kind).
    window = {"since": "2026-08-01", "until": "2026-10-30"}
    plan = page_plan(store, **window, **filters, bbox=(-104.0, 19.0, -102.5, 20.0))
    assert "COVERING INDEX" in plan and "_date" not in plan


def test_two_outlets_reporting_one_attack_make_one_event(store: Store) -> None:
    a = make_article(1, source="Diario Sintético del Pacífico")
    b = make_article(2, source="Noticias Sintéticas de Sinaloa", published="2024-09-15")
    ids_a = resolve_records(store, [make_record(a, fatalities=3)], a)
    ids_b = resolve_records(
        store,
        [make_record(b, date="2024-09-14", fatalities=5, attributed_to="vecinos")],
        b,
    )
    assert ids_a == ids_b
    event = store.event(ids_a[0])
    assert event is not None
    assert event["n_sources"] == 2
    assert (event["fatalities"], event["fatalities_min"], event["fatalities_max"]) == (3, 3, 5)
    assert event["disputed"] is True
    assert event["status"] == "disputed"
    assert event["date"] == "2024-09-13"  # both day-precise: the earlier date
    assert event["figures"]["killed (civilians)"] == {
        "Diario Sintético del Pacífico": [{"value": 3, "attributed_to": "Fiscalía de Sinaloa"}],
        "Noticias Sintéticas de Sinaloa": [{"value": 5, "attributed_to": "vecinos"}],
    }
    assert event["figures"]["fatalities"] == {
        "Diario Sintético del Pacífico": [{"value": 3, "attributed_to": None}],
        "Noticias Sintéticas de Sinaloa": [{"value": 5, "attributed_to": None}],
    }
    assert [r["source"] for r in event["reports"]] == [
        "Diario Sintético del Pacífico",
        "Noticias Sintéticas de Sinaloa",
    ]
    assert [h["version"] for h in event["history"]] == [1, 2]
    assert "linked report from Noticias Sintéticas de Sinaloa" in event["history"][1]["reason"]
    assert "fatalities_max 3→5" in event["history"][1]["reason"]
    assert store.count("events") == 1


def test_agreeing_outlets_are_not_disputed(store: Store) -> None:
    a, b = make_article(1), make_article(2, source="Otro Medio Sintético")
    resolve_records(store, [make_record(a)], a)
    (event_id,) = resolve_records(store, [make_record(b)], b)
    event = store.event(event_id)
    assert event is not None
    assert event["disputed"] is False and event["status"] == "reported"
    assert event["n_sources"] == 2


def test_same_day_attacks_in_different_municipalities_stay_apart(store: Store) -> None:
    a, b = make_article(1), make_article(2, source="Otro Medio Sintético")
    (first,) = resolve_records(store, [make_record(a, place="culiacan")], a)
    (second,) = resolve_records(store, [make_record(b, place="navolato")], b)
    assert first != second
    assert store.count("events") == 2


def test_dates_outside_the_window_are_different_events(store: Store) -> None:
    a, b = make_article(1), make_article(2, source="Otro Medio Sintético")
    (first,) = resolve_records(store, [make_record(a, date="2024-09-10")], a)
    (second,) = resolve_records(store, [make_record(b, date="2024-09-13")], b)
    assert first != second


def test_week_precision_widens_the_window(store: Store) -> None:
    a, b = make_article(1), make_article(2, source="Otro Medio Sintético")
    (first,) = resolve_records(store, [make_record(a, date="2024-09-10")], a)
    (second,) = resolve_records(store, [make_record(b, date="2024-09-14", precision="week")], b)
    assert first == second
    event = store.event(first)
    assert event is not None and event["date_precision"] == "day"


def test_other_category_families_stay_apart(store: Store) -> None:
    a, b = make_article(1), make_article(2, source="Otro Medio Sintético")
    (attack,) = resolve_records(store, [make_record(a, category="attack")], a)
    (arrest,) = resolve_records(store, [make_record(b, category="arrest")], b)
    assert attack != arrest


def test_same_family_merges_and_the_higher_acled_category_names_the_event(store: Store) -> None:
    a, b = make_article(1), make_article(2, source="Otro Medio Sintético")
    (first,) = resolve_records(store, [make_record(a, category="attack")], a)
    (second,) = resolve_records(store, [make_record(b, category="armed_clash")], b)
    assert first == second
    event = store.event(first)
    assert event is not None and event["category"] == "armed_clash"


def test_unlisted_categories_match_on_their_prefix(store: Store) -> None:
    a, b = make_article(1), make_article(2, source="Otro Medio Sintético")
    (first,) = resolve_records(store, [make_record(a, category="homicide")], a)
    (second,) = resolve_records(store, [make_record(b, category="homicide.massacre")], b)
    assert first == second


def test_two_events_in_one_article_are_not_merged(store: Store) -> None:
    a = make_article(1)
    ids = resolve_records(store, [make_record(a, n=0), make_record(a, n=1, fatalities=1)], a)
    assert len(set(ids)) == 2


def test_historical_and_statistic_records_are_stored_but_not_events(store: Store) -> None:
    a = make_article(1)
    records = [
        make_record(a, n=0, status="historical", date="2015-05-01"),
        make_record(a, n=1, status="statistic", date=None, fatalities=20674),
    ]
    assert resolve_records(store, records, a) == []
    assert store.count("records") == 2
    assert store.count("events") == 0


def test_resolving_the_same_records_again_changes_nothing(store: Store) -> None:
    a = make_article(1)
    records = [make_record(a)]
    first = resolve_records(store, records, a)
    assert resolve_records(store, records, a) == first
    assert store.count("reports") == 1
    assert store.count("event_versions") == 1


def test_disputed_status_marks_the_event(store: Store) -> None:
    a, b = make_article(1), make_article(2, source="Otro Medio Sintético")
    resolve_records(store, [make_record(a)], a)
    (event_id,) = resolve_records(store, [make_record(b, status="disputed")], b)
    event = store.event(event_id)
    assert event is not None
    assert event["disputed"] is True
    assert event["dispute"]["status"] == {"Otro Medio Sintético": 1}


def _fill(store: Store) -> dict[str, str]:
    out = {}
    a = make_article(1)
    (out["culiacan"],) = resolve_records(
        store,
        [make_record(a, actors=[Actor("Los Chapitos", "cartel", "perpetrator")])],
        a,
    )
    b = make_article(2, text="[Texto sintético] Enfrentamiento en Uruapan entre grupos rivales.")
    (out["uruapan"],) = resolve_records(
        store, [make_record(b, place="uruapan", date="2024-10-02", fatalities=1)], b
    )
    return out


def test_state_filter_takes_names_without_accents_and_codes(store: Store) -> None:
    ids = _fill(store)
    for query in ("Michoacán", "michoacan", "MICHOACAN DE OCAMPO", "MIC", "MX-MIC"):
        assert [e["id"] for e in store.events(state=query)] == [ids["uruapan"]], query
    assert store.events(state="Jalisco") == []


def test_other_event_filters(store: Store) -> None:
    ids = _fill(store)
    assert [e["id"] for e in store.events(municipality="culiacan")] == [ids["culiacan"]]
    assert [e["id"] for e in store.events(municipality="16102")] == [ids["uruapan"]]
    assert [e["id"] for e in store.events(since="2024-10-01")] == [ids["uruapan"]]
    assert [e["id"] for e in store.events(until="2024-09-30")] == [ids["culiacan"]]
    assert [e["id"] for e in store.events(actor="chapitos")] == [ids["culiacan"]]
    assert [e["id"] for e in store.events(text="enfrentamiento")] == [ids["uruapan"]]
    assert [e["id"] for e in store.events(text="100%")] == []
    assert len(store.events(category="attack")) == 2
    assert len(store.events(category="violence")) == 2  # a family
    assert [e["id"] for e in store.events()] == [ids["uruapan"], ids["culiacan"]]
    assert len(store.events(limit=1)) == 1


def test_event_lookup_by_unique_prefix(store: Store) -> None:
    ids = _fill(store)
    event = store.event(ids["uruapan"][:8])
    assert event is not None and event["id"] == ids["uruapan"]
    assert store.event("no-such-event") is None


def test_stats_count_by_state_category_and_week(store: Store) -> None:
    _fill(store)
    stats = store.stats()
    assert stats["events"] == 2 and stats["articles"] == 2
    assert stats["by_state"] == {"Michoacán de Ocampo": 1, "Sinaloa": 1}
    assert stats["by_category"] == {"attack": 2}
    assert stats["by_week"] == {"2024-W37": 1, "2024-W40": 1}
    assert stats["fatalities"] == 4


def test_event_actors_follow_the_event_and_feed_stats_by_actor(store: Store) -> None:
    a = make_article(1, source="Diario Sintético del Pacífico")
    b = make_article(2, source="Noticias Sintéticas de Sinaloa", published="2024-09-15")
    (event_id,) = resolve_records(store, [make_record(a, fatalities=3)], a)
    record_b = make_record(b, date="2024-09-14", fatalities=5)
    record_b.actors.append(Actor("Cártel de Sinaloa", "cartel", "perpetrator"))
    resolve_records(store, [record_b], b)
    event = store.event(event_id)
    assert event is not None
    with store.engine.connect() as conn:
        names = set(
            conn.execute(
                sa.select(schema.event_actors.c.name).where(
                    schema.event_actors.c.event_id == event_id
                )
            ).scalars()
        )
        by_actor = stats.compute(conn, stats.EventsPlan(), groups=["actor"])["by_actor"]
    assert names == {actor["name"] for actor in event["actors"]}
    assert "Cártel de Sinaloa" in names
    sinaloa = next(g for g in by_actor if g["name"] == "Cártel de Sinaloa")
    assert (sinaloa["events"], sinaloa["fatalities"]) == (1, event["fatalities"])


def test_timestamps_are_stored_and_read_as_utc(store: Store) -> None:
    from datetime import UTC, datetime, timedelta, timezone

    from sucesos.alerts.store import list_alerts, raise_alert

    local = datetime(2026, 11, 1, 7, 30, tzinfo=timezone(timedelta(hours=-6)))
    with store.engine.begin() as conn:
        raised = raise_alert(conn, "utc-check", "rule", {"title": "t"}, at=local)
    assert raised is not None
    (stored,) = list_alerts(store, since=datetime(2026, 11, 1, 13, 30, tzinfo=UTC))
    assert stored["created_at"] == "2026-11-01T13:30:00+00:00"
    assert list_alerts(store, since="2026-11-01T13:31:00+00:00") == []


def test_a_refused_write_is_reported_in_one_line_without_the_statement() -> None:
    # What ingest ([E040]) and batch load ([B010]) report: the driver's reason, not
    # SQLAlchemy's copy of the statement with the article's whole text.
    from sucesos.store.refusals import refusal_reason

    engine = sa.create_engine("sqlite://")
    text = "Texto sintético de un artículo rechazado. " * 50
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT)"))
        conn.execute(sa.text("INSERT INTO notes VALUES ('a', :t)"), {"t": text})
        with pytest.raises(sa.exc.IntegrityError) as refused:
            conn.execute(sa.text("INSERT INTO notes VALUES ('a', :t)"), {"t": text})
    reason = refusal_reason(refused.value)
    assert reason == "IntegrityError: UNIQUE constraint failed: notes.id"


def test_bulk_insert_on_sqlite_stores_what_sqlalchemy_stores(tmp_path: Path) -> None:
    """`insert_many` hands SQLite's driver the rows itself; each value must come out as
    SQLAlchemy's own executemany writes it (JSON, dates, timestamps, packed records, NULLs)."""
    import sqlite3
    from datetime import UTC, datetime

    from sucesos.store.writer import article_row, insert_many, record_row

    articles = [make_article(n, source=f"Medio Sintético {n}") for n in range(3)]
    stamp = datetime(2024, 9, 14, 8, 30, tzinfo=UTC)
    article_rows = [article_row(a, stamp) for a in articles]
    record_rows = [
        record_row(make_record(a, place="culiacan", date="2024-09-13", fatalities=n))
        for n, a in enumerate(articles)
    ]
    dumps = []
    for name, bulk in (("driver", True), ("sqlalchemy", False)):
        path = tmp_path / f"{name}.db"
        with Store(path) as store, store.engine.begin() as conn:
            for table, rows in ((schema.articles, article_rows), (schema.records, record_rows)):
                if bulk:
                    insert_many(conn, table, rows)
                else:
                    conn.execute(table.insert(), rows)
        raw = sqlite3.connect(path)
        dumps.append(
            [
                raw.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
                for t in ("articles", "records")
            ]
        )
        raw.close()
    assert dumps[0] == dumps[1]
    assert len(dumps[0][1]) == 3
