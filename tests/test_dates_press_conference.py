"""The day of a press conference is the day a source spoke, not the incident's ("En
conferencia de prensa este miércoles, el fiscal…", "At a press conference on Wednesday, the
prosecutor…"): the incident takes the day its own sentences tell. Every sentence here was
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 9, 17)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Balacera en Zamora deja cinco muertos\n\n"
            "En conferencia de prensa este miércoles, el fiscal del estado dio a conocer el "
            "asesinato de cinco personas en Zamora.\n\n"
            "Los hechos se registraron el lunes por la noche en una fiesta de la colonia Las "
            "Flores.",
            "es",
        ),
        (
            "Shooting in Zamora leaves five dead\n\n"
            "At a press conference on Wednesday, the state prosecutor gave details of the "
            "killing of five people in Zamora.\n\n"
            "The victims were at a party in the Las Flores neighborhood on Monday night when "
            "gunmen opened fire.",
            "en",
        ),
    ],
)
def test_a_press_conference_day_does_not_date_the_incident(text: str, language: str) -> None:
    events = extract(Article(text=text, published=PUB, language=language))
    live = [e for e in events if e.status in ("reported", "disputed")]
    assert [e.date for e in live if e.fatalities == 5] == ["2025-09-15"]
