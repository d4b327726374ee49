"""A report with no publication date still tells its news from what it recalls: it dates the
news by a near day ("were killed Monday", "el ataque ocurrió el sábado") and what it recalls
by a month ("In January, …", "On April 1, …", "A finales de junio, …"), which is then
background (`assemble/floating.py`); an archive's stamp of a month alone ("date 2022-05")
puts a date years before it out of the news. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest
from conftest import live, told_live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

LEADS = {
    "es": "Matan a cuatro choferes en Chilpancingo\n\nCuatro choferes de transporte público "
    "fueron asesinados a balazos el lunes en Chilpancingo, Guerrero.",
    "en": "Four drivers shot dead in Chilpancingo\n\nFour public transport drivers were shot "
    "dead on Monday in Chilpancingo, Guerrero.",
}


def _run(language: str, text: str) -> list[EventRecord]:
    return extract(Article(text=text, language=language, published=None))


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "A finales de junio, hombres armados incendiaron tres autobuses en Taxco.",
            "incendiaron",
        ),
        ("en", "In January, gunmen set fire to three buses in the town of Taxco.", "set fire"),
        (
            "en",
            "On April 1, gunmen blocked the main roads of Iguala with burning trucks.",
            "blocked",
        ),
    ],
)
def test_a_happening_an_undated_report_dates_by_a_month_is_background(
    language: str, context: str, words: str
) -> None:
    events = _run(language, f"{LEADS[language]}\n\n{context}")
    assert not told_live(events, words)
    lead = [e for e in live(events) if e.fatalities == 4]
    assert lead  # the news the near day dates stays news


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "Mientras tanto, en junio, los transportistas bloquearon la autopista en Iguala.",
            "bloquearon",
        ),
        (
            "es",
            "En este mes de junio, hombres armados incendiaron tres autobuses en Taxco.",
            "incendiaron",
        ),
        ("en", "Meanwhile, on April 1, drivers blocked the highway into Iguala.", "blocked"),
    ],
)
def test_the_current_month_or_a_time_set_by_the_news_stays_news(
    language: str, context: str, words: str
) -> None:
    events = _run(language, f"{LEADS[language]}\n\n{context}")
    assert told_live(events, words)


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "es",
            "Matan a dos hombres en Iguala\n\nDos hombres fueron asesinados a balazos en "
            "Iguala, Guerrero.\n\nA finales de junio, hombres armados incendiaron tres "
            "autobuses en Taxco.",
            "incendiaron",
        ),
        (
            "en",
            "Two men shot dead in Iguala\n\nTwo men were shot dead in Iguala, Guerrero.\n\n"
            "On April 1, gunmen set fire to three buses in Taxco.",
            "set fire",
        ),
    ],
)
def test_with_no_near_day_in_the_lead_a_month_dates_nothing_apart(
    language: str, text: str, words: str
) -> None:
    # the lead names no day: the month's day may be the news's own
    assert told_live(_run(language, text), words)


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "es",
            " date 2022-05 La reportera fue asesinada a balazos en marzo de 2020 en Papantla, "
            "Veracruz.\n\nEste 5 de mayo, un juez sentenció a uno de los responsables.",
            "asesinada",
        ),
        (
            "en",
            " date 2022-05 The reporter was shot dead in March 2020 in Papantla, Veracruz.\n\n"
            "A judge sentenced one of the killers this week.",
            "shot dead",
        ),
    ],
)
def test_a_month_stamp_puts_a_date_years_before_it_out_of_the_news(
    language: str, text: str, words: str
) -> None:
    assert not told_live(_run(language, text), words)
