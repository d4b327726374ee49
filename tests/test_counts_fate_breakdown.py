"""The dead or the wounded named by their fate, then broken down after a comma, are counted
once (issue 9, wrong counts: a breakdown added to the figure it breaks down). "Hubo cuatro
muertos, un anciano y tres jóvenes" is four dead, "fourteen wounded, eleven men and three
women" fourteen wounded: the list after the comma adds up to the figure and names the same
people. People of another fate after the comma ("dos muertos, un herido y tres detenidos")
are figures of their own.

Every sentence here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import reported_dead

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 6, 2)


def wounded(text: str, language: str) -> list[int]:
    events = extract(Article(text=text, published=PUB, language=language))
    return [
        sum(c.value for c in e.counts if c.what == "injured")
        for e in events
        if e.status == "reported"
    ]


@pytest.mark.parametrize(
    ("text", "language", "dead"),
    [
        (
            "El ataque a balazos contra una familia en Papantla causó tres muertos, una mujer y "
            "dos niños, además de un herido.",
            "es",
            3,
        ),
        (
            "The shooting at a house in Tlaquepaque left three dead, a woman and two "
            "children, and two wounded, police said on Sunday.",
            "en",
            3,
        ),
    ],
)
def test_dead_broken_down_once(text: str, language: str, dead: int) -> None:
    assert reported_dead(text, language, PUB) == [dead]


@pytest.mark.parametrize(
    ("text", "language", "injured"),
    [
        (
            "Tras el ataque al palenque de Zinacantepec hay doce heridos, nueve hombres y tres "
            "mujeres, en hospitales de la región.",
            "es",
            12,
        ),
        (
            "The attack on a bus in Celaya left eleven wounded, seven women and four men, the "
            "Red Cross said.",
            "en",
            11,
        ),
    ],
)
def test_wounded_broken_down_once(text: str, language: str, injured: int) -> None:
    assert wounded(text, language) == [injured]


def test_other_fates_after_the_comma_stay() -> None:
    text = "El enfrentamiento en Zitácuaro dejó dos muertos, un herido y tres detenidos."
    events = [e for e in extract(Article(text=text, published=PUB, language="es"))]
    counts = {c.what: c.value for e in events for c in e.counts}
    assert counts == {"killed": 2, "injured": 1, "arrested": 3}
