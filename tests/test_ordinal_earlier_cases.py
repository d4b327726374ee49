"""A sentence that counts the news by an ordinal over a period goes on to the earlier cases it
counts ("es el tercer periodista asesinado este año, luego del asesinato de X en Tabasco y de
Y en enero", "His murder marks the second killing in a week, following the killing of X"), or
names the news as the subject the ordinal describes ("His killing makes him the fifth…"): the
whole sentence is the tally, its earlier cases no news of their own (issue 9 items 2, 4).
Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2024, 2, 20)


def run(text: str, language: str) -> list[EventRecord]:
    return live(extract(Article(text=text, published=PUB, language=language)))


def test_the_earlier_cases_after_an_ordinal_are_the_tally_es() -> None:
    text = (
        "Un locutor de radio fue asesinado a balazos este lunes en Hermosillo, Sonora. El "
        "locutor es el tercer periodista asesinado en México este año, luego del asesinato de "
        "un reportero en Tabasco hace una semana y del asesinato de una columnista de un "
        "diario en Baja California en enero."
    )
    events = run(text, "es")
    assert [(e.category, e.fatalities) for e in events] == [("attack", 1)]
    assert {loc.admin1 for loc in events[0].locations} == {"Sonora"}


def test_the_earlier_cases_after_an_ordinal_are_the_tally_en() -> None:
    text = (
        "A radio host was shot dead on Monday in Hermosillo, Sonora. His killing makes him the "
        "fifth journalist murdered in Mexico this year, following the killing of a reporter in "
        "Veracruz in January."
    )
    events = run(text, "en")
    assert [(e.category, e.fatalities) for e in events] == [("attack", 1)]
    assert {loc.admin1 for loc in events[0].locations} == {"Sonora"}
