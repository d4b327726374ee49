"""People told by where they come from or by the office they run for are people a figure
counts (issue 9, wrong counts: no count where the text gives one): "dos estadounidenses
fueron hallados muertos", "four Canadians who crossed the border were kidnapped", "tres
precandidatos a una diputación fueron asesinados", "two mayoral hopefuls were shot dead".
Without the noun the number stood alone and the predicate counted one, or nobody. Every
sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 5, 11)


def _figures(text: str, language: str) -> list[tuple[str, int]]:
    (event,) = live(extract(Article(text=text, published=PUB, language=language)))
    return [(c.what, c.value) for c in event.counts]


@pytest.mark.parametrize(
    ("text", "language", "figure"),
    [
        (
            "Dos estadounidenses que viajaban a Reynosa, Tamaulipas, fueron hallados muertos "
            "este lunes a un costado de la carretera.",
            "es",
            ("bodies", 2),
        ),
        (
            "Two Americans who had travelled to Reynosa, Tamaulipas, have been found dead on "
            "the side of a highway, officials said on Monday.",
            "en",
            ("bodies", 2),
        ),
        (
            "Cuatro canadienses que cruzaron a Matamoros, Tamaulipas, fueron secuestrados el "
            "viernes por hombres armados.",
            "es",
            ("kidnapped", 4),
        ),
        (
            "Four Canadians who crossed into Matamoros, Tamaulipas, were kidnapped by gunmen on "
            "Friday.",
            "en",
            ("kidnapped", 4),
        ),
        (
            "Tres precandidatos a una diputación local de Tacámbaro, Michoacán, fueron "
            "asesinados a balazos este jueves.",
            "es",
            ("killed", 3),
        ),
        (
            "Two mayoral hopefuls in Tacámbaro, Michoacán, were shot dead on Thursday.",
            "en",
            ("killed", 2),
        ),
    ],
)
def test_people_told_by_their_origin_or_office_are_counted(
    text: str, language: str, figure: tuple[str, int]
) -> None:
    assert figure in _figures(text, language)
