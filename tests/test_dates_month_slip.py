"""A weekday and a day number under the wrong month's name ("este sábado 1 de enero" in a
report of Saturday 1 February; "on Saturday, October 13" in one of Sunday 14 November): the
writer kept last month's name, and the day is the one of the week before publication that
falls on that weekday. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract.dates import find_dates


@pytest.mark.parametrize(
    ("language", "published", "text", "expected"),
    [
        (
            "es",
            date(2025, 2, 1),
            "El ataque ocurrió la tarde de este sábado 1 de enero en un bar del centro.",
            date(2025, 2, 1),
        ),
        (
            "es",
            date(2021, 11, 14),
            "La balacera se registró el pasado sábado 13 de octubre en la colonia Centro.",
            date(2021, 11, 13),
        ),
        (
            "en",
            date(2021, 11, 14),
            "The shooting took place on Saturday, October 13, outside a bar downtown.",
            date(2021, 11, 13),
        ),
    ],
)
def test_a_weekday_under_last_months_name_is_this_weeks(
    language: str, published: date, text: str, expected: date
) -> None:
    (found,) = find_dates(text, published, language)
    assert found.value == expected
