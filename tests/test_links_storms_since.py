"""Three classes of the English fresh pages of session 16 (issue 9): a line that links to
another story with no mark after its label ("See also  …") is page furniture; "stormed"
is an assault, never weather; an arrest or a capture that a conflict has gone on "since"
is background, not a new arrest. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.extract.text import page_furniture, split_sentences
from sucesos.models import Article, EventRecord

PUB = date(2025, 3, 8)  # a Saturday


def run(language: str, text: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


@pytest.mark.parametrize(
    ("language", "text", "link"),
    [
        (
            "en",
            "Gunmen killed three men at a car wash in Celaya on Friday.\n"
            "See also  Floods leave two dead in a coastal town\n"
            "Police said the attackers fled in a pickup truck.",
            "See also  Floods leave two dead in a coastal town",
        ),
        (
            "es",
            "Hombres armados asesinaron a tres hombres en un autolavado de Celaya el viernes.\n"
            "Lee también Mueren dos en un choque en la carretera federal\n"
            "La policía informó que los agresores huyeron en una camioneta.",
            "Lee también Mueren dos en un choque en la carretera federal",
        ),
    ],
)
def test_a_link_line_with_no_mark_after_its_label_is_furniture(
    language: str, text: str, link: str
) -> None:
    sentences = split_sentences(text)
    assert [sentences[k].text for k in sorted(page_furniture(sentences))] == [link]
    assert [e.category for e in live(run(language, text))] == ["attack"]


def test_prose_that_opens_with_see_is_no_link() -> None:
    text = (
        "Gunmen killed three men at a car wash in Celaya on Friday.\n"
        "Seeing the attack, neighbours called the police."
    )
    assert not page_furniture(split_sentences(text))


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday, armed men stormed three homes in Acapulco, killing five people.",
        "Gunmen stormed several houses in a village of Guerrero on Wednesday and killed four.",
    ],
)
def test_storming_homes_is_an_attack_not_a_storm(text: str) -> None:
    categories = {e.category for e in run("en", text)}
    assert "disaster" not in categories
    assert categories & {"attack", "armed_clash"}


def test_a_storm_is_still_a_disaster() -> None:
    text = "A storm killed two people in Acapulco on Wednesday, civil protection said."
    assert [e.category for e in run("en", text)] == ["disaster"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Gunmen killed four men in Culiacán on Friday. The state has lived through a war "
            "between two factions since the arrest of the cartel's co-founder, officials said.",
        ),
        (
            "en",
            "Gunmen killed four men in Culiacán on Friday. Violence has gripped the state since "
            "the capture of its leader.",
        ),
        (
            "es",
            "Hombres armados asesinaron a cuatro hombres en Culiacán el viernes. El estado vive "
            "una guerra entre dos facciones desde la captura del cofundador del cártel.",
        ),
    ],
)
def test_an_arrest_a_war_has_gone_on_since_is_background(language: str, text: str) -> None:
    events = run(language, text)
    assert [e.category for e in live(events)] == ["attack"]


def test_an_arrest_of_the_news_is_still_news() -> None:
    text = "Soldiers arrested the cartel's co-founder in Culiacán on Friday, officials said."
    assert [e.category for e in live(run("en", text))] == ["arrest"]
