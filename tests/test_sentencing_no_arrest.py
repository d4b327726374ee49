"""A court's sentence is no arrest: court news tells of people judged for a crime committed
long before, and no one is taken into custody that day ("fueron sentenciados a 40 años de
prisión", "a judge sentenced them to 40 years in prison"), so an arrest told only by the
sentence is background like the crime judged (issue 9: extra records on unseen pages).
Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 6, 14)  # a Saturday


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Un juez federal dictó este martes una sentencia de 35 años de prisión contra "
            "tres integrantes de una banda por el secuestro de un comerciante en Irapuato, "
            "Guanajuato.",
        ),
        (
            "es",
            "Cuatro expolicías municipales fueron condenados a 50 años de prisión por la "
            "desaparición de dos jóvenes en Tierra Blanca, Veracruz, informó la Fiscalía.",
        ),
        (
            "en",
            "Four gunmen were sentenced to life in prison on Thursday for an attack on a "
            "family at a taco stand in Ciudad Obregon, Sonora.",
        ),
    ],
)
def test_a_sentence_of_prison_is_no_arrest_of_the_day(language: str, text: str) -> None:
    records = extract(Article(text=text, published=PUB, language=language))
    assert [e.category for e in live(records)] == []
