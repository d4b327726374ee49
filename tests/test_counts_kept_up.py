"""A count kept up to a day, a count that depends on who keeps it, and people past what a
count reads are tallies, not one happening (issue 9): "as of Saturday there were 40
fatalities", "between 200 and 400, depending on who is counting", "over 120,000 people who
have disappeared" come out as `statistic`. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 11, 4)

TALLIES = [
    ("en", "According to state officials, as of Sunday there were 48 fatalities in Sinaloa."),
    ("en", "As of Monday, 48 people had been killed in the fighting in Sinaloa, officials said."),
    (
        "en",
        "Relatives say between 200 and 400 people have disappeared in Sinaloa, depending on "
        "who is counting.",
    ),
    ("en", "According to government records, there are over 130,000 people who have disappeared."),
    (
        "es",
        "Al corte del domingo, 48 personas habían sido asesinadas en Sinaloa, según la Fiscalía.",
    ),
    (
        "es",
        "Entre 200 y 400 personas han desaparecido en Sinaloa, según quién lleve la cuenta.",
    ),
    ("es", "Según registros oficiales, hay más de 130,000 personas desaparecidas en el país."),
]


@pytest.mark.parametrize(("language", "text"), TALLIES)
def test_a_count_kept_up_is_a_tally(language: str, text: str) -> None:
    events = extract(Article(text=text, published=PUB, language=language))
    assert events
    assert live(events) == []
    assert {e.status for e in events} == {"statistic"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Gunmen killed four people in Culiacan, Sinaloa, on Sunday, officials said."),
        ("en", "Police seized 250,000 dollars and two rifles in Culiacan, Sinaloa, on Sunday."),
        ("en", "More than 120,000 people marched in Mexico City on Sunday against the violence."),
    ],
)
def test_news_and_other_large_figures_stay_news(language: str, text: str) -> None:
    assert live(extract(Article(text=text, published=PUB, language=language)))
