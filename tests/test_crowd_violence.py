"""A crowd named as the doer of a burning, a smashing or a storming is a riot (ACLED's Riots:
demonstrators or a mob engaging in violence), not an arson by unknown hands: "los normalistas
irrumpieron en…", "pobladores enardecidos quemaron…", "villagers torched…". Every sentence
here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 11, 16)


def live(text: str, language: str) -> list[str]:
    events = extract(Article(text=text, published=PUB, language=language))
    return [e.category for e in events if e.status in ("reported", "disputed")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Los normalistas irrumpieron en el palacio municipal de Tixtla, Guerrero, tras "
         "derribar la puerta con un camión, que después fue incendiado.", "es"),
        ("Pobladores enardecidos quemaron dos patrullas frente a la comandancia de Tixtla, "
         "Guerrero, el domingo.", "es"),
        ("Angry villagers torched two police cars outside the town hall in Tixtla, Guerrero, "
         "on Sunday.", "en"),
    ],
)  # fmt: skip
def test_a_crowd_that_burns_or_storms_is_a_riot(text: str, language: str) -> None:
    assert live(text, language) == ["riot"]
