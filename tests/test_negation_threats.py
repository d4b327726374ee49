"""A threat is the act, not what it threatens (issue 9): "con la amenaza de matar a todos",
"amenazaron con quemar las casas", "threatening to kill them" report a threat made, not a
killing or an arson done. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 3, 14)


def categories(text: str, language: str) -> list[str]:
    return [e.category for e in live(extract(Article(text=text, published=PUB, language=language)))]


def test_a_killing_threatened_is_a_threat_es() -> None:
    text = (
        "Un grupo de hombres armados llegó el sábado a una boda en Tlapa, Guerrero, con la "
        "amenaza de matar a los invitados que no entregaran sus teléfonos."
    )
    assert categories(text, "es") == ["threat"]


def test_a_killing_threatened_is_a_threat_en() -> None:
    text = (
        "Shop owners in Tlapa, Guerrero, said a gang had threatened to kill them unless they "
        "paid a weekly fee."
    )
    assert categories(text, "en") == ["threat"]
