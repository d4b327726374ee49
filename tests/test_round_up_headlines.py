"""A round-up's headline that names its stretch of time with no article, the place between
it and the toll ("Jornada violenta en Sinaloa deja 11 muertos", "Violent weekend in Guerrero
leaves 20 dead"), is the sum of the incidents told after it: a tally at the place it names,
while the incident told on its own stays news with its own figure and place (issue 9,
aggregates are not incidents; `cues.toml` [statistic] headline_periods). Every article here
is invented."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 9)  # a Monday


def run(text: str, language: str) -> list[EventRecord]:
    return extract(Article(text=text.strip(), published=PUB, language=language))


def tally_at(events: list[EventRecord], toll: int) -> list[str]:
    """The places of the statistic with `toll` dead (empty when there is none)."""
    for e in events:
        if e.status == "statistic" and e.fatalities == toll:
            return [loc.name for loc in e.locations] or ["?"]
    return []


def live_news(events: list[EventRecord]) -> list[tuple[int, list[str]]]:
    return sorted((e.fatalities or 0, [loc.name for loc in e.locations]) for e in live(events))


DAY_ES = """Jornada sangrienta en Zacatecas deja nueve muertos

El domingo por la tarde, en Fresnillo, sujetos armados asesinaron a dos hombres en un taller
mecánico, informó la fiscalía estatal.
"""

WEEKEND_ES = """Fin de semana violento en Michoacán dejó 14 asesinatos

El sábado, un comerciante fue asesinado a balazos afuera de su tienda en Zamora.
"""

DAY_EN = """Bloody day in Zacatecas leaves eight dead

On Sunday afternoon, gunmen killed two men at a mechanic's shop in Fresnillo, state
prosecutors said.
"""

WEEKEND_EN = """Violent weekend in Michoacán leaves 17 murders and three kidnappings

On Saturday, a shopkeeper was shot dead outside his store in Zamora.
"""


def test_a_headline_day_with_its_place_is_a_tally_es() -> None:
    events = run(DAY_ES, "es")
    assert tally_at(events, 9) == ["Zacatecas"]
    assert live_news(events) == [(2, ["Fresnillo"])]


def test_a_headline_weekend_with_its_place_is_a_tally_es() -> None:
    events = run(WEEKEND_ES, "es")
    assert tally_at(events, 14) == ["Michoacán"]
    assert live_news(events) == [(1, ["Zamora"])]


def test_a_headline_day_with_its_place_is_a_tally_en() -> None:
    events = run(DAY_EN, "en")
    assert tally_at(events, 8) == ["Zacatecas"]
    assert live_news(events) == [(2, ["Fresnillo"])]


def test_a_headline_weekend_with_its_place_is_a_tally_en() -> None:
    events = run(WEEKEND_EN, "en")
    assert tally_at(events, 17) == ["Michoacán"]
    assert live_news(events) == [(1, ["Zamora"])]


ONE_ACT_ES = """Jornada violenta en Zacatecas deja cuatro muertos en un ataque a un bar

Hombres armados irrumpieron la noche del domingo en un bar de Fresnillo y dispararon contra
los clientes; cuatro personas murieron en el lugar.
"""


def test_a_headline_day_of_one_act_stays_news_es() -> None:
    # guard: the day's toll is one attack's, which stays the news
    events = run(ONE_ACT_ES, "es")
    assert not tally_at(events, 4)
    assert [toll for toll, _ in live_news(events)] == [4]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Zamora tuvo ayer su jornada violenta después de un ataque armado que dejó cuatro "
            "muertos en un bar del centro.\n\nLa fiscalía abrió una investigación.",
            "es",
        ),
        (
            "Zamora saw a violent day following a shooting that left four dead at a bar "
            "downtown.\n\nProsecutors opened an inquiry.",
            "en",
        ),
    ],
)
def test_a_day_told_as_the_outcome_of_one_act_stays_news(text: str, language: str) -> None:
    # guard: the day's toll is that one clash's, told in the same sentence
    events = run(text, language)
    assert not tally_at(events, 4)
    assert [toll for toll, _ in live_news(events)] == [4]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Casi 20 asesinatos en Zamora durante fin de semana\nUn comerciante fue asesinado "
            "a balazos el domingo afuera de su tienda en la colonia Centro de Zamora.",
            "es",
        ),
        (
            "Nearly 20 murders in Zamora over weekend\nA shopkeeper was shot dead on Sunday "
            "outside his store in downtown Zamora.",
            "en",
        ),
    ],
)
def test_a_headline_count_of_murders_over_a_weekend_is_a_tally(text: str, language: str) -> None:
    # the headline drops the weekend's article; the shopkeeper stays the news
    events = run(text, language)
    assert tally_at(events, 20) == ["Zamora"]
    assert live_news(events) == [(1, ["Zamora"])]
