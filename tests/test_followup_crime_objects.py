"""Follow-up stories (issue 9, background-as-news): a page whose news is today's arrest,
march, vigil, funeral or identification names the crime it is for or about, told with an
earlier day ("por el asesinato de un médico, ocurrido la semana pasada", "a vigil for the
reporter who was shot dead last week"). That crime is background; today's act stays news.
With no earlier day the crime named may be the news itself. Every sentence here was
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2024, 4, 8)  # a Monday


def live_categories(text: str, language: str) -> list[str]:
    events = extract(Article(text=text, published=PUB, language=language))
    return sorted(e.category for e in live(events))


def historical_categories(text: str, language: str) -> list[str]:
    events = extract(Article(text=text, published=PUB, language=language))
    return [e.category for e in events if e.status == "historical"]


@pytest.mark.parametrize(
    ("language", "text", "news"),
    [
        (
            "es",
            "Detienen a dos por el asesinato de un médico ocurrido la semana pasada en "
            "Chilpancingo.",
            ["arrest"],
        ),
        (
            "en",
            "Police arrested two men on Monday for the killing of a doctor last week in "
            "Chilpancingo.",
            ["arrest"],
        ),
        (
            "es",
            "Cientos de personas marcharon este domingo en Zamora tras el asesinato de una "
            "activista, ocurrido la semana pasada.",
            ["protest"],
        ),
        (
            "en",
            "Hundreds marched Sunday in Zamora over the killing of an activist last week.",
            ["protest"],
        ),
    ],
)
def test_the_crime_todays_act_is_for_is_background(
    language: str, text: str, news: list[str]
) -> None:
    assert live_categories(text, language) == news
    assert historical_categories(text, language) == ["attack"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Familiares y amigos despidieron este domingo al periodista asesinado la semana "
            "pasada en Culiacán.",
        ),
        (
            "en",
            "Mourners gathered Saturday in Culiacan for the journalist who was shot dead "
            "last week.",
        ),
        (
            "en",
            "A vigil was held Sunday in Tijuana for the reporter killed last week outside her "
            "home.",
        ),
    ],
)
def test_a_farewell_to_a_victim_of_last_week_reports_no_killing(language: str, text: str) -> None:
    assert live_categories(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Hay indignación en Culiacán por el asesinato de un periodista este lunes."),
        ("en", "Police arrested two men on Monday for the killing of a doctor in Chilpancingo."),
    ],
)
def test_a_crime_named_with_no_earlier_day_stays_news(language: str, text: str) -> None:
    assert "attack" in live_categories(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Tres internos del penal de Apodaca fueron notificados este lunes de una orden de "
            "aprehensión por un ataque a policías en el que murió un civil.",
        ),
        (
            "en",
            "Police on Monday served an arrest warrant for the murder of an officer to a man "
            "already in prison in Apodaca.",
        ),
    ],
)
def test_the_crime_a_warrant_is_for_is_background(language: str, text: str) -> None:
    assert "attack" not in live_categories(text, language)
