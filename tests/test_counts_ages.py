"""Casualty grammar (issue 9): the ages of the people counted are no count of them. A range of
ages between a number subject and its verb ("eleven people aged 17 to 35 were killed", "once
jóvenes de entre 17 y 35 años fueron asesinados") describes the people; neither end of it is
the toll, which the subject gives. Every sentence here is invented for the test.
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
        ("Eleven people aged 17 to 35 were killed at a party in Celaya", ("killed", 11)),
        ("Nine people aged between 18 and 40 were killed at the wedding", ("killed", 9)),
        ("Seven men aged 20 to 45 years old died in the attack on the ranch", ("killed", 7)),
        ("Once jóvenes de entre 17 y 35 años fueron asesinados en la fiesta", ("killed", 11)),
        ("Nueve personas de 18 a 40 años murieron en el ataque al palenque", ("killed", 9)),
        ("Seis trabajadores de entre 25 y 50 años de edad resultaron heridos", ("injured", 6)),
    ],
)
def test_a_range_of_ages_between_the_subject_and_its_verb(
    text: str, expected: tuple[str, int]
) -> None:
    got = figures(text)
    assert expected in got
    assert all(value == expected[1] for _, value in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The victims, aged 17 to 35, were leaving the party",
        "Los jóvenes, de entre 18 y 40 años, salían de la fiesta",
        "Witnesses said the gunmen were aged between 20 and 30",
    ],
)
def test_the_ends_of_a_range_of_ages_are_never_a_figure(text: str) -> None:
    assert figures(text) == []


def test_a_range_of_people_is_still_read() -> None:
    # No age or measure word: a range of the people themselves, read as before.
    assert figures("Entre 3 y 5 personas murieron en el ataque") == [("killed", 5)]
