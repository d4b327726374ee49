"""Tolls over an electoral process are tallies (issue 9, session 17).

Candidates killed "durante el proceso electoral", "during the campaign" or "in the run-up to
the vote" are counted over months: a perfect tense of toll over such a period is a running
total, not an incident. One candidate killed during the campaign stays the news.

Every sentence here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 5, 28)


def run(text: str, language: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Un candidato a la alcaldía fue asesinado a tiros en Cuautla, Morelos, el martes.\n\n"
            "Más de 30 candidatos han sido asesinados durante el proceso electoral.",
            "es",
        ),
        (
            "A mayoral candidate was shot dead in Cuautla, Morelos, on Tuesday.\n\n"
            "More than 30 candidates have been killed during the campaign.",
            "en",
        ),
        (
            "A mayoral candidate was shot dead in Cuautla, Morelos, on Tuesday.\n\n"
            "Thirty candidates have been killed in the run-up to the vote.",
            "en",
        ),
    ],
)
def test_candidates_killed_over_an_electoral_process_are_a_tally(text: str, language: str) -> None:
    assert [e.fatalities for e in live(run(text, language))] == [1]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Un candidato a la alcaldía de Cuautla, Morelos, fue asesinado a tiros el martes "
            "durante la campaña electoral, informó la Fiscalía.",
            "es",
        ),
        (
            "A mayoral candidate was shot dead in Cuautla, Morelos, on Tuesday during the "
            "campaign, officials said.",
            "en",
        ),
    ],
)
def test_one_candidate_killed_during_the_campaign_is_the_news(text: str, language: str) -> None:
    assert [e.fatalities for e in live(run(text, language))] == [1]


def test_a_bare_perfect_toll_over_the_country_before_a_vote_is_a_tally() -> None:
    # the country and the day of the vote still to come name no place or day of a happening
    text = (
        "A mayoral candidate was shot dead outside his home in Acámbaro, Guanajuato, on "
        "Sunday. At least 90 politicians have been killed in the deadliest election season of "
        "Mexico's modern history, and the violence seems to be worsening in the final weeks "
        "before the June 2 vote."
    )
    (event,) = live(run(text, "en"))
    assert event.fatalities == 1
