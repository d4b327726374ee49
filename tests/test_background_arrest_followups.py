"""Arrest follow-ups (issue 9, item 4): an article whose news is an arrest, a charge or a
confession tells the crime it is for, and often retells it, as if it were new. What
someone is arrested, accused or confesses for came before the arrest, even days before and
with a date of its own; the sentences that retell it are background too. Every sentence here
was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2024, 4, 8)  # a Monday


def live_with(text: str, language: str, words: str) -> list[str]:
    """The categories of the live records whose evidence holds `words`."""
    events = extract(Article(text=text, published=PUB, language=language))
    return [e.category for e in live(events) if any(words in ev.text for ev in e.evidence)]


def live_categories(text: str, language: str) -> list[str]:
    return [e.category for e in live(extract(Article(text=text, published=PUB, language=language)))]


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "es",
            "La Fiscalía del Estado informó la captura de un presunto responsable de la "
            "balacera ocurrida el pasado jueves en la colonia Las Flores de Uruapan. Durante "
            "la agresión, cometida por un grupo de hombres armados, murieron tres personas y "
            "dos más resultaron heridas.",
            "murieron tres personas",
        ),
        (
            "en",
            "State prosecutors announced the arrest of a suspect in the shooting that took "
            "place last Thursday at a bar in Uruapan. During the attack, carried out by a "
            "group of armed men, three people died and two more were wounded.",
            "three people died",
        ),
    ],
)
def test_the_crime_an_arrest_is_for_is_not_retold_as_news(
    language: str, text: str, words: str
) -> None:
    assert live_with(text, language, words) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Policías estatales detuvieron a dos hombres en Zamora. Según la Fiscalía, los "
            "detenidos confesaron su participación en el ataque del viernes contra una "
            "carnicería.",
        ),
        (
            "en",
            "State police arrested two men in Zamora on Sunday. Prosecutors said the men "
            "confessed to Friday's attack on a butcher shop.",
        ),
    ],
)
def test_a_confessed_attack_is_background(language: str, text: str) -> None:
    assert live_categories(text, language) == ["arrest"]


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "es",
            "Agentes ministeriales detuvieron este domingo al presunto responsable del ataque "
            "ocurrido en la colonia Centro de Zamora, donde dos hombres perdieron la vida.",
            "perdieron la vida",
        ),
        (
            "en",
            "Police on Sunday arrested two suspects with alleged ties to the gunmen who shot "
            "dead four officers at a checkpoint in Zamora.",
            "shot",
        ),
    ],
)
def test_what_the_suspects_are_accused_of_keeps_no_live_attack(
    language: str, text: str, words: str
) -> None:
    assert live_with(text, language, words) == []
