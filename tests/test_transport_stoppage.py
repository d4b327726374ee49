"""Transport that stops for fear after an attack is a transport disruption (issue 9, recall):
"las rutas dejaron de dar servicio", "el paro de actividades de varias rutas de transporte",
"drivers went on strike", "a halt in bus services" made no record of the stoppage. Every
sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 10, 6)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Este lunes, las combis de la ruta Centro-Palmas dejaron de dar servicio en "
            "Zihuatanejo, Guerrero, por las amenazas de un grupo criminal.",
            "es",
        ),
        (
            "Se registró este lunes el paro de actividades de varias rutas de transporte en "
            "Tehuantepec, Oaxaca, tras las amenazas contra los choferes.",
            "es",
        ),
        (
            "On Monday, bus drivers went on strike in Tlapa, Guerrero, after gangs demanded "
            "weekly payments from them.",
            "en",
        ),
        (
            "Residents of Iguala, Guerrero, faced a halt in public transport services on "
            "Monday after gangs warned drivers to stay home.",
            "en",
        ),
    ],
    ids=["es-dejaron-de-dar-servicio", "es-paro-de-rutas", "en-went-on-strike", "en-halt"],
)
def test_transport_that_stops_for_fear_is_a_disruption(text: str, language: str) -> None:
    events = live(extract(Article(text=text, published=PUB, language=language)))
    assert "transport_disruption" in [e.category for e in events]
