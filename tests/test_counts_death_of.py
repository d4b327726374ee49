"""The dead a noun of death names ("la muerte del comandante", "the death of the mayor") and the
dead a report or a check confirms ("three gunmen were reported killed", "was confirmed dead")
(issue 9 item 3, the figures of an incident: the killing was told but counted 0).

Every sentence here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import first_dead

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 5, 11)


def events(text: str, language: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


def dead(text: str, language: str) -> int | None:
    """The fatalities of the first live record."""
    return first_dead(text, language, PUB)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Hombres armados emboscaron este martes una patrulla en Tlalchapa, Guerrero. La "
            "muerte del comandante de la policía municipal desató un operativo en la región.",
            "es",
            1,
        ),
        (
            "Balacera en el centro de Jerécuaro: la fiscalía confirmó la muerte de Mario "
            "Quintero, regidor del ayuntamiento, atacado al salir de su casa.",
            "es",
            1,
        ),
        (
            "Un hombre fue agredido a balazos en la colonia Loma Alta de Tecate; paramédicos "
            "confirmaron el fallecimiento de la víctima en el lugar.",
            "es",
            1,
        ),
        (
            "Gunmen ambushed a patrol in Tlalchapa on Tuesday. The death of the police commander "
            "set off a manhunt across the region.",
            "en",
            1,
        ),
    ],
)
def test_the_death_of_one_person_counts_one(text: str, language: str, expected: int) -> None:
    assert dead(text, language) == expected


def test_the_death_of_two_named_people_counts_two() -> None:
    # a surname that is also a state's name ("Colima") is no name the victims' reader takes
    text = (
        "El lunes por la tarde, sicarios atacaron a balazos una camioneta en Jerécuaro, "
        "Guanajuato, lo que resultó en la muerte de Colima y Ortega."
    )
    assert dead(text, "es") == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Unofficially, three gunmen were reported killed in the clash with soldiers outside "
            "Valle Hermoso on Monday.",
            3,
        ),
        (
            "Two hikers have been confirmed dead after gunmen opened fire on their camp near "
            "Ensenada.",
            2,
        ),
        (
            "A taxi driver was confirmed dead after gunmen opened fire on his car in Reynosa on "
            "Monday.",
            1,
        ),
    ],
)
def test_dead_a_report_confirms(text: str, expected: int) -> None:
    assert dead(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hombres armados balearon una casa en Salamanca, Guanajuato, sin que se reportara "
            "la muerte de nadie.",
            "es",
        ),
        (
            "Hombres armados balearon este lunes la casa de un regidor en Jerécuaro, Guanajuato; "
            "el regidor había recibido amenazas de muerte.",
            "es",
        ),
        (
            "Gunmen clashed with soldiers outside Valle Hermoso on Monday; no one was reported "
            "killed.",
            "en",
        ),
        (
            "Gunmen clashed with soldiers outside Valle Hermoso on Monday; two soldiers were "
            "reported missing.",
            "en",
        ),
    ],
)
def test_near_phrases_count_no_dead(text: str, language: str) -> None:
    assert not dead(text, language)
