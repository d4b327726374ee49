"""A count that has already reached a figure, or that runs since a wave of violence began,
is a running total, not the news (issue 9). Every article here is invented for the test."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 3, 11)  # a Wednesday


def live_tolls(text: str, language: str) -> list[int]:
    events = extract(Article(text=text, published=PUB, language=language))
    return sorted(
        e.fatalities or 0 for e in events if e.status in ("reported", "disputed") and e.fatalities
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Culiacán, Sinaloa.- En apenas doce días, Sinaloa ya sumó 85 homicidios en medio "
            "de la disputa entre dos facciones del cártel.",
            "es",
        ),
        (
            "La ola de violencia en Culiacán, Sinaloa, que comenzó hace nueve días, deja por "
            "lo menos 40 muertos.",
            "es",
        ),
        (
            "The fighting between two cartel factions in Sinaloa has left at least 60 people "
            "dead since it began two weeks ago.",
            "en",
        ),
        (
            "In Sinaloa, the death toll of the cartel war already stands at 85, officials said.",
            "en",
        ),
    ],
)
def test_a_count_run_so_far_is_a_tally(text: str, language: str) -> None:
    assert live_tolls(text, language) == []


def test_a_killing_told_with_no_running_total_stays_the_news() -> None:
    text = "Un hombre fue asesinado a balazos este martes en la colonia Centro de Culiacán."
    assert live_tolls(text, "es") == [1]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Siete policías municipales fueron asesinados a lo largo del mes de febrero en "
            "Guanajuato, según un recuento de la organización Causa en Común.",
            "es",
        ),
        (
            "Nine police officers were killed in Guanajuato throughout February, according to a "
            "count by a civic group.",
            "en",
        ),
    ],
)
def test_a_toll_over_a_whole_month_is_a_tally(text: str, language: str) -> None:
    # a count over all of last month, told days after it ended: many happenings
    events = extract(Article(text=text, published=date(2025, 3, 3), language=language))
    assert [e.status for e in events] == ["statistic"]
