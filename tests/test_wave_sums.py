"""The sentence that sums a wave of roadblocks the article tells ("la jornada dejó nueve
bloqueos en cuatro municipios", "bloqueos en varios puntos de la ciudad") is a part of that
wave, not a second roadblock record (issue 9 item 1, one event per incident). A nationwide
figure ("bloqueos en 14 estados", "across Mexico") stays an aggregate of its own (item 2).
Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 11, 20)


def roadblocks(language: str, text: str) -> int:
    events = extract(Article(text=text, published=PUB, language=language))
    return sum(e.category == "roadblock" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Sujetos armados bloquearon la carretera a Culiacán en la sindicatura de Costa Rica con "
        "un tráiler en llamas este jueves. La policía municipal reportó más bloqueos en varios "
        "puntos de la ciudad durante la tarde.",
        "En distintos puntos de la zona metropolitana de Monterrey se registraron bloqueos la "
        "noche del martes. El primero ocurrió en la avenida Constitución, en Monterrey, donde "
        "hombres armados atravesaron un autobús y le prendieron fuego. A la medianoche, la "
        "policía contaba seis bloqueos y cuatro vehículos quemados en la ciudad.",
        "Un grupo armado incendió dos camiones para bloquear la autopista en Zamora, Michoacán, "
        "este lunes. La jornada dejó nueve bloqueos en al menos cuatro municipios del estado, "
        "incluido Zamora.",
    ],
)
def test_the_sum_of_a_wave_joins_it(text: str) -> None:
    assert roadblocks("es", text) == 1


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Hombres armados bloquearon la carretera federal en Apatzingán, Michoacán, este lunes "
            "con camiones incendiados. En todo el país se registraron bloqueos en 14 estados.",
        ),
        (
            "en",
            "Gunmen blocked a highway with burning trucks in Uruapan, Michoacán, on Monday. "
            "Roadblocks were also reported in 12 states across Mexico.",
        ),
    ],
)
def test_a_nationwide_figure_stays_apart(language: str, text: str) -> None:
    assert roadblocks(language, text) == 2


def test_a_closure_told_again_over_its_towns_joins_it() -> None:
    text = (
        "Se suspendieron las clases en todos los niveles en Culiacán, Sinaloa, este jueves por "
        "los enfrentamientos. El gobernador informó que se suspenden las clases en los "
        "municipios de Culiacán, Navolato, Elota y Cosalá."
    )
    events = extract(Article(text=text, published=PUB, language="es"))
    assert sum(e.category == "school_closure" for e in events) == 1
