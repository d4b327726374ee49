"""How a report recalls what happened before its news, clause by clause: a "when" clause
that tells what happened on an earlier date, a relative clause that gives a place's own
record over a period, a sentence told "later" than the background before it, and one that
opens by naming that background again ("After the kidnapping, …"). None of it is a live
event, nor part of the lead's toll. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from test_background import assert_context_only, live, run


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "El ataque de este lunes es el más letal en la región desde marzo de 2021, cuando "
            "un comando asesinó a once personas en un velorio en Celaya.",
            "velorio",
        ),
        (
            "en",
            "The attack on Monday was the deadliest in the region since October 2019, when "
            "gunmen ambushed and killed 14 workers in Jalisco.",
            "ambushed",
        ),
    ],
)
def test_a_when_clause_of_an_earlier_date_is_background(
    language: str, context: str, words: str
) -> None:
    events = run(language, context)
    assert not any(e.fatalities in (11, 14) for e in live(events))
    assert any(words in x.text for e in events if e.status == "historical" for x in e.evidence)


@pytest.mark.parametrize(
    ("language", "context"),
    [
        (
            "es",
            "Otros dos hombres fueron asesinados en Jacona, municipio que registró 90 "
            "homicidios por cada 100 mil habitantes en 2024.",
        ),
        (
            "en",
            "Two other men were shot dead in Jacona, which had 90 homicides per 100,000 "
            "residents in 2024.",
        ),
    ],
)
def test_a_relative_clause_with_a_places_record_leaves_the_news_live(
    language: str, context: str
) -> None:
    events = run(language, context)
    jacona = [
        e
        for e in live(events)
        if any(loc.admin2 == "Jacona" for loc in e.locations) and e.fatalities == 2
    ]
    assert jacona
    assert not any(e.fatalities == 90 for e in live(events))


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "Medios locales reportaron el secuestro de cuatro policías municipales el pasado 14 "
            "de julio. Los restos de los cuatro agentes fueron localizados posteriormente en una "
            "barranca cerca de Jacona.",
            "barranca",
        ),
        (
            "en",
            "Local media reported the kidnapping of four municipal officers on July 14. The "
            "remains of the four officers were later found in a ravine near Jacona.",
            "ravine",
        ),
    ],
)
def test_what_was_found_later_than_a_background_goes_on_telling_it(
    language: str, context: str, words: str
) -> None:
    assert_context_only(language, context, words)


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "En marzo, hombres armados secuestraron a ocho agentes de la policía municipal. Tras "
            "el secuestro, el gobierno estatal tomó el control de la corporación y desarmó a "
            "sus elementos.",
            "Tras el secuestro",
        ),
        (
            "en",
            "In March, gunmen kidnapped eight officers of the town's police. After the "
            "kidnapping, the state government took control of the local force and disarmed "
            "its officers.",
            "After the kidnapping",
        ),
    ],
)
def test_a_sentence_after_a_background_named_again_goes_on_telling_it(
    language: str, context: str, words: str
) -> None:
    assert_context_only(language, context, words)


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "El ataque ocurrió días después del asesinato del tesorero municipal, quien fue "
            "ultimado a balazos frente al ayuntamiento.",
            "tesorero",
        ),
        (
            "en",
            "The attack came days after the murder of the town's treasurer, who was gunned "
            "down outside city hall.",
            "treasurer",
        ),
    ],
)
def test_what_the_news_came_days_after_is_background(
    language: str, context: str, words: str
) -> None:
    assert_context_only(language, context, words)
