"""A source's name ends before a verb of its own: the words after the speaker up to the verb of
saying or finding may run into a clause ("Agentes de la Guardia Nacional montaron un cerco…",
"the governor confirmed…"), which is no part of the name; a phrase that is a place and a verb
("Al lugar arribaron agentes…") names nobody. Every sentence here was written for these tests;
the people and incidents are invented."""

from __future__ import annotations

import pytest
from conftest import sentence_sources as names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "La Fiscalía estatal había acudido al predio sin hallar nada, informó el colectivo.",
            "Fiscalía estatal",
        ),
        (
            "Mexican President Ana Torres confirmed the arrests on Monday, officials said.",
            "Mexican President Ana Torres",
        ),
    ],
)
def test_a_name_ends_before_its_own_verb(sentence: str, name: str) -> None:
    assert name in names(sentence)
    assert all(len(n.split()) <= len(name.split()) for n in names(sentence))


def test_a_place_and_a_verb_name_nobody() -> None:
    found = names("Al lugar arribaron agentes estatales quienes confirmaron la muerte del hombre.")
    assert all("arribaron" not in n for n in found)
