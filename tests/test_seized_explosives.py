"""Explosives named only among what was seized or found are no explosion: "se aseguraron dos
granadas y un fusil", "troops seized rifles and grenades", "se halló material explosivo". An
explosion needs something that exploded, was detonated, thrown or planted (issue 9, the main
act of an incident). Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 11, 20)


def categories(language: str, text: str) -> list[str]:
    events = extract(Article(text=text, published=PUB, language=language))
    return sorted(e.category for e in events)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Un hombre murió baleado en un ataque armado en la colonia Centro de Zamora, "
            "Michoacán, la noche del lunes. Afuera de la vivienda, los agentes descubrieron una "
            "camioneta con dos granadas, tres cargadores y un artefacto explosivo.",
        ),
        (
            "en",
            "Gunmen shot dead a man in Zamora, Michoacán, on Monday night. Outside the house, "
            "officers found a pickup truck with two grenades, three magazines and a homemade "
            "explosive device.",
        ),
    ],
)
def test_explosives_found_after_a_shooting_leave_it_an_attack(language: str, text: str) -> None:
    assert categories(language, text) == ["attack"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "En el rancho El Mirador, en Tlalchapa, Guerrero, los soldados encontraron armas "
            "largas, cargadores y explosivos.",
        ),
        (
            "en",
            "In a ranch outside Caborca, Sonora, troops found rifles, magazines and grenades.",
        ),
    ],
)
def test_explosives_in_an_inventory_make_no_explosion(language: str, text: str) -> None:
    assert "explosion" not in categories(language, text)


def test_drones_asked_for_a_search_make_no_explosion() -> None:
    text = (
        "Las madres buscadoras de Fresnillo, Zacatecas, pidieron el uso de drones y "
        "helicópteros para localizar a sus hijos desaparecidos."
    )
    assert "explosion" not in categories("es", text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Sujetos armados atacaron con granadas la comandancia de policía de Apatzingán, "
            "Michoacán, la noche del martes; en el lugar se hallaron restos de los artefactos.",
        ),
        (
            "en",
            "Gunmen threw two grenades at a bar in Celaya, Guanajuato, on Tuesday night; police "
            "later found the pins of both grenades.",
        ),
    ],
)
def test_explosives_thrown_or_dropped_stay_an_explosion(language: str, text: str) -> None:
    assert "explosion" in categories(language, text)
