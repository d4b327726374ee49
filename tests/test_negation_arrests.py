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
