"""The place inside a town keeps apart two shootings of one town and day: two outlets (one
in Spanish, one in English, with different tolls) report a shooting in colonia Las Quintas
of Culiacán, a third another shooting in colonia Tierra Blanca that night. The first two are
one disputed event with both figures, the third an event of its own.

The story (tests/fixtures/stories/two_colonias_one_day.jsonl, synthetic) goes through the
real extractor into a real SQLite store, and into PostgreSQL when SUCESOS_TEST_PG_URL names a
server; the extractor's site, its storage and the resolver's rule are tested on their own too.
"""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from conftest import live, toll_event

from sucesos import api
from sucesos.extract import extract
from sucesos.models import Article
from sucesos.resolve.core import compatible
from sucesos.resolve.mentions import Cluster, Mention
from sucesos.store import Store, schema
from sucesos.web.server import BackgroundServer
from sucesos.web.settings import Settings

STORY = Path(__file__).parent / "fixtures" / "stories" / "two_colonias_one_day.jsonl"
QUINTAS = ["syn-col-01", "syn-col-02"]
TIERRA_BLANCA = "syn-col-03"


def _check_two_events(store: Store) -> None:
    assert api.ingest([STORY], store=store).errors == []
    quintas = {toll_event(store, a) for a in QUINTAS}
    other = toll_event(store, TIERRA_BLANCA)
    assert len(quintas) == 1 and other not in quintas
    event = store.event(next(iter(quintas)))
    assert event is not None
    assert (event["fatalities_min"], event["fatalities_max"]) == (2, 3)
    assert event["disputed"]
    assert event["site"] == "Las Quintas"


def test_two_shootings_of_one_town_and_day_in_two_colonias_are_two_events(store: Store) -> None:
    _check_two_events(store)


@pytest.mark.skipif(
    not os.environ.get("SUCESOS_TEST_PG_URL"), reason="set SUCESOS_TEST_PG_URL to run PostgreSQL"
)
def test_the_two_shootings_stay_apart_on_postgres() -> None:
    from test_postgres import fresh_database

    with fresh_database() as url, api.open_store(url) as store:
        _check_two_events(store)


def test_the_record_keeps_the_colonia_it_names_without_its_town() -> None:
    text = (
        "Un hombre fue asesinado a balazos la noche del lunes en el fraccionamiento Villa "
        "Real de Los Mochis, Sinaloa, informó la policía."
    )
    records = live(extract(Article(text=text, language="es")))
    assert [r.site for r in records] == ["Villa Real"]  # not the town after it


def test_an_english_colonia_after_its_name_is_the_site() -> None:
    text = "Gunmen shot dead two men on Sunday in the Villa Bonita colonia of Hermosillo, Sonora."
    assert [r.site for r in live(extract(Article(text=text, language="en")))] == ["Villa Bonita"]


def test_a_neighborhood_after_a_towns_possessive_is_the_site() -> None:
    text = "Gunmen shot dead two men on Sunday in Hermosillo's Villa Bonita neighborhood."
    assert [r.site for r in live(extract(Article(text=text, language="en")))] == ["Villa Bonita"]


def test_the_de_of_a_barrio_is_no_part_of_its_name() -> None:
    text = "Dos hombres fueron asesinados el domingo en el barrio de San Roque, en Tlaxcala."
    assert [r.site for r in live(extract(Article(text=text, language="es")))] == ["San Roque"]


def test_the_records_site_is_stored_in_its_column(store: Store) -> None:
    assert api.ingest([STORY], store=store).errors == []
    with store.engine.connect() as conn:
        sites = conn.execute(
            sa.select(schema.records.c.site).where(schema.records.c.article_id == TIERRA_BLANCA)
        ).scalars()
        assert "Tierra Blanca" in set(sites)


def _mention(site: str, toll: int = 1) -> Mention:
    return Mention(
        record_id="r",
        article_id="a",
        category="attack",
        family="violence",
        state="MX-SIN",
        municipality="25006",
        day=740000,
        precision="day",
        fatalities=toll,
        site=site,
    )


def _cluster(sites: set[str], toll: int = 1) -> Cluster:
    return Cluster(
        id="e",
        family="violence",
        state="MX-SIN",
        municipality="25006",
        day=740000,
        precision="day",
        category="attack",
        fatalities_min=toll,
        fatalities_max=toll,
        sites=sites,
        n_records=1,
    )


def test_two_different_sites_of_one_town_and_day_do_not_match() -> None:
    assert not compatible(_mention("tierra blanca"), _cluster({"las quintas"}))


def test_a_site_that_contains_the_other_may_match() -> None:
    assert compatible(_mention("las quintas"), _cluster({"las quintas de culiacan"}))


def test_the_event_page_shows_the_site(store: Store, db_path: Path) -> None:
    assert api.ingest([STORY], store=store).errors == []
    event_id = toll_event(store, TIERRA_BLANCA)
    store.close()
    with (
        BackgroundServer(Settings(db=str(db_path))) as server,
        httpx.Client(base_url=server.url, timeout=30) as http,
    ):
        page = http.get(f"/events/{event_id}?lang=en").text
    assert '<dd id="site">Tierra Blanca</dd>' in page


def _drop_sites_and_forget_migration(conn: sa.Connection) -> None:
    """As a store of an earlier session left it: no site columns, migration 15 not applied."""
    for table in ("records", "events"):
        conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN site")
    conn.execute(schema.schema_migrations.delete().where(schema.schema_migrations.c.version == 15))


def _site_columns(store: Store) -> set[str]:
    inspector = sa.inspect(store.engine)
    return {
        f"{t}.{c['name']}"
        for t in ("records", "events")
        for c in inspector.get_columns(t)
        if c["name"] == "site"
    }


def test_an_earlier_sqlite_store_gets_the_site_columns(db_path: Path) -> None:
    with Store(db_path) as store, store.engine.begin() as conn:
        _drop_sites_and_forget_migration(conn)
    with Store(db_path) as store:
        assert _site_columns(store) == {"records.site", "events.site"}
        assert api.ingest([STORY], store=store).errors == []


@pytest.mark.skipif(
    not os.environ.get("SUCESOS_TEST_PG_URL"), reason="set SUCESOS_TEST_PG_URL to run PostgreSQL"
)
def test_an_earlier_postgres_store_gets_the_site_columns() -> None:
    from test_postgres import fresh_database

    with fresh_database() as url:
        with api.open_store(url) as store, store.engine.begin() as conn:
            _drop_sites_and_forget_migration(conn)
        with api.open_store(url) as store:
            assert _site_columns(store) == {"records.site", "events.site"}
