"""A singular relative stands for one person: "dos hombres dispararon contra el regidor, quien
murió" counts the councillor, not the two who shot him (issue 9, casualty grammar: attackers
counted as victims). Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 11, 20)


def fatalities(text: str) -> list[int]:
    return [e.fatalities or 0 for e in extract(Article(text=text, published=PUB, language="es"))]


def test_quien_after_two_attackers_is_the_one_dead() -> None:
    text = (
        "Dos hombres en motocicleta dispararon contra el síndico de Tlalchapa, quien murió "
        "en el lugar, informó la Fiscalía de Guerrero."
    )
    assert fatalities(text) == [1]
