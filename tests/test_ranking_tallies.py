"""A place ranked by its count of crimes ("Guerrero es la entidad donde más crímenes de este
tipo se han cometido, con 14", "Veracruz is the state with the most such killings") tells a
ranking of totals, not a happening: a statistic beside the news. Every sentence here was
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 6, 10)


@pytest.mark.parametrize(
    ("language", "news", "ranking"),
    [
        (
            "es",
            "Un periodista fue asesinado este lunes en Tuxpan, Veracruz.",
            "Guerrero es la entidad donde más crímenes contra la prensa se han cometido, con "
            "14 homicidios.",
        ),
        (
            "es",
            "Un periodista fue asesinado este lunes en Tuxpan, Veracruz.",
            "Chihuahua es la ciudad en la que más reporteros fueron asesinados, con 11.",
        ),
        (
            "en",
            "A journalist was shot dead on Monday in Tuxpan, Veracruz.",
            "Guerrero is the state where most of these crimes have occurred, with 14 murders.",
        ),
        (
            "en",
            "A journalist was shot dead on Monday in Tuxpan, Veracruz.",
            "Chihuahua is the city where the most reporters have been murdered, with 11 killings.",
        ),
    ],
)
def test_a_place_ranked_by_its_count_is_no_news(language: str, news: str, ranking: str) -> None:
    events = extract(Article(text=f"{news} {ranking}", published=PUB, language=language))
    assert [e.evidence[-1].text for e in live(events)] == [news]
    assert [e.fatalities for e in live(events)] == [1]
