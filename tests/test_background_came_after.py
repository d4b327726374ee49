"""A sentence that only says what the news came after ("It came almost a year to the day
after…", "The violence follows several days of shootouts…") or that the news is one more of
a kind ("It was the second time in a month that…") tells earlier acts: background, not news
(issue 9, fresh English pages of session 10). Every sentence here was written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 6, 14)  # a Saturday
NEWS_EN = "Gunmen killed four men at a bar in Irapuato, Guanajuato, on Friday. "
NEWS_ES = "Sicarios asesinaron a cuatro hombres en un bar de Irapuato, Guanajuato, el viernes. "


def run(language: str, text: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            NEWS_EN + "It came almost two years to the day after gunmen set fire to a "
            "nightclub in León, killing 11 people.",
        ),
        (
            "en",
            NEWS_EN + "This comes a week after an explosion at a market in Celaya wounded "
            "six vendors.",
        ),
        (
            "en",
            NEWS_EN + "The violence follows several days of shootouts between rival gangs "
            "in Salamanca.",
        ),
        (
            "en",
            NEWS_EN + "It was the third time in less than a month that gunmen attacked a "
            "bar in Salamanca.",
        ),
        (
            "es",
            NEWS_ES + "Esto ocurre a unos días de que un comando asesinara a seis personas "
            "en un palenque de Salamanca.",
        ),
        (
            "es",
            NEWS_ES + "Es la tercera vez en menos de un mes que un grupo armado ataca un "
            "bar en Salamanca.",
        ),
    ],
)
def test_what_the_news_came_after_is_background(language: str, text: str) -> None:
    events = run(language, text)
    news = live(events)
    assert [e.category for e in news] == ["attack"]
    assert {loc.admin2 for e in news for loc in e.locations} == {"Irapuato"}
    assert news[0].fatalities == 4


def test_the_act_that_names_the_news_stays_news() -> None:
    text = NEWS_EN + "The attack came days after gunmen killed two police officers in Salamanca."
    news = live(run("en", text))
    assert {loc.admin2 for e in news for loc in e.locations} == {"Irapuato"}
