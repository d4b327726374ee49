"""More ways the authorities' answer to an incident is told (issue 9): an operation that failed
to catch the attackers ("a pesar del operativo implementado"), one told as the news's
consequence ("lo que llevó al despliegue de un operativo"), a search told by what it seeks
("para la búsqueda y localización de los responsables") and cordons around several scenes are
parts of the incident they answer; an act that "sets off" operations is no explosion, and a
chase told as how a killing came about is no operation of the authorities. Every sentence
here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 10, 8)

ATTACK = {
    "es": (
        "Hombres armados asesinaron a dos albañiles este martes en la colonia Las Flores de "
        "Zitácuaro, Michoacán, informó la Fiscalía del estado.\n\n"
        "Los agresores huyeron en una motocicleta roja.\n\n"
    ),
    "en": (
        "Gunmen killed two bricklayers on Tuesday in the Las Flores neighborhood of "
        "Zitácuaro, Michoacán, the state prosecutor's office said.\n\n"
        "The attackers fled on a red motorcycle.\n\n"
    ),
}

ANSWERS = [
    ("es", "Los responsables no fueron localizados a pesar del operativo de la policía municipal."),
    ("es", "Pese al despliegue de la Guardia Nacional en la zona, los atacantes escaparon."),
    ("es", "Vecinos llamaron al 911, lo que llevó al despliegue de un operativo en la salida."),
    ("es", "Soldados montaron un operativo para la búsqueda y localización de los responsables."),
    ("es", "Policías estatales desplegaron un operativo y acordonaron las zonas cercanas."),
    ("en", "The attackers escaped despite the deployment of state police in the area."),
    ("en", "Neighbors called the emergency line, prompting a deployment of soldiers in town."),
]


def run(text: str, language: str) -> list[EventRecord]:
    return live(extract(Article(text=text, published=PUB, language=language)))


@pytest.mark.parametrize(("language", "sentence"), ANSWERS)
def test_the_answer_to_the_attack_is_part_of_it(language: str, sentence: str) -> None:
    events = run(ATTACK[language] + sentence, language)
    assert [e.category for e in events] == ["attack"]
    assert events[0].fatalities == 2
    assert any(sentence[:30] in x.text for x in events[0].evidence)


def test_an_attack_that_sets_off_operations_is_no_explosion() -> None:
    text = ATTACK["es"] + "El ataque detonó operativos de alto impacto en toda la región."
    assert "explosion" not in {e.category for e in run(text, "es")}


@pytest.mark.parametrize(
    "text",
    [
        "Tres hombres fueron ejecutados tras una persecución en Zitácuaro, Michoacán, este martes.",
        "Una balacera en la colonia Centro de Zitácuaro, Michoacán, dejó dos muertos este martes, "
        "luego de que hombres armados realizaran una persecución sobre la avenida principal.",
    ],
)
def test_a_chase_that_led_to_a_killing_is_no_operation(text: str) -> None:
    events = run(text, "es")
    assert [e.category for e in events] == ["attack"]


def test_a_police_chase_of_its_own_stays_an_operation() -> None:
    text = "Policías estatales protagonizaron una persecución en Zitácuaro este martes."
    assert "security_operation" in {e.category for e in run(text, "es")}
