"""A sum over a state followed by one part of it that tells an incident of its own, by an
event word and in a town of its own ("30 muertos en el estado, de los cuales 17 murieron en un
enfrentamiento en X", "20 killed across the state, including six in an ambush in Y"): the part
is the incident, with its own toll, and the sum a figure of the state, never pinned to the
part's town. Every article here is invented for the test."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 3, 9)


def _tolls(text: str, language: str) -> list[tuple[str | None, int]]:
    events = live(extract(Article(text=text, published=PUB, language=language)))
    out = [(e.locations[0].admin2 if e.locations else None, e.fatalities or 0) for e in events]
    return sorted(out, key=lambda x: (x[0] or "", x[1]))


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        (
            "En Guerrero se reportaron 30 fallecidos el fin de semana, de los cuales 17 murieron "
            "durante un enfrentamiento entre hombres armados y policías en Acapulco.",
            "es",
            "Acapulco de Juárez",
        ),
        (
            "At least 30 people were killed in Guerrero over the weekend, including 17 in a "
            "gunfight between gunmen and police in Acapulco.",
            "en",
            "Acapulco de Juárez",
        ),
    ],
)
def test_one_part_of_a_state_sum_is_the_incident(text: str, language: str, town: str) -> None:
    tolls = _tolls(text, language)
    assert (town, 17) in tolls
    assert (town, 30) not in tolls


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Al menos 11 personas fueron asesinadas el domingo en Michoacán, incluidas cuatro "
            "en una fiesta en Apatzingán, según el reporte de la Secretaría de Seguridad.",
            "es",
        ),
        (
            "At least 11 people were killed on Sunday in Michoacan, including four at a party "
            "in Apatzingan, according to the state security ministry.",
            "en",
        ),
    ],
)
def test_a_part_with_no_event_word_at_a_scene_of_its_own(text: str, language: str) -> None:
    tolls = _tolls(text, language)
    assert ("Apatzingán", 4) in tolls
    assert ("Apatzingán", 11) not in tolls
