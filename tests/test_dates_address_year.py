"""A page with no publication date whose address dates it ("…/2024/02/…"): the months and
days it tells without a year take the year near that date ("a finales de enero", "on March
19"); relative days ("el domingo", "yesterday") still need a publication date. Every
sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.extract.dates import find_dates
from sucesos.extract.dates.stamp import address_day
from sucesos.models import Article


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://diario.example/2024/02/asesinan-a-choferes", date(2024, 2, 29)),
        ("https://news.example/2023/07/04/bodies-found-roadside/", date(2023, 7, 4)),
        ("https://news.example/mexico/bodies-found-roadside/", None),
        ("https://news.example/2023/13/bodies/", None),
        (None, None),
    ],
)
def test_the_day_an_address_gives(url: str | None, expected: date | None) -> None:
    assert address_day(url) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("A finales de enero pararon los choferes de Taxco.", "es", date(2024, 1, 1)),
        ("El pasado 25 de enero pararon los choferes de Taxco.", "es", date(2024, 1, 25)),
        ("Drivers in Taxco went on strike in late January.", "en", date(2024, 1, 1)),
        ("Drivers in Taxco went on strike on January 25.", "en", date(2024, 1, 25)),
    ],
)
def test_a_month_without_its_year_takes_the_year_of_the_address(
    text: str, language: str, expected: date
) -> None:
    (found,) = find_dates(text, None, language, reference=date(2024, 2, 29))
    assert found.value == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [("El domingo pararon los choferes de Taxco.", "es"), ("Drivers struck yesterday.", "en")],
)
def test_a_relative_day_stays_unresolved(text: str, language: str) -> None:
    assert find_dates(text, None, language, reference=date(2024, 2, 29)) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hombres armados asesinaron a cuatro choferes el 5 de febrero en Chilpancingo, "
            "Guerrero.",
            "es",
        ),
        ("Gunmen shot dead four drivers in Chilpancingo, Guerrero, on February 5.", "en"),
    ],
)
def test_an_undated_page_dates_its_act_by_its_address(text: str, language: str) -> None:
    url = "https://diario.example/2024/02/cuatro-choferes"
    events = extract(Article(text=text, published=None, language=language, url=url))
    assert "2024-02-05" in {e.date for e in events}
