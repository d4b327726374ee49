"""A clause of the same sentence that a date of its own puts before the news ("…fueron
asesinados ayer; la semana pasada, en el mismo lugar, otras cuatro personas fueron
asesinadas", "…on Tuesday, and last week four other people were killed") tells an earlier
happening: its figure does not add to today's toll. Every sentence here was written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 3, 12)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Dos hombres fueron asesinados ayer en un taller de Uriangato, Guanajuato; la semana "
            "pasada, en el mismo lugar, otras cuatro personas fueron asesinadas por un comando.",
            "es",
        ),
        (
            "Two men were shot dead on Tuesday at a repair shop in Uriangato, Guanajuato, and "
            "last week four other people were killed at the same place.",
            "en",
        ),
    ],
)
def test_a_clause_dated_earlier_adds_nothing_to_the_toll(text: str, language: str) -> None:
    events = live(extract(Article(text=text, published=PUB, language=language)))
    assert [e.fatalities for e in events] == [2]
