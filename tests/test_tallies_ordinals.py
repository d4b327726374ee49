"""A date's year glued to the words after it, and ordinals that count the victims (issue 9,
fresh English pages of session 10): "September 22, 2025 gunmen killed…" has no 2,025
gunmen; "…is the 10th journalist to be killed this year" counts the news among others, a
tally, not the news again. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.extract.counts import find_counts
from sucesos.extract.text import fold
from sucesos.models import Article, EventRecord

PUB = date(2025, 9, 27)  # a Saturday


def run(language: str, text: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


@pytest.mark.parametrize(
    "text",
    [
        "September 26, 2025Gunmen shot dead a radio host in Yajalón, Chiapas.",
        "On Sept. 26, 2025 gunmen shot dead a radio host in Yajalón, Chiapas.",
    ],
)
def test_the_year_after_a_month_and_day_is_no_count(text: str) -> None:
    assert [c.value for c in find_counts(fold(text), text=text)] == [1]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Gunmen shot dead radio host Luis Vega outside his home in Yajalón, Chiapas, on "
            "Friday. Vega, who hosted a morning show, is at least the 10th member of the press "
            "to be killed this year.",
        ),
        (
            "es",
            "Sicarios asesinaron al locutor Luis Vega afuera de su casa en Yajalón, Chiapas, el "
            "viernes. Vega es el décimo periodista asesinado en lo que va del año.",
        ),
    ],
)
def test_an_ordinal_of_the_victims_over_a_period_is_a_tally(language: str, text: str) -> None:
    events = run(language, text)
    assert [e.status for e in events if e.category == "attack"] == ["reported", "statistic"]


def test_an_ordinal_of_a_time_is_no_tally() -> None:
    text = (
        "Soldiers clashed with gunmen in Tepalcatepec, Michoacán, on Friday. On the third day "
        "of the operation, soldiers killed four gunmen this week, the army said."
    )
    assert all(e.status == "reported" for e in run("en", text))
