"""What a verb's number counts (issue 9): things a shooting "left" behind are no dead, and
"gunned down" counts the people it takes as its object. Every sentence here is invented for
the test.
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
        "The shootout in Celaya left seven bullet holes in the front of city hall.",
        "The gunfight on Monday left 40 spent casings on the road to Salamanca.",
        "El enfrentamiento en Celaya dejó siete impactos de bala en la fachada del palacio.",
        "La balacera de anoche dejó 40 casquillos percutidos sobre la avenida.",
    ],
)
def test_things_left_behind_are_no_dead(text: str) -> None:
    assert not [f for f in figures(text) if f[0] == "killed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ambush in Celaya left two, among them a child.", 2),
        ("The attack in Celaya left two young men and a woman dead.", 3),
        ("The attack on the ranch left three police officers.", 3),
        ("El ataque en Celaya dejó dos, entre ellos un menor.", 2),
        ("El ataque al rancho dejó a dos de los escoltas.", 2),
    ],
)
def test_people_left_are_still_the_dead(text: str, expected: int) -> None:
    assert ("killed", expected) in figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An armed group gunned down four people outside a bakery in Culiacán.", 4),
        ("Gunmen gunned down three police officers at a checkpoint near Celaya.", 3),
        ("Four men in a white pickup were gunned down near Celaya.", 4),
    ],
)
def test_gunned_down_counts_its_object(text: str, expected: int) -> None:
    assert ("killed", expected) in figures(text)
