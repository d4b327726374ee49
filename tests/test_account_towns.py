"""The town of an event whose sentences name none: the town of the account it goes on
telling, named by the nearest sentence before it, not the article's first town. One test per
language; every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article

MONDAY = date(2024, 7, 1)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Al menos cinco personas fueron asesinadas en Guerrero durante el fin de semana.\n\n"
            "En Iguala, la mañana del sábado fueron asesinados dos jóvenes.\n\n"
            "La tarde del sábado fue hallado el cuerpo de una mujer en Acapulco.\n\n"
            "Ya el domingo, policías estatales detuvieron a dos hombres armados en la colonia "
            "Centro.",
            "es",
        ),
        (
            "At least five people were killed in Guerrero over the weekend.\n\n"
            "In Iguala, two young men were shot dead on Saturday morning.\n\n"
            "On Saturday afternoon, the body of a woman was found in Acapulco.\n\n"
            "On Sunday, state police arrested two armed men in a downtown neighborhood.",
            "en",
        ),
    ],
)
def test_an_act_set_in_no_town_takes_the_town_told_just_before_it(text: str, language: str) -> None:
    events = extract(Article(text=text, published=MONDAY, language=language))
    (arrest,) = [e for e in events if e.category == "arrest"]
    assert arrest.locations[0].admin2 == "Acapulco de Juárez"
