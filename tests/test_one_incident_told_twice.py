"""One incident told twice in an article stays one live record (issue 9, duplicates): the day
of a response to the act ("seeking suspects Tuesday in the killing…", "condenó este martes el
asesinato…") is no day of the act that sets it apart from the act's own day; bodies named
with no number ("the bodies found") agree with any toll; a source that counts no number
disputes no toll; and the news told before a tally's apposition is news that later sentences
name again. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 9, 17)  # a Wednesday


def records(text: str, language: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


def live(text: str, language: str) -> list[EventRecord]:
    return [e for e in records(text, language) if e.status in ("reported", "disputed")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police were seeking suspects Tuesday in the killing of a shopkeeper in Irapuato."
            "\n\nThe shopkeeper was shot dead Monday night inside his store in Irapuato, "
            "authorities said.",
            "en",
        ),
        (
            "The governor condemned on Tuesday the killing of a shopkeeper in Irapuato.\n\n"
            "The shopkeeper was shot dead Monday night inside his store in Irapuato, "
            "authorities said.",
            "en",
        ),
        (
            "Sus compañeros clamaron justicia el martes por el asesinato de un comerciante en "
            "Irapuato.\n\nEl comerciante fue asesinado a balazos el lunes por la noche dentro "
            "de su tienda en Irapuato.",
            "es",
        ),
        (
            "El gobernador condenó este martes el asesinato de un comerciante en Irapuato.\n\n"
            "El comerciante fue asesinado a balazos el lunes por la noche dentro de su tienda "
            "en Irapuato.",
            "es",
        ),
    ],
)
def test_a_response_day_is_not_the_act_day(text: str, language: str) -> None:
    (event,) = live(text, language)
    assert event.date == "2025-09-15"
    assert event.fatalities == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Los cuerpos hallados eran de hombres jóvenes, según la Fiscalía.\n\nDiez cuerpos "
            "fueron hallados el lunes colgados de un puente en Fresnillo, Zacatecas.",
            "es",
        ),
        (
            "The bodies found were all of young men, prosecutors said.\n\nTen bodies were found "
            "hanging from a bridge in Fresnillo, Zacatecas, on Monday.",
            "en",
        ),
    ],
)
def test_bodies_with_no_number_agree_with_the_toll(text: str, language: str) -> None:
    (event,) = live(text, language)
    assert event.fatalities == 10


def test_victims_with_no_number_dispute_no_toll() -> None:
    text = (
        "Gunmen killed thirteen police officers in an ambush in Coatepec Harinas on Monday, "
        "officials said.\n\nThe murdered officers were ambushed while on patrol, said the "
        "state security chief."
    )
    (event,) = live(text, "en")
    assert event.status == "reported"
    assert event.fatalities == 13


def test_the_news_before_a_tally_is_named_again_as_news() -> None:
    text = (
        "Una mujer que buscaba a su hermano desaparecido fue asesinada, el cuarto homicidio de "
        "una madre buscadora desde inicios de 2021.\n\nSu colectivo clamó justicia el martes "
        "por el asesinato de Rosa Pérez.\n\nLa fiscalía informó que Pérez fue asesinada a "
        "tiros el lunes en la ciudad de Abasolo."
    )
    events = records(text, "es")
    assert [e.status for e in events if e.category == "attack"].count("historical") == 0
    (event,) = live(text, "es")
    assert event.date == "2025-09-15"


def test_one_victim_with_no_number_still_disputes_a_toll() -> None:
    text = (
        "La riña en el penal dejó trece reos muertos, informó el vocero de Seguridad.\n\n"
        "Horas antes, el secretario de Gobierno dijo que la riña dejó un interno fallecido."
    )
    (event,) = live(text, "es")
    assert event.status == "disputed"
