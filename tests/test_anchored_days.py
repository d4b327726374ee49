"""Days told from another day ("la víspera", "al día siguiente", "the previous day"): they
count from the nearest day named before them (most often the day a source spoke), not from
the publication date. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.extract.dates import find_dates
from sucesos.models import Article, EventRecord

PUB = date(2025, 9, 17)  # a Wednesday


def live(text: str, language: str) -> list[EventRecord]:
    events = extract(Article(text=text, published=PUB, language=language))
    return [e for e in events if e.status in ("reported", "disputed")]


@pytest.mark.parametrize(
    ("text", "language", "surface", "value"),
    [
        (
            "La fiscalía informó este lunes que el asalto ocurrió la víspera.",
            "es",
            "la víspera",
            date(2025, 9, 14),
        ),
        (
            "El sábado 13 de septiembre hubo disparos; al día siguiente hallaron un cuerpo.",
            "es",
            "al día siguiente",
            date(2025, 9, 14),
        ),
        (
            "Officials said on Monday that the ranch was raided the previous day.",
            "en",
            "the previous day",
            date(2025, 9, 14),
        ),
    ],
)
def test_an_anchored_day_counts_from_the_day_named_before_it(
    text: str, language: str, surface: str, value: date
) -> None:
    found = {d.surface: d.value for d in find_dates(text, PUB, language)}
    assert found[surface] == value


def test_an_anchored_day_with_no_day_before_it_counts_from_publication() -> None:
    found = {d.surface: d.value for d in find_dates("Ocurrió la noche anterior.", PUB, "es")}
    assert found["la noche anterior"] == date(2025, 9, 16)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Cuatro vecinos murieron en un ataque armado en Tlapa, Guerrero, confirmó este "
            "lunes la Fiscalía estatal.\nSegún la dependencia, el ataque ocurrió la víspera "
            "en una cancha de la colonia Centro.",
            "es",
        ),
        (
            "Four residents were killed in an armed attack in Tlapa, Guerrero, the state "
            "prosecutor's office said on Monday.\nAccording to the office, the attack took "
            "place the previous day at a football field.",
            "en",
        ),
    ],
)
def test_an_event_told_as_the_day_before_a_statement_is_dated_that_day(
    text: str, language: str
) -> None:
    (event,) = live(text, language)
    assert event.date == "2025-09-14"
