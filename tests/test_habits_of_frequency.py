"""Acts told as common or growing in number ("kidnappings are rife along the border",
"shootouts are becoming more frequent", "los levantones son cada vez más frecuentes") are a
habit of the place, no happening; an act of the same words told with its day stays news.
Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 10, 8)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In the hills around Zamora, Michoacan, shootouts are becoming more frequent.", "en"),
        ("Kidnappings of migrants are rife in Reynosa, Tamaulipas, a priest said.", "en"),
        ("En Zamora, Michoacán, los levantones son cada vez más frecuentes.", "es"),
    ],
)
def test_acts_told_as_common_are_no_happening(text: str, language: str) -> None:
    assert live(extract(Article(text=text, published=PUB, language=language))) == []


def test_an_act_with_its_day_stays_news() -> None:
    text = "A shootout broke out in Zamora, Michoacan, on Tuesday night, police said."
    assert live(extract(Article(text=text, published=PUB, language="en")))
