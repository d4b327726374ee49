"""A mine that is a weapon is a blast, not a mining accident (issue 9, wrong-category): the
disaster list reads "explosión de una mina" as a pit that blew up. Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest
from conftest import trigger_categories as categories


@pytest.mark.parametrize(
    "text",
    [
        "Cuatro soldados murieron tras la explosión de una mina terrestre junto a un camino rural.",
        "La explosión de una mina antipersonal hirió a dos policías que patrullaban la sierra.",
        "Un convoy resultó dañado tras la explosión de una mina casera enterrada en la brecha.",
    ],
)
def test_a_weapon_mine_that_blows_up_is_a_blast(text: str) -> None:
    found = categories(text)
    assert "explosion" in found
    assert "disaster" not in found


def test_a_blast_in_a_pit_stays_a_disaster() -> None:
    text = "Tres mineros murieron por una explosión en una mina de carbón."
    assert "disaster" in categories(text)
