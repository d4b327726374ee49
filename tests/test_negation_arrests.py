"""Arrests nobody reported (issue 9): the closing lines of a crime report that say no arrest is
known yet ("se desconoce la identidad de las víctimas y si hay personas detenidas", "ninguna
autoridad estatal o federal ha informado sobre personas detenidas", "no se ha informado sobre
posibles detenidos", "sin que hasta el momento se haya informado sobre la captura de los
agresores") deny the arrest: no arrest event, no arrested figure. Every sentence here was
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 10, 8)

ATTACK = (
    "Hombres armados asesinaron a dos albañiles este martes en la colonia Las Flores de "
    "Zitácuaro, Michoacán, informó la Fiscalía del estado.\n\n"
    "Los agresores huyeron en una motocicleta roja.\n\n"
)

NONE_KNOWN = [
    "Hasta el momento se desconoce la identidad de los fallecidos y si hay personas detenidas.",
    "Hasta ahora, ninguna autoridad estatal o federal ha informado sobre personas detenidas.",
    "Las víctimas no han sido identificadas y no se ha informado sobre posibles detenidos.",
    "Policías recorrieron la zona, sin que hasta el momento se haya informado sobre la captura "
    "de los agresores.",
]


@pytest.mark.parametrize("sentence", NONE_KNOWN)
def test_an_arrest_nobody_reported_is_no_arrest(sentence: str) -> None:
    events = live(extract(Article(text=ATTACK + sentence, published=PUB, language="es")))
    assert [e.category for e in events] == ["attack"]
    assert not any(c.what == "arrested" for e in events for c in e.counts)


def test_an_arrest_reported_after_a_question_stays() -> None:
    text = ATTACK + "Se desconoce el móvil; horas después, policías detuvieron a dos hombres."
    events = live(extract(Article(text=text, published=PUB, language="es")))
    assert any(c.what == "arrested" and c.value == 2 for e in events for c in e.counts)


ATTACK_EN = (
    "Gunmen shot dead two bricklayers on Tuesday in the Las Flores neighborhood of "
    "Zitácuaro, Michoacán, the state prosecutor's office said.\n\n"
    "The attackers fled on a red motorcycle.\n\n"
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (ATTACK_EN + "Investigators have not established a motive or made any arrests.", "en"),
        (ATTACK_EN + "So far no one responsible for this crime has been captured.", "en"),
        (ATTACK + "La policía municipal no ha realizado detenciones.", "es"),
        (ATTACK + "Hasta ahora no hay responsables de este crimen detenidos.", "es"),
    ],
)
def test_an_arrest_denied_by_a_coordination_or_its_suspects_is_no_arrest(
    text: str, language: str
) -> None:
    events = live(extract(Article(text=text, published=PUB, language=language)))
    assert [e.category for e in events] == ["attack"]


def test_an_arrest_joined_by_and_after_a_denial_stays() -> None:
    text = ATTACK_EN + "Police found no weapons at the scene and arrested two men nearby."
    events = live(extract(Article(text=text, published=PUB, language="en")))
    assert any(c.what == "arrested" and c.value == 2 for e in events for c in e.counts)


@pytest.mark.parametrize(
    "sentence",
    [
        "En ninguno de los casos fue reportada la detención de alguna persona.",
        "Por ninguno de los homicidios se ha informado de la captura de algún responsable.",
    ],
)
def test_an_arrest_denied_over_the_cases_of_a_roundup_is_no_arrest(sentence: str) -> None:
    # a negative determiner ranges over the incidents ("ninguno de los casos") before the act
    events = live(extract(Article(text=ATTACK + sentence, published=PUB, language="es")))
    assert [e.category for e in events] == ["attack"]
