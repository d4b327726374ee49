"""An age alone between commas after a person of a list names no one else (issue 9 item 3,
wrong counts: coordination past an apposition): "un vecino, de 52 años, y su nieta fueron
asesinados" is two, "a farmer, 61, and his nephew were shot dead" is two (the aside broke
the list, which gave none or one). Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import reported_dead

PUB = date(2026, 2, 17)


def dead(text: str, language: str) -> list[int]:
    return reported_dead(text, language, PUB)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Un vecino, de 52 años, y su nieta fueron asesinados a tiros en Apaseo el Grande.", "es"),
        ("Ramiro Solís, de 47 años, y su yerno fueron asesinados en un taller de Salamanca.", "es"),
        ("Sicarios mataron a Ramiro Solís, de 47 años, y a su yerno en Salamanca.", "es"),
        ("Murieron Ramiro Solís, de 47 años, y su yerno tras el ataque en Salamanca.", "es"),
        ("A farmer, 61, and his nephew were shot dead near Tepalcatepec on Sunday.", "en"),
        ("Gunmen killed Ramiro Solis, 47, and his son-in-law at a garage in Salamanca.", "en"),
    ],
)
def test_an_age_aside_does_not_break_the_list(text: str, language: str) -> None:
    assert dead(text, language) == [2]


def test_a_third_person_after_a_comma_still_counts() -> None:
    # a list item between commas that is no age: three people
    text = "Un vecino, su esposa y su nieta fueron asesinados a tiros en Apaseo el Grande."
    assert dead(text, "es") == [3]
