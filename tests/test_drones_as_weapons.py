"""A drone is an explosion only as the weapon of an attack told (issue 9, not-an-act): "los
atacaron con drones", "bombardeos con drones", "a drone strike", "attacked with armed drones".
A drone flying over, shot down, listed among gear or named in a warning is no blast (an
explosive it carries has its own word). Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live_acts

PUB = date(2025, 11, 3)


def _categories(text: str, language: str) -> set[str]:
    return live_acts(text, language, PUB)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Vecinos de Aguililla, Michoacán, vieron este lunes un dron que sobrevolaba sus "
            "casas durante la noche.",
            "es",
        ),
        (
            "Soldiers shot down a drone flying over their base in Aguililla, Michoacán, on Monday.",
            "en",
        ),
        (
            "The police tracked the kidnappers of a merchant in Aguililla, Michoacán, on Monday "
            "with equipment that included drones, sniffer dogs and radio scanners.",
            "en",
        ),
        (
            "El alcalde de Aguililla, Michoacán, pidió apoyo este lunes tras los avisos de "
            "hombres armados y drones en los caminos de la sierra.",
            "es",
        ),
    ],
)
def test_a_drone_with_no_attack_told_is_no_explosion(text: str, language: str) -> None:
    assert "explosion" not in _categories(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Policías municipales fueron atacados con drones en Aguililla, Michoacán, este "
            "lunes; una patrulla quedó destruida.",
            "es",
        ),
        (
            "Vecinos de Aguililla, Michoacán, denunciaron bombardeos con drones sobre sus casas "
            "este lunes.",
            "es",
        ),
        (
            "A drone strike damaged three homes in Aguililla, Michoacán, on Monday.",
            "en",
        ),
        (
            "Soldiers were attacked with armed drones near Aguililla, Michoacán, on Monday.",
            "en",
        ),
    ],
)
def test_a_drone_attack_told_is_an_explosion(text: str, language: str) -> None:
    assert "explosion" in _categories(text, language)
