"""People driven from their homes by violence (issue 9, missed incidents): a flight from
homes, villages or lands ("abandonaron sus ranchos", "huyeron de sus comunidades", "fueron
desplazadas", "fled their villages", "were displaced") is an incident of its own, `other` (ACLED
has no type for it), where the sentence tells no act. Every sentence here was written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 11, 3)


def _live(text: str, language: str) -> list[tuple[str, set[str]]]:
    events = live(extract(Article(text=text, published=PUB, language=language)))
    return [(e.category, {p.admin1 for p in e.locations if p.admin1}) for e in events]


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        (
            "Unas 200 familias de tres rancherías de Tlacotepec, Guerrero, abandonaron sus "
            "hogares este domingo por miedo a los grupos armados que rondan la sierra.",
            "es",
            "Guerrero",
        ),
        (
            "Más de 90 personas de la comunidad de Amatán, Chiapas, huyeron de sus casas "
            "el sábado y se refugiaron en la cabecera municipal.",
            "es",
            "Chiapas",
        ),
        (
            "About 150 residents of two hamlets in Tila, Chiapas, fled their homes on Sunday "
            "and took shelter in a church in the town centre.",
            "en",
            "Chiapas",
        ),
        (
            "Dozens of families from a ranch in Guadalupe y Calvo, Chihuahua, were displaced "
            "on Saturday and reached the municipal seat by truck.",
            "en",
            "Chihuahua",
        ),
    ],
)
def test_a_flight_from_homes_is_an_incident(text: str, language: str, state: str) -> None:
    assert ("other", {state}) in _live(text, language)
