"""Two incidents of one town and night told on one page: the first incident's sentences told
after the second's opening ("Minutos después, en otra colonia…") go back to the first when
their figures are the first's (its toll, beyond the second's), and the account goes on with
it. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 3, 15)


def run(text: str, language: str) -> list[EventRecord]:
    return live(extract(Article(text=text, published=PUB, language=language)))


TWO = {
    "es": (
        "Hombres armados asesinaron a tres policías municipales la noche del viernes dentro "
        "de una cantina de la colonia Centro, en Salamanca, Guanajuato.\n\n"
        "Minutos después, en la colonia Bellavista, dos jóvenes fueron asesinados a balazos "
        "frente a una tienda de abarrotes.\n\n"
        "Dos de los agentes murieron en el lugar y el tercero perdió la vida cuando era "
        "trasladado al hospital.\n\n"
        "Los agresores dispararon contra los uniformados desde la puerta del establecimiento "
        "y huyeron en una camioneta."
    ),
    "en": (
        "Gunmen killed three municipal police officers on Friday night inside a bar in the "
        "Centro neighborhood of Salamanca, Guanajuato.\n\n"
        "Minutes later, in the Bellavista neighborhood, two young men were shot dead outside "
        "a grocery store.\n\n"
        "Two of the officers died at the scene and the third died on the way to hospital.\n\n"
        "The attackers opened fire on the officers from the door of the bar and fled in a "
        "pickup truck."
    ),
}


def _record_of(events: list[EventRecord], words: str) -> EventRecord:
    (event,) = [e for e in events if any(words in x.text for x in e.evidence)]
    return event


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_sentence_with_the_first_incidents_toll_goes_back_to_it(language: str) -> None:
    events = [e for e in run(TWO[language], language) if e.status == "reported"]
    first = "tres policías" if language == "es" else "three municipal"
    toll = "Dos de los agentes" if language == "es" else "Two of the officers"
    assert _record_of(events, toll) is _record_of(events, first)
    assert sorted(e.fatalities or 0 for e in events) == [2, 3]


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_account_goes_on_with_the_incident_it_went_back_to(language: str) -> None:
    events = [e for e in run(TWO[language], language) if e.status == "reported"]
    first = "tres policías" if language == "es" else "three municipal"
    after = "desde la puerta" if language == "es" else "from the door"
    assert _record_of(events, after) is _record_of(events, first)


TOLL = {
    "es": (
        "Un ataque armado contra un taller mecánico de la colonia Las Palmas dejó tres "
        "hombres muertos la tarde del sábado en Irapuato, Guanajuato.\n\n"
        "Media hora más tarde, en la colonia San Miguelito, dos mujeres fueron asesinadas a "
        "balazos dentro de su domicilio.\n\n"
        "Los tres trabajadores del taller murieron en el lugar por los impactos de bala."
    ),
    "en": (
        "An armed attack on a car repair shop in the Las Palmas neighborhood left three men "
        "dead on Saturday afternoon in Irapuato, Guanajuato.\n\n"
        "Half an hour later, in the San Miguelito neighborhood, two women were shot dead "
        "inside their home.\n\n"
        "The three workers of the shop died at the scene from gunshot wounds."
    ),
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_toll_beyond_the_second_incidents_that_is_the_firsts_goes_back(language: str) -> None:
    events = [e for e in run(TOLL[language], language) if e.status == "reported"]
    first = "taller mecánico" if language == "es" else "car repair shop"
    toll = "Los tres trabajadores" if language == "es" else "The three workers"
    assert _record_of(events, toll) is _record_of(events, first)
