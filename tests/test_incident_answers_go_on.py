"""The authorities' answer to an incident is part of it (issue 9 item 1), also when its
sentence tells the incident over several points of its town ("en distintos puntos de la
cabecera municipal, lo que llevó al despliegue…"): an answer with no figures of its own is
no sum of happenings. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 10, 8)


def test_an_answer_told_over_the_incidents_points_is_the_incidents() -> None:
    text = (
        "Hombres armados asesinaron a cuatro personas en Jacona, Michoacán, la madrugada de "
        "este martes. Los hechos se registraron en distintos puntos de la cabecera municipal, "
        "lo que llevó al despliegue de un operativo de las corporaciones estatales."
    )
    events = live(extract(Article(text=text, published=PUB, language="es")))
    assert [(e.category, e.fatalities) for e in events] == [("attack", 4)]
