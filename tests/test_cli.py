"""Each CLI command on a real SQLite file (CliRunner in-process, --db in a temp folder)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import article_json, write_jsonl

from sucesos.cli import main

COMMANDS = [
    ["ingest"],
    ["extract"],
    ["events"],
    ["events", "show"],
    ["export"],
    ["stats"],
    ["demo"],
    ["eval"],
    ["serve"],
]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def news(tmp_path: Path) -> Path:
    return write_jsonl(
        tmp_path / "news.jsonl",
        [
            article_json(1, "Diario Sintético", test_events=[{"fatalities": 3}]),
            article_json(2, "Noticias Sintéticas", test_events=[{"fatalities": 5}]),
            article_json(3, "Diario Sintético", test_events=[{"place": "uruapan"}]),
        ],
    )


@pytest.fixture
def loaded(news: Path, db_path: Path, fake_extraction: None) -> Path:
    code, out, _ = run("--db", str(db_path), "ingest", str(news))
    assert code == 0, out
    return db_path


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help(command: list[str]) -> None:
    code, out, _ = run(*command, "--help")
    assert code == 0
    assert "Usage:" in out
    assert len(out.split("\n\n")[1].strip()) > 20  # a real description, not an empty stub


def test_ingest_prints_a_summary(news: Path, db_path: Path, fake_extraction: None) -> None:
    code, out, err = run("--db", str(db_path), "ingest", str(news))
    assert code == 0
    assert out.strip() == (
        "3 articles read: 3 new, 0 already stored; 3 event records; "
        "2 events created, 0 updated; 0 errors"
    )
    assert err == ""
    code, out, _ = run("--db", str(db_path), "ingest", str(news))
    assert code == 0 and "3 articles read: 0 new, 3 already stored" in out


def test_ingest_reports_bad_lines_and_fails_when_nothing_is_read(
    tmp_path: Path, db_path: Path
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n", "utf-8")
    code, _, err = run("--db", str(db_path), "ingest", str(bad))
    assert code == 1
    assert err.splitlines()[0].startswith(f"{bad}:1: ")
    assert "no article could be read" in err


def test_ingest_strict_fails_on_any_error(
    tmp_path: Path, db_path: Path, fake_extraction: None
) -> None:
    mixed = write_jsonl(tmp_path / "mixed.jsonl", [article_json(1)])
    mixed.write_text(mixed.read_text("utf-8") + "{oops\n", "utf-8")
    code, _, _ = run("--db", str(db_path), "ingest", str(mixed))
    assert code == 0
    code, _, err = run("--db", str(tmp_path / "other.db"), "ingest", "--strict", str(mixed))
    assert code == 1
    assert f"{mixed}:2: " in err


def test_extract_writes_json_lines_and_stores_nothing(
    news: Path, db_path: Path, fake_extraction: None
) -> None:
    code, out, _ = run("--db", str(db_path), "extract", str(news))
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["fatalities"] for r in records] == [3, 5, 3]
    assert {"id", "article_id", "category", "locations", "counts", "evidence"} <= set(records[0])
    assert not db_path.exists()


def test_events_lists_and_filters(loaded: Path) -> None:
    code, out, _ = run("--db", str(loaded), "events")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["ID", "DATE", "STATE"]
    assert len(lines) == 4 and lines[-1] == "showing 2 of 2 events"
    code, out, _ = run("--db", str(loaded), "events", "--state", "michoacan", "--format", "jsonl")
    (event,) = [json.loads(line) for line in out.splitlines()]
    assert event["admin2"] == "Uruapan"
    code, out, _ = run("--db", str(loaded), "events", "--status", "disputed", "--format", "csv")
    (row,) = list(csv.DictReader(io.StringIO(out)))
    assert (row["admin2"], row["fatalities"], row["n_sources"]) == ("Culiacán", "3", "2")
    from sucesos.export.formats import EVENT_COLUMNS

    assert tuple(row) == EVENT_COLUMNS  # the same columns as /api/events?format=csv


def test_events_rejects_a_bad_date(loaded: Path) -> None:
    code, _, err = run("--db", str(loaded), "events", "--since", "last week")
    assert code == 2 and "not a date" in err


def test_events_show_puts_figures_side_by_side(loaded: Path) -> None:
    _, out, _ = run("--db", str(loaded), "events", "--state", "Sinaloa", "--format", "jsonl")
    event_id = json.loads(out)["id"]
    code, out, _ = run("--db", str(loaded), "events", "show", event_id[:6])
    assert code == 0
    assert f"Event {event_id}  [disputed]" in out
    assert "DISPUTED:" in out
    figures = out.split("Figures by source:\n")[1].split("\n\n")[0].splitlines()
    assert "Diario Sintético" in figures[0] and "Noticias Sintéticas" in figures[0]
    rows = {line.split()[0]: line for line in figures[1:]}
    assert rows["fatalities"].split() == ["fatalities", "3", "5"]
    assert "3 (Fiscalía de Sinaloa)" in rows["killed"] and "5 (Fiscalía" in rows["killed"]
    assert "History:" in out and "linked report from Noticias Sintéticas" in out
    code, out, _ = run("--db", str(loaded), "events", "show", event_id, "--json")
    assert json.loads(out)["fatalities_max"] == 5


def test_events_show_unknown_id_fails(loaded: Path) -> None:
    code, _, err = run("--db", str(loaded), "events", "show", "nope")
    assert code == 1 and "no event" in err


@pytest.mark.parametrize("fmt", ["acled-csv", "geojson", "parquet", "jsonl"])
def test_export_writes_each_format(loaded: Path, tmp_path: Path, fmt: str) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    out_file = tmp_path / f"out.{fmt}"
    code, _, err = run("--db", str(loaded), "export", "--format", fmt, "-o", str(out_file))
    assert code == 0
    assert err.strip() == f"2 events written to {out_file}"
    assert out_file.stat().st_size > 0


def test_export_to_stdout(loaded: Path) -> None:
    code, out, _ = run("--db", str(loaded), "export", "--format", "acled-csv")
    assert code == 0
    assert out.startswith("event_id_cnty,event_date,year,")
    assert len(out.splitlines()) == 3


def test_stats(loaded: Path) -> None:
    code, out, _ = run("--db", str(loaded), "stats")
    assert code == 0
    assert out.splitlines()[0].startswith("events 2  fatalities 6  disputed 1")
    assert "Sinaloa" in out and "2024-W37" in out
    code, out, _ = run("--db", str(loaded), "stats", "--json")
    by_state = {g["name"]: (g["events"], g["fatalities"]) for g in json.loads(out)["by_state"]}
    assert by_state == {"Michoacán de Ocampo": (1, 3), "Sinaloa": (1, 3)}


def test_demo_builds_a_fresh_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SUCESOS_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    for _ in range(2):  # the second run recreates the demo database
        code, out, _ = run("demo", "--no-serve")
        assert code == 0
        assert f"Demo database: sqlite:///{tmp_path}/sucesos/demo.db" in out
        assert "44 articles read: 44 new" in out or "articles read" in out
    code, _, err = run("--db", str(tmp_path / "sucesos" / "demo.db"), "demo", "--no-serve")
    assert code == 2 and "already holds data" in err


def test_eval_runs_the_evaluation(tmp_path: Path) -> None:
    gold = write_jsonl(
        tmp_path / "gold.jsonl",
        [
            {
                "id": "synthetic-1",
                "set": "monitor_ppd",
                "text": "[Sintético] Asesinan a dos hombres en Culiacán, Sinaloa",
                "language": "es",
                "published": "2024-09-14",
                "source": None,
                "url": None,
                "gold": {"admin1": "Sinaloa", "admin2": "Culiacán", "killed": 2},
            }
        ],
    )
    report = tmp_path / "report.json"
    code, out, _ = run("eval", str(gold), "--json", str(report), "--limit", "1")
    assert code == 0 and out.strip()
    assert isinstance(json.loads(report.read_text("utf-8")), dict)


def test_eval_reads_every_gold_file_of_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "dev"
    folder.mkdir()
    fixture = Path(__file__).parent / "fixtures" / "eval" / "synthetic_gold.jsonl"
    (folder / "synthetic_gold.jsonl").write_text(fixture.read_text("utf-8"), encoding="utf-8")
    report = tmp_path / "report.json"
    code, _, _ = run("eval", str(folder), "--json", str(report))
    single = tmp_path / "single.json"
    run("eval", str(fixture), "--json", str(single))
    assert code == 0
    from_folder, from_file = (json.loads(p.read_text("utf-8"))["sets"] for p in (report, single))
    assert from_folder == from_file and from_folder
