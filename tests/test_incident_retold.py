"""The same incident told twice is one event (issue 9 item 1): a lead and a later paragraph
that give the same toll of dead, in no two different places, whether the second names the
act otherwise (an ambush, then the clash), carries a cue of another happening in a clause
about the past, or is dated a day apart in the same town (a wire story's dateline day).
Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article


def _events(text: str, language: str, published: date) -> list[tuple[str, int | None]]:
    events = live(extract(Article(text=text, published=published, language=language)))
    return [(e.category, e.fatalities) for e in events]


def test_an_ambush_retold_as_a_clash_with_its_toll_is_one_attack() -> None:
    text = (
        "Gunmen killed eight state police officers in an ambush in the municipality of "
        "Zitacuaro in Michoacan state on Thursday. The officers were patrolling a dirt road "
        "when they were attacked. The clash that killed the eight officers in Michoacan on "
        "Thursday was the deadliest for the force since October 2019, when gunmen killed 13 "
        "officers in the neighbouring state of Guerrero."
    )
    assert _events(text, "en", date(2024, 11, 8)) == [("attack", 8)]


def test_a_clash_told_again_a_day_apart_in_the_same_town_is_one_clash() -> None:
    text = (
        "Seis muertos deja balacera en Zitácuaro. Al menos seis personas murieron este viernes "
        "8 de noviembre tras un enfrentamiento entre policías estatales y civiles armados en el "
        "municipio de Zitácuaro, Michoacán. Los policías y los civiles armados se enfrentaron "
        "la noche del jueves en Zitácuaro, con saldo de seis muertos, informó la Fiscalía."
    )
    assert _events(text, "es", date(2024, 11, 8)) == [("armed_clash", 6)]


def test_a_gun_battle_under_the_next_days_dateline_is_one_clash() -> None:
    text = (
        "Seven dead in Mexico shootout. Monterrey, Nov 10: At least seven people died after "
        "state police fought a gun battle with cartel gunmen in the town of Cadereyta Jiménez, "
        "in the state of Nuevo León. State police fought the gunmen for two hours on Saturday "
        "in Cadereyta Jiménez, leaving seven people dead, officials said."
    )
    assert _events(text, "en", date(2024, 11, 10)) == [("armed_clash", 7)]
