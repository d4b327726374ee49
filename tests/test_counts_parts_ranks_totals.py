"""Counts that tell the same people again or that are no new count: a rank one above the dead
told before is one more dead ("tres murieron en el lugar y el cuarto en el hospital", "the
fourth died later"); a number a partitive pronoun follows counts some of the people told
before ("matando a tres de ellos", "killing two of them") and adds to no larger figure of
the record; an English passive's day is no named victim ("were killed Thursday"); one person
told by an indefinite one is exactly one to other outlets ("un elemento perdió la vida");
the forces' "neutralizar" with a personal "a" kills; a sum of arrests so far is no count of
the arrests told ("suman 11 detenidos", "bring to 11 the suspects detained"); the sides of a
fight named after the dead are not their side ("deja seis muertos balacera entre policías y
sicarios"); a dateline before a list of the dead is none of them ("Celaya, Guanajuato.- Un
policía y dos civiles murieron"). Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 6, 9)


def _events(text: str, language: str) -> list:
    return live(extract(Article(text=text, published=PUB, language=language)))


def _killed(text: str, language: str) -> list[int | None]:
    return [e.fatalities for e in _events(text, language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Salamanca, Guanajuato.- Cuatro hombres fueron atacados a balazos el domingo en un "
            "taller de la colonia Bellavista. Tres murieron en el lugar y el cuarto en el "
            "hospital, informó la Fiscalía.",
            "es",
        ),
        (
            "Four police officers were shot dead on Sunday at a checkpoint in Celaya, in the "
            "state of Guanajuato. Three died at the scene and the fourth died later in "
            "hospital, officials said.",
            "en",
        ),
    ],
)
def test_the_rank_above_the_dead_is_one_more(text: str, language: str) -> None:
    assert _killed(text, language) == [4]


@pytest.mark.parametrize(
    ("text", "language", "toll"),
    [
        (
            "Celaya, Guanajuato.- Siete policías municipales fueron asesinados el sábado en "
            "Celaya. Los agresores emboscaron primero una patrulla con cuatro agentes, matando "
            "a tres de ellos, y después atacaron a otros cuatro en la caseta de la colonia "
            "Centro.",
            "es",
            7,
        ),
        (
            "Police officers patrolling Celaya, in Guanajuato state, came under fire on Sunday. "
            "Four officers were killed. Gunmen first shot at a patrol car carrying three "
            "officers, killing two of them.",
            "en",
            4,
        ),
    ],
)
def test_a_part_of_the_people_told_adds_nothing(text: str, language: str, toll: int) -> None:
    assert _killed(text, language) == [toll]


def test_an_english_passive_day_is_no_named_victim() -> None:
    text = (
        "Two soldiers were killed Thursday in an ambush on the outskirts of Aguililla, in the "
        "state of Michoacán, the army said. The soldiers were killed Thursday while patrolling "
        "a dirt road, the defense ministry said."
    )
    assert _killed(text, "en") == [2]


def test_named_victims_in_an_apposition_before_a_passive_are_counted() -> None:
    # the apposition ends in a noun of no people ("authority") and a comma before the
    # auxiliary: its people are still the named victims before it
    text = (
        "The assault began on Thursday night, when ten houses were burned in the village of "
        "San Pedro and Pedro Ruiz Gómez, 69 years old, and Ana López Díaz, 66 years old, "
        "parents of the municipal authority, were murdered."
    )
    assert _killed(text, "en") == [2]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Celaya, Guanajuato.- Un elemento de la policía municipal perdió la vida durante un "
            "ataque armado en la colonia Las Insurgentes, informó la Fiscalía.",
            "es",
        ),
        (
            "Celaya, Guanajuato - Gunmen killed a shopkeeper on Sunday in the Las Insurgentes "
            "neighborhood, prosecutors said.",
            "en",
        ),
    ],
)
def test_one_person_told_by_an_indefinite_one_is_exactly_one(text: str, language: str) -> None:
    (event,) = _events(text, language)
    deaths = [c for c in event.counts if c.what == "killed"]
    assert [(c.value, c.lower_bound) for c in deaths] == [(1, False)]


def test_the_forces_neutralizing_attackers_kill_them() -> None:
    text = (
        "Reynosa, Tamaulipas.- Elementos de la Guardia Estatal neutralizaron a tres agresores "
        "que dispararon contra una patrulla en la colonia Los Almendros, informó la Secretaría "
        "de Seguridad Pública."
    )
    assert _killed(text, "es") == [3]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Celaya, Guanajuato.- La Fiscalía de Guanajuato detuvo este lunes a dos hombres por "
            "el ataque al bar de la colonia Centro; con estas detenciones suman 11 detenidos "
            "por el caso.",
            "es",
        ),
        (
            "Celaya, Guanajuato - Police arrested two more suspects on Monday over the attack on "
            "a bar in downtown Celaya. The arrests bring to 11 the suspects detained in the case.",
            "en",
        ),
    ],
)
def test_a_sum_of_arrests_so_far_is_no_count_of_them(text: str, language: str) -> None:
    arrests = [e for e in _events(text, language) if e.category == "arrest"]
    assert [[c.value for c in e.counts if c.what == "arrested"] for e in arrests] == [[2]]


def test_the_sides_of_a_fight_are_not_the_side_of_its_dead() -> None:
    text = (
        "Deja seis muertos balacera entre policías y presuntos sicarios en Tlaquepaque\n"
        "Tlaquepaque, Jalisco.- Dos agentes municipales y cuatro presuntos sicarios murieron la "
        "noche del martes en un enfrentamiento en la colonia Las Huertas."
    )
    assert _killed(text, "es") == [6]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Celaya, Guanajuato.- Un policía municipal y dos civiles murieron la noche del martes "
            "en un ataque armado en la colonia Las Arboledas.",
            "es",
        ),
        (
            "CELAYA, Mexico — A municipal police officer and two civilians died on Tuesday night "
            "in an armed attack in the Las Arboledas neighborhood.",
            "en",
        ),
    ],
)
def test_a_dateline_before_a_list_of_the_dead_is_none_of_them(text: str, language: str) -> None:
    assert _killed(text, language) == [3]
