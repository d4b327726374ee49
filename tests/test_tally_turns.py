"""A killing told with the running total it raises in the same sentence (issue 9, missed
incidents: news dropped as a statistic): after a comma, "con lo cual suman…", "alcanzando un
total de…" or "becoming the 12th…" turn to the tally, and the news before the comma stays
news with its own dead, the total no figure of it. Every sentence here was written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 10, 22)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Un locutor fue asesinado a balazos este lunes en Salina Cruz, Oaxaca, con lo cual "
            "suman 12 periodistas asesinados en el país en lo que va del año.",
        ),
        (
            "es",
            "Un comerciante fue ejecutado a tiros este lunes en Salina Cruz, Oaxaca, alcanzando "
            "un total de 12 homicidios en el municipio durante el mes.",
        ),
        (
            "en",
            "A radio host was shot dead on Monday in Salina Cruz, Oaxaca, becoming the 12th "
            "media worker slain across Mexico since January.",
        ),
    ],
)
def test_the_news_before_its_running_total_stays_news(language: str, text: str) -> None:
    events = extract(Article(text=text, published=PUB, language=language))
    assert [(e.category, e.fatalities) for e in live(events)] == [("attack", 1)]
