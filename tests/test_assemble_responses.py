"""The authorities' answer to an incident (a search for the attackers, a cordon around the
scene) is a part of that incident, not an event of its own; an operation that reports its
own arrests or seizures stays apart. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 10, 8)

ARTICLES = {
    "es": (
        "Hombres armados asesinaron a tres comerciantes este martes en el mercado municipal "
        "de Uruapan, Michoacán, informó la Fiscalía del estado.\n\n"
        "Los agresores huyeron en una camioneta blanca con rumbo desconocido.\n\n"
        "Tras el ataque, elementos de la Guardia Civil y del Ejército montaron un operativo "
        "en las colonias cercanas."
    ),
    "en": (
        "Gunmen killed three shopkeepers on Tuesday at the municipal market of Uruapan, "
        "Michoacán, the state prosecutor's office said.\n\n"
        "The attackers fled in a white pickup truck.\n\n"
        "After the attack, state police and soldiers mounted an operation in nearby "
        "neighborhoods."
    ),
}

ARRESTS = {
    "es": "Horas después, en un operativo en Zamora, agentes detuvieron a cuatro hombres con "
    "armas largas.",
    "en": "Hours later, in an operation in Zamora, officers arrested four men carrying rifles.",
}


def run(text: str, language: str) -> list[EventRecord]:
    return live(extract(Article(text=text, published=PUB, language=language)))


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_search_for_the_attackers_is_part_of_the_attack(language: str) -> None:
    events = run(ARTICLES[language], language)
    assert [e.category for e in events] == ["attack"]
    (attack,) = events
    assert attack.fatalities == 3
    assert "security_operation" in attack.kinds


@pytest.mark.parametrize("language", ["es", "en"])
def test_an_operation_with_its_own_arrests_stays_apart(language: str) -> None:
    events = run(ARTICLES[language] + "\n\n" + ARRESTS[language], language)
    (attack,) = [e for e in events if e.category == "attack"]
    assert not any("Zamora" in x.text for x in attack.evidence)
    assert any("Zamora" in x.text for e in events if e is not attack for x in e.evidence)


OUTCOME = {
    "es": (
        "Sujetos armados dispararon contra un taxista este martes en la colonia Centro de "
        "Apatzingán, Michoacán, informó la policía municipal.\n\n"
        "Tras el ataque, un compañero lo llevó a la clínica más cercana, donde poco antes de "
        "la medianoche perdió la vida."
    ),
    "en": (
        "Gunmen shot a taxi driver on Tuesday in downtown Apatzingán, Michoacán, municipal "
        "police said.\n\n"
        "After the attack, a colleague drove him to the nearest clinic, where he died before "
        "midnight."
    ),
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_how_the_attack_ended_is_the_same_attack(language: str) -> None:
    events = run(OUTCOME[language], language)
    assert len(events) == 1
    assert events[0].fatalities == 1


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Tras el ataque, en otro hecho, sicarios asesinaron a otro hombre en Zamora."),
        ("en", "After the attack, in a separate incident, gunmen killed another man in Zamora."),
    ],
)
def test_a_new_killing_after_the_attack_stays_apart(language: str, sentence: str) -> None:
    events = run(OUTCOME[language] + "\n\n" + sentence, language)
    assert len([e for e in events if e.category == "attack"]) == 2
