"""Views of the store over HTTP (issue 12): the API checks filters exactly as the CLI does,
takes the names people use, and downloads any view with its sources (real uvicorn server on
127.0.0.1, real SQLite store)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from conftest import make_article, make_record

from sucesos import api
from sucesos.cli import main
from sucesos.models import Actor
from sucesos.resolve import resolve_records
from sucesos.web.server import BackgroundServer
from sucesos.web.settings import Settings


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An attack in Culiacán by the CJNG told by two outlets that disagree (3 vs 5), an
    arrest by the army in Uruapan, and a statement (no ACLED type) in Uruapan."""
    path = tmp_path_factory.mktemp("views") / "views.db"
    cjng = [Actor("Cártel de Jalisco Nueva Generación", "cartel", "perpetrator")]
    with api.open_store(path) as store:
        a = make_article(1, source="Diario Sintético del Pacífico")
        b = make_article(2, source="Noticias Sintéticas de Sinaloa")
        resolve_records(store, [make_record(a, fatalities=3, actors=cjng)], a)
        resolve_records(store, [make_record(b, fatalities=5, actors=cjng)], b)
        c = make_article(3, published="2024-10-02")
        arrest = make_record(
            c,
            place="uruapan",
            date="2024-10-02",
            category="arrest",
            fatalities=None,
            actors=[Actor("Secretaría de la Defensa Nacional", "state_forces", "perpetrator")],
        )
        arrest.event_type, arrest.sub_event_type = "Strategic developments", "Arrests"
        resolve_records(store, [arrest], c)
        d = make_article(4, published="2024-10-03")
        said = make_record(d, place="uruapan", date="2024-10-03", category="statement")
        said.event_type = said.sub_event_type = None
        resolve_records(store, [said], d)
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[httpx.Client]:
    with (
        BackgroundServer(Settings(db=str(db))) as server,
        httpx.Client(base_url=server.url, timeout=30) as http,
    ):
        yield http


def _places(client: httpx.Client, **params: str) -> list[str]:
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    return sorted(e["admin2"] for e in r.json()["events"])


@pytest.mark.parametrize("state", ["Michoacán", "michoacan", "MX-MIC", "MIC", "16"])
def test_state_by_name_iso_or_inegi_code(client: httpx.Client, state: str) -> None:
    assert _places(client, state=state) == ["Uruapan", "Uruapan"]


@pytest.mark.parametrize("actor", ["CJNG", "Jalisco New Generation Cartel"])
def test_actor_by_alias(client: httpx.Client, actor: str) -> None:
    assert _places(client, actor=actor) == ["Culiacán"]


@pytest.mark.parametrize("actor", ["Sedena", "Ejército", "Mexican Army"])
def test_army_by_any_alias(client: httpx.Client, actor: str) -> None:
    assert _places(client, actor=actor) == ["Uruapan"]


@pytest.mark.parametrize(
    ("name", "value"), [("state", "Michoacan de Ocampoo"), ("category", "atack"), ("status", "x")]
)
def test_unknown_filter_is_422_with_the_cli_message(
    client: httpx.Client, db: Path, name: str, value: str
) -> None:
    r = client.get("/api/events", params={name: value})
    assert r.status_code == 422
    result = CliRunner().invoke(main, ["--db", str(db), "events", f"--{name}", value])
    assert result.exit_code == 2
    assert r.json()["detail"] in " ".join(result.stderr.split())


def test_export_takes_the_events_filters(client: httpx.Client) -> None:
    r = client.get("/api/export", params={"format": "jsonl", "state": "Sinaloa"})
    assert r.status_code == 200
    events = [json.loads(line) for line in r.text.splitlines()]
    assert [e["admin2"] for e in events] == ["Culiacán"]


def test_export_of_one_event(client: httpx.Client) -> None:
    (event,) = client.get("/api/events", params={"state": "SIN"}).json()["events"]
    r = client.get("/api/export", params={"format": "geojson", "event": event["id"]})
    (feature,) = r.json()["features"]
    assert feature["id"] == event["id"]
    assert feature["properties"]["source_urls"] == [
        "https://example.org/diario-sintético-del-pacífico/1",
        "https://example.org/noticias-sintéticas-de-sinaloa/2",
    ]


def test_json_export_is_one_array_with_sources(client: httpx.Client) -> None:
    events = client.get("/api/export", params={"format": "json", "category": "arrest"}).json()
    assert [e["category"] for e in events] == ["arrest"]
    assert events[0]["sources"][0]["url"].startswith("https://example.org/")


def test_acled_export_fills_event_type_and_says_what_it_left_out(client: httpx.Client) -> None:
    r = client.get("/api/export", params={"format": "acled-csv"})
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 2 and all(row["event_type"] for row in rows)
    assert r.headers["x-sucesos-left-out"] == "statement=1"


def test_acled_source_scale_and_summary_notes(client: httpx.Client) -> None:
    r = client.get("/api/export", params={"format": "acled-csv", "state": "Sinaloa"})
    (row,) = list(csv.DictReader(io.StringIO(r.text)))
    assert row["source_scale"] == "National"
    assert row["notes"].startswith("Attack in Culiacán, Sinaloa on 2024-09-13: 3 killed")
    assert "sources disagree on killed: Diario Sintético del Pacífico 3" in row["notes"]
    assert row["notes"].count(". ") == 0 and row["notes"].endswith(".")  # one sentence


def test_places_in_a_box_most_populous_first(client: httpx.Client) -> None:
    r = client.get("/api/places", params={"bbox": "-102.2,19.3,-101.9,19.5", "limit": 3})
    places = r.json()["places"]
    assert places[0]["name"] == "Uruapan"
    assert [p["population"] for p in places] == sorted(
        (p["population"] for p in places), reverse=True
    )
