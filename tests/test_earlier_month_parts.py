"""A month, or a part of one, that ended before the month an article was published in dates
an earlier happening ("a finales de mayo fue asesinado…" in a June report, "In mid-May, a
candidate was killed…"): background, historical with its own month, never the news day.
Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 6, 2)
TALLY_ES = (
    "De los 14 aspirantes asesinados durante el proceso electoral, 10 eran de partidos que "
    "perdieron la elección."
)
TALLY_EN = "Of the 14 candidates killed during the campaign, 10 ran for parties that lost."


@pytest.mark.parametrize(
    ("language", "tally", "earlier"),
    [
        (
            "es",
            TALLY_ES,
            "En Tlacotalpan, Veracruz, a finales de mayo fue asesinado a tiros el aspirante "
            "del PAN Mario Ruiz durante un mitin.",
        ),
        (
            "es",
            TALLY_ES,
            "Y en Cosamaloapan, Veracruz, a mediados de mayo fue asesinada la candidata Rosa "
            "Pérez frente a su casa.",
        ),
        (
            "en",
            TALLY_EN,
            "In Tlacotalpan, Veracruz, a mayoral candidate was shot dead in late May during a "
            "rally.",
        ),
        (
            "en",
            TALLY_EN,
            "In mid-May, a candidate for mayor of Cosamaloapan, Veracruz, was killed outside "
            "her home.",
        ),
    ],
)
def test_a_part_of_last_month_is_no_news(language: str, tally: str, earlier: str) -> None:
    events = extract(Article(text=f"{tally} {earlier}", published=PUB, language=language))
    assert not [e for e in live(events) if earlier in e.evidence[-1].text]
    past = [e for e in events if e.status == "historical"]
    assert [(e.date, e.date_precision) for e in past] == [("2026-05-01", "month")]
