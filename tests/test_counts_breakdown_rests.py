"""A figure told as more ("y cuatro más", "and four more") that closes a breakdown of the
figure before it adds nothing: its numbers add up to that figure ("seis personas: dos en el
sitio y cuatro más en hospitales" is 6, not 10).

Every sentence here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import first_dead

PUB = date(2026, 5, 11)


def dead(text: str, language: str) -> int | None:
    """The fatalities of the first live record."""
    return first_dead(text, language, PUB)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Por el tiroteo en Tula, Hidalgo, fallecieron seis personas: dos en el sitio y "
            "cuatro más en hospitales.",
            "es",
            6,
        ),
        (
            "Six people died in the shooting in Tula, Hidalgo: two at the scene and four more "
            "in hospitals.",
            "en",
            6,
        ),
        (
            "La violencia en Chilpancingo, Guerrero, dejó cuatro choferes asesinados, tres a "
            "balazos y uno más calcinado dentro de un taxi.",
            "es",
            4,
        ),
        # guards: more people of their own
        (
            "Cuatro personas murieron en el lugar y dos más en el hospital tras el ataque en "
            "Tula, Hidalgo.",
            "es",
            6,
        ),
        (
            "Hombres armados mataron a tres personas en un bar de Tula, Hidalgo, y a dos más en "
            "la calle de enfrente.",
            "es",
            5,
        ),
    ],
)
def test_the_rest_of_a_breakdown_adds_nothing(text: str, language: str, expected: int) -> None:
    assert dead(text, language) == expected
