"""How a killing was done, two ways joined or a weapon, between its verb and the people it
counts ("asesinaron a balazos y con arma blanca a tres hombres", "…a cinco hombres, cuatro
mujeres y dos niños" = 11); the weapon words only after a verb of killing, never of arrest,
whose "con" tells what was seized. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from sucesos.extract.counts import find_counts
from sucesos.extract.text import fold


def _killed(text: str) -> list[int]:
    return [c.value for c in find_counts(fold(text), text=text) if c.what == "killed"]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Hombres armados asesinaron a machetazos y con arma blanca a tres jornaleros.", 3),
        (
            "Un comando asesinó a balazos y con arma blanca a tres hombres, dos mujeres y un "
            "niño en una vivienda de la sierra.",
            6,
        ),
    ],
)
def test_the_ways_of_a_killing_stand_between_its_verb_and_its_people(
    text: str, killed: int
) -> None:
    assert max(_killed(text)) == killed
