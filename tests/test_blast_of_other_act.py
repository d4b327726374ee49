"""A blast told only by the words of its outcome, in an article that names no explosive and
tells a shooting or an arson, is what that act did (issue 9, wrong-category): the car that
exploded under the gunfire, the burning truck that blew up, the shots the neighbours took for
fireworks. The category is the attack or the arson; an explosive named keeps the explosion.
Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 11, 3)


def _categories(text: str, language: str) -> list[str]:
    return [e.category for e in live(extract(Article(text=text, published=PUB, language=language)))]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hombres armados dispararon contra dos camionetas en un camino de Cuitzeo, "
            "Michoacán, este domingo y mataron a cuatro personas. Los vecinos escucharon una "
            "explosión cuando una de las camionetas se incendió.",
            "es",
        ),
        (
            "Gunmen opened fire on two family cars on a dirt road near Cuitzeo, Michoacán, on "
            "Sunday, killing four people. Relatives said one of the cars exploded under the "
            "gunfire.",
            "en",
        ),
    ],
)
def test_a_vehicle_that_blew_up_in_a_shooting_is_the_shooting(text: str, language: str) -> None:
    found = _categories(text, language)
    assert "attack" in found
    assert "explosion" not in found


def test_shots_heard_as_fireworks_are_the_shooting() -> None:
    text = (
        "Un comando asesinó a cinco jóvenes en una fiesta de Cuitzeo, Michoacán, este domingo. "
        "Los invitados pensaron al principio que oían explosiones de cohetes."
    )
    found = _categories(text, "es")
    assert "attack" in found
    assert "explosion" not in found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hombres armados atacaron una vivienda en Cuitzeo, Michoacán, este domingo. Una "
            "explosión destruyó la fachada; los peritos hallaron restos de una granada.",
            "es",
        ),
        (
            "Gunmen attacked a house in Cuitzeo, Michoacán, on Sunday. A blast destroyed its "
            "front wall, and investigators found the remains of a grenade.",
            "en",
        ),
    ],
)
def test_a_blast_with_an_explosive_named_stays_an_explosion(text: str, language: str) -> None:
    assert "explosion" in _categories(text, language)
