"""The town of the hospital where the wounded died or are treated is no place of the act
(issue 9, wrong place), told with no trip to it: "murieron, ya bajo atención médica, en un
hospital de X", "died while being treated at a hospital in X", "receiving medical care at
hospitals in X and Y". A sentence that tells only that gave a record of its own set in the
hospital's town. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 3, 4)


def towns(language: str, text: str) -> set[str]:
    found = live(extract(Article(text=text, published=PUB, language=language)))
    return {loc.name for e in found for loc in e.locations}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Un comando irrumpió en un bar de Apaseo el Grande y mató a ocho clientes el sábado.\n"
            "Otras dos personas murieron el domingo, ya bajo atención médica, en un hospital "
            "de Celaya.",
        ),
        (
            "en",
            "Gunmen shot dead eight customers inside a bar in Apaseo el Grande on Saturday.\n"
            "Later, two wounded women died while being treated at a hospital in Celaya.",
        ),
    ],
)
def test_the_town_of_the_hospital_where_the_wounded_died_is_no_scene(
    language: str, text: str
) -> None:
    assert towns(language, text) == {"Apaseo el Grande"}


def test_the_towns_of_the_hospitals_treating_the_wounded_are_no_scene() -> None:
    assert towns(
        "en",
        "Gunmen opened fire on a family party in Salvatierra late on Friday, killing four.\n"
        "The wounded are receiving medical care at hospitals in Celaya and Acámbaro.",
    ) == {"Salvatierra"}
