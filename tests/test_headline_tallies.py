"""A headline that announces the article's tally ("Octubre violento deja 140 asesinatos en
Guerrero" over the body's "en lo que va del mes se cometieron 140 asesinatos en el estado")
is that tally, not a happening: with every figure of people it gives also a figure of the
body's tallies, it is `statistic` too, and never an event the resolver could join to the
state's killings of that month (issue 9). Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 11, 1)

TALLIES = [
    (
        "es",
        "Octubre violento deja 140 asesinatos en Guerrero",
        "En lo que va del mes de octubre se cometieron 140 asesinatos en el estado, según "
        "cifras de la Fiscalía. Es la cifra más alta desde que hay registros.",
    ),
    (
        "en",
        "Bloody October leaves 140 dead in Guerrero",
        "So far this month, 140 people have been murdered in the state, according to the "
        "prosecutor's figures. It is the highest figure on record.",
    ),
]


@pytest.mark.parametrize(("language", "title", "text"), TALLIES)
def test_a_headline_announcing_the_tally_is_the_tally(language: str, title: str, text: str) -> None:
    events = extract(Article(title=title, text=text, published=PUB, language=language))
    assert any(e.fatalities == 140 for e in events)
    assert [e for e in live(events) if e.fatalities == 140] == []


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        (
            "es",
            "Matan a tres hombres en un bar de Acapulco",
            "Tres hombres murieron el viernes en un ataque armado en un bar de Acapulco, "
            "Guerrero. En lo que va del año suman 140 asesinatos en el municipio.",
        ),
        (
            "en",
            "Gunmen kill three men at an Acapulco bar",
            "Three men were killed on Friday when gunmen opened fire at a bar in Acapulco, "
            "Guerrero. So far this year, 140 people have been murdered in the city.",
        ),
    ],
)
def test_a_headline_with_its_own_toll_stays_the_news(language: str, title: str, text: str) -> None:
    events = extract(Article(title=title, text=text, published=PUB, language=language))
    news = live(events)
    assert any(e.fatalities == 3 for e in news)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Un ataque contra una patrulla en Taxco, Guerrero, dejó tres policías muertos el "
            "viernes. En lo que va del año suman tres policías asesinados en el municipio.",
        ),
        (
            "en",
            "An attack on a patrol in Taxco, Guerrero, left three police officers dead on "
            "Friday. So far this year, three officers have been killed in the town.",
        ),
    ],
)
def test_a_lead_sentence_a_tally_repeats_stays_the_news(language: str, text: str) -> None:
    events = extract(Article(text=text, published=PUB, language=language))
    assert any(e.fatalities == 3 for e in live(events))
