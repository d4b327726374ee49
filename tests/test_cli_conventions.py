"""The CLI's conventions for a new user (issue 12): `--db` anywhere, filters checked with
suggestions, "showing N of M", an empty database that says what to run, the names people
use, filtered stats and exports, article options on extract/ingest, and a fast start."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import article_json, make_record, write_jsonl

from sucesos import api
from sucesos.cli import COMMANDS, hoist_db, main
from sucesos.models import Actor, Article, EventRecord


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _with_actor(article: Article, home_state: str | None = None, **_: object) -> list[EventRecord]:
    """Fake extraction: one attack per article, its perpetrator named in the metadata."""
    spec = article.metadata.get("test_events") or [{}]
    actor = article.metadata.get("actor", "Grupo armado sin identificar")
    return [
        make_record(
            article,
            n=i,
            actors=[Actor(actor, "cartel", "perpetrator")],
            **{k: v for k, v in s.items() if k != "actor"},
        )
        for i, s in enumerate(spec)
    ]


@pytest.fixture
def loaded(tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Three events: two in Sinaloa (one by the CJNG, disputed 3 vs 5), one in Michoacán."""
    monkeypatch.setattr(api, "_extract", _with_actor)
    news = write_jsonl(
        tmp_path / "news.jsonl",
        [
            article_json(1, "Diario Sintético", actor="Cártel de Jalisco Nueva Generación"),
            article_json(
                2,
                "Noticias Sintéticas",
                actor="Cártel de Jalisco Nueva Generación",
                test_events=[{"fatalities": 5, "attributed_to": "vecinos"}],
            ),
            article_json(3, "Diario Sintético", test_events=[{"place": "uruapan"}]),
            article_json(
                4,
                "Diario Sintético",
                test_events=[{"place": "uruapan", "date": "2024-09-01", "fatalities": 1}],
            ),
        ],
    )
    code, out, _ = run("--db", str(db_path), "ingest", str(news))
    assert code == 0, out
    return db_path


# --- --db anywhere ----------------------------------------------------------------------


def test_db_is_accepted_after_the_command(loaded: Path) -> None:
    before = run("--db", str(loaded), "events", "--format", "jsonl")
    after = run("events", "--format", "jsonl", "--db", str(loaded))
    assert after[0] == 0 and after[1] == before[1] and after[1]


def test_db_is_accepted_after_a_subcommand_and_as_db_equals(loaded: Path) -> None:
    _, out, _ = run("--db", str(loaded), "events", "--format", "jsonl", "--limit", "1")
    event_id = json.loads(out)["id"]
    code, out, _ = run("events", "show", event_id, f"--db={loaded}")
    assert code == 0 and f"Event {event_id}" in out


def test_db_after_double_dash_is_left_alone() -> None:
    assert hoist_db(["extract", "--", "--db", "x"]) == ["extract", "--", "--db", "x"]


# --- empty databases and counts ------------------------------------------------------------


def test_an_empty_database_says_so_and_where_the_demo_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SUCESOS_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    demo = tmp_path / "sucesos" / "demo.db"
    demo.parent.mkdir(parents=True)
    demo.write_bytes(b"")
    code, out, err = run("events")
    assert code == 0 and out == ""
    assert f"No events in sqlite:///{tmp_path}/sucesos/sucesos.db yet." in err
    assert f"sucesos --db {demo} events" in err
    assert "sucesos ingest" in err


def test_events_say_how_many_of_how_many(loaded: Path) -> None:
    code, out, _ = run("--db", str(loaded), "events", "--limit", "1")
    assert code == 0
    assert out.splitlines()[-1].startswith("showing 1 of 3 events (--limit 0 for all")


def test_events_count_goes_to_stderr_for_machine_formats(loaded: Path) -> None:
    _, out, err = run("--db", str(loaded), "events", "--format", "jsonl", "--limit", "2")
    assert len(out.splitlines()) == 2 and err.startswith("showing 2 of 3 events")


def test_events_sort_by_fatalities(loaded: Path) -> None:
    _, out, _ = run("--db", str(loaded), "events", "--format", "jsonl", "--sort", "fatalities")
    assert [json.loads(line)["fatalities"] for line in out.splitlines()] == [1, 3, 3]


# --- filters: the names people use; clear errors -------------------------------------------


@pytest.mark.parametrize("state", ["Sinaloa", "sinaloa", "MX-SIN", "SIN", "25"])
def test_state_by_name_iso_or_inegi_code(loaded: Path, state: str) -> None:
    _, out, _ = run("--db", str(loaded), "events", "--state", state, "--format", "jsonl")
    assert [json.loads(line)["admin1"] for line in out.splitlines()] == ["Sinaloa"]


@pytest.mark.parametrize("actor", ["CJNG", "Jalisco New Generation Cartel", "cjng", "Jalisco"])
def test_actor_by_any_alias(loaded: Path, actor: str) -> None:
    _, out, _ = run("--db", str(loaded), "events", "--actor", actor, "--format", "jsonl")
    assert [json.loads(line)["admin2"] for line in out.splitlines()] == ["Culiacán"]


@pytest.mark.parametrize(
    ("option", "value", "suggestion"),
    [
        ("--state", "Sinaloaa", "'Sinaloa'"),
        ("--category", "atack", "'attack'"),
        ("--status", "disputd", "'disputed'"),
    ],
)
def test_unknown_filter_values_fail_with_suggestions(
    loaded: Path, option: str, value: str, suggestion: str
) -> None:
    code, out, err = run("--db", str(loaded), "events", option, value)
    assert code == 2 and out == ""
    assert f"unknown {option[2:]} {value!r}; did you mean {suggestion}" in err


def test_stats_take_the_filters_and_show_fatalities(loaded: Path) -> None:
    code, out, _ = run("--db", str(loaded), "stats", "--state", "Michoacán", "--json")
    stats = json.loads(out)
    assert code == 0 and (stats["events"], stats["fatalities"]) == (2, 4)
    code, out, _ = run("--db", str(loaded), "stats", "--actor", "CJNG")
    assert out.splitlines()[0].startswith("events 1  fatalities 3  disputed 1")
    assert "Culiacán, Sinaloa" in out and "Uruapan" not in out


def test_stats_say_when_a_group_is_cut(loaded: Path) -> None:
    _, out, _ = run("--db", str(loaded), "stats", "--top", "1")
    assert "… 1 more (--top 0 shows all)" in out


def test_stats_reject_unknown_filters_like_events(loaded: Path) -> None:
    code, _, err = run("--db", str(loaded), "stats", "--category", "picnic")
    assert code == 2 and "unknown category 'picnic'" in err


# --- exports of a view ----------------------------------------------------------------------


def test_export_takes_the_events_filters(loaded: Path) -> None:
    code, out, err = run("--db", str(loaded), "export", "--format", "jsonl", "--state", "MIC")
    assert code == 0 and err.startswith("2 events written")
    assert {json.loads(line)["admin1"] for line in out.splitlines()} == {"Michoacán de Ocampo"}


def test_csv_export_carries_outlets_urls_and_a_summary(loaded: Path) -> None:
    _, out, _ = run("--db", str(loaded), "export", "--format", "csv", "--actor", "CJNG")
    (row,) = list(csv.DictReader(io.StringIO(out)))
    assert row["sources"] == "Diario Sintético; Noticias Sintéticas"
    assert row["source_urls"] == "https://example.org/1 https://example.org/2"
    assert row["summary"] == (
        "Attack in Culiacán, Sinaloa on 2024-09-13: 3 killed "
        "(reports range 3–5; the sources' median coded), by Cártel de Jalisco Nueva Generación; "
        "2 sources; sources disagree on killed: "
        "Diario Sintético 3, Noticias Sintéticas 5."
    )


def test_acled_export_leaves_out_events_without_an_acled_type(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def extract(article: Article, home_state: str | None = None, **_: object) -> list[EventRecord]:
        record = make_record(article, category=article.metadata["category"])
        if record.category == "statement":
            record.event_type = record.sub_event_type = None
        return [record]

    monkeypatch.setattr(api, "_extract", extract)
    news = write_jsonl(
        tmp_path / "n.jsonl",
        [article_json(1, category="attack"), article_json(2, "Otro", category="statement")],
    )
    run("--db", str(db_path), "ingest", str(news))
    code, out, err = run("--db", str(db_path), "export", "--format", "acled-csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and [r["event_type"] for r in rows] == ["Violence against civilians"]
    assert "1 events left out: no ACLED event type fits their category (statement 1)" in err


# --- extract and ingest options -------------------------------------------------------------

NOTE = (
    "Asesinan a dos hombres en Celaya (sintético)\n\n"
    "[Texto sintético] Hombres armados asesinaron a dos hombres en una calle de Celaya, "
    "Guanajuato, informó la policía municipal.\n"
)


def test_a_headerless_text_file_takes_its_first_line_as_title(
    tmp_path: Path, db_path: Path
) -> None:
    note = tmp_path / "nota.txt"
    note.write_text(NOTE, "utf-8")
    run("--db", str(db_path), "ingest", str(note))
    with api.open_store(db_path) as store:
        (event,) = store.events()
        title = store.event(event["id"])["reports"][0]["title"]  # type: ignore[index]
    assert title == "Asesinan a dos hombres en Celaya (sintético)"


def test_an_undated_article_gives_an_undated_event(tmp_path: Path, db_path: Path) -> None:
    note = tmp_path / "nota.txt"
    note.write_text(NOTE, "utf-8")
    run("--db", str(db_path), "ingest", str(note))
    with api.open_store(db_path) as store:
        (event,) = store.events()
    assert event["date"] is None and event["date_precision"] is None


def test_ingest_takes_published_source_title_and_language(tmp_path: Path, db_path: Path) -> None:
    note = tmp_path / "nota.txt"
    note.write_text(NOTE, "utf-8")
    code, _, _ = run(
        "ingest",
        str(note),
        "--db",
        str(db_path),
        "--published",
        "2026-11-20",
        "--source",
        "Diario Sintético del Bajío",
        "--title",
        "Doble homicidio en Celaya",
        "--language",
        "es",
    )
    assert code == 0
    with api.open_store(db_path) as store:
        (event,) = store.events()
        report = store.event(event["id"])["reports"][0]  # type: ignore[index]
    assert event["date"] == "2026-11-20"
    assert (report["source"], report["title"]) == (
        "Diario Sintético del Bajío",
        "Doble homicidio en Celaya",
    )


def test_extract_takes_published_for_relative_dates(tmp_path: Path) -> None:
    note = tmp_path / "nota.txt"
    note.write_text(NOTE.replace("informó", "la noche del viernes, informó"), "utf-8")
    _, out, _ = run("extract", str(note), "--published", "2026-11-23", "--format", "json")
    (record,) = json.loads(out)
    assert record["date"] == "2026-11-20"


def test_extract_rejects_a_bad_published_date(tmp_path: Path) -> None:
    note = tmp_path / "nota.txt"
    note.write_text(NOTE, "utf-8")
    code, _, err = run("extract", str(note), "--published", "next friday")
    assert code == 2 and "not a date" in err


def test_extract_prints_a_table_for_people(tmp_path: Path) -> None:
    note = tmp_path / "nota.txt"
    note.write_text(NOTE, "utf-8")
    code, out, _ = run("extract", str(note), "--format", "table")
    header, row = out.splitlines()
    assert code == 0 and header.split()[:3] == ["ARTICLE", "DATE", "STATE"]
    assert "Guanajuato" in row and "Celaya" in row


# --- start-up -------------------------------------------------------------------------------


def test_lazy_command_help_matches_each_command() -> None:
    import importlib

    for name, (target, short) in COMMANDS.items():
        module, _, attribute = target.partition(":")
        command = getattr(importlib.import_module(module), attribute)
        assert command.get_short_help_str(70) == short, name


@pytest.mark.parametrize("args", [["--help"], ["events", "--help"], ["stats", "--help"]])
def test_help_loads_neither_the_store_nor_the_web_stack(args: list[str]) -> None:
    code = (
        "import sys; from sucesos.cli import main\n"
        f"try:\n    main({args!r})\nexcept SystemExit:\n    pass\n"
        "heavy = sorted(m for m in ('sqlalchemy', 'fastapi', 'uvicorn', 'sucesos.extract.places',"
        " 'sucesos.resolve', 'sucesos.store') if m in sys.modules)\n"
        "print('HEAVY', heavy)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.splitlines()[-1] == "HEAVY []"
