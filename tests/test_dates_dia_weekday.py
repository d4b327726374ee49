"""A weekday after "día" ("el día lunes", "a las 23:20 horas del día lunes", "la noche del día
domingo", "el pasado día martes"), a common Mexican way to name the day of an event, dates it
as the bare weekday does. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.extract.dates import find_dates
from sucesos.models import Article

PUB = date(2024, 5, 10)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fue asesinado a las 23:20 horas del día lunes en la colonia Centro.", date(2024, 5, 6)),
        ("La balacera se registró la noche del día domingo frente a un bar.", date(2024, 5, 5)),
        ("El pasado día martes hombres armados incendiaron una tienda.", date(2024, 5, 7)),
        ("Los cuerpos fueron hallados el día miércoles en un canal de riego.", date(2024, 5, 8)),
    ],
)
def test_a_weekday_after_dia_dates_the_sentence(text: str, expected: date) -> None:
    assert [d.value for d in find_dates(text, PUB, "es")] == [expected]


def test_an_event_told_on_the_dia_weekday_takes_that_day() -> None:
    text = (
        "Un comerciante fue asesinado a balazos a las 23:20 horas del día lunes en la colonia "
        "Centro de Apatzingán, Michoacán, informó la Fiscalía del estado."
    )
    events = extract(Article(text=text, published=PUB, language="es"))
    assert [e.date for e in events if e.category == "attack"] == ["2024-05-06"]
