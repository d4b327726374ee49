"""A sentence that measures a crime tells no happening: its rate ("Zamora has one of the
highest murder rates in the country") or its count compared with an earlier period ("los
homicidios se han duplicado respecto al año pasado") is a statistic beside the news, neither
the news nor a part of it. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 6, 10)
NEWS_EN = "Gunmen shot dead a shopkeeper on Monday in Zamora, Michoacán."
NEWS_ES = "Hombres armados asesinaron a un comerciante este lunes en Zamora, Michoacán."


@pytest.mark.parametrize(
    ("language", "news", "measure"),
    [
        ("en", NEWS_EN, "Michoacán has one of the highest murder rates in the country."),
        ("en", NEWS_EN, "The index weighs homicide, kidnapping and extortion rates in each city."),
        ("en", NEWS_EN, "Kidnappings in the city have doubled year-on-year."),
        (
            "es",
            NEWS_ES,
            "Los secuestros en la región se han duplicado en comparación con el periodo anterior.",
        ),
        (
            "es",
            NEWS_ES,
            "En la ciudad, los robos con violencia a tiendas de abarrotes se triplicaron frente "
            "al mismo periodo.",
        ),
    ],
)
def test_a_measured_crime_is_no_news(language: str, news: str, measure: str) -> None:
    events = extract(Article(text=f"{news} {measure}", published=PUB, language=language))
    assert [[s.text for s in e.evidence] for e in live(events)] == [[news]]
