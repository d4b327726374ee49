"""A sentence that opens with an adjunct summing several places or incidents ("En cinco
municipios de X,", "In separate attacks,") sums the figures of the clause after its comma:
the total is the article's tally of the incidents told after it, not one more incident.
Every article here is invented for the test.
"""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 9)  # a Monday


def tolls(text: str, language: str) -> list[int]:
    events: list[EventRecord] = live(extract(Article(text=text, published=PUB, language=language)))
    return sorted(e.fatalities or 0 for e in events if e.category == "attack")


def test_an_opening_adjunct_over_several_towns_sums_the_clause_after_it_es() -> None:
    text = (
        "En cuatro municipios de Michoacán, fueron asesinadas siete personas el domingo.\n\n"
        "En Uruapan, tres hombres fueron asesinados a balazos afuera de un bar.\n\n"
        "En Zamora, dos mujeres fueron asesinadas en su domicilio.\n\n"
        "En Apatzingán, un comerciante fue asesinado en el mercado."
    )
    assert tolls(text, "es") == [1, 2, 3]


def test_an_opening_adjunct_of_separate_attacks_sums_the_clause_after_it_en() -> None:
    text = (
        "In separate attacks, gunmen killed seven people in Guerrero on Sunday.\n\n"
        "In Acapulco, three men were shot dead outside a bar.\n\n"
        "In Iguala, two women were killed at their home.\n\n"
        "In Chilpancingo, a shopkeeper was shot dead at the market."
    )
    assert tolls(text, "en") == [1, 2, 3]
