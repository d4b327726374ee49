"""The public Python API: ingest (read → extract → resolve → store), re-ingest, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_json, write_jsonl

import sucesos
from sucesos import api
from sucesos.store import Store


def _two_outlets(tmp_path: Path) -> Path:
    return write_jsonl(
        tmp_path / "news.jsonl",
        [
            article_json(1, "Diario Sintético", test_events=[{"fatalities": 3}]),
            article_json(
                2,
                "Noticias Sintéticas",
                test_events=[{"fatalities": 4, "date": "2024-09-14"}, {"place": "uruapan"}],
            ),
            article_json(3, "Diario Sintético"),  # no event in it
        ],
    )


def test_package_exports_the_api() -> None:
    for name in ("open_store", "ingest", "export", "Store", "IngestSummary"):
        assert hasattr(sucesos, name)


@pytest.mark.usefixtures("fake_extraction")
def test_ingest_stores_articles_records_and_resolved_events(tmp_path: Path, store: Store) -> None:
    summary = api.ingest([_two_outlets(tmp_path)], store=store, batch_size=2)
    assert summary.to_dict() == {
        "articles_read": 3,
        "articles_new": 3,
        "articles_skipped": 0,
        "records": 3,
        "events_created": 2,
        "events_updated": 0,
        "errors": [],
    }
    (merged,) = store.events(state="Sinaloa")
    assert merged["n_sources"] == 2
    assert (merged["fatalities_min"], merged["fatalities_max"]) == (3, 4)


@pytest.mark.usefixtures("fake_extraction")
def test_a_later_report_updates_a_stored_event(tmp_path: Path, store: Store) -> None:
    first = write_jsonl(
        tmp_path / "a.jsonl", [article_json(1, "Diario Sintético", test_events=[{}])]
    )
    later = write_jsonl(
        tmp_path / "b.jsonl", [article_json(2, "Noticias Sintéticas", test_events=[{}])]
    )
    assert api.ingest([first], store=store).events_created == 1
    summary = api.ingest([later], store=store)
    assert (summary.events_created, summary.events_updated) == (0, 1)


@pytest.mark.usefixtures("fake_extraction")
def test_reingesting_the_same_file_is_a_no_op(tmp_path: Path, store: Store) -> None:
    path = _two_outlets(tmp_path)
    api.ingest([path], store=store)
    before = {t: store.count(t) for t in ("articles", "records", "events", "claims")}
    again = api.ingest([path], store=store)
    assert (again.articles_new, again.articles_skipped, again.records) == (0, 3, 0)
    assert {t: store.count(t) for t in before} == before


@pytest.mark.usefixtures("fake_extraction")
def test_duplicate_articles_within_one_input_are_stored_once(tmp_path: Path, store: Store) -> None:
    item = article_json(1)
    summary = api.ingest([write_jsonl(tmp_path / "dup.jsonl", [item, item])], store=store)
    assert (summary.articles_new, summary.articles_skipped) == (1, 1)
    assert store.count("articles") == 1


@pytest.mark.usefixtures("fake_extraction")
def test_bad_lines_are_reported_with_path_and_line(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "mixed.jsonl"
    good = write_jsonl(tmp_path / "good.jsonl", [article_json(1)]).read_text("utf-8")
    path.write_text(good + "{not json\n", "utf-8")
    summary = api.ingest([path], store=store)
    assert summary.articles_new == 1
    assert len(summary.errors) == 1
    assert summary.errors[0].startswith(f"{path}:2:")


def test_strict_ingest_raises_on_the_first_error(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("{not json\n", "utf-8")
    with pytest.raises(api.IngestError) as info:
        api.ingest([path], store=store, strict=True)
    assert str(info.value).startswith(f"{path}:1:")


def test_extraction_failure_is_an_error_not_a_crash(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(
        article: sucesos.Article, home_state: str | None = None, **_: object
    ) -> list[sucesos.EventRecord]:
        raise ValueError("synthetic failure")

    monkeypatch.setattr(api, "_extract", broken)
    path = write_jsonl(tmp_path / "one.jsonl", [article_json(1)])
    summary = api.ingest([path], store=store)
    assert summary.articles_new == 1
    assert summary.errors == [f"{path}:1: extraction failed: ValueError: synthetic failure"]


def test_extract_articles_yields_records_without_storing(
    tmp_path: Path, fake_extraction: None
) -> None:
    pairs = list(api.extract_articles([_two_outlets(tmp_path)]))
    assert [len(records) for _, records in pairs] == [1, 2, 0]


def test_demo_refuses_a_database_that_holds_data(tmp_path: Path) -> None:
    db = tmp_path / "real.db"
    with api.open_store(db) as store:
        api.ingest([write_jsonl(tmp_path / "a.jsonl", [article_json(1)])], store=store)
    with pytest.raises(api.DemoError):
        api.demo(db)


def test_demo_ingests_the_bundled_corpus(tmp_path: Path) -> None:
    corpus = sorted(api.demo_corpus().glob("*.json"))
    assert corpus, "the demo corpus is bundled"
    store, summary = api.demo(tmp_path / "demo.db")
    with store:
        assert summary.errors == []
        assert summary.articles_new == len(corpus)
        assert store.count("articles") == len(corpus)


def test_env_variable_chooses_the_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUCESOS_DB", str(tmp_path / "from-env.db"))
    with api.open_store() as store:
        assert store.url.endswith("from-env.db")
    assert (tmp_path / "from-env.db").exists()


def test_default_database_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SUCESOS_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    with api.open_store() as store:
        assert store.url == f"sqlite:///{tmp_path / 'xdg' / 'sucesos' / 'sucesos.db'}"


def test_outlet_home_state_is_learned_from_the_store(tmp_path: Path) -> None:
    """A local outlet's reports that name no place land in the state where its other,
    confidently placed reports fall (synthetic headlines)."""
    from sucesos import ingest, open_store

    outlet = "El Sudcaliforniano Sintético"
    towns = ["Los Cabos", "Comondú", "Mulegé", "Loreto", "Los Cabos", "Comondú"]
    placed = [
        {"id": f"p{i}", "text": f"Detienen a dos narcomenudistas en {town}, Baja California Sur",
         "published": "2026-11-10", "source": outlet, "language": "es"}
        for i, town in enumerate(towns)
    ]  # fmt: skip
    unplaced = {"id": "u1", "text": "Detienen a un hombre armado en la colonia Centro",
                "published": "2026-11-24", "source": outlet, "language": "es"}  # fmt: skip
    store = open_store(str(tmp_path / "homes.db"))
    ingest([write_jsonl(tmp_path / "placed.jsonl", placed)], store=store)
    ingest([write_jsonl(tmp_path / "unplaced.jsonl", [unplaced])], store=store)
    events = store.events(state="Baja California Sur", category="arrest", limit=50)
    assert any(e["admin2"] is None and e["admin1_code"] == "MX-BCS" for e in events)
