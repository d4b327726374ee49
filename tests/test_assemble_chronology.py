"""A dated list of earlier incidents after the news (issue 9): the lines of a chronology,
each opened by its day ("03 de mayo. Matan a un taxista en la colonia Centro"), are
background even within the week of the news; a lone dated line is no list. And a count kept
up to today ("Hasta el momento suman nueve homicidios durante mayo", "al menos cuatro
personas han sido víctimas de homicidio durante el presente mes") is a running total. Every
sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 5, 20)

NEWS = {
    "es": (
        "Zamora, Michoacán, 20 de mayo de 2025.- Un comerciante fue asesinado a balazos este "
        "martes en la colonia Jardinadas de Zamora.\n"
    ),
    "en": (
        "ZAMORA, Michoacán, May 20, 2025 - A shopkeeper was shot dead on Tuesday in the "
        "Jardinadas neighborhood of Zamora.\n"
    ),
}
LIST = {
    "es": (
        "02 de mayo. Matan a un taxista en la colonia Centro de Zamora.\n"
        "15 de mayo. Hallan el cuerpo de un joven junto a la carretera a Jacona.\n"
        "18 de mayo. Pistoleros irrumpen en una vivienda y asesinan a dos hermanos.\n"
    ),
    "en": (
        "May 2. Taxi driver shot dead in downtown Zamora.\n"
        "May 15. Body of a young man found beside the road to Jacona.\n"
        "May 18. Gunmen break into a home and kill two brothers.\n"
    ),
}


def run(text: str, language: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_lines_of_a_chronology_are_background(language: str) -> None:
    events = live(run(NEWS[language] + LIST[language], language))
    assert len(events) == 1
    assert events[0].fatalities == 1
    assert not any(
        line[:6] in x.text for line in LIST[language].splitlines() for x in events[0].evidence
    )


def test_a_lone_dated_line_is_no_chronology() -> None:
    text = NEWS["es"] + LIST["es"].splitlines()[2] + "\n"
    events = live(run(text, "es"))
    assert any(e.fatalities == 2 for e in events)


@pytest.mark.parametrize(
    "total",
    [
        "Hasta el momento suman al menos nueve personas asesinadas durante mayo en Zamora.",
        "Hasta el momento al menos nueve personas han sido víctimas de homicidio durante el "
        "presente mes de mayo, en Zamora.",
    ],
)
def test_a_count_kept_up_to_today_is_a_running_total(total: str) -> None:
    events = run(NEWS["es"] + total, "es")
    assert [e.fatalities for e in live(events)] == [1]
    assert any(
        e.status == "statistic" and any("nueve" in x.text for x in e.evidence) for e in events
    )
