"""The kind of town written before its name sets an act in it as the name alone does ("en
el poblado X", "en la comunidad X", "in the village of Y", "in the township of Y"): an act
so placed is in that town, and two acts the same day in two towns are two happenings, not
one (issue 9). Every sentence here was written for these tests."""

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
        "La madrugada del sábado un hombre fue apuñalado durante un baile en el poblado "
        "Tlacotalpan, Veracruz. "
        "Por la tarde, sujetos armados emboscaron una camioneta en el municipio de "
        "Cosamaloapan y mataron a tres personas."
    ),
    "en": (
        "Early on Saturday a man was stabbed at a dance in the village of Tlacotalpan, "
        "Veracruz. "
        "That afternoon gunmen ambushed a pickup truck in the town of Cosamaloapan, killing "
        "three people."
    ),
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_an_act_in_a_named_kind_of_town_is_its_own(language: str) -> None:
    events = run(TWO_TOWNS[language], language)
    towns = sorted(
        loc.admin2 or "" for e in events for loc in e.locations if loc.precision != "state"
    )
    assert len(events) == 2
    assert towns == ["Cosamaloapan de Carpio", "Tlacotalpan"]
