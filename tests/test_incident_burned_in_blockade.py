"""Vehicles torched over a city in a wave of roadblocks are how those roads were blocked: a
kind of the roadblock (issue 9 item 1), not an arson of their own, even when the text sums
them over "distintos puntos de la ciudad" with no single scene. Torched in another town they
stay apart. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 10, 8)

BLOCKADE = {
    "es": (
        "Hombres armados bloquearon este lunes los accesos a Reynosa, Tamaulipas, con "
        "tráileres y autobuses atravesados en la carretera.\n\n"
        "En redes sociales circularon imágenes de vehículos incendiados en distintos puntos "
        "de la ciudad, por lo que los automovilistas buscaron rutas alternas."
    ),
    "en": (
        "Gunmen blocked the roads into Reynosa, Tamaulipas, on Monday with trucks and buses "
        "parked across the highway.\n\n"
        "Images of vehicles set ablaze in several parts of the city circulated on social "
        "media, and drivers looked for other routes."
    ),
}

# the roadblocks and the torching summed in one sentence, after a clash told first
AFTER_CLASH = {
    "es": (
        "Un enfrentamiento entre soldados y hombres armados dejó cuatro heridos este domingo "
        "en el municipio de Fresnillo, Zacatecas.\n\n"
        "Los militares aseguraron tres fusiles y una camioneta.\n\n"
        "Horas después, grupos delictivos respondieron con bloqueos y quema de vehículos en "
        "distintas zonas de Fresnillo."
    ),
    "en": (
        "A shootout between soldiers and gunmen left four people wounded on Sunday in the "
        "municipality of Fresnillo, Zacatecas.\n\n"
        "The soldiers seized three rifles and a pickup truck.\n\n"
        "Hours later, criminal groups answered with roadblocks and vehicles set on fire in "
        "several parts of the city."
    ),
}


def run(text: str, language: str) -> list[EventRecord]:
    return live(extract(Article(text=text, published=PUB, language=language)))


@pytest.mark.parametrize("language", ["es", "en"])
def test_vehicles_torched_over_the_city_are_the_blockade(language: str) -> None:
    events = run(BLOCKADE[language], language)
    assert [e.category for e in events] == ["roadblock"]
    assert "arson" in events[0].kinds


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_torching_told_with_the_roadblocks_is_theirs(language: str) -> None:
    events = run(AFTER_CLASH[language], language)
    assert "arson" not in [e.category for e in events]
    (roadblock,) = [e for e in events if e.category == "roadblock"]
    assert "arson" in roadblock.kinds
    (clash,) = [e for e in events if e.category == "armed_clash"]
    assert "arson" not in clash.kinds
