"""People found dead told by a participle right after them, with no auxiliary, are the
bodies counted (issue 9, wrong counts: a named or counted find not counted). "Buscan
reconocer a cuatro jóvenes localizados sin vida" and "tres de las seis mujeres
halladas sin vida" count four and six bodies, not "some" people (two). English puts the
participle the same way and was read already ("the five people found dead").

Every sentence here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 6, 2)


def dead(text: str, language: str) -> list[int]:
    events = extract(Article(text=text, published=PUB, language=language))
    return [e.fatalities or 0 for e in events if e.status == "reported"]


@pytest.mark.parametrize(
    ("text", "language", "bodies"),
    [
        (
            "Peritos de la Fiscalía buscan reconocer a cuatro jóvenes localizados sin vida el "
            "lunes en un paraje de Salvatierra.",
            "es",
            4,
        ),
        (
            "Familiares reconocieron a tres de las seis mujeres halladas sin vida el martes en un "
            "paraje de Cortazar.",
            "es",
            6,
        ),
        (
            "Relatives identified three of the five men found dead on Tuesday in a ravine near "
            "Cortazar.",
            "en",
            5,
        ),
    ],
)
def test_found_participle_counts_the_bodies(text: str, language: str, bodies: int) -> None:
    assert dead(text, language) == [bodies]
