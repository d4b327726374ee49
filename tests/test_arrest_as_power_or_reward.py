"""An arrest told as a power, a policy or the aim of a reward is no arrest (issue 9, not an
act): "agents can now more quickly arrest migrants", "urged the states to refrain from
arresting anyone", "a reward for the hostages' release and the capture of the gang", "una
recompensa por su captura", "la policía podrá detener a quien…". An arrest made stays one.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from conftest import trigger_categories


@pytest.mark.parametrize(
    "sentence",
    [
        "Under the new rule, border agents can now more quickly arrest and deport migrants.",
        "The ministry urged the states to refrain from arresting people who break the curfew.",
        "The agency is offering a $20,000 reward for the hostages’ release and the capture of "
        "the gang.",
        "The bureau offered a reward for the return of the captives and the arrest of the "
        "abductors.",
        "La fiscalía ofrece una recompensa de un millón de pesos por su captura.",
        "Con la reforma, la policía podrá detener a quien porte un arma sin permiso.",
    ],
)
def test_an_arrest_told_as_a_power_or_a_reward_is_none(sentence: str) -> None:
    assert "arrest" not in trigger_categories(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Agents arrested two men at a checkpoint outside Celaya on Tuesday.",
        "La policía detuvo a dos hombres que huían tras el ataque.",
    ],
)
def test_an_arrest_made_stays_an_arrest(sentence: str) -> None:
    assert "arrest" in trigger_categories(sentence)
