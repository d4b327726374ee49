"""The operation the authorities set off after an act, told by what it answered ("Tras
esos hechos la policía montó un operativo", "luego de lo ocurrido", "el incidente generó un
amplio despliegue", "Following these events…", "Following the attack…") or by the search it made
("para realizar rastreos", "a land and air operation"), is a part of that act (issue 9, part
of an incident), not a security operation of its own, even where it names a neighbourhood of
its own or comes several sentences later. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 9, 17)

ACT = {
    "es": (
        "Hombres armados asesinaron a dos jóvenes la tarde del martes afuera de un taller "
        "mecánico de la colonia Centro de Zitácuaro, Michoacán.\n\n"
        "Las víctimas tenían 19 y 22 años.\n\n"
    ),
    "en": (
        "Gunmen killed two young men outside a repair shop in Zitácuaro, Michoacán, on "
        "Tuesday afternoon.\n\n"
        "The victims were 19 and 22 years old and had worked at the shop for two years.\n\n"
        "Their relatives said they had no enemies.\n\n"
        "Neighbours said they heard at least ten shots.\n\n"
        "The attackers fled in a grey pickup.\n\n"
        "An investigator from the prosecutor's office collected the shell casings.\n\n"
    ),
}

ANSWERS = {
    "es": [
        "Tras estos sucesos, agentes estatales pusieron en marcha un operativo en la colonia "
        "Las Flores, donde se vio huir a los agresores.",
        "Luego de lo ocurrido, policías estatales montaron un operativo en la colonia Las Flores.",
        "El incidente generó un amplio operativo de agentes estatales en la colonia Las Flores.",
        "Policías estatales desplegaron un operativo para realizar rastreos en la colonia Las "
        "Flores.",
        "Tras una llamada de emergencia, policías estatales montaron un operativo en la colonia "
        "Las Flores.",
    ],
    "en": [
        "Following these events, troops launched an operation.",
        "Following the attack, state police and soldiers set up an operation.",
        "Soldiers and state police launched a land and air operation.",
        "Responding to an emergency call, state police set up an operation.",
    ],
}


def run(text: str, language: str) -> list[EventRecord]:
    return live(extract(Article(text=text, published=PUB, language=language)))


CASES = [(lang, a) for lang, answers in ANSWERS.items() for a in answers]


@pytest.mark.parametrize(
    ("language", "answer"), CASES, ids=[f"{c[0]}{k}" for k, c in enumerate(CASES)]
)
def test_the_operation_named_after_the_act_is_the_acts(language: str, answer: str) -> None:
    events = run(ACT[language] + answer, language)
    assert [e.category for e in events] == ["attack"]
    assert "security_operation" in events[0].kinds
