"""A time counted back from the news that closes its clause ("…two weeks earlier.", "…the
week before, residents said", "…dos meses antes.") dates the act before it as earlier than
the news, wherever it stands in the sentence, not only as its opening word (`cues.toml`
[background] counted_back). What such a time counts from when a noun follows it ("weeks
before the attack", "meses antes de su muerte") is not the news: no cue there. Every
sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live, told_live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 4, 15)  # a Wednesday

LEADS = {
    "en": "Gunmen shot dead two farmers on Tuesday in Tepalcatepec, Michoacán, police said.",
    "es": "Hombres armados asesinaron a dos campesinos este martes en Tepalcatepec, Michoacán.",
}


def _run(language: str, text: str) -> list[EventRecord]:
    return extract(Article(text=text, language=language, published=PUB))


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        ("en", "Attackers burned a ranch house in the same valley three weeks earlier.", "ranch"),
        ("en", "Nearby hamlets had been bombed by drones the week before, people said.", "drones"),
        ("en", "A similar ambush was reported two months prior in Buenavista, nearby.", "ambush"),
        ("es", "Desconocidos incendiaron una casa en el valle tres semanas antes.", "incendiaron"),
        ("es", "Un comando emboscó a cuatro agentes en Buenavista dos meses antes.", "emboscó"),
    ],
)
def test_a_time_counted_back_at_the_end_makes_the_act_background(
    language: str, context: str, words: str
) -> None:
    events = _run(language, f"{LEADS[language]}\n\n{context}")
    assert not told_live(events, words)
    assert [e.fatalities for e in live(events)] == [2]  # the news stays news


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        # what the time counts from is named after it: no time before the news
        ("en", "Gunmen burned three trucks in Buenavista weeks before the election.", "trucks"),
        ("es", "Desconocidos quemaron tres camiones semanas antes de la elección.", "camiones"),
    ],
)
def test_a_time_counted_back_from_something_else_is_no_cue(
    language: str, context: str, words: str
) -> None:
    assert told_live(_run(language, f"{LEADS[language]}\n\n{context}"), words)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "A taxi driver was shot dead in Uruapan on Sunday night, like a fellow driver who "
            "was murdered in the same town three weeks earlier.",
        ),
        (
            "es",
            "Un taxista fue asesinado a balazos el domingo por la noche en Uruapan, como otro "
            "chofer que fue ultimado en la misma ciudad tres semanas antes.",
        ),
    ],
)
def test_a_sentence_told_with_its_own_day_keeps_its_news(language: str, text: str) -> None:
    # an undated report: the weekday dates the act before the time counted back
    events = extract(Article(text=text, language=language, published=None))
    assert [e.fatalities for e in live(events)] == [1]
    assert any(e.status == "historical" for e in events)
