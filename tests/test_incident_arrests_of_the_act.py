"""An arrest and the violence told in one account (issue 9 item 1, one event per incident).

- An opening that counts the arrests after the act's dead ("…deja tres muertos y dos
  detenidos") tells them as more of that act's toll: the arrests are a kind of the attack,
  not news of their own as an arrest that opens the article is.
- Violence that hurt no one, told after the arrest the article opens with (the beating the
  officers found under way, the shots a fleeing suspect fired), is what the arrested were
  caught doing: a kind of the arrest, not a second happening. Another happening told after
  it stays apart.

Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 10, 8)

TOLL = {
    "es": (
        "Ataque armado en Guasave deja tres muertos y dos detenidos\n\n"
        "Hombres armados dispararon contra los asistentes a una fiesta la noche de este "
        "martes en la colonia Centro de Guasave, Sinaloa; tres personas murieron en el "
        "lugar.\n\n"
        "Policías estatales detuvieron a dos sospechosos cuando intentaban huir."
    ),
    "en": (
        "Shooting in Guasave leaves three dead, two arrested\n\n"
        "Gunmen opened fire on guests at a party on Tuesday night in downtown Guasave, "
        "Sinaloa, killing three people at the scene.\n\n"
        "State police arrested two suspects as they tried to flee."
    ),
}

CAUGHT = {
    "es": (
        "Policías municipales detuvieron este domingo a tres hombres en la colonia Santa "
        "Fe de León, Guanajuato, informó la Secretaría de Seguridad.\n\n"
        "De acuerdo con el reporte, los agentes atendieron una llamada de auxilio y al "
        "llegar vieron a varios sujetos golpeando a un comerciante, quien pidió ayuda a "
        "los uniformados.\n\n"
        "Los detenidos fueron puestos a disposición del Ministerio Público."
    ),
    "en": (
        "Municipal police arrested three men on Sunday in the Santa Fe neighborhood of "
        "León, Guanajuato, the Security Ministry said.\n\n"
        "According to the report, officers answered a call for help and on arrival saw "
        "several men attacking a shopkeeper, who asked the officers for help.\n\n"
        "The three were handed over to prosecutors."
    ),
}

ANOTHER = {
    "es": (
        "\n\nEn otro hecho, hombres armados dispararon contra la fachada de una vivienda en "
        "la colonia Las Joyas de León."
    ),
    "en": (
        "\n\nIn a separate incident, gunmen fired at the front of a house in the Las Joyas "
        "neighborhood of León."
    ),
}


def run(text: str, language: str) -> list[EventRecord]:
    return live(extract(Article(text=text, published=PUB, language=language)))


@pytest.mark.parametrize("language", ["es", "en"])
def test_arrests_counted_in_the_toll_are_the_attacks(language: str) -> None:
    events = run(TOLL[language], language)
    assert [e.category for e in events] == ["attack"]
    (attack,) = events
    assert attack.fatalities == 3
    assert "arrest" in attack.kinds


@pytest.mark.parametrize("language", ["es", "en"])
def test_what_the_arrested_were_caught_doing_is_the_arrests(language: str) -> None:
    events = run(CAUGHT[language], language)
    assert [e.category for e in events] == ["arrest"]
    assert "attack" in events[0].kinds
    # another happening told after it stays apart
    events = run(CAUGHT[language] + ANOTHER[language], language)
    (arrest,) = [e for e in events if e.category == "arrest"]
    assert "attack" in arrest.kinds
    assert not any("Las Joyas" in x.text for x in arrest.evidence)
    assert any("Las Joyas" in x.text for e in events if e is not arrest for x in e.evidence)
