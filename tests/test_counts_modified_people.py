"""Figures of people read past the words around them (issue 9, fresh English pages of
session 16): a word describing the people before their noun ("13 young people were shot
dead", "four taxi drivers were killed") keeps the figure, as "13 people" does; a word that
links or places them ("by", "while", "in") does not. A relative clause about the last person
of a list, between the list and its verb ("two bodyguards and a woman who was riding with
them died"), keeps the list's sum. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 3, 8)  # a Saturday


def run(language: str, text: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("At least 13 young people were shot dead at a party in Ciudad Juárez on Friday.", 13),
        ("Four taxi drivers were killed by gunmen in Acapulco on Friday, police said.", 4),
        ("Two bus drivers were gunned down in Culiacán on Friday.", 2),
        ("5 taxi drivers killed by gunmen in Acapulco", 5),
    ],
)
def test_a_word_before_the_people_noun_keeps_the_figure(text: str, killed: int) -> None:
    (event,) = live(run("en", text))
    assert event.fatalities == killed


def test_an_ordinal_is_no_figure_of_people() -> None:
    events = live(run("en", "5th family gunned down in two weeks in Guanajuato"))
    assert all(e.fatalities != 5 for e in events)


def test_the_wounded_after_the_described_dead_stay_apart() -> None:
    text = "Six young men were shot dead and four wounded in Celaya on Friday."
    (event,) = live(run("en", text))
    assert event.fatalities == 6
    assert any(c.what == "injured" and c.value == 4 for c in event.counts)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Two of his bodyguards and a woman who was riding with them died in the attack in "
            "Celaya on Friday.",
        ),
        (
            "en",
            "Two of his bodyguards and a woman, who was riding with them, died in the attack in "
            "Celaya on Friday.",
        ),
        (
            "es",
            "Dos escoltas y una mujer, quien viajaba con ellos, murieron en el ataque en Celaya "
            "el viernes.",
        ),
    ],
)
def test_a_relative_clause_between_a_list_and_its_verb_keeps_the_list(
    language: str, text: str
) -> None:
    (event,) = live(run(language, text))
    assert event.fatalities == 3


def test_a_relative_clause_with_a_figure_of_its_own_is_no_list_end() -> None:
    text = "A man who had killed two rivals died in a shootout with police in Celaya on Friday."
    assert all(e.fatalities != 3 for e in live(run("en", text)))
