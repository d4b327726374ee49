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


PART_ELSEWHERE = {
    "es": (
        "El sábado, sujetos armados hirieron a dos hombres dentro de un restaurante del "
        "municipio de Celaya. "
        "La tarde del sábado, el cadáver de un joven con huellas de tortura apareció junto a "
        "un canal del conflictivo Salvatierra."
    ),
    "en": (
        "On Saturday gunmen wounded two men inside a restaurant in the town of Celaya. "
        "On Saturday afternoon the tortured body of a young man turned up beside a canal in "
        "troubled Salvatierra."
    ),
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_find_named_in_another_town_is_no_part_of_the_attack(language: str) -> None:
    events = run(PART_ELSEWHERE[language], language)
    assert len(events) == 2
    towns = sorted(
        loc.admin2 or "" for e in events for loc in e.locations if loc.precision != "state"
    )
    assert towns == ["Celaya", "Salvatierra"]
