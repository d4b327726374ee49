"""Exports: ACLED-compatible CSV (exact columns and codes), GeoJSON, Parquet, JSON Lines."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from conftest import make_article, make_record

from sucesos import api
from sucesos.export.acled import COLUMNS, acled_row, government_period
from sucesos.models import Actor
from sucesos.resolve import resolve_records
from sucesos.store import Store

ACLED_HEADER = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
    "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
    "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,"
    "source,source_scale,notes,fatalities,tags,timestamp"
)
# The one column after ACLED's own: the URL of every report, to check a row at its source.
HEADER = ACLED_HEADER + ",source_urls"


@pytest.fixture
def filled(store: Store) -> Store:
    """Two events: an attack reported by two outlets that disagree, and a clash in Uruapan."""
    a = make_article(1, source="Diario Sintético del Pacífico")
    b = make_article(2, source="Noticias Sintéticas de Sinaloa")
    resolve_records(store, [make_record(a, fatalities=3)], a)
    resolve_records(store, [make_record(b, fatalities=5, attributed_to="vecinos")], b)
    c = make_article(3, published="2024-10-02")
    clash = make_record(
        c,
        place="uruapan",
        date="2024-10-02",
        fatalities=2,
        actors=[
            Actor("Guardia Nacional", "state_forces", "participant"),
            Actor("Cártel Sintético", "cartel", "participant"),
        ],
    )
    clash.event_type, clash.sub_event_type = "Battles", "Armed clash"
    resolve_records(store, [clash], c)
    return store


def _acled(store: Store) -> list[dict[str, str]]:
    out = io.StringIO()
    assert api.export(store, "acled-csv", out) == 2
    text = out.getvalue()
    assert text.splitlines()[0] == HEADER
    return list(csv.DictReader(io.StringIO(text)))


def test_acled_csv_has_exactly_the_acled_columns(filled: Store) -> None:
    assert ",".join(COLUMNS) == HEADER
    rows = _acled(filled)
    assert all(list(row) == COLUMNS for row in rows)


def test_acled_csv_follows_the_codebook(filled: Store) -> None:
    attack, clash = _acled(filled)
    assert attack["event_date"] == "2024-09-13" and attack["year"] == "2024"
    assert attack["time_precision"] == "1"
    assert attack["disorder_type"] == "Political violence"
    assert attack["actor1"] == "Unidentified Armed Group (Mexico)"
    assert attack["inter1"] == "Political militia"
    assert attack["actor2"] == "Civilians (Mexico)"
    assert attack["interaction"] == "Political militia-Civilians"
    assert attack["civilian_targeting"] == "Civilian targeting"
    assert (attack["iso"], attack["region"], attack["country"]) == (
        "484",
        "Central America",
        "Mexico",
    )
    assert (attack["admin1"], attack["admin2"]) == ("Sinaloa", "Culiacán")
    assert attack["geo_precision"] == "2"
    assert attack["fatalities"] == "3"  # the lowest reported figure
    assert attack["source"] == "Diario Sintético del Pacífico; Noticias Sintéticas de Sinaloa"
    assert (
        "sources disagree on killed: Diario Sintético del Pacífico 3, Noticias" in (attack["notes"])
    )
    assert attack["tags"] == "disputed"
    assert attack["event_id_cnty"].startswith("MEX")

    assert clash["actor1"] == "Military Forces of Mexico (2024-)"
    assert clash["actor2"] == "Cártel Sintético"
    assert clash["interaction"] == "State forces-Political militia"
    assert clash["civilian_targeting"] == ""


def test_unknown_perpetrator_is_an_unidentified_armed_group() -> None:
    row = acled_row(
        {
            "id": "x",
            "date": "2019-05-01",
            "event_type": "Violence against civilians",
            "actors": [],
        }
    )
    assert row["actor1"] == "Unidentified Armed Group (Mexico)"
    assert row["actor2"] == "Civilians (Mexico)"
    gunmen = {"name": "Unidentified armed group", "kind": "armed_group", "role": "perpetrator"}
    row = acled_row({"id": "x", "date": "2019-05-01", "actors": [gunmen]})
    assert (row["actor1"], row["inter1"]) == (
        "Unidentified Armed Group (Mexico)",
        "Political militia",
    )
    advisory = acled_row({"id": "x", "date": "2019-05-01", "event_type": None, "actors": []})
    assert advisory["actor1"] == ""


def test_a_named_victim_is_no_acled_actor() -> None:
    gunmen = {"name": "Unidentified armed group", "kind": "armed_group", "role": "perpetrator"}
    victim = {"name": "Rosa Elena Villalobos Treviño", "kind": "person", "role": "target"}
    row = acled_row(
        {
            "id": "x",
            "date": "2026-03-10",
            "event_type": "Violence against civilians",
            "actors": [gunmen, victim],
        }
    )
    assert (row["actor2"], row["inter2"]) == ("Civilians (Mexico)", "Civilians")


def test_state_actors_are_named_by_government_period() -> None:
    from datetime import date

    assert government_period(date(2024, 9, 30)) == "2018-2024"
    assert government_period(date(2024, 10, 1)) == "2024-"
    assert government_period(date(2010, 1, 1)) == "2006-2012"
    police = {"name": "Policía Municipal", "kind": "police", "role": "target"}
    row = acled_row({"id": "x", "date": "2020-02-02", "actors": [police]})
    assert row["actor2"] == "Police Forces of Mexico (2018-2024)"
    assert row["inter2"] == "State forces"


def test_geojson_is_a_feature_collection_of_points(filled: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.geojson"
    assert api.export(filled, "geojson", path) == 2
    data = json.loads(path.read_text("utf-8"))
    assert data["type"] == "FeatureCollection"
    first = data["features"][0]
    assert first["geometry"] == {"type": "Point", "coordinates": [-107.394, 24.8091]}
    assert first["properties"]["n_sources"] == 2
    assert first["properties"]["sources"] == [
        "Diario Sintético del Pacífico",
        "Noticias Sintéticas de Sinaloa",
    ]


def test_parquet_reads_back(filled: Store, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "events.parquet"
    assert api.export(filled, "parquet", path) == 2
    table = pq.read_table(path)
    assert table.column_names[: len(COLUMNS)] == COLUMNS
    rows = table.to_pylist()
    assert [r["fatalities"] for r in rows] == [3, 2]
    assert rows[0]["fatalities_max"] == 5 and rows[0]["disputed"] is True
    assert {c["source"] for c in json.loads(rows[0]["claims"])} == {
        "Diario Sintético del Pacífico",
        "Noticias Sintéticas de Sinaloa",
    }


def test_jsonl_has_one_event_per_line_with_its_claims(filled: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    assert api.export(filled, "jsonl", path) == 2
    events = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    assert len(events) == 2
    claims = events[0]["claims"]
    assert sorted((c["source"], c["what"], c["value"]) for c in claims) == [
        ("Diario Sintético del Pacífico", "fatalities", 3),
        ("Diario Sintético del Pacífico", "killed", 3),
        ("Noticias Sintéticas de Sinaloa", "fatalities", 5),
        ("Noticias Sintéticas de Sinaloa", "killed", 5),
    ]


def test_unknown_format_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        api.export(store, "xlsx", io.StringIO())
