"""A name that is part of longer municipality names ("Tula" of Tula de Allende, "Totolapan"
of San Miguel Totolapan, "Ixtlahuacán" of Ixtlahuacán del Río) is the one of them the text
tells by its whole name, else the one in the state the text is about, not a namesake town of
another state; a town of that very name in the state the text names stays. Every sentence
here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import record_places

PUB = date(2026, 11, 20)


def towns(text: str, language: str) -> list[list[str]]:
    return record_places(text, language, PUB)


# Each case: the text, its language and the one place its records give.
CASES = {
    "state-named-es": (
        "Tres hombres fueron asesinados a tiros el domingo en Totolapan, municipio de la "
        "Tierra Caliente de Guerrero, informó la fiscalía estatal.",
        "es",
        "San Miguel Totolapan/Guerrero",
    ),
    "state-named-en": (
        "Three men were shot dead on Sunday in Totolapan, a mountain town of Guerrero, state "
        "prosecutors said.",
        "en",
        "San Miguel Totolapan/Guerrero",
    ),
    "whole-name-told": (
        "Dos hombres fueron asesinados el lunes en Ixtlahuacán del Río. Un día después, una "
        "mujer fue baleada en Ixtlahuacán cuando salía de su casa.",
        "es",
        "Ixtlahuacán del Río/Jalisco",
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_a_part_of_a_longer_name_is_the_town_of_the_text(case: str) -> None:
    text, language, town = CASES[case]
    assert {t for places in towns(text, language) for t in places} == {town}


def test_a_town_of_that_very_name_in_the_state_named_stays() -> None:
    assert towns(
        "Tres hombres fueron asesinados a tiros el domingo en Totolapan, Morelos, informó "
        "la fiscalía estatal.",
        "es",
    ) == [["Totolapan/Morelos"]]
