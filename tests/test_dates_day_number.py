"""A day of the month told by its number alone ("el día 10", "on the 26th"): in a chronology
it is a day of the month of the date told just before it, else of the publication's month
(the month before when that day has not come yet). Every sentence here was written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.extract.dates import find_dates
from sucesos.models import Article

PUB = date(2024, 3, 6)  # a Wednesday


def day_values(text: str, language: str, published: date | None = PUB) -> list[str]:
    return [d.value.isoformat() for d in find_dates(text, published, language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "El 3 de febrero emboscaron a una patrulla en la sierra. El día 9 fue asesinado "
            "un comandante en la cabecera.",
            "es",
            ["2024-02-03", "2024-02-09"],
        ),
        (
            "Gunmen ambushed a patrol in the hills on Feb. 3. On the 9th, a commander was shot "
            "dead in the town square.",
            "en",
            ["2024-02-03", "2024-02-09"],
        ),
    ],
)
def test_a_day_number_continues_the_month_told_before(
    text: str, language: str, expected: list[str]
) -> None:
    assert day_values(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("El 27 de enero quemaron dos camiones. El día 2 atacaron una gasolinera.", "es",
         ["2024-01-27", "2024-02-02"]),
        ("Two trucks were torched on Jan. 27. On the 2nd, gunmen attacked a gas station.", "en",
         ["2024-01-27", "2024-02-02"]),
    ],
)  # fmt: skip
def test_a_lower_day_number_after_a_late_date_is_in_the_next_month(
    text: str, language: str, expected: list[str]
) -> None:
    assert day_values(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Los vecinos denunciaron que el pasado día 4 fue baleado un taxista.", "es",
         ["2024-03-04"]),
        ("Los vecinos denunciaron que el día 20 fue baleado un taxista.", "es", ["2024-02-20"]),
        ("Residents said a taxi driver was shot on the 20th.", "en", ["2024-02-20"]),
    ],
)  # fmt: skip
def test_a_day_number_alone_is_the_latest_such_day(
    text: str, language: str, expected: list[str]
) -> None:
    assert day_values(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La reunión será el día 10 a las 9 de la mañana en el cabildo.", "es"),
        ("El día 5 de cada mes se entrega el apoyo.", "es"),
        ("The office on the 5th floor was searched.", "en"),
        ("It was the deadliest attack on the 3rd district this year.", "en"),
    ],
)
def test_what_is_no_past_day_of_the_month(text: str, language: str) -> None:
    found = find_dates(text, PUB, language)
    assert all(d.rule != "day_only" or d.future for d in found)


def test_no_day_number_without_a_month_to_take() -> None:
    assert day_values("El día 9 fue asesinado un comandante.", "es", published=None) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El 3 de febrero emboscaron a una patrulla estatal en Tlapa, Guerrero.\n\n"
            "El día 9 fue asesinado a balazos un comandante en Chilapa, Guerrero.",
            "es",
        ),
        (
            "Gunmen ambushed a state police patrol in Tlapa, Guerrero, on Feb. 3.\n\n"
            "On the 9th, a police commander was shot dead in Chilapa, Guerrero.",
            "en",
        ),
    ],
)
def test_the_act_of_a_day_number_takes_that_day(text: str, language: str) -> None:
    events = extract(Article(text=text, published=date(2024, 2, 12), language=language))
    dates = {e.date for e in events}
    assert "2024-02-09" in dates
