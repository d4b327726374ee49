"""The authorities' answer told as what the news set off ("Los hechos motivaron la respuesta
inmediata de fuerzas federales…") or by what it sought ("…para recuperar el control de la
zona y ubicar a los responsables") is part of the incident, not an operation of its own.
Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 10, 8)


def test_an_answer_the_news_set_off_joins_the_incident() -> None:
    text = (
        "Hombres armados incendiaron cuatro vehículos en la carretera a Jacona, Michoacán, este "
        "martes.\n\nLos hechos motivaron la respuesta inmediata de fuerzas federales y estatales, "
        "que desplegaron un operativo para recuperar el control de la zona."
    )
    events = live(extract(Article(text=text, published=PUB, language="es")))
    assert len(events) == 1
