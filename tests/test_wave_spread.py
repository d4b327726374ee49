"""How far a wave reached ("La ola de violencia se extendió a diversos municipios del estado
como Mazatlán y Navolato", "The wave of violence spread to several towns across the state")
tells the spread of acts the article tells apart, no happening of its own: no event beside
the news. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 1, 8)


@pytest.mark.parametrize(
    ("language", "news", "spread"),
    [
        (
            "es",
            "Hombres armados incendiaron este jueves tres camiones en Culiacán, Sinaloa.",
            "La ola de violencia se extendió a diversos municipios del estado como Mazatlán, "
            "Navolato y Guasave.",
        ),
        (
            "en",
            "Gunmen set fire to three trucks on Thursday in Culiacán, Sinaloa.",
            "The wave of violence spread to several towns across the state, including "
            "Mazatlán, Navolato and Guasave.",
        ),
    ],
)
def test_the_reach_of_a_wave_is_no_event(language: str, news: str, spread: str) -> None:
    events = extract(Article(text=f"{news} {spread}", published=PUB, language=language))
    assert [e.category for e in live(events)] == ["arson"]
