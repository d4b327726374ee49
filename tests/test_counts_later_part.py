"""People of no side told after a side's toll, and fewer, are some of those dead (issue 9,
wrong counts: a breakdown added to the toll). "Ocho militares murieron… Seis perdieron la
vida en el lugar" is eight dead, "Six officers died… Five died at the scene"
six: the later figure tells where or how some of them died, not more dead. More people told
as such ("otras dos personas"), or people of no side told before the side's figure (the
victim, then the police killed with him), still add.

Every sentence here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import reported_dead

PUB = date(2026, 6, 2)


@pytest.mark.parametrize(
    ("text", "language", "dead"),
    [
        (
            "Ocho militares murieron el miércoles al estallar una mina al paso de su convoy en "
            "Aguililla. Seis perdieron la vida en el lugar, informó la Defensa.",
            "es",
            8,
        ),
        (
            "Six municipal officers died on Wednesday when gunmen ambushed their patrol near "
            "Calera. Five died at the scene, the state government said.",
            "en",
            6,
        ),
    ],
)
def test_later_figure_of_no_side_is_part_of_the_toll(text: str, language: str, dead: int) -> None:
    assert reported_dead(text, language, PUB) == [dead]


@pytest.mark.parametrize(
    ("text", "language", "dead"),
    [
        (
            "Dos policías fueron asesinados en Celaya el lunes. Otras dos personas murieron en "
            "el ataque.",
            "es",
            4,
        ),
        (
            "Un hombre fue ejecutado en Tecomán el martes. Cuatro policías murieron en el ataque.",
            "es",
            5,
        ),
    ],
)
def test_more_people_still_add(text: str, language: str, dead: int) -> None:
    assert reported_dead(text, language, PUB) == [dead]
