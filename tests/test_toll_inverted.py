"""A toll raised with its figure before the toll it raises ("se elevó a 16 la cifra de cuerpos
hallados en la fosa", "aumentó a nueve el número de muertos por el ataque") counts the bodies
or the dead; a toll of bodies ("la cifra de cuerpos … llegó a 16") counts bodies. Every
sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 10, 8)


@pytest.mark.parametrize(
    ("text", "what", "value"),
    [
        (
            "Este martes se elevó a 16 la cifra de cuerpos hallados en una fosa clandestina en "
            "Tonalá, Jalisco.",
            "bodies",
            16,
        ),
        (
            "Aumentó a nueve el número de muertos por el ataque a un bar en Tonalá, Jalisco.",
            "killed",
            9,
        ),
        ("La cifra de cuerpos hallados en la fosa de Tonalá, Jalisco, llegó a 16.", "bodies", 16),
    ],
)
def test_a_raised_toll_counts_its_figure(text: str, what: str, value: int) -> None:
    events = live(extract(Article(text=text, published=PUB, language="es")))
    assert max(c.value for e in events for c in e.counts if c.what == what) == value
