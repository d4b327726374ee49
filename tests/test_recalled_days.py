"""A day that recalls an earlier happening dates no news: a sentence that tells other
happenings ("El 12 de noviembre, otros ocho cuerpos fueron hallados en Y", "On November 12,
another eight bodies were found"), and a relative clause that closes the sentence with a
pluperfect ("…la casa de un joven, quien apenas el martes había sido asesinado"). When the
lead names no day, the news keeps the publication's week rather than the recalled day.
Every sentence here was written for these tests (one test reads the synthetic demo corpus)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article
from sucesos.readers import read_articles

PUB = date(2025, 11, 20)  # a Thursday
CORPUS = Path(__file__).parent.parent / "sucesos" / "demo" / "corpus"


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "es",
            "Hallan tres cuerpos en Jacona\n\nLos cuerpos de tres hombres fueron localizados "
            "en un camino de terracería de Jacona, Michoacán.\n\nLos cuerpos fueron hallados "
            "por campesinos, quienes dieron aviso a la policía municipal.\n\nEl 12 de "
            "noviembre, otros ocho cuerpos fueron hallados en una fosa de Tangancícuaro.",
            "Los cuerpos de tres hombres",
        ),
        (
            "en",
            "Three bodies found in Jacona\n\nThe bodies of three men were found on a dirt road "
            "in Jacona, Michoacan.\n\nOn November 12, another eight bodies were found in a pit "
            "in Tangancicuaro.",
            "The bodies of three men",
        ),
    ],
)
def test_a_day_of_other_happenings_dates_no_news(language: str, text: str, words: str) -> None:
    events = extract(Article(text=text, published=PUB, language=language))
    news = [e for e in live(events) if any(words in x.text for x in e.evidence)]
    assert news
    assert all(e.date != "2025-11-12" for e in news)


def test_a_pluperfect_day_before_its_auxiliary_dates_no_news() -> None:
    text = (
        "Atacan velorio en Zamora\n\nTres personas murieron después de que hombres armados "
        "dispararon contra los asistentes de un velorio en Zamora, Michoacán, informaron este "
        "jueves las autoridades.\n\nLa masacre se registró de madrugada en la casa donde era "
        "velado un comerciante, quien apenas el pasado martes había sido asesinado en la misma "
        "colonia."
    )
    events = extract(Article(text=text, published=PUB, language="es"))
    assert [e.fatalities for e in live(events)] == [3]
    assert all(e.date != "2025-11-18" for e in live(events))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Hallan cuerpo en Culiacán\n\nEl cuerpo de un hombre envuelto en una cobija fue "
            "localizado en un lote baldío de la colonia Bicentenario, en Culiacán, Sinaloa.\n\n"
            "Cabe recordar que el pasado 14 de noviembre también fue localizado un cuerpo en la "
            "misma colonia.",
        ),
        (
            "en",
            "Body found in Culiacan\n\nThe body of a man wrapped in a blanket was found in a "
            "vacant lot in Culiacan, Sinaloa.\n\nIt is worth recalling that on November 14 "
            "another body was found in the same neighborhood.",
        ),
    ],
)
def test_a_reminder_is_background_and_dates_no_news(language: str, text: str) -> None:
    events = extract(Article(text=text, published=PUB, language=language))
    assert len(live(events)) == 1
    assert all(e.date != "2025-11-14" for e in live(events))


def test_a_tally_of_other_killings_dates_no_news() -> None:
    text = (
        "Hallan cuerpo en Culiacán\n\nEl cuerpo de un hombre envuelto en una cobija fue "
        "localizado en un lote baldío de la colonia Bicentenario, en Culiacán, Sinaloa.\n\n"
        "Tan solo el pasado domingo se registraron dos homicidios más en la ciudad."
    )
    events = extract(Article(text=text, published=PUB, language="es"))
    assert [e.date_precision for e in live(events)] == ["week"]


def test_a_finding_that_joins_yesterdays_keeps_yesterday_for_the_earlier_one() -> None:
    # The demo's report of four bodies found on Tuesday, which "se suma al de ayer" in the
    # next town, where a shot man had been found: that man's record is Monday's. "se suma
    # al de" dates the earlier finding, a happening of its own; only a pluperfect makes the
    # day after it a recalled one (was: Monday recalled, the record took an earlier date).
    article = next(read_articles([CORPUS / "a22.json"]))
    tonala = [
        e
        for e in live(extract(article))
        if e.category == "attack" and any(loc.admin2 == "Tonalá" for loc in e.locations)
    ]
    assert tonala and all(e.date == "2026-11-23" for e in tonala)
