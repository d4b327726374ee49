"""Incidents told one after another stay separate (issue 9): a sentence opening with "Later,"
or "The next day," / "Al día siguiente,", or naming one more act of the series ("Un segundo
ataque…", "In a second shootout…", "another ambush"), tells an incident of its own, while
the same incident told again ("Later, one of the wounded died in hospital") stays one.
Every article here is invented for the test."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 8)  # a Sunday

FIRST = {
    "en": (
        "Gunmen killed three men at a bar in Celaya, Guanajuato, on Saturday night, police said. "
    ),
    "es": (
        "Hombres armados asesinaron a tres hombres en un bar de Celaya, Guanajuato, la noche "
        "del sábado, informó la policía. "
    ),
}

UNDATED = {
    "en": "Gunmen killed three men at a bar in Celaya, Guanajuato, police said. ",
    "es": (
        "Hombres armados asesinaron a tres hombres en un bar de Celaya, Guanajuato, informó "
        "la policía. "
    ),
}


def live_tolls(text: str, language: str) -> list[int]:
    events: list[EventRecord] = extract(Article(text=text, published=PUB, language=language))
    return sorted(
        e.fatalities or 0
        for e in events
        if e.status in ("reported", "disputed") and e.category in ("attack", "armed_clash")
    )


def test_later_opening_a_sentence_opens_another_incident() -> None:
    text = FIRST["en"] + "Later, two gunmen shot dead a taxi driver at a gas station."
    assert live_tolls(text, "en") == [1, 3]


def test_later_inside_a_sentence_times_the_act_told() -> None:
    text = FIRST["en"] + "A fourth man was wounded and died later, the prosecutor said."
    assert len(live_tolls(text, "en")) == 1


def test_later_with_a_death_in_hospital_is_the_same_incident() -> None:
    text = FIRST["en"] + "Later, one of the wounded died in hospital."
    assert live_tolls(text, "en") == [3]


@pytest.mark.parametrize(
    ("language", "after"),
    [
        ("en", "The next day, gunmen shot dead two farmers on a dirt road, police said."),
        ("es", "Al día siguiente, sujetos armados mataron a dos campesinos en un camino."),
    ],
)
def test_the_next_day_opens_another_incident(language: str, after: str) -> None:
    # the first act's day untold: only the cue tells the second is another day's
    assert live_tolls(UNDATED[language] + after, language) == [2, 3]


@pytest.mark.parametrize(
    ("language", "after"),
    [
        ("en", "The next day, relatives of the victims held a vigil outside the bar."),
        ("es", "Al otro día, la Fiscalía identificó a las víctimas."),
    ],
)
def test_the_next_day_with_no_act_adds_no_incident(language: str, after: str) -> None:
    assert live_tolls(FIRST[language] + after, language) == [3]


def test_an_indefinite_ordinal_opens_another_incident_es() -> None:
    text = FIRST["es"] + "Un segundo ataque dejó dos muertos en una vivienda."
    assert live_tolls(text, "es") == [2, 3]


def test_a_second_shootout_opens_another_incident_en() -> None:
    text = (
        "State police intercepted two armed men near Villaldama, Nuevo León, on Thursday "
        "night, igniting a shootout that left one officer dead. "
        "In a second shootout, the two suspects and another officer were killed."
    )
    assert live_tolls(text, "en") == [1, 3]


def test_a_definite_ordinal_ranks_the_news_in_a_tally_es() -> None:
    text = FIRST["es"] + "Es la segunda masacre en el estado en lo que va del año."
    assert live_tolls(text, "es") == [3]


def test_another_act_with_an_adjective_between_is_its_own_incident_en() -> None:
    text = (
        "The bodies of two men were found hanging from a bridge in Jerez, Zacatecas, on "
        "Wednesday, police said. "
        "In another grisly discovery, three more bodies were found inside an abandoned van "
        "on a dirt road."
    )
    events = extract(Article(text=text, published=PUB, language="en"))
    found = sorted(
        max((c.value for c in e.counts if c.what == "bodies"), default=0)
        for e in events
        if e.status == "reported" and e.category == "body_discovery"
    )
    assert found == [2, 3]


def test_another_act_feared_is_no_act_en() -> None:
    text = FIRST["en"] + "Residents said they feared another shootout."
    events = extract(Article(text=text, published=PUB, language="en"))
    assert [(e.category, e.fatalities) for e in events if e.status == "reported"] == [("attack", 3)]
