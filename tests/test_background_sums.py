"""Figures summed over several towns in a day or a weekend are an aggregate at the state's
precision (a tally when a list of three towns or more sums them), never pinned to one town
nor added to the toll of the article's incident. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest
from test_background import lead_event, live, run


def summed(language: str, context: str, words: str) -> None:
    """The context sentence is an event of its own at the state's precision; the lead's
    attack keeps its own toll."""
    events = live(run(language, context))
    total = [e for e in events if any(words in x.text for x in e.evidence)]
    assert len(total) == 1
    assert [loc.precision for loc in total[0].locations] == ["state"]
    assert lead_event([e for e in events if e is not total[0]]).fatalities == 2


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "Durante la jornada, en Celaya, León e Irapuato fueron asesinadas 14 personas, "
            "según el conteo de la policía.",
            "Durante la jornada",
        ),
        ("en", "During the day, 14 people were killed in Celaya, León and Irapuato.", "During"),
    ],
)
def test_a_toll_over_three_towns_is_a_tally(language: str, context: str, words: str) -> None:
    # a list of three towns sums their happenings: a statistic at the state's precision
    # (`assemble.spread_tallies`), never live; the lead's attack keeps its own toll
    events = run(language, context)
    (total,) = [e for e in events if any(words in x.text for x in e.evidence)]
    assert total.status == "statistic"
    assert [loc.precision for loc in total.locations] == ["state"]
    assert lead_event(events).fatalities == 2


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "A lo largo del fin de semana, 14 personas fueron asesinadas en Zamora y Jacona.",
            "A lo largo",
        ),
        ("en", "Throughout the weekend, 14 people were killed in Zamora and Jacona.", "Throughout"),
    ],
)
def test_a_weekend_toll_over_two_towns_is_an_aggregate(
    language: str, context: str, words: str
) -> None:
    summed(language, context, words)
