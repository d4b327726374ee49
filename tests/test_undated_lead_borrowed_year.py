"""An undated report (no publication day) whose lead a near day dates ("La noche del
viernes…", "On Friday night…") tells news, even when the only year its record can carry is
one a later sentence it took in names ("…durante 2023", "…since 2023"): the year is borrowed,
the record is no trend over that year. With no near day, so is a first act that counts its
own dead; a list a vague plural opens stays a round-up. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

_CASES = [
    (
        "es",
        "La noche del viernes, hombres armados irrumpieron en una fiesta en el municipio de "
        "Salvatierra, Guanajuato, y dispararon contra los invitados. Tres personas murieron en "
        "el lugar y otras dos resultaron heridas. Vecinos de la zona dijeron que ataques así "
        "se han vuelto comunes en la región durante 2023.",
    ),
    (
        "en",
        "On Friday night, gunmen burst into a party in the town of Salvatierra, Guanajuato, and "
        "opened fire on the guests. Three people died at the scene and two more were wounded. "
        "Neighbours said attacks like this one have become common in the region since 2023.",
    ),
]


@pytest.mark.parametrize(("language", "text"), _CASES)
def test_a_near_day_lead_keeps_its_news_past_a_borrowed_year(language: str, text: str) -> None:
    events = extract(Article(text=text, published=None, language=language))
    news = [e for e in live(events) if e.fatalities == 3]
    assert len(news) == 1, [(e.status, e.category, e.date, e.fatalities) for e in events]


# No near day: the first act (or the headline before it) counts its own dead, a number or
# one victim, so it is news.
_COUNTED = [
    (
        "es",
        "Matan a dos aspirantes a la alcaldía de Zinapécuaro\n"
        "Dos aspirantes a la presidencia municipal de Zinapécuaro, Michoacán, fueron asesinados "
        "a balazos frente a sus casas. La fiscalía estatal abrió una investigación. En las "
        "elecciones de 2021 fueron asesinados más de veinte candidatos en el país.",
        2,
    ),
    (
        "en",
        "Council candidate shot dead in Guanajuato\n"
        "A candidate for the town council of Salvatierra, Guanajuato, was shot dead outside "
        "a bakery as she greeted voters. Prosecutors opened an investigation. More than twenty "
        "candidates were killed across the country during the 2021 elections.",
        1,
    ),
]


@pytest.mark.parametrize(("language", "text", "dead"), _COUNTED)
def test_a_first_act_that_counts_its_dead_keeps_its_news_past_a_borrowed_year(
    language: str, text: str, dead: int
) -> None:
    events = extract(Article(text=text, published=None, language=language))
    news = [e for e in live(events) if e.fatalities == dead]
    assert len(news) == 1, [(e.status, e.category, e.date, e.fatalities) for e in events]


def test_a_list_opened_by_a_vague_plural_stays_a_round_up() -> None:
    text = (
        "En este 2024 se eligen alcaldes en todo el país y la violencia ronda otra vez a "
        "quienes buscan un cargo. Estos son algunos de los aspirantes que han sido "
        "asesinados:\n\nUn antiguo síndico de Yautepec, Morelos, murió baleado cuando salía "
        "de una farmacia.\n\nUna líder vecinal de Tangancícuaro, Michoacán, perdió la vida "
        "tras ser atacada con arma de fuego frente a su tienda."
    )
    events = extract(Article(text=text, published=None, language="es"))
    assert not live(events), [(e.status, e.category, e.date, e.fatalities) for e in events]
