"""A share of a crime is no toll (issue 9, tally): a percentage ("about 60% of the killings",
"entre 30 y 40 por ciento de los homicidios") counts no one, and a share told as "seven out
of 10 murders" is a statistic of the whole, never a live record of ten dead. The victims of
one act told as a share of its dead stay that act's. Every sentence here was written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live_dead

from sucesos.extract.numbers import find_numbers, number_words, tokenize

PUB = date(2025, 4, 3)
NEWS_ES = "Un taxista fue asesinado a balazos este miércoles en la colonia Centro de Zamora."
NEWS_EN = "Gunmen shot dead a taxi driver on Wednesday in the town of Zamora, Michoacan."


def _figures(text: str) -> list[int]:
    folded = text.lower()
    return [n.value for n in find_numbers(tokenize(folded, 0, len(folded)), {}, number_words())]


@pytest.mark.parametrize(
    "text",
    [
        "roughly 60% of the killings",
        "between 35 and 45 % of the murders",
        "some 70-80% of the victims",
        "entre 30 y 40 por ciento de los homicidios",
        "el 55 por ciento de los asesinatos",
        "from 20 to 25 percent of the deaths",
    ],
)
def test_a_percentage_counts_no_one(text: str) -> None:
    assert _figures(text) == []


def test_a_count_next_to_a_percentage_is_still_a_count() -> None:
    assert _figures("12 people died, 40% of them women") == [12]


@pytest.mark.parametrize(
    ("share", "language", "news"),
    [
        (
            "Las autoridades estiman que entre 30 y 40% de los homicidios en la región "
            "involucran a vendedores de droga.",
            "es",
            NEWS_ES,
        ),
        (
            "Según la fiscalía, el 65 por ciento de los asesinatos del municipio quedan impunes.",
            "es",
            NEWS_ES,
        ),
        (
            "Prosecutors reckon that 35 to 45% of the homicides in the region involve drug "
            "dealers.",
            "en",
            NEWS_EN,
        ),
        (
            "Seven out of 10 murders in the state are tied to the gangs, officials say.",
            "en",
            NEWS_EN,
        ),
    ],
)
def test_a_share_of_a_crime_is_no_live_toll(share: str, language: str, news: str) -> None:
    assert _live_dead(news + " " + share, language) == [1]


def test_a_share_of_one_acts_victims_stays_that_act() -> None:
    text = (
        "Gunmen killed five people at a bar in Zamora, Michoacan, on Wednesday. "
        "Two out of five victims were women."
    )
    assert _live_dead(text, "en") == [5]


def _live_dead(text: str, language: str) -> list[int]:
    return live_dead(text, language, PUB)
