"""A denial goes on over the items "o"/"or" joins ("no se reportaron personas lesionadas o
sin vida", "no one was reported hurt or killed"): the later item is denied too, and gives
no dead (issue 9, wrong counts: a figure the text denies). "y"/"and" or "pero"/"but" end it.

Every sentence here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 5, 20)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Militares catearon el martes una vivienda en Fresnillo, Zacatecas, y detuvieron "
            "a cinco personas. No se reportaron personas lesionadas o sin vida.",
            "es",
        ),
        (
            "Militares catearon el martes una vivienda en Fresnillo, Zacatecas, y detuvieron "
            "a cinco personas. En el operativo no hubo personas heridas y/o sin vida.",
            "es",
        ),
        (
            "Soldiers searched a house in Fresnillo, Zacatecas, on Tuesday and detained five "
            "people. No people were reported hurt or dead in the operation.",
            "en",
        ),
    ],
)
def test_an_item_after_or_is_denied_too(text: str, language: str) -> None:
    events = extract(Article(text=text, published=PUB, language=language))
    assert [e.fatalities or 0 for e in events if e.status == "reported"] == [0]


def test_and_ends_the_denial() -> None:
    text = (
        "No se reportaron detenidos en Fresnillo, Zacatecas, y dos hombres fueron "
        "asesinados el martes frente a su casa."
    )
    events = extract(Article(text=text, published=PUB, language="es"))
    assert [e.fatalities for e in events if e.status == "reported"] == [2]
