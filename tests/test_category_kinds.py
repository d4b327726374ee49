"""The category filter also finds events whose secondary kinds hold the category (issue 9,
item 1: a roadblock that is part of a clash is a kind of the clash, "so filters still find
them"): through the CLI on a real SQLite file and through the HTTP API of a real server.
The article is invented for these tests."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from sucesos.cli import main
from sucesos.web.server import BackgroundServer
from sucesos.web.settings import Settings

CLASH = {
    "id": "synthetic-kinds-1",
    "url": "https://example.org/sintetico/kinds-1",
    "title": "Enfrentamiento en Zitácuaro deja cuatro muertos (sintético)",
    "text": (
        "Hombres armados atacaron la madrugada de este lunes a elementos de la Guardia "
        "Nacional en la comunidad de San Felipe, en el municipio de Zitácuaro, Michoacán, y en "
        "el intercambio de disparos murieron cuatro presuntos agresores, informó la Fiscalía "
        "del Estado.\n\nTras repeler la agresión, los militares aseguraron tres fusiles y una "
        "camioneta. En el lugar fueron detenidos dos hombres que intentaban huir."
    ),
    "published": "2026-11-16",
    "source": "Diario Sintético de Michoacán",
    "language": "es",
}


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("kinds")
    news = folder / "news.jsonl"
    news.write_text(json.dumps(CLASH, ensure_ascii=False) + "\n", encoding="utf-8")
    db = folder / "kinds.db"
    code, out = run("--db", str(db), "ingest", str(news))
    assert code == 0, out
    return db


def events(db: Path, *filters: str) -> list[dict[str, object]]:
    code, out = run("--db", str(db), "events", "--format", "jsonl", "--limit", "0", *filters)
    assert code == 0, out
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def clash_of(found: list[dict[str, object]]) -> list[dict[str, object]]:
    return [e for e in found if e["category"] == "armed_clash"]


def test_the_clash_holds_its_arrests_as_a_kind(store: Path) -> None:
    # The precondition of the filter tests: the arrests are no event of their own.
    found = events(store)
    assert any(e["admin2"] == "Zitácuaro" for e in clash_of(found))
    assert not [e for e in found if e["category"] == "arrest"]


def test_cli_category_filter_finds_the_part_of_an_incident(store: Path) -> None:
    assert clash_of(events(store, "--category", "arrest"))


def test_cli_category_filter_by_the_main_category_still_works(store: Path) -> None:
    assert clash_of(events(store, "--category", "armed_clash"))


@pytest.fixture(scope="module")
def client(store: Path) -> Iterator[httpx.Client]:
    with (
        BackgroundServer(Settings(db=str(store))) as server,
        httpx.Client(base_url=server.url, timeout=30) as http,
    ):
        yield http


def test_api_category_filter_finds_the_part_of_an_incident(client: httpx.Client) -> None:
    r = client.get("/api/events", params={"category": "arrest"})
    assert r.status_code == 200
    assert [e for e in r.json()["events"] if e["category"] == "armed_clash"]


def test_api_category_filter_leaves_out_other_events(client: httpx.Client) -> None:
    r = client.get("/api/events", params={"category": "protest"})
    assert r.status_code == 200
    assert r.json()["events"] == []
