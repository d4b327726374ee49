"""Figures that a group's name or an act's name gives (issue 9): "una pareja fue ejecutada"
counts two, "un doble homicidio" two, "dos ciudadanos murieron" two civilians, and people
"baleados" with no death word are the injured. Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from sucesos.extract.counts import find_counts
from sucesos.extract.text import fold


def figures(text: str) -> list[tuple[str, int]]:
    return [(c.what, c.value) for c in find_counts(fold(text), text=text)]


@pytest.mark.parametrize(
    "text",
    [
        "Una pareja fue ejecutada a balazos frente a su casa en Apaseo.",
        "La pareja fue asesinada dentro de su camioneta.",
        "The couple was shot dead outside their home in Apaseo.",
    ],
)
def test_a_couple_killed_is_two(text: str) -> None:
    assert ("killed", 2) in figures(text)


def test_one_of_a_gang_killed_is_one() -> None:
    # a group named after "de" is whom the person belongs to, not the people killed
    assert figures("Un integrante de la banda fue asesinado en Apaseo.") == [("killed", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un doble homicidio se registró la noche del viernes en Apaseo.", 2),
        ("Vecinos reportaron un triple asesinato en una vivienda de Apaseo.", 3),
        ("Police are investigating a double homicide in Apaseo.", 2),
        ("A triple murder shocked the town of Apaseo on Friday.", 3),
    ],
)
def test_a_multiple_killing_gives_its_figure(text: str, expected: int) -> None:
    assert ("killed", expected) in figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "En la escena del doble homicidio quedaron decenas de casquillos.",
        "Detectives found casings at the scene of the double murder.",
    ],
)
def test_the_multiple_killing_told_before_gives_no_figure(text: str) -> None:
    assert not [f for f in figures(text) if f[0] == "killed"]


@pytest.mark.parametrize(
    "text",
    [
        "Dos ciudadanos murieron durante la balacera en Apaseo.",
        "Two citizens died in the shootout in Apaseo.",
    ],
)
def test_citizens_are_people(text: str) -> None:
    assert ("killed", 2) in figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cinco personas fueron baleadas la noche del sábado en Apaseo.",
        "Cuatro jóvenes resultaron baleados afuera de una tienda de Apaseo.",
        "Four men were shot outside a store in Apaseo on Saturday.",
    ],
)
def test_people_shot_with_no_death_are_injured(text: str) -> None:
    found = figures(text)
    assert found[0][0] == "injured" and found[0][1] in (4, 5)
    assert not [f for f in found if f[0] == "killed"]


def test_people_shot_when_the_sentence_tells_deaths_are_not_all_injured() -> None:
    found = figures("Cinco personas fueron baleadas en Apaseo; dos de ellas murieron.")
    assert ("injured", 5) not in found and ("killed", 2) in found
