"""One night told on two days, and a clock that opens no other happening (issue 9, duplicates).

A report dates its incident by the evening and, a paragraph later, by the small hours after
it ("la noche del domingo" … "la madrugada del lunes", "late Saturday" … "early Sunday"):
one night, one incident. "Shortly after midnight", "poco después de las 3:00 horas" tell
the clock of the act, not time going on to another happening. A lead that names two days
sums two happenings: the account of each day stays its own. Every sentence here was written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 3, 11)


def run(text: str, language: str) -> list[EventRecord]:
    return live(extract(Article(text=text, published=PUB, language=language)))


ONE_NIGHT = {
    "es": (
        "Asesinan a cuatro personas en Zitácuaro\n\n"
        "Cuatro personas fueron asesinadas a balazos la noche del domingo en Zitácuaro, "
        "Michoacán.\n\n"
        "De acuerdo con la Fiscalía, hombres armados irrumpieron la madrugada del lunes en "
        "una vivienda de la colonia La Sauceda y dispararon contra los cuatro hombres que "
        "convivían en el patio."
    ),
    "en": (
        "Gunmen kill four at a party in Ciudad Obregón\n\n"
        "Gunmen killed four people at a party in Ciudad Obregón, Sonora, late Saturday, "
        "officials said.\n\n"
        "The attackers burst into a house in the Villa Bonita neighborhood early Sunday and "
        "shot dead the four men, the state prosecutor's office said."
    ),
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_night_and_its_small_hours_are_one_incident(language: str) -> None:
    (event,) = run(ONE_NIGHT[language], language)
    assert event.category == "attack"
    assert event.fatalities == 4


CLOCK = {
    "es": (
        "Una balacera durante una fiesta en la colonia Reforma Política de Iztapalapa dejó "
        "cuatro muertos y cinco heridos este martes.\n\n"
        "La balacera sucedió poco después de las 03:00 horas en la calle Insurgentes, donde "
        "tres sujetos llegaron en dos autos y abrieron fuego contra los invitados; tres "
        "personas murieron en el lugar."
    ),
    "en": (
        "A shooting at a party in the Reforma Política neighborhood of Iztapalapa left four "
        "people dead and five wounded on Tuesday.\n\n"
        "Shortly after 3 a.m., three men arrived in two cars on Insurgentes street and opened "
        "fire on the guests, killing three at the scene."
    ),
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_clock_after_the_hour_opens_no_other_happening(language: str) -> None:
    (event,) = run(CLOCK[language], language)
    assert event.fatalities == 4


TWO_DAYS = (
    "Otra jornada violenta vivió la Costa, que culminó este sábado con el asesinato del "
    "regidor Pedro Luna en San Pedro Pochutla, Oaxaca, y que inició ayer con el asesinato de "
    "un taxista en el mismo municipio.\n\n"
    "Esta noche, poco después de las 19:00 horas, el regidor fue atacado a balazos en una "
    "fonda del centro.\n\n"
    "La noche del viernes, en la agencia de San Roque, fue asesinado a tiros un taxista "
    "identificado como Mario."
)


def test_a_lead_of_two_days_keeps_each_days_account_apart() -> None:
    # published on the Saturday: the councilman's killing that night, the driver's on Friday
    article = Article(text=TWO_DAYS, published=date(2025, 3, 8), language="es")
    events = live(extract(article))
    assert sorted(e.date for e in events) == ["2025-03-07", "2025-03-08"]
