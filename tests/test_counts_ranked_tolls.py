"""The rank of an act's latest dead tells its toll (issue 9, wrong counts: a toll that changes).
"Cobró su segunda víctima mortal", "la víctima décima, que murió", "el cuarto fallecido del
ataque", "the third victim died": the act's dead are 2, 10, 4 and 3 so far, not the one
person the sentence names. A rank over a period stays a tally; a ranked
victim with no death word ("la quinta víctima sigue desaparecida") tells no death.

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
            "El ataque armado contra un taller mecánico de Uruapan cobró su segunda víctima "
            "mortal. El joven herido falleció el jueves en el hospital regional.",
            "es",
            2,
        ),
        (
            "En Jiutepec, los familiares velaron el domingo a la víctima décima del ataque a "
            "una fiesta, que murió en el hospital; seis murieron en el lugar.",
            "es",
            10,
        ),
        (
            "Un comerciante murió el lunes en el hospital de Culiacán por sus heridas, siendo el "
            "cuarto fallecido del ataque a balazos contra un puesto de tacos.",
            "es",
            4,
        ),
        (
            "Two men were shot dead outside a bar in León on Saturday. The third victim died in "
            "hospital on Sunday morning.",
            "en",
            3,
        ),
    ],
)
def test_a_ranked_dead_gives_the_toll(text: str, language: str, dead: int) -> None:
    assert reported_dead(text, language, PUB) == [dead]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a rank over a period: a tally, not the act's toll
        (
            "Un locutor fue asesinado en Colima el lunes; es el tercer periodista asesinado "
            "este año en el estado.",
            "es",
        ),
        # a ranked victim with no death word
        (
            "Un taxista murió baleado en Celaya el martes por la noche. La segunda víctima "
            "sigue hospitalizada.",
            "es",
        ),
    ],
)
def test_no_toll_without_ranked_dead(text: str, language: str) -> None:
    assert reported_dead(text, language, PUB) == [1]
