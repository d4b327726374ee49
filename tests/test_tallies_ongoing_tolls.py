"""The toll of an ongoing phenomenon told after the news ("La entidad vive una ola de violencia
que ha cobrado cientos de vidas", "Clashes have been frequent for months, claiming the lives
of dozens of people") is a tally of many happenings, even with no figure: it never joins the
news's record as one more sentence of it (issue 9, background vs news). One clash told
with a vague toll stays news. Every article here is invented for the test."""

from __future__ import annotations

import re
from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2024, 5, 10)  # a Friday


def run(text: str, language: str) -> list[EventRecord]:
    text = re.sub(r"(?<!\n)\n(?!\n)", " ", text.strip())  # lines of one paragraph joined
    return extract(Article(text=text, published=PUB, language=language))


def told_as_news(events: list[EventRecord], words: str) -> bool:
    return any(words in e.text for r in live(events) for e in r.evidence)


WAVE_ES = """Dos policías municipales fueron asesinados a balazos la tarde de este viernes en la
colonia Centro de Fresnillo, Zacatecas, informó la Fiscalía del estado.

Los agentes patrullaban la zona cuando un grupo armado les disparó desde una camioneta.

La entidad atraviesa una ola de violencia que ha cobrado cientos de vidas.
"""

WAVE_EN = """Two municipal police officers were shot dead on Friday afternoon in downtown
Fresnillo, Zacatecas, the state prosecutor's office said.

The officers were patrolling the area when gunmen opened fire from a pickup truck.

The state is gripped by a wave of violence that has claimed hundreds of lives.
"""


def test_the_vague_toll_of_a_wave_of_violence_is_no_news_es() -> None:
    events = run(WAVE_ES, "es")
    assert told_as_news(events, "policías municipales fueron asesinados")
    assert not told_as_news(events, "ha cobrado cientos de vidas")


def test_the_vague_toll_of_a_wave_of_violence_is_no_news_en() -> None:
    events = run(WAVE_EN, "en")
    assert told_as_news(events, "officers were shot dead")
    assert not told_as_news(events, "has claimed hundreds of lives")


CLASHES_ES = """Un enfrentamiento entre soldados y pistoleros dejó un saldo de varios muertos la
madrugada de este viernes en la colonia Centro de Jerez, Zacatecas.

Los enfrentamientos entre cárteles se han repetido durante meses en la región, cobrando la
vida de decenas de personas.
"""

CLASHES_EN = """Soldiers and gunmen clashed early on Friday in downtown Jerez, Zacatecas, leaving
several people dead.

Clashes between rival cartels have been frequent in the region for months, claiming the
lives of dozens of people.
"""


def test_clashes_over_months_claiming_lives_are_a_tally_es() -> None:
    events = run(CLASHES_ES, "es")
    assert told_as_news(events, "dejó un saldo de varios muertos")  # one clash: news
    assert not told_as_news(events, "cobrando la vida de decenas")


def test_clashes_over_months_claiming_lives_are_a_tally_en() -> None:
    events = run(CLASHES_EN, "en")
    assert told_as_news(events, "leaving several people dead")  # one clash: news
    assert not told_as_news(events, "claiming the lives of dozens")
