"""A place described by its rank over a period ("…in Irapuato, one of the cities with the
most murders so far this year") tells where the news happened, not a tally: the period is
the ranking's, and the news before it, with its own figures, stays news. Every sentence here
was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 6, 10)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Gunmen shot dead a traffic officer on Monday in Irapuato, Guanajuato, one of the "
            "cities with the highest murder rate so far this year.",
        ),
        (
            "es",
            "Sicarios asesinaron a un agente de tránsito este lunes en Irapuato, Guanajuato, "
            "una de las ciudades más violentas en lo que va del año.",
        ),
        (
            "es",
            "Sicarios asesinaron a un agente de tránsito este lunes en Irapuato, Guanajuato, "
            "uno de los municipios con la tasa de homicidios más alta en lo que va del año.",
        ),
    ],
)
def test_news_beside_a_ranked_place_stays_news(language: str, text: str) -> None:
    events = extract(Article(text=text, published=PUB, language=language))
    assert [e.fatalities for e in live(events)] == [1]
