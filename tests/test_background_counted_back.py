"""A report with no publication date cannot resolve a time counted back from its own day,
yet such a time still says that what it dates came before the news: a whole week, month or
year before it ("la semana pasada", "last month", "el año pasado"; `assemble/floating.py`)
or a counted number of months or years ("hace dos años", "a year ago"; `cues.toml`
[background] counted_past), as a dated report's resolved day would. A span up to now
("desde hace dos años") and a weekend a round-up's news may be ("last weekend") date no
happening of then. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live, told_live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

LEADS = {
    "es": "Emboscan a policías en Celaya\n\nTres policías municipales fueron asesinados a "
    "balazos este jueves en Celaya, Guanajuato.",
    "en": "Three police officers killed in Celaya\n\nGunmen shot dead three municipal police "
    "officers on Thursday in Celaya, Guanajuato.",
}


def _run(language: str, text: str) -> list[EventRecord]:
    return extract(Article(text=text, language=language, published=None))


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        ("es", "El mes pasado, un comando emboscó a cinco agentes en Apaseo el Grande.", "emboscó"),
        (
            "es",
            "La semana pasada, desconocidos incendiaron dos patrullas en Salvatierra.",
            "incendiaron",
        ),
        ("en", "Last month, gunmen ambushed five officers in Apaseo el Grande.", "ambushed"),
        ("en", "Last week, attackers set fire to two patrol cars in Salvatierra.", "set fire"),
    ],
)
def test_a_whole_week_or_month_before_an_undated_report_is_background(
    language: str, context: str, words: str
) -> None:
    events = _run(language, f"{LEADS[language]}\n\n{context}")
    assert not told_live(events, words)
    assert any(r.fatalities == 3 for r in live(events))  # the news stays news


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "El fin de semana pasado, hombres armados balearon a dos agentes en Salvatierra.",
            "balearon",
        ),
        ("en", "Last weekend, gunmen shot two officers in Salvatierra.", "shot two"),
    ],
)
def test_last_weekend_may_be_a_round_ups_news(language: str, context: str, words: str) -> None:
    assert told_live(_run(language, f"{LEADS[language]}\n\n{context}"), words)


def test_the_current_month_is_read_in_the_sentence_not_in_the_one_before() -> None:
    # "este jueves. El pasado mes de marzo…": the "este" ends the lead, it names no month
    text = (
        "Tres policías municipales fueron asesinados a balazos en Celaya, Guanajuato, este "
        "jueves. El pasado mes de marzo, un comando emboscó a cinco agentes en Apaseo el Grande."
    )
    assert not told_live(_run("es", text), "emboscó")


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "Es la segunda fosa del estado, pues la primera fue hallada hace dos años en "
            "Manzanillo y tenía 70 cuerpos.",
            "70 cuerpos",
        ),
        (
            "es",
            "Hace tres meses, un comando asesinó a doce personas en un bar de Irapuato.",
            "doce",
        ),
        ("en", "A year ago, gunmen killed twelve people at a bar in Irapuato.", "twelve"),
    ],
)
def test_a_counted_time_of_months_or_years_ago_is_background(
    language: str, context: str, words: str
) -> None:
    events = _run(language, f"{LEADS[language]}\n\n{context}")
    assert not told_live(events, words)
    assert not any(r.fatalities in (12, 70) for r in live(events))


def test_a_span_up_to_now_dates_no_happening_of_then() -> None:
    text = (
        "Un periodista, quien desde hace dos años denunciaba amenazas, fue asesinado a "
        "balazos este lunes en Celaya, Guanajuato."
    )
    events = _run("es", text)
    assert any(r.category == "attack" and r.fatalities == 1 for r in live(events))


@pytest.mark.parametrize(
    "context",
    [
        "Hace tan solo dos semanas, un comando asesinó a diez personas en un billar de Tarimoro.",
        "Hace apenas tres semanas, un comando asesinó a diez personas en un billar de Tarimoro.",
    ],
)
def test_a_counted_time_with_a_hedge_still_dates_an_earlier_happening(context: str) -> None:
    text = f"{LEADS['es']}\n\n{context}"
    events = extract(Article(text=text, language="es", published=date(2024, 5, 10)))
    assert not told_live(events, "diez personas")
    assert any(r.fatalities == 3 for r in live(events))


PRISON = {
    "headline": "Otro motín en el penal de Apodaca",
    "lead": "Un motín de internos en el penal de Apodaca, Nuevo León, dejó tres reos "
    "muertos y ocho heridos.",
}


@pytest.mark.parametrize(
    "context",
    [
        "A finales de agosto pasado cinco internos perdieron la vida en una pelea de bandas.",
        "El 28 de agosto pasado, cinco internos murieron en otro motín del mismo penal.",
        "En julio anterior, cinco internos murieron en otro motín del mismo penal.",
    ],
)
def test_a_month_named_as_past_is_background_past_the_lead(context: str) -> None:
    text = f"{PRISON['headline']}\n\n{PRISON['lead']}\n\n{context}"
    events = _run("es", text)
    assert not any(r.fatalities == 5 for r in live(events))
    assert any(r.fatalities == 3 for r in live(events))


def test_a_month_named_as_past_in_the_lead_is_the_news() -> None:
    text = (
        "Motín en el penal de Apodaca\n\nA finales de agosto pasado murieron cinco "
        "internos en un motín en el penal de Apodaca, Nuevo León."
    )
    assert any(r.fatalities == 5 for r in live(_run("es", text)))
