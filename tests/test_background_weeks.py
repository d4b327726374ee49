"""An incident dated only to a week that ended before the day the lead dates its news ("la
semana pasada", "last week") is background, neither a live event nor part of the lead's
incident. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from test_background import assert_context_only, live, run


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "La semana pasada, hombres armados incendiaron tres vehículos en la misma carretera.",
            "La semana pasada",
        ),
        ("en", "Last week, gunmen torched three vehicles on the same highway.", "Last week"),
    ],
)
def test_an_act_of_last_week_is_background(language: str, context: str, words: str) -> None:
    assert_context_only(language, context, words)


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "Esta semana, hombres armados también incendiaron tres vehículos en Jacona.",
            "Esta semana",
        ),
        ("en", "This week, gunmen also torched three vehicles in nearby Jacona.", "This week"),
    ],
)
def test_an_act_of_this_week_stays_news(language: str, context: str, words: str) -> None:
    events = run(language, context)
    assert any(words in x.text for e in live(events) for x in e.evidence)
