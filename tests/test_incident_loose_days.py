"""Incidents of different days in a report with no publication date (issue 9, incidents
merged): with no date to resolve them against, "el lunes", "On Thursday" or "el sábado 8
de marzo" name no calendar day, yet two violent acts told on weekdays (or months' days) that
differ are two incidents, not one; a night told from one day into the next is one. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord


def run(text: str, language: str) -> list[EventRecord]:
    return live(extract(Article(text=text, published=None, language=language)))


WEEKDAYS = {
    "es": (
        "Asesinan a tres repartidores en Uruapan\n\n"
        "El lunes, sujetos armados asesinaron a balazos a dos repartidores de gas en "
        "Uruapan, Michoacán.\n\n"
        "El jueves, un repartidor de agua fue asesinado a balazos cuando descargaba "
        "garrafones en Uruapan.\n\n"
        "Nadie ha sido detenido por los crímenes."
    ),
    "en": (
        "Three delivery drivers killed in Uruapan\n\n"
        "On Monday, gunmen shot dead two gas delivery drivers in Uruapan, Michoacán.\n\n"
        "On Thursday, a water delivery driver was shot dead while unloading jugs in "
        "Uruapan.\n\n"
        "No one has been arrested for the killings."
    ),
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_killings_on_two_weekdays_are_two_incidents(language: str) -> None:
    events = run(WEEKDAYS[language], language)
    assert len(events) == 2
    assert sorted(e.fatalities for e in events)[0] == 1


MONTH_DAYS = (
    "Semana violenta en Uruapan\n\n"
    "El martes 4 de marzo, dos mecánicos murieron baleados dentro de su taller en "
    "Uruapan, Michoacán.\n\n"
    "El sábado 8 de marzo, un comerciante fue asesinado a balazos frente a su negocio en "
    "Uruapan."
)


def test_killings_on_two_days_of_the_month_are_two_incidents() -> None:
    events = run(MONTH_DAYS, "es")
    assert sorted(e.fatalities for e in events) == [1, 2]


ONE_NIGHT = {
    "es": (
        "Ataque en bar de Zamora\n\n"
        "La noche del domingo, hombres armados irrumpieron en un bar de la colonia Centro "
        "de Zamora, Michoacán, y dispararon contra los clientes; tres hombres murieron.\n\n"
        "La madrugada del lunes, un cuarto herido murió en el hospital, informó la Fiscalía."
    ),
    "en": (
        "Bar attack in Zamora\n\n"
        "Late on Sunday night, gunmen burst into a bar in downtown Zamora, Michoacán, and "
        "opened fire on the customers, killing three men.\n\n"
        "In the early hours of Monday, gunmen killed a fourth man who had fled the bar, "
        "prosecutors said."
    ),
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_night_told_into_the_next_day_is_one_incident(language: str) -> None:
    (event,) = run(ONE_NIGHT[language], language)
    assert event.fatalities >= 3
