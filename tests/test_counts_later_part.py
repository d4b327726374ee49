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


@pytest.mark.parametrize(
    ("text", "language", "dead"),
    [
        (
            "Cuatro policías estatales murieron el martes al ser emboscados cerca de Fresnillo. "
            "Otras patrullas persiguieron a los agresores y abatieron a dos.",
            "es",
            6,
        ),
        (
            "Gunmen killed three municipal officers on Monday in an ambush outside Jerez. "
            "Soldiers chased the attackers into the hills, killing two.",
            "en",
            5,
        ),
        (
            "Cinco policías municipales murieron el sábado en una emboscada a las afueras de "
            "Cuitzeo. La sexta víctima, un hombre que viajaba con ellos, fue hallado en una zanja "
            "cercana; murió a causa de los golpes.",
            "es",
            6,
        ),
        (
            "Five municipal police officers died on Saturday in an ambush outside Cuitzeo. The "
            "sixth victim, a man who rode with them, was found in a nearby ditch; he died of a "
            "beating.",
            "en",
            6,
        ),
    ],
)
def test_attackers_killed_in_a_pursuit_or_a_victim_found_apart_still_add(
    text: str, language: str, dead: int
) -> None:
    """The dead a pursuit of the attackers left, or a victim found apart or told by rank,
    are other people than the side's dead told before (`CountMention.apart`)."""
    assert reported_dead(text, language, PUB) == [dead]
