"""An act whose sentence names its town in no words that place it there ("en el conflictivo
X", "in troubled X") and an act of its kind set in another town are two happenings, when
each has its own victims and they are told in the same years: the first has no town for the
merge, but the town it names is not the second's (issue 9, separate incidents merged).
Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 11, 17)


def run(text: str, language: str) -> list[EventRecord]:
    return live(extract(Article(text=text, published=PUB, language=language)))


TWO_TOWNS = {
    "es": (
        "Un ataque armado en el conflictivo Salvatierra dejó un hombre muerto y dos heridos. "
        "En el municipio de Celaya, dos sicarios mataron a tiros a un vendedor de elotes "
        "frente a su puesto."
    ),
    "en": (
        "A shooting at a bar in troubled Salvatierra left one man dead and two wounded. "
        "In the city of Celaya, a street vendor was shot dead in the Las Flores "
        "neighborhood."
    ),
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_town_named_otherwise_still_sets_an_act_apart(language: str) -> None:
    events = run(TWO_TOWNS[language], language)
    towns = sorted(
        loc.admin2 or "" for e in events for loc in e.locations if loc.precision != "state"
    )
    assert len(events) == 2
    assert towns == ["Celaya", "Salvatierra"]
