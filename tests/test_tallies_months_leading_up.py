"""A toll over the months or years that led up to a happening or followed it ("34
candidates were murdered in the months leading up to the vote", "en los meses previos a la
elección") sums many happenings: a tally (issue 9 item 2), never one more attack of the
article's day and place. Every article here is invented for the test.
"""

from __future__ import annotations

from datetime import date

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 6, 17)


def news(text: str, language: str) -> list[EventRecord]:
    records = extract(Article(text=text, published=PUB, language=language))
    return [r for r in records if r.status in ("reported", "disputed")]


def test_english_toll_of_the_months_before_a_vote_is_a_tally() -> None:
    live = news(
        "Gunmen shot dead the mayor of Copala, Guerrero, on Monday. Around 34 candidates were "
        "murdered in the months leading up to the June elections, a rights group said.",
        "en",
    )
    assert [r.fatalities for r in live] == [1]


def test_spanish_toll_of_the_months_before_a_vote_is_a_tally() -> None:
    live = news(
        "Hombres armados asesinaron el lunes al alcalde de Copala, Guerrero. Unos 34 candidatos "
        "fueron asesinados en los meses previos a las elecciones de junio, según una "
        "organización civil.",
        "es",
    )
    assert [r.fatalities for r in live] == [1]
