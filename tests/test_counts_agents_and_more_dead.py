"""Who did it is not who died, and one more dead told by a clause of its own adds up: the
people a passive's agent names ("atacado por los hombres armados", "shot by two gunmen")
are no subject of the death after them; a second clause with a subject of its own, "otro",
"another" or a name, after "y", "and" or "mientras que" ("un hombre murió en el lugar y otro
falleció en el hospital", "Luis 'N', de 28 años, falleció después") tells one more dead; "all"
between a death and its number ("the deaths of all six") leaves the number its count. Every
sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 5, 4)


def _killed(text: str, language: str) -> list[int | None]:
    events = live(extract(Article(text=text, published=PUB, language=language)))
    return [e.fatalities for e in events]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Un joven atacado por los hombres armados fue asesinado la noche del sábado frente a "
            "su casa en la colonia Centro de Celaya, Guanajuato.",
            "es",
        ),
        (
            "En Salamanca, Guanajuato, un comerciante baleado por dos sicarios murió la noche del "
            "sábado en su tienda.",
            "es",
        ),
        (
            "In Celaya, Guanajuato, a taxi driver shot by two gunmen died on Saturday night "
            "outside a convenience store.",
            "en",
        ),
    ],
)
def test_the_agents_of_a_killing_are_not_its_dead(text: str, language: str) -> None:
    assert _killed(text, language) == [1]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "En Irapuato, Guanajuato, un hombre murió en el lugar y otro falleció en el hospital "
            "tras un ataque a balazos el domingo.",
            "es",
        ),
        (
            "En Salamanca, Guanajuato, Pedro 'N', de 30 años, murió en el lugar, mientras que "
            "Luis 'N', de 28 años, falleció en un hospital tras ser atacados a balazos el "
            "domingo.",
            "es",
        ),
        (
            "In Salamanca, Guanajuato, Pedro Ruiz died at the scene and Luis Gómez died later in "
            "hospital after gunmen opened fire on them on Sunday.",
            "en",
        ),
        (
            "One man died at the scene and another died in hospital after gunmen opened fire on "
            "a taco stand in Celaya, Guanajuato, on Sunday.",
            "en",
        ),
    ],
)
def test_one_more_dead_in_a_clause_of_its_own_adds_up(text: str, language: str) -> None:
    assert _killed(text, language) == [2]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Six municipal police officers were ambushed by gunmen in Petatlán, Guerrero, on "
            "Monday, resulting in the deaths of all six.",
            "en",
        ),
        (
            "Seis policías municipales fueron emboscados por hombres armados en Petatlán, "
            "Guerrero, el lunes, lo que provocó la muerte de todos los seis.",
            "es",
        ),
    ],
)
def test_all_before_the_number_of_the_dead(text: str, language: str) -> None:
    assert _killed(text, language) == [6]


def _injured(text: str, language: str) -> list[list[int]]:
    events = live(extract(Article(text=text, published=PUB, language=language)))
    return [[c.value for c in e.counts if c.what == "injured"] for e in events]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Los sicarios asesinaron a cuatro personas y lesionaron a otra en un bar de "
            "Irapuato, Guanajuato, la noche del sábado.",
            "es",
        ),
        (
            "Gunmen killed four people and wounded another at a bar in Irapuato, Guanajuato, on "
            "Saturday night.",
            "en",
        ),
    ],
)
def test_another_with_no_noun_is_one_more_person(text: str, language: str) -> None:
    assert _injured(text, language) == [[1]]


def test_one_found_shot_dead_is_a_body() -> None:
    text = (
        "A mayoral candidate has been found shot dead in a field near Gómez Palacio, Durango, "
        "two days after gunmen took him from a family party, prosecutors said."
    )
    events = live(extract(Article(text=text, published=PUB, language="en")))
    assert [e.fatalities for e in events] == [1]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La Fiscalía de Morelos informó que abrió carpetas de investigación por los cuatro "
            "asesinatos ocurridos el sábado en un palenque de Cuautla.",
            "es",
        ),
        (
            "Morelos prosecutors said an inquiry was opened, prompted by the four murders "
            "committed on Saturday at a cockfighting ring in Cuautla.",
            "en",
        ),
    ],
)
def test_a_number_after_por_that_names_acts_is_still_a_toll(text: str, language: str) -> None:
    assert 4 in _killed(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hombres armados mataron a tres policías municipales en un bar de Celaya, Guanajuato, "
            "la noche del martes. Dos de los agentes murieron en el lugar y otro más perdió la "
            "vida cuando era llevado a un hospital.",
            "es",
        ),
        (
            "Gunmen killed three municipal police officers at a bar in Celaya, Guanajuato, on "
            "Tuesday night. Two of the officers died at the scene and another died on the way "
            "to hospital.",
            "en",
        ),
    ],
)
def test_one_more_of_the_same_people_is_a_part_of_the_toll(text: str, language: str) -> None:
    assert _killed(text, language) == [3]
