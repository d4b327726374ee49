"""A holiday with a fixed day names that day ("en Nochebuena", "el Día de Muertos", "on New
Year's Eve", "on Mother's Day"): the latest one before the report, or the next one where the
clause speaks of the future; a holiday named as what a party or a gathering is ("una posada
navideña", "a Christmas party") dates nothing. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.extract.dates.periods import last_holiday
from sucesos.models import Article


@pytest.mark.parametrize(
    ("text", "language", "published", "day"),
    [
        (
            "En Nochebuena, hombres armados asesinaron a tres hombres afuera de una tienda "
            "de la colonia Las Flores, en Irapuato, Guanajuato.",
            "es",
            date(2025, 12, 27),
            date(2025, 12, 24),
        ),
        (
            "Dos mujeres fueron asesinadas a balazos el Día de Muertos frente al panteón "
            "municipal de Zamora, Michoacán.",
            "es",
            date(2025, 11, 4),
            date(2025, 11, 2),
        ),
        (
            "Gunmen shot dead four men outside a bar in Celaya, Guanajuato, on New Year's Eve, "
            "state prosecutors said.",
            "en",
            date(2026, 1, 3),
            date(2025, 12, 31),
        ),
        (
            "On Mother's Day, attackers killed two brothers at a taco stand in Tlaquepaque, "
            "Jalisco, local police said.",
            "en",
            date(2025, 5, 13),
            date(2025, 5, 10),
        ),
    ],
    ids=["es-nochebuena", "es-dia-de-muertos", "en-new-years-eve", "en-mothers-day"],
)
def test_a_holiday_dates_the_act(text: str, language: str, published: date, day: date) -> None:
    events = live(extract(Article(text=text, published=published, language=language)))
    assert [(e.category, e.date) for e in events] == [("attack", day.isoformat())]


def test_the_last_holiday_is_the_one_before_the_report_or_on_its_eve() -> None:
    assert last_holiday(date(2026, 1, 3), 12, 31) == date(2025, 12, 31)
    assert last_holiday(date(2025, 11, 1), 11, 2) == date(2025, 11, 2)
    assert last_holiday(date(2025, 6, 1), 5, 10) == date(2025, 5, 10)


def test_a_holiday_party_dates_nothing() -> None:
    text = (
        "Gunmen killed six people at a Christmas party in Salamanca, Guanajuato, early on "
        "Sunday, state officials said."
    )
    events = live(extract(Article(text=text, published=date(2025, 12, 16), language="en")))
    assert [(e.category, e.date) for e in events] == [("attack", "2025-12-14")]
