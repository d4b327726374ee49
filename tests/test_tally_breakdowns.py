"""A sentence that opens with a part of a figure a tally told before ("De los 94 periodistas
asesinados, 87 son hombres y siete mujeres", "Of the 94 journalists killed, 87 were men")
breaks that tally down: part of the statistic, never a new happening in the town of the
news. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 5, 28)


@pytest.mark.parametrize(
    ("language", "news", "tally", "parts"),
    [
        (
            "es",
            "Un periodista fue asesinado este martes en Tuxpan, Veracruz.",
            "Según la organización, en el país se han asesinado 94 periodistas desde el año 2000.",
            "De los 94 periodistas asesinados, 87 son hombres y siete son mujeres.",
        ),
        (
            "en",
            "A journalist was shot dead on Tuesday in Tuxpan, Veracruz.",
            "Since 2000, 94 journalists have been killed in Mexico, according to the group.",
            "Of the 94 journalists killed, 87 were men and seven were women.",
        ),
        (
            "en",
            "A journalist was shot dead on Tuesday in Tuxpan, Veracruz.",
            "Since 2018, 41 journalists have been killed in the country, the commission says.",
            "Of the 41 reporters murdered, 35 were men and six were women.",
        ),
    ],
)
def test_a_breakdown_of_a_tally_is_no_news(
    language: str, news: str, tally: str, parts: str
) -> None:
    text = f"{news} {tally} {parts}"
    events = extract(Article(text=text, published=PUB, language=language))
    assert [e.evidence[-1].text for e in live(events)] == [news]
    assert [e.fatalities for e in live(events)] == [1]
