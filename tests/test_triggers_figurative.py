"""Anger or a protest that "goes off" is no explosion (issue 9). Every sentence here is
invented for the test."""

from __future__ import annotations

import pytest

from sucesos.extract.kinds import find_triggers
from sucesos.extract.text import fold


def categories(text: str) -> set[str]:
    folded = fold(text)
    return {t.category for t in find_triggers(folded, text=text)}


@pytest.mark.parametrize(
    "text",
    [
        "La liberación de los detenidos habría detonado el enojo de los vecinos.",
        "Tras la resolución del juez estalló la indignación entre los comerciantes.",
        "Outrage exploded in the town after the suspects were released.",
    ],
)
def test_anger_that_goes_off_is_no_explosion(text: str) -> None:
    assert "explosion" not in categories(text)


def test_a_device_that_goes_off_is_an_explosion() -> None:
    assert "explosion" in categories("Sujetos detonaron un artefacto explosivo frente a la casa.")
