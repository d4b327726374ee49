"""Caught in the crossfire is no arrest (issue 9): "quedaron atrapados en una balacera",
"quedó atrapada en medio del tiroteo" tell where bystanders were, not that anyone was
caught; "atraparon a dos asaltantes" still is an arrest. Every sentence here was written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 12, 21)


@pytest.mark.parametrize(
    "text",
    [
        "En Escuinapa, Sinaloa, dos vecinos quedaron atrapados en una balacera y murieron.",
        "En Escuinapa, Sinaloa, una familia quedó atrapada en medio del tiroteo entre "
        "sicarios y policías.",
        "Tres jornaleros quedaron atrapados entre el fuego cruzado de una balacera en "
        "Escuinapa, Sinaloa, y resultaron heridos.",
    ],
)
def test_trapped_in_a_shooting_is_no_arrest(text: str) -> None:
    events = live(extract(Article(text=text, published=PUB, language="es")))
    assert events
    assert "arrest" not in {e.category for e in events}


def test_catching_someone_is_still_an_arrest() -> None:
    text = "Policías de Escuinapa, Sinaloa, atraparon a dos asaltantes este domingo."
    events = live(extract(Article(text=text, published=PUB, language="es")))
    assert "arrest" in {e.category for e in events}
