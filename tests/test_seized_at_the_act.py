"""What the forces secured where a violent act was (the vehicles, casings or weapons the
attackers left: "tres vehículos asegurados", "los agentes realizaron el aseguramiento de
una camioneta", "casings were seized by investigators") is how that act's account ends: a
kind of the attack, not a seizure of its own (issue 9, part of an incident). Every sentence
here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 9, 15)

TEXTS = {
    "es-toll": (
        "Un comando atacó a balazos a los asistentes de una fiesta la noche del sábado en "
        "Zitácuaro, Michoacán.\n\n"
        "La agresión dejó un saldo de cinco muertos y tres vehículos asegurados."
    ),
    "es-scene": (
        "Un comando atacó a balazos a los asistentes de una fiesta la noche del sábado en "
        "Zitácuaro, Michoacán, y mató a cinco personas.\n\n"
        "Los agentes realizaron el aseguramiento de una camioneta abandonada y de dos armas "
        "largas."
    ),
    "en-toll": (
        "Gunmen opened fire on guests at a party in Zitácuaro, Michoacán, on Saturday night, "
        "killing five people.\n\n"
        "The attack left five dead and three vehicles seized."
    ),
    "en-scene": (
        "Gunmen opened fire on guests at a party in Zitácuaro, Michoacán, on Saturday night, "
        "killing five people.\n\n"
        "Rifle casings and an abandoned pickup truck were seized by investigators."
    ),
}


@pytest.mark.parametrize("case", sorted(TEXTS))
def test_what_was_seized_where_the_attack_was_is_the_attacks(case: str) -> None:
    article = Article(text=TEXTS[case], published=PUB, language=case[:2])
    events = live(extract(article))
    assert [e.category for e in events] == ["attack"]
    assert "seizure" in events[0].kinds
    assert events[0].fatalities == 5
