"""Accounts whose dead differ far apart tell different happenings (issue 9): a town's weekend
tally never gives one of its killings its toll, while two sources' close counts of one attack
stay one disputed incident. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 9, 15)  # a Monday


def live(text: str, language: str) -> list[EventRecord]:
    events = extract(Article(text=text, published=PUB, language=language))
    return [e for e in events if e.status in ("reported", "disputed")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Another police officer was killed in Tijuana on Sunday when gunmen ambushed a "
            "repair shop.\n\nThirty-four people were killed in Tijuana over the weekend, "
            "police said.",
            "en",
        ),
        (
            "Un policía municipal fue asesinado el domingo en Tijuana cuando hombres armados "
            "atacaron un taller.\n\nVeinte personas fueron asesinadas en Tijuana durante el fin "
            "de semana, informó la policía.",
            "es",
        ),
    ],
)
def test_a_far_larger_toll_is_not_the_killings_toll(text: str, language: str) -> None:
    assert 1 in [e.fatalities for e in live(text, language)]


def test_two_sources_close_counts_stay_one_disputed_incident() -> None:
    text = (
        "Hombres armados asesinaron a cinco personas en un bar de Celaya el sábado, informó "
        "la Fiscalía.\n\nTestigos dijeron que fueron siete los muertos en el bar."
    )
    (event,) = live(text, "es")
    assert event.status == "disputed"
    assert sorted(c.value for c in event.counts if c.what == "killed") == [5, 7]
