"""A lead that tells its dead as several acts ("killed in shootings", "during two separate
attacks", "en balaceras", "en dos ataques distintos") sums the incidents the article then
tells one by one: the lead is their tally, not an incident with their toll (issue 9). Every
article here is invented for the test."""

from __future__ import annotations

import re
from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 9)  # a Monday


def run(text: str, language: str) -> list[EventRecord]:
    text = re.sub(r"(?<!\n)\n(?!\n)", " ", text.strip())
    return extract(Article(text=text, published=PUB, language=language))


def live_tolls(events: list[EventRecord]) -> list[int]:
    violent = ("attack", "armed_clash")
    live = [e for e in events if e.status in ("reported", "disputed") and e.category in violent]
    return sorted(e.fatalities or 0 for e in live)


INCIDENTS_EN = """
Early on Sunday, gunmen killed four men in the neighborhood of Las Flores.

Hours later, in the neighborhood of El Mirador, three men were shot dead at a gas station.
"""

INCIDENTS_ES = """
En la madrugada del domingo, hombres armados mataron a cuatro hombres en la colonia Las Flores.

Horas después, en la colonia El Mirador, tres hombres fueron asesinados a balazos.
"""


@pytest.mark.parametrize(
    ("lead", "incidents", "language"),
    [
        (
            "Seven people were killed Sunday in shootings between criminal groups in Madera, "
            "Chihuahua, officials said.",
            INCIDENTS_EN,
            "en",
        ),
        (
            "Seven people were killed during two separate attacks in Madera, Chihuahua, on "
            "Sunday, officials said.",
            INCIDENTS_EN,
            "en",
        ),
        (
            "Separate attacks on Sunday have killed seven people in Madera, Chihuahua, "
            "officials said.",
            INCIDENTS_EN,
            "en",
        ),
        (
            "Siete personas fueron asesinadas el domingo en balaceras entre grupos criminales "
            "en Madera, Chihuahua.",
            INCIDENTS_ES,
            "es",
        ),
    ],
)
def test_a_lead_told_as_several_acts_is_their_tally(
    lead: str, incidents: str, language: str
) -> None:
    assert live_tolls(run(lead + "\n\n" + incidents, language)) == [3, 4]
