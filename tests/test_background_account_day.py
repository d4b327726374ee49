"""When the lead names no day, the day the account then dates its news to ("Los hechos
ocurrieron la noche del domingo", "The discovery was made on Sunday") is the news day: a later
sentence whose only days lie days before it recalls an earlier happening, background, not a
live event. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live, told_live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 9, 16)  # a Tuesday


def run(language: str, text: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "es",
            "Hombres armados asesinaron a dos hombres en un taller mecánico de la colonia Las "
            "Flores, en Zamora, Michoacán.\n\nLas víctimas trabajaban en el taller desde "
            "hacía varios años, según "
            "vecinos de la zona.\n\nLos hechos ocurrieron la noche del domingo 14 de "
            "septiembre, informó la Fiscalía.\n\nEl pasado miércoles 10 de septiembre, otro "
            "hombre fue asesinado a balazos en la misma colonia.",
            "otro hombre",
        ),
        (
            "en",
            "Gunmen killed two men at a car repair shop in the Las Flores neighborhood of Zamora, "
            "Michoacán.\n\nThe victims had worked at the shop for several years, neighbors said."
            "\n\nThe incident took place on Sunday night, prosecutors said.\n\nOn "
            "Wednesday, another man was shot dead in the same neighborhood.",
            "another man",
        ),
    ],
)
def test_a_day_well_before_the_accounts_day_is_recalled_background(
    language: str, text: str, words: str
) -> None:
    events = run(language, text)
    assert not told_live(events, words)
    (news,) = live(events)
    assert news.fatalities == 2


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "es",
            "De nuevo fueron encontrados tres cuerpos en un camino de terracería de Zamora, "
            "Michoacán.\n\nLos cuerpos estaban envueltos en cobijas, según vecinos de la zona."
            "\n\nEl hallazgo tuvo lugar el domingo 14 de septiembre por la mañana."
            "\n\nEl miércoles 10 de septiembre se halló el cuerpo de un hombre en el mismo "
            "camino.",
            "cuerpo de un hombre",
        ),
        (
            "en",
            "Three bodies were found again on a dirt road in Zamora, Michoacán.\n\nThe bodies "
            "were wrapped in blankets, neighbors said.\n\nThe discovery took place on Sunday "
            "morning.\n\nOn Wednesday, the body of a man was "
            "found on the same road.",
            "body of a man",
        ),
    ],
)
def test_the_day_a_discovery_is_told_to_have_been_made_is_the_news_day(
    language: str, text: str, words: str
) -> None:
    events = run(language, text)
    assert not told_live(events, words)
    (found,) = [e for e in live(events) if e.category == "body_discovery"]
    assert found.date == "2025-09-14"
