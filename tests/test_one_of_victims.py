"""A singular death after "one of" the people attacked ("una de las víctimas falleció", "uno de
los escoltas fue asesinado") is one death, not the plural group's two. Every sentence here
was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 10, 8)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hombres armados atacaron a dos hombres en Jacona, Michoacán; una de las víctimas murió.",
        "Un comando atacó a tres escoltas en Jacona, Michoacán; uno de los escoltas fue asesinado.",
    ],
)
def test_one_of_the_victims_is_one_death(sentence: str) -> None:
    events = live(extract(Article(text=sentence, published=PUB, language="es")))
    assert [e.fatalities for e in events] == [1]
