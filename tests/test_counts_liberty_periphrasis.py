"""The Spanish periphrasis of a kidnapping counts its people whatever the words inside it:
"fueron privados de su libertad", "privadas ilegalmente de la libertad", and the verb
"raptar" (issue 9, casualty grammar: the headline's number kept). Every sentence here was
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 11, 20)


def kidnapped(text: str) -> list[int]:
    events = extract(Article(text=text, published=PUB, language="es"))
    return [c.value for e in events for c in e.counts if c.what == "kidnapped"]


@pytest.mark.parametrize(
    "text",
    [
        "Cuatro policías municipales fueron privados de su libertad por un comando armado "
        "en la comandancia de Monte Escobedo, Zacatecas, la madrugada del sábado.",
        "Cuatro jornaleras fueron privadas ilegalmente de la libertad por hombres armados en "
        "una huerta de Tangancícuaro, Michoacán.",
    ],
)
def test_a_number_before_the_periphrasis_counts_the_kidnapped(text: str) -> None:
    assert kidnapped(text) == [4]


def test_raptar_counts_its_object() -> None:
    text = "Un grupo armado raptó a tres comerciantes en el mercado de Jerez, Zacatecas."
    assert kidnapped(text) == [3]
