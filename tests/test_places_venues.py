"""Places named through a venue or a capital, found on fresh Spanish pages (session 9): a
building or venue "en" a town lies in that town ("un bar en Cancún"), and "la capital" with a
state's demonym is that state's capital ("la capital poblana"). Every sentence here is
invented for the test.
"""

from __future__ import annotations

from datetime import date

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 9)


def run(text: str, language: str = "es") -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


def places(text: str, language: str = "es") -> set[tuple[str | None, str | None]]:
    return {(loc.admin1, loc.admin2) for e in run(text, language) for loc in e.locations}


def test_a_venue_en_a_town_lies_in_that_town_es() -> None:
    text = "Hombres armados atacaron anoche un bar en Cancún; murieron tres personas."
    assert places(text) == {("Quintana Roo", "Benito Juárez")}


def test_a_venue_in_a_town_lies_in_that_town_en() -> None:
    text = "Gunmen opened fire inside a bar in Cancún on Friday night, killing three people."
    assert places(text, "en") == {("Quintana Roo", "Benito Juárez")}


def test_a_venue_named_after_a_town_is_still_no_town_es() -> None:
    # "el bar Culiacán" names the bar: the town is the one the sentence sets it in
    text = "Hombres armados atacaron el bar Culiacán, en Mazatlán, Sinaloa; murió un hombre."
    assert ("Sinaloa", "Culiacán") not in places(text)


def test_the_capital_with_a_demonym_is_the_state_capital_es() -> None:
    text = "Un hombre fue asesinado a balazos la noche del martes en la capital poblana."
    assert places(text) == {("Puebla", "Puebla")}
    text = "Dos jóvenes fueron asesinados en una colonia de la capital potosina."
    assert places(text) == {("San Luis Potosí", "San Luis Potosí")}


def test_a_state_demonym_alone_is_only_the_state_es() -> None:
    text = "La policía poblana detuvo a dos hombres con armas largas."
    assert places(text) == {("Puebla", None)}
