"""One of the attackers killed adds to the one victim told with no number (issue 9, wrong
counts (d), tolls by side): "the mayor was shot dead … one of the attackers was killed" is 2
dead, the victim and an attacker, not 1 (the victim's one had been taken for a total that
the attackers' number breaks down, and the attacker's sentence for a retelling of it). A
later sentence that retells the one victim with no number stays the same dead.

Every sentence here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import reported_dead

PUB = date(2026, 6, 16)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The mayor of Zitácuaro was shot dead on Sunday at a fair in the town square. "
            "State police said three suspects were detained and one of the gunmen was killed "
            "by the mayor's bodyguards.",
            "en",
        ),
        (
            "Asesinan a balazos al regidor de Tecpan durante la feria del pueblo el domingo. La "
            "fiscalía informó que uno de los agresores murió en el intercambio de disparos con los "
            "escoltas.",
            "es",
        ),
    ],
)
def test_an_attacker_killed_adds_to_the_victim(text: str, language: str) -> None:
    assert reported_dead(text, language, PUB) == [2]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Soldiers shot dead a suspected gunman on Monday in Navolato, Sinaloa. The man "
            "died at the scene.",
            "en",
        ),
        (
            "Una balacera en Guaymas dejó un muerto el domingo. El ataque dejó a uno de los "
            "comerciantes muerto frente a su local.",
            "es",
        ),
    ],
)
def test_the_victim_told_again_stays_one(text: str, language: str) -> None:
    assert reported_dead(text, language, PUB) == [1]
