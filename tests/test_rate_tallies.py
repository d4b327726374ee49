"""A rate of crimes over time ("promedia octubre un asesinato cada ocho horas", "se comete un
homicidio cada nueve horas", "one murder every eight hours") is a tally: the day's killings
it counts are told as news elsewhere, and an apposition that gives the rate after the news
("…, con lo que la ciudad promedia un homicidio cada ocho horas") is a tally of its own, the
news before it untouched. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 10, 8)


@pytest.mark.parametrize(
    "lead",
    [
        "Con tres homicidios cometidos a lo largo de este día, promedia octubre un asesinato "
        "cada ocho horas en Zamora, Michoacán.",
        "Con dos asesinatos este martes, Zamora promedia tres homicidios diarios.",
    ],
)
def test_a_rate_of_killings_is_a_tally(lead: str) -> None:
    text = lead + "\n\nEn la colonia Centro, un taxista fue asesinado a balazos por unos hombres."
    events = extract(Article(text=text, published=PUB, language="es"))
    assert [e.fatalities for e in live(events)] == [1]


def test_a_rate_after_the_news_is_a_tally_of_its_own() -> None:
    text = (
        "Hombres armados asesinaron a tres personas en un bar de Zamora, Michoacán, este martes, "
        "con lo que la ciudad promedia un homicidio cada ocho horas."
    )
    events = extract(Article(text=text, published=PUB, language="es"))
    assert [e.fatalities for e in live(events)] == [3]
    assert any(e.status == "statistic" for e in events)
