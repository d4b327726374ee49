"""A victim's ordinal over a span of months or years counted out ("es el quinto periodista
asesinado en poco más de tres años", "the fifth reporter slain in just over three years")
counts the news among earlier killings: a tally, never one more sentence of the news, also
when a clause that describes the place follows it. Every article here is invented for the
test."""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2024, 10, 7)  # a Monday


def run(text: str, language: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


def told_as_news(events: list[EventRecord], words: str) -> bool:
    return any(words in e.text for r in live(events) for e in r.evidence)


def test_the_fifth_reporter_killed_in_three_years_is_a_tally_es() -> None:
    text = (
        "Un reportero fue asesinado a balazos este domingo frente a su domicilio en Xalapa, "
        "Veracruz, informó la Fiscalía estatal.\n\n"
        "Ramírez es al menos el quinto periodista asesinado en poco más de tres años en el estado."
    )
    events = run(text, "es")
    assert told_as_news(events, "fue asesinado a balazos este domingo")
    assert not told_as_news(events, "el quinto periodista asesinado")


def test_the_fifth_reporter_killed_in_three_years_is_a_tally_en() -> None:
    text = (
        "A local reporter was shot dead on Sunday outside his home in Xalapa, Veracruz, state "
        "prosecutors said.\n\n"
        "Ramirez is at least the fifth journalist to be slain in just over three years in the "
        "state, which is gripped by a turf war between cartels."
    )
    events = run(text, "en")
    assert told_as_news(events, "was shot dead on Sunday")
    assert not told_as_news(events, "the fifth journalist to be slain")
