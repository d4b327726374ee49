"""A figure joined to a toll but told with a verb of its own (issue 9, the class seen on the
English fresh pages of sessions 15 and 16): "four were killed and dozens of residents were
displaced", "20 killed and hundreds more threatened" count no more dead; the wounded told
after the dead stay apart, and more dead told after them still add. Every sentence here was
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 3, 8)  # a Saturday


def run(language: str, text: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Four officers were killed and dozens of residents were displaced in Celaya on Friday.",
        ),
        (
            "en",
            "Four officers were killed and hundreds more were threatened in Celaya on Friday.",
        ),
        (
            "es",
            "Cuatro policías murieron y decenas de vecinos fueron desplazados en Celaya.",
        ),
        ("es", "Cuatro policías murieron y cientos más fueron amenazados en Celaya el viernes."),
    ],
)
def test_a_figure_with_a_verb_of_its_own_is_no_more_dead(language: str, text: str) -> None:
    (event,) = live(run(language, text))
    assert event.fatalities == 4


@pytest.mark.parametrize(
    ("language", "text", "killed", "injured"),
    [
        ("en", "Three were killed and two more were wounded in Celaya on Friday.", 3, 2),
        ("en", "Three were killed and two more died in hospital in Celaya on Friday.", 5, None),
        ("en", "Two police officers and three gunmen were killed in Celaya on Friday.", 5, None),
        ("es", "Tres murieron y dos más resultaron heridos en Celaya el viernes.", 3, 2),
    ],
)
def test_more_dead_still_add_and_the_wounded_stay_apart(
    language: str, text: str, killed: int, injured: int | None
) -> None:
    (event,) = live(run(language, text))
    assert event.fatalities == killed
    if injured is not None:
        assert any(c.what == "injured" and c.value == injured for c in event.counts)
