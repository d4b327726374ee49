"""An action of the forces told as another one ("En otro operativo, …", "En acciones
distintas, …", "el segundo operativo", "In another operation, …") is an incident of its own: its
arrests and seizures do not join those of the operation told before, even in the same town
and on the same day (issue 9). Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 11, 17)


def run(text: str, language: str) -> list[EventRecord]:
    return live(extract(Article(text=text, published=PUB, language=language)))


TWO_RAIDS = {
    "es": (
        "Agentes estatales catearon el jueves una vivienda de la colonia Centro, en Irapuato, "
        "donde detuvieron a tres hombres y aseguraron dos armas largas. "
        "En otro operativo, elementos de la Guardia Nacional detuvieron a dos mujeres que "
        "llevaban droga en la misma ciudad."
    ),
    "en": (
        "State police raided a house in the city of Irapuato on Thursday, arresting three "
        "men and seizing two rifles. "
        "In another operation, National Guard troops arrested two women carrying drugs in "
        "the same city."
    ),
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_another_operation_keeps_its_own_arrests(language: str) -> None:
    events = run(TWO_RAIDS[language], language)
    arrested = sorted(
        max((c.value for c in e.counts if c.what == "arrested"), default=0) for e in events
    )
    assert arrested == [2, 3]
