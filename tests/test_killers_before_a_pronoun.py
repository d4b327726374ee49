"""The people counted before a verb of killing whose object is a pronoun are the killers: "dos
sujetos lo asesinaron", "tres hombres armados los ejecutaron", "two men arrived and murdered
him". The pronoun says how many died (one, or at least two), not the figure before it (issue
9, casualty grammar: attackers counted as victims). Every sentence here was written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 11, 20)


def killed(language: str, text: str) -> list[tuple[int, bool]]:
    events: list[EventRecord] = extract(Article(text=text, published=PUB, language=language))
    return [(e.fatalities or 0, any(c.group == "armed_group" for c in e.counts)) for e in events]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Dos sujetos lo asesinaron a balazos en la colonia El Carmen de Jacona, Michoacán."),
        (
            "es",
            "Fueron dos hombres quienes entraron al salón y lo acribillaron frente a sus alumnos "
            "en Cosamaloapan, Veracruz.",
        ),
        (
            "en",
            "The maker of the video was closing his shop in Cuautla when two unknown men walked "
            "in and murdered him with several shots.",
        ),
    ],
)
def test_a_singular_pronoun_makes_one_dead(language: str, text: str) -> None:
    assert killed(language, text) == [(1, False)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Cuatro sicarios los ejecutaron en una brecha de Tierra Caliente, Michoacán."),
        ("en", "Four gunmen stormed the house in Fresnillo, Zacatecas, and killed them."),
    ],
)
def test_a_plural_pronoun_is_at_least_two_not_the_killers(language: str, text: str) -> None:
    assert killed(language, text) == [(2, False)]


def test_her_that_opens_the_victims_phrase_leaves_their_number() -> None:
    """'her' after the verb may be the possessive of the victims, not its one object."""
    text = "Gunmen killed her two sons outside the family's shop in Navolato, Sinaloa, on Sunday."
    assert killed("en", text) == [(2, False)]
