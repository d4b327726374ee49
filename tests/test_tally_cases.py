"""An account that opens with a tally of months (an electoral process, "en lo que va del
año", "in recent years"), no news told before it, goes on to list that tally's cases: those
its text dates to no day of their own are background (historical), never news of the
publication day. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 6, 3)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "De 14 asesinatos de aspirantes a una alcaldía registrados durante el proceso "
            "electoral, en nueve casos el partido de la víctima perdió la elección. En "
            "Tuxtepec, Oaxaca, Rosa Pérez, candidata del PT, fue asesinada a tiros cuando "
            "salía de su casa. Su partido quedó en tercer lugar.",
        ),
        (
            "es",
            "En lo que va del año han sido asesinados 11 periodistas en el país, según "
            "Artículo 19. En Tuxpan, Veracruz, el reportero Luis Gómez fue asesinado a "
            "balazos afuera de su domicilio.",
        ),
        (
            "en",
            "Of the 14 candidates killed during the campaign, nine ran for parties that went "
            "on to lose. In Tuxtepec, Oaxaca, Labor Party candidate Rosa Pérez was shot dead "
            "as she left her home. Her party came third.",
        ),
    ],
)
def test_the_undated_cases_of_a_tally_are_no_news(language: str, text: str) -> None:
    events = extract(Article(text=text, published=PUB, language=language))
    assert live(events) == []
    assert "historical" in [e.status for e in events]
