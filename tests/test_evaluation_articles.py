"""Scoring on hand-coded full articles (sucesos.evaluation.articles), with invented articles.

The gold below is built here from invented texts the way the team's articles gold is: each
event's evidence sentence is given by its fingerprint (sha1 and length) only.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from sucesos.cli import main
from sucesos.evaluation import evaluate_articles, format_article_scores
from sucesos.models import Count, EventRecord, Evidence, Location, SourceRef

TEXT = (
    "Hombres armados mataron a tres personas en un taller de Uruapan, Michoacán, informó la "
    "Fiscalía estatal. Los agresores huyeron en una camioneta. En 2019, otro ataque en la "
    "misma colonia dejó dos muertos."
)
NEWS = "Hombres armados mataron a tres personas en un taller de Uruapan, Michoacán"
PAST = "En 2019, otro ataque en la misma colonia dejó dos muertos."


def fingerprint(sentence: str) -> dict[str, Any]:
    return {
        "evidence_sha1": hashlib.sha1(sentence.encode()).hexdigest(),
        "evidence_len": len(sentence),
    }


def write_set(tmp_path: Path) -> tuple[Path, Path]:
    gold = {
        "id": "inv-1",
        "published": "2026-11-16",
        "language": "es",
        "text_sha1": hashlib.sha1(TEXT.encode()).hexdigest(),
        "events": [
            {
                "category": "attack",
                "status": "reported",
                "date": "2026-11-16",
                "admin1": "Michoacán",
                "admin2": "Uruapan",
                "counts": {"killed": 3},
                "source_of_figures": "Fiscalía de Michoacán",
                **fingerprint(NEWS),
            },
            {
                "category": "attack",
                "status": "historical",
                "date": "2019",
                "admin1": "Michoacán",
                "admin2": None,
                "counts": {"killed": 2},
                "source_of_figures": None,
                **fingerprint(PAST),
            },
        ],
    }
    texts = {"id": "inv-1", "text": TEXT, "published": "2026-11-16", "language": "es"}
    gold_path, texts_path = tmp_path / "gold.jsonl", tmp_path / "texts.jsonl"
    gold_path.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    texts_path.write_text(json.dumps(texts, ensure_ascii=False) + "\n", encoding="utf-8")
    return gold_path, texts_path


def record(category: str, status: str, evidence: str, **kw: Any) -> EventRecord:
    return EventRecord(
        id=category + status,
        article_id="inv-1",
        category=category,
        status=status,  # type: ignore[arg-type]
        evidence=[Evidence(evidence, 0, len(evidence))],
        **kw,
    )


def fixed(records: list[EventRecord]) -> Any:
    class Art:
        id = "inv-1"

    return lambda paths: [(Art(), records)]


URUAPAN = Location("Uruapan", "Michoacán", "MX-MIC", "Uruapan", "16102", precision="municipality")


def test_a_right_record_scores_every_figure(tmp_path: Path) -> None:
    gold, texts = write_set(tmp_path)
    right = record(
        "attack",
        "reported",
        TEXT[:120],
        date="2026-11-16",
        locations=[URUAPAN],
        fatalities=3,
        sources=[SourceRef("Fiscalía estatal de Michoacán")],
    )
    f = evaluate_articles(gold, texts, extractor=fixed([right])).figures()
    assert (f["recall_strict"], f["precision"], f["killed_exact"]) == (1.0, 1.0, 1.0)
    assert (f["municipality"], f["date"], f["sourced"], f["leaks"]) == (1.0, 1.0, 1.0, 0)


def test_background_reported_as_news_is_a_leak(tmp_path: Path) -> None:
    gold, texts = write_set(tmp_path)
    leak = record("attack", "reported", PAST, locations=[URUAPAN], counts=[Count("killed", 2)])
    scores = evaluate_articles(gold, texts, extractor=fixed([leak]))
    assert scores.figures()["leaks"] == 1
    assert "LEAK inv-1" in format_article_scores(scores, show=True)


def test_show_lists_a_record_no_gold_event_pairs_as_extra(tmp_path: Path) -> None:
    gold, texts = write_set(tmp_path)
    right = record("attack", "reported", TEXT[:120], date="2026-11-16", locations=[URUAPAN])
    other = record("protest", "reported", "Los agresores huyeron en una camioneta.")
    shown = format_article_scores(
        evaluate_articles(gold, texts, extractor=fixed([right, other])), show=True
    )
    assert "EXTRA inv-1: protest reported | Los agresores huyeron" in shown
    assert "EXTRA inv-1: attack" not in shown


def test_show_lists_a_paired_record_of_another_day(tmp_path: Path) -> None:
    gold, texts = write_set(tmp_path)
    late = record("attack", "reported", TEXT[:120], date="2026-11-17", locations=[URUAPAN])
    shown = format_article_scores(
        evaluate_articles(gold, texts, extractor=fixed([late])), show=True
    )
    assert "DATE inv-1: gold 2026-11-16 pred 2026-11-17" in shown


def test_family_match_counts_loose_not_strict(tmp_path: Path) -> None:
    gold, texts = write_set(tmp_path)
    clash = record("armed_clash", "reported", TEXT[:60], locations=[URUAPAN])
    f = evaluate_articles(gold, texts, extractor=fixed([clash])).figures()
    assert (f["recall_loose"], f["recall_strict"]) == (1.0, 0.0)


def test_other_state_is_no_match(tmp_path: Path) -> None:
    gold, texts = write_set(tmp_path)
    elsewhere = Location("Colima", "Colima", "MX-COL", precision="state")
    f = evaluate_articles(
        gold, texts, extractor=fixed([record("attack", "reported", TEXT, locations=[elsewhere])])
    ).figures()
    assert (f["recall_loose"], f["precision"]) == (0.0, 0.0)


def test_cli_scores_articles_with_their_texts(tmp_path: Path) -> None:
    gold, texts = write_set(tmp_path)
    result = CliRunner().invoke(main, ["eval", str(gold), "--texts", str(texts)])
    assert result.exit_code == 0, result.output
    assert "articles=1 gold_events=1" in result.output
    assert "recall_strict=" in result.output


def test_cli_refuses_articles_gold_without_texts(tmp_path: Path) -> None:
    gold, _ = write_set(tmp_path)
    result = CliRunner().invoke(main, ["eval", str(gold)])
    assert result.exit_code != 0
    assert "--texts" in result.output
