"""A gun's words that look like a blast (issue 9, wrong-category): a firearm fired told with
"detonar" and its article ("el escolta detonó una pistola") is a shooting, and shells
recovered at a scene or counted by the guns that fired them ("shells from five different
guns") are casings; neither is an explosion. A device that detonates still is. Every sentence
here was written for these tests."""

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
            "En una fiesta de Apizaco, Tlaxcala, un invitado detonó un arma de fuego contra "
            "otro este domingo y lo mató.",
            "es",
        ),
        (
            "Two men were shot dead outside a bar in Apizaco, Tlaxcala, on Sunday. Police "
            "recovered shells from five different guns at the scene.",
            "en",
        ),
    ],
)
def test_a_gun_fired_is_a_shooting_not_a_blast(text: str, language: str) -> None:
    found = _categories(text, language)
    assert "attack" in found
    assert "explosion" not in found


def test_a_device_that_detonates_is_still_an_explosion() -> None:
    text = (
        "Un artefacto explosivo detonó al paso de una patrulla en Apizaco, Tlaxcala, este domingo."
    )
    assert "explosion" in _categories(text, "es")
