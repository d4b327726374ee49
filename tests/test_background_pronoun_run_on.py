"""A sentence that opens with a pronoun for the happening the background sentence before it
told ("…la masacre ocurrida en 2019. En ella, un comando mató a nueve jóvenes", "In it,
gunmen killed nine") goes on telling that background (issue 9, background vs news): its dead
are not the news's. Every article here is invented for the test.
"""

from __future__ import annotations

from datetime import date

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 11, 19)


def news(text: str, language: str) -> list[EventRecord]:
    records = extract(Article(text=text, published=PUB, language=language))
    return [r for r in records if r.status in ("reported", "disputed")]


def test_spanish_pronoun_goes_on_with_the_old_massacre() -> None:
    live = news(
        "Hombres armados asesinaron el lunes a tres personas en un taller de Tepatitlán, "
        "Jalisco. El ataque recordó la masacre ocurrida en 2019 en una fiesta de San Julián. "
        "En ella, un comando mató a nueve jóvenes.",
        "es",
    )
    assert [r.fatalities for r in live] == [3]


def test_english_pronoun_goes_on_with_the_old_massacre() -> None:
    live = news(
        "Gunmen killed three people at a garage in Tepatitlan, Jalisco, on Monday. The attack "
        "recalled a massacre at a party in San Julian in 2019. In it, gunmen killed nine "
        "young people.",
        "en",
    )
    assert [r.fatalities for r in live] == [3]
