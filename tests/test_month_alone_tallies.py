"""A toll over a month named as its whole span is a tally (issue 9, tally): "190 people were
murdered in the city in July alone", "tan solo en el mes de marzo fueron asesinados cuatro
dirigentes". The news told beside it keeps its own toll; the month, even one before the news, is the
span of a sum, not the date of a past happening. Every sentence here was written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live_dead

from sucesos import Article
from sucesos.extract import extract

PUB = date(2025, 4, 3)
NEWS_ES = "Un taxista fue asesinado a balazos este miércoles en la colonia Centro de Zamora."
NEWS_EN = "Gunmen shot dead a taxi driver on Wednesday in the town of Zamora, Michoacan."


@pytest.mark.parametrize(
    ("tally", "language", "news"),
    [
        (
            "Tan solo en el mes de marzo fueron asesinadas cuatro personas en la ciudad.",
            "es",
            NEWS_ES,
        ),
        (
            "Solamente durante febrero, seis comerciantes fueron asesinados en Zamora.",
            "es",
            NEWS_ES,
        ),
        ("Some 45 people were murdered in Zamora in March alone, police said.", "en", NEWS_EN),
    ],
)
def test_a_toll_over_a_month_alone_is_a_tally(tally: str, language: str, news: str) -> None:
    text = news + " " + tally
    assert live_dead(text, language, PUB) == [1]
    records = extract(Article(text=text, published=PUB, language=language))
    assert [r.status for r in records if r.fatalities and r.fatalities > 1] == ["statistic"]
