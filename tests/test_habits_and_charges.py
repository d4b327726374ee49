"""Habits, charges, counts over a stretch of time and a headquarters named (issue 9): a habit
told with a word of frequency ("gangs often kill officers", "los grupos suelen asesinar"), a
tactic kept up ("the gang has been using drones") or an act told as recent with no date ("a
leader was recently arrested") is no happening; the crimes named as charges ("the men face
charges of murder") are no news; "Last weekend alone, the city had 37 killings" is a tally; a
headquarters named as a place ("attacked the police headquarters", "the city is the
headquarters of the cartel") is no base established. Every sentence here was written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 10, 8)

NEWS = {
    "es": (
        "Hombres armados asesinaron a tres policías este martes en Irapuato, Guanajuato, "
        "informaron autoridades.\n\n"
    ),
    "en": (
        "Gunmen killed three police officers on Tuesday in Irapuato, Guanajuato, officials "
        "said.\n\n"
    ),
}
HABIT = {
    "es": (
        "Los grupos criminales de la región suelen asesinar a los agentes que rechazan sus "
        "sobornos."
    ),
    "en": "Criminal gangs in the region often kill officers who refuse their bribes.",
}
CHARGES = {
    "es": (
        "México envió a 12 integrantes de cárteles a Estados Unidos este martes. Los hombres "
        "enfrentan cargos por homicidio y secuestro en cortes de Texas y California."
    ),
    "en": (
        "Mexico sent 12 cartel members to the United States on Tuesday. The men face charges "
        "of murder and kidnapping in courts in Texas and California."
    ),
}


def run(text: str, language: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


def told_live(events: list[EventRecord], sentence: str) -> bool:
    return any(sentence[:30] in x.text for e in live(events) for x in e.evidence)


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_habit_is_no_happening(language: str) -> None:
    events = run(NEWS[language] + HABIT[language], language)
    assert len(live(events)) == 1
    assert not told_live(events, HABIT[language])


def test_a_word_of_frequency_in_the_subject_leaves_the_news() -> None:
    text = (
        "Two officers who often patrolled the highway were killed on Tuesday in Irapuato, "
        "Guanajuato, officials said."
    )
    events = live(run(text, "en"))
    assert [e.category for e in events] == ["attack"]


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_crimes_named_as_charges_are_no_news(language: str) -> None:
    events = run(CHARGES[language], language)
    assert not {"attack", "abduction"} & {e.category for e in live(events)}


def test_an_arrest_of_men_facing_charges_is_news() -> None:
    text = "Police arrested two men in Celaya, Guanajuato, on Tuesday who face charges of murder."
    assert [e.category for e in live(run(text, "en"))] == ["arrest"]


def test_a_count_over_one_weekend_alone_is_a_tally() -> None:
    tally = "Last weekend alone, the city had 37 killings."
    events = run(NEWS["en"] + tally, "en")
    assert not told_live(events, tally)
    assert any(e.status == "statistic" for e in events)


def test_a_headquarters_named_is_a_place_not_a_base_established() -> None:
    text = (
        "Gunmen attacked the police headquarters in Aguililla, Michoacán, on Tuesday, wounding "
        "two officers.\n\nThe town is the headquarters of a local gang."
    )
    categories = {e.category for e in run(text, "en")}
    assert "group_change" not in categories
    assert "attack" in categories


def test_a_tactic_kept_up_and_an_act_told_as_recent_are_background() -> None:
    tactic = "The gang has been using drones to drop bombs on rival towns."
    recent = "A gang leader was recently arrested in Texas."
    events = run(
        "Gunmen killed four men at a bar in Leon, Guanajuato, on Friday.\n\n"
        + tactic
        + " "
        + recent,
        "en",
    )
    assert len(live(events)) == 1
    assert not told_live(events, tactic)
    assert not told_live(events, recent)


def test_an_act_told_as_recent_and_dated_to_the_news_is_news() -> None:
    text = "Gunmen recently killed four men at a bar in Leon, Guanajuato, police said on Friday."
    assert [e.category for e in live(run(text, "en"))] == ["attack"]
