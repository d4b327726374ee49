"""`sucesos reextract`: a store rebuilt from its own articles with today's extraction, on real
SQLite databases (the PostgreSQL target is in test_postgres.py). Articles are synthetic."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import write_jsonl

from sucesos import api
from sucesos.alerts.rules import WatchRule, add_rule, list_rules
from sucesos.cli import main
from sucesos.models import Article, EventRecord
from sucesos.monitor.feeds import add_feed, list_feeds
from sucesos.store import Store
from sucesos.store.queries import get_article

# Invented reports (marked synthetic), each with one incident in one named town.
ARTICLES = [
    {
        "id": "synthetic-reextract-1",
        "url": "https://example.org/reextract/1",
        "title": "Ataque armado deja tres muertos en Celaya",
        "text": "[Texto sintético] Hombres armados asesinaron a tres personas la noche del "
        "martes en un taller de la colonia Centro de Celaya, Guanajuato, informó la Fiscalía "
        "del estado.",
        "published": "2025-03-12",
        "source": "Diario Sintético",
        "language": "es",
    },
    {
        "id": "synthetic-reextract-2",
        "url": "https://example.org/reextract/2",
        "title": "Detienen a cinco en Culiacán",
        "text": "[Texto sintético] Elementos de la Guardia Nacional detuvieron a cinco hombres "
        "armados durante un operativo el jueves en Culiacán, Sinaloa, según la Secretaría de "
        "Seguridad.",
        "published": "2025-03-14",
        "source": "Noticias de Prueba",
        "language": "es",
    },
]


def _nothing(article: Article, home_state: str | None = None, **_: object) -> list[EventRecord]:
    return []  # an older extraction that found nothing in these texts


def _events(store: Store) -> list[tuple[Any, ...]]:
    keys = ("category", "date", "admin1", "admin2", "fatalities", "n_sources")
    return sorted((tuple(e[k] for k in keys) for e in store.events(limit=None)), key=repr)


@pytest.fixture
def news(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "news.jsonl", ARTICLES)


@pytest.fixture
def old_store(tmp_path: Path, news: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database whose articles were ingested by an extraction that found no event."""
    db = tmp_path / "old.db"
    with monkeypatch.context() as patch:
        patch.setattr(api, "_extract", _nothing)
        with api.open_store(db) as store:
            api.ingest([news], store=store)
            assert store.count("articles") == 2 and store.count("events") == 0
    return db


def test_reextract_gives_the_events_of_todays_extraction(
    old_store: Path, news: Path, tmp_path: Path
) -> None:
    with api.open_store(tmp_path / "direct.db") as direct:
        api.ingest([news], store=direct)
        expected = _events(direct)
    with api.open_store(old_store) as source, api.open_store(tmp_path / "new.db") as target:
        summary = api.reextract(source, target)
        assert summary.articles_read == 2 and summary.articles_new == 2
        assert _events(target) == expected and len(expected) == 2


def test_reextract_leaves_the_old_database_unchanged(old_store: Path, tmp_path: Path) -> None:
    with api.open_store(old_store) as source, api.open_store(tmp_path / "new.db") as target:
        api.reextract(source, target)
        assert source.count("events") == 0 and source.count("articles") == 2


def test_reextract_keeps_the_articles_as_stored(old_store: Path, tmp_path: Path) -> None:
    with api.open_store(old_store) as source, api.open_store(tmp_path / "new.db") as target:
        api.reextract(source, target)
        for item in ARTICLES:
            with source.engine.connect() as a, target.engine.connect() as b:
                old, new = get_article(a, item["id"]), get_article(b, item["id"])
            assert old is not None and new is not None
            fields = ("text", "title", "url", "source", "published", "language")
            assert {k: new[k] for k in fields} == {k: old[k] for k in fields}


def test_reextract_copies_feeds_items_and_rules(old_store: Path, tmp_path: Path) -> None:
    with api.open_store(old_store) as source:
        add_feed(source, "https://example.org/feed.xml", name="Feed sintético")
        add_rule(source, WatchRule(name="celaya", state="Guanajuato", min_fatalities=1))
        with api.open_store(tmp_path / "new.db") as target:
            summary = api.reextract(source, target)
            assert [f.url for f in list_feeds(target)] == ["https://example.org/feed.xml"]
            assert [r.name for r in list_rules(target)] == ["celaya"]
            assert summary.settings["feeds"] == 1 and summary.settings["watch_rules"] == 1
            _, created = add_feed(target, "https://example.org/other.xml")
            assert created and len(list_feeds(target)) == 2


def test_reextract_run_again_adds_nothing(old_store: Path, tmp_path: Path) -> None:
    with api.open_store(old_store) as source, api.open_store(tmp_path / "new.db") as target:
        api.reextract(source, target)
        before = _events(target)
        again = api.reextract(source, target)
        assert again.articles_new == 0 and again.articles_skipped == 2
        assert _events(target) == before


def test_reextract_refuses_to_write_into_the_database_it_reads(old_store: Path) -> None:
    with (
        api.open_store(old_store) as source,
        api.open_store(old_store) as same,
        pytest.raises(api.ReextractError),
    ):
        api.reextract(source, same)


def test_reextract_command_names_the_new_database(old_store: Path, tmp_path: Path) -> None:
    new = tmp_path / "new.db"
    result = CliRunner().invoke(main, ["--db", str(old_store), "reextract", "--to", str(new)])
    assert result.exit_code == 0, result.output
    assert "2 articles read: 2 new" in result.output and str(new) in result.output
    with api.open_store(new) as target:
        assert target.count("events") == 2


def test_reextract_command_refuses_the_same_database(old_store: Path) -> None:
    result = CliRunner().invoke(main, ["--db", str(old_store), "reextract", "--to", str(old_store)])
    assert result.exit_code == 2 and "must not be the one read" in result.output
