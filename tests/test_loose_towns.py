"""An incident whose own sentences name only its state takes the town that the article's
sentences telling no event of their own set the scene in ("The bar, located in X, …").
Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 9, 17)


def live(text: str, language: str) -> list[EventRecord]:
    events = extract(Article(text=text, published=PUB, language=language))
    return [e for e in events if e.status in ("reported", "disputed")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Nine people were shot dead early Sunday at a Michoacán dance hall.\n"
            "Firefighters reached the hall, located in Tacámbaro, shortly before dawn.",
            "en",
        ),
        (
            "Nueve personas fueron asesinadas la madrugada del domingo en un salón de baile "
            "de Michoacán.\nLos bomberos llegaron al salón, ubicado en Tacámbaro, poco antes "
            "del amanecer.",
            "es",
        ),
    ],
)
def test_a_state_only_incident_takes_the_town_a_scene_sentence_names(
    text: str, language: str
) -> None:
    (event,) = live(text, language)
    assert [loc.admin2 for loc in event.locations] == ["Tacámbaro"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Los cuerpos de tres hombres fueron localizados sin vida en un predio de la zona "
            "limítrofe entre Jalisco y Michoacán.\nSegún el reporte policial, el hallazgo se "
            "hizo junto a una brecha del municipio de Tangamandapio.",
            "es",
        ),
        (
            "The bodies of three men were found in a field on the border between Jalisco and "
            "Michoacán.\nAccording to the police report, the discovery was made beside a dirt "
            "road in the municipality of Tangamandapio.",
            "en",
        ),
    ],
)
def test_an_incident_between_two_states_takes_the_town_a_scene_sentence_names(
    text: str, language: str
) -> None:
    (event,) = live(text, language)
    assert [loc.admin2 for loc in event.locations] == ["Tangamandapio"]
