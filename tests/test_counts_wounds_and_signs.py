"""Figures told in other words (issue 9, wrong counts: no count, or the wrong kind, where
the text gives one). People told with their wounds are the wounded ("un saldo de 12
personas con lesiones leves", "two officers with gunshot wounds"), not the dead a word of
a toll before them would make them; the people the medics found with no life are dead
("tres de ellos ya no tenían vida", "three of them had no vital signs"); a word of how or
when between the auxiliary and the death does not hide it ("was later shot dead", "fueron
posteriormente asesinados").

Every sentence here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

import pytest

from sucesos.extract.counts import find_counts
from sucesos.extract.text import fold


def figures(text: str) -> list[tuple[str, int]]:
    return [(c.what, c.value) for c in find_counts(fold(text), text=text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La riña en el penal dejó un saldo de 23 personas con lesiones menores.",
            [("injured", 23)],
        ),
        (
            "Four officers with gunshot wounds were taken to a hospital in Culiacán.",
            [("injured", 4)],
        ),
    ],
)
def test_people_told_with_their_wounds_are_the_wounded(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "Los paramédicos revisaron a los heridos y seis de ellos ya no tenían vida.",
            6,
        ),
        ("Paramedics checked the victims and three of them had no vital signs.", 3),
    ],
)
def test_people_found_with_no_life_are_dead(text: str, dead: int) -> None:
    assert ("killed", dead) in figures(text)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("The councilwoman was later shot dead outside her home in Zamora.", 1),
        ("Los dos comerciantes fueron posteriormente asesinados en una brecha.", 2),
        ("El regidor fue posteriormente privado de la vida en su rancho.", 1),
    ],
)
def test_a_word_between_the_auxiliary_and_the_death(text: str, dead: int) -> None:
    assert ("killed", dead) in figures(text)
