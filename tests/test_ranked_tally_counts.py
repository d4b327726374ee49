"""The dead of a tally told by the news's victim's rank (issue 9 item 3, figures of an
incident): "es el cuarto periodista asesinado en lo que va del año" counts four dead in the
tally, not the one victim its singular noun names; the news keeps its own one. Every sentence
here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.extract.counts import find_counts
from sucesos.extract.text import fold
from sucesos.models import Article, EventRecord

PUB = date(2025, 9, 27)  # a Saturday


def run(language: str, text: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


def killed_by_status(events: list[EventRecord]) -> list[tuple[str, int | None]]:
    return sorted((e.status, e.fatalities) for e in events if e.category == "attack")


@pytest.mark.parametrize(
    ("language", "text", "tally"),
    [
        (
            "es",
            "Sicarios asesinaron al locutor Luis Vega afuera de su casa en Yajalón, Chiapas, el "
            "viernes. Vega es el cuarto periodista asesinado en lo que va del año.",
            4,
        ),
        (
            "es",
            "Sicarios asesinaron al locutor Luis Vega afuera de su casa en Yajalón, Chiapas, el "
            "viernes. Se trata del séptimo periodista asesinado en el estado durante el "
            "presente año.",
            7,
        ),
        (
            "en",
            "Gunmen shot dead radio host Luis Vega outside his home in Yajalón, Chiapas, on "
            "Friday. Vega is the fifth journalist killed in the country this year.",
            5,
        ),
        (
            "en",
            "Gunmen shot dead radio host Luis Vega outside his home in Yajalón, Chiapas, on "
            "Friday. Vega is at least the sixth reporter to be murdered in Mexico this year.",
            6,
        ),
    ],
)
def test_the_rank_counts_the_tally_and_the_news_keeps_one(
    language: str, text: str, tally: int
) -> None:
    assert killed_by_status(run(language, text)) == [("reported", 1), ("statistic", tally)]


@pytest.mark.parametrize(
    "text",
    [
        "Vega es el cuarto periodista asesinado en lo que va del año.",
        "Vega is the fourth journalist to have been killed this year.",
    ],
)
def test_a_ranked_tally_is_a_count_of_its_rank(text: str) -> None:
    counts = find_counts(fold(text), text=text)
    assert [(c.what, c.value) for c in counts if c.ranked] == [("killed", 4)]


@pytest.mark.parametrize(
    "text",
    [
        # an indefinite rank tells one more dead, no tally
        "A second journalist was shot dead in Tijuana this year.",
        "Un segundo periodista fue asesinado en Tijuana este año.",
        # no period: the rank of a list of the news's own dead
        "El cuarto policía asesinado fue identificado como Juan Pérez.",
        "The fourth officer killed was identified as Juan Pérez.",
        # a rank of a time, not of people
        "On the third day of the operation, soldiers killed two gunmen this week.",
        # no death word after the people
        "Vega es el cuarto periodista detenido en lo que va del año.",
        "Vega is the fifth journalist to win the prize this year.",
        # a denied death
        "Vega no es el cuarto periodista asesinado este año, aclaró la fiscalía.",
    ],
)
def test_no_ranked_tally(text: str) -> None:
    counts = find_counts(fold(text), text=text)
    assert not [c for c in counts if c.ranked]
