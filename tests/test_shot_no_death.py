"""An attack with gunfire told with no death word ("un hombre fue agredido a balazos", "dos
hombres fueron atacados a balazos", "atacaron a balazos a un joven") wounds its victims: they
count as injured, as "balean a un hombre" does; a death word makes them dead. Every sentence
here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 10, 8)


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("Un hombre fue agredido a balazos en la colonia Centro de Villa de Álvarez, Colima.", 1),
        (
            "Dos hombres fueron atacados a balazos en la colonia Centro de Jacona, Michoacán.",
            2,
        ),
        (
            "Sujetos armados atacaron a balazos a un joven en el centro de Jacona, Michoacán.",
            1,
        ),
    ],
)
def test_an_attack_with_gunfire_and_no_death_wounds(text: str, injured: int) -> None:
    events = live(extract(Article(text=text, published=PUB, language="es")))
    assert [c.value for e in events for c in e.counts if c.what == "injured"] == [injured]
