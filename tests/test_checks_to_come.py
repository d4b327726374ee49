"""What the authorities are still to check ("con el objetivo de verificar la presencia de más
cadáveres en la fosa", "para descartar que haya más víctimas") is no find: no bodies of its
own, no second grave beside the one found. Every sentence here was written for these
tests."""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 10, 8)


def test_bodies_still_to_be_checked_are_no_find() -> None:
    text = (
        "Peritos hallaron 16 cuerpos en una fosa clandestina en Tonalá, Jalisco, este martes.\n\n"
        "Los trabajos continuaban en el lugar con el objetivo de verificar la presencia de más "
        "cadáveres en la fosa."
    )
    events = live(extract(Article(text=text, published=PUB, language="es")))
    assert [max(c.value for c in e.counts if c.what == "bodies") for e in events] == [16]
