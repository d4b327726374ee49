"""The body of the one a sentence tells was just killed, left lying where the act was ("fue
asesinado a balazos, quedando su cuerpo tirado en la calle"), is the victim of that act: an
attack with its dead, not a discovery of a body (issue 9, session 16). A body someone found
or dumped stays a discovery. Every sentence here is invented for the test."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 9)


def run(text: str, language: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "En Tlacolula, un comerciante fue asesinado a balazos, quedando su cuerpo tirado "
            "junto a su camioneta.",
            "es",
        ),
        (
            "En Tlacolula, un comerciante fue asesinado a machetazos y su cuerpo quedó tendido "
            "en la banqueta.",
            "es",
        ),
        (
            "Gunmen shot dead a shopkeeper in Tlacolula; his body was left lying next to his "
            "truck.",
            "en",
        ),
    ],
)
def test_a_body_left_lying_after_its_killing_is_the_attacks_dead(text: str, language: str) -> None:
    live = [e for e in run(text, language) if e.status == "reported"]
    assert [(e.category, e.fatalities) for e in live] == [("attack", 1)]


def test_a_body_found_lying_is_still_a_discovery() -> None:
    text = "En Tlacolula, vecinos hallaron el cuerpo de un hombre tirado en un terreno baldío."
    live = [e for e in run(text, "es") if e.status == "reported"]
    assert [e.category for e in live] == ["body_discovery"]


@pytest.mark.parametrize(
    ("text", "language", "killed"),
    [
        (
            "En Tlacolula, Oaxaca, tres hombres fueron localizados sin vida tras una balacera "
            "en un bar el domingo.",
            "es",
            3,
        ),
        (
            "Four men were found dead after a shooting broke out in a bar in Tlacolula, Oaxaca, "
            "on Sunday.",
            "en",
            4,
        ),
    ],
)
def test_found_dead_after_a_shooting_are_its_dead(text: str, language: str, killed: int) -> None:
    # the sentence says the shooting killed them there: the attack's dead, no discovery
    live = [e for e in run(text, language) if e.status == "reported"]
    assert [(e.category, e.fatalities) for e in live] == [("attack", killed)]
