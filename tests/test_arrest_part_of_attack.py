"""The suspects caught in an attack's own chase or at its scene are a part of the attack, not
an arrest of their own (issue 9 item 1, one event per incident): the attack keeps `arrest`
among its kinds, and what was seized from them goes with the arrest. An article that opens
with the arrest reports the arrest; an attack that hurt no one takes no arrest. Every
sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 11, 20)


def events(language: str, text: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


def test_a_gunman_caught_in_the_chase_joins_the_attack_es() -> None:
    found = events(
        "es",
        "Dos hermanos murieron baleados la noche del domingo frente a una tortillería de "
        "Zamora, Michoacán. Agentes municipales persiguieron a los atacantes y capturaron a "
        "uno de ellos en la calle Hidalgo.",
    )
    assert [(e.category, "arrest" in e.kinds) for e in found] == [("attack", True)]


def test_gunmen_caught_nearby_join_the_attack_en() -> None:
    found = events(
        "en",
        "Gunmen shot dead a taco vendor in Zamora, Michoacán, on Sunday night. Officers arrested "
        "two of the attackers a few blocks away, the state prosecutor said.",
    )
    assert [(e.category, "arrest" in e.kinds) for e in found] == [("attack", True)]


def test_what_was_seized_from_the_caught_goes_with_them() -> None:
    found = events(
        "es",
        "Un comando mató a cuatro personas en una cantina de Celaya, Guanajuato, la noche del "
        "sábado. Los policías detuvieron a uno de los tiradores y le aseguraron una pistola y "
        "una motocicleta.",
    )
    assert len(found) == 1
    assert found[0].category == "attack"
    assert {"arrest", "seizure"} <= set(found[0].kinds)


def test_an_article_that_opens_with_the_arrest_reports_the_arrest() -> None:
    found = events(
        "es",
        "Policías de Celaya capturaron a dos jóvenes señalados por la balacera en una cantina "
        "en la que murieron cuatro personas. La agresión ocurrió la noche del sábado en la "
        "colonia Centro de Celaya, Guanajuato.",
    )
    assert "arrest" in {e.category for e in found}


def test_an_attack_that_hurt_no_one_takes_no_arrest() -> None:
    found = events(
        "en",
        "Attackers opened fire on the fronts of three car dealerships in Irapuato, Guanajuato, "
        "on Tuesday night. Municipal officers detained two young men on a motorcycle who "
        "carried a pistol.",
    )
    assert "arrest" in {e.category for e in found}
