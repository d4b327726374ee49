"""A rank that goes on counting people told already is the same people, not more: "dos de
ellos murieron en el lugar y el tercero en el hospital" after "tres hombres murieron" is
three in all ("two of them died at the scene and the third in hospital"); a rank told with
an indefinite article in a later sentence is one more ("Un tercero murió horas después", "A
third man died later"): two and one, three. Every sentence here was written for these tests
(issue 9)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 4, 14)


def _killed(text: str, language: str) -> list[int | None]:
    events = live(extract(Article(text=text, published=PUB, language=language)))
    return [e.fatalities for e in events]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Tres jornaleros murieron baleados el lunes en un rancho de Tlaquiltenango, "
            "Morelos. Dos de ellos fallecieron en el lugar y el tercero en la clínica del IMSS.",
            "es",
        ),
        (
            "Three farmhands died after being shot on Monday at a ranch in Tlaquiltenango, "
            "Morelos. Two of them died at the scene and the third at a clinic.",
            "en",
        ),
    ],
)
def test_a_rank_that_completes_a_part_is_inside_the_total(text: str, language: str) -> None:
    assert _killed(text, language) == [3]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Dos comerciantes murieron el sábado en un ataque armado contra una tortillería de "
            "Zamora, Michoacán. Un tercero murió horas después.",
            "es",
        ),
        (
            "Two shopkeepers were killed on Saturday in an armed attack on a tortilla shop in "
            "Zamora, Michoacan. A third man died hours later.",
            "en",
        ),
    ],
)
def test_a_rank_with_an_indefinite_article_adds_one(text: str, language: str) -> None:
    assert _killed(text, language) == [3]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Dos meseros murieron el viernes en un ataque armado contra una cantina de Uruapan, "
            "Michoacán. Una tercera víctima, la cocinera del lugar, murió horas después en el "
            "hospital.",
            "es",
        ),
        (
            "Two waiters were killed on Friday in an armed attack on a cantina in Uruapan, "
            "Michoacan. A third victim, the cantina's cook, died hours later in hospital.",
            "en",
        ),
    ],
)
def test_a_rank_with_an_apposition_before_its_verb_adds_one(text: str, language: str) -> None:
    assert _killed(text, language) == [3]
