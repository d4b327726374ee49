"""Blast words in other senses (issue 9, not-an-act and wrong-category): violence or a fight
that "breaks out" told with its verb first ("desde que estalló la violencia", "explotaron los
enfrentamientos"), a cause that "sets off" an escape or a riot ("las causas que detonaron la
fuga"), a shooting that "breaks out" ("el tiroteo estalló": the shooting), a social unrest
("el estallido social"), criticism ("lawmakers blasted the plan") and
loud music ("music blasts from the speakers"). None is an explosion; a bomb that goes off still
is. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live_acts

PUB = date(2025, 11, 3)


def _categories(text: str, language: str) -> set[str]:
    return live_acts(text, language, PUB)


@pytest.mark.parametrize(
    "text",
    [
        "Los comercios del centro de Tepic, Nayarit, cierran temprano desde que estalló la "
        "violencia entre dos facciones del grupo criminal.",
        "Vecinos de Tepic, Nayarit, dicen que explotaron los enfrentamientos entre facciones "
        "desde el fin de semana y temen salir de noche.",
        "Un año después, en el penal de Tepic, Nayarit, siguen las condiciones que detonaron "
        "la fuga de doce internos, según el informe de la comisión.",
        "El gobernador de Nayarit dijo este lunes que el estallido social de los jornaleros no "
        "se repetirá.",
    ],
)
def test_violence_that_breaks_out_is_no_explosion(text: str) -> None:
    assert "explosion" not in _categories(text, "es")


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers in Nayarit blasted the governor's security plan on Monday as a failure.",
        "Opposition leaders blasted him as weak after the vote in Tepic, Nayarit, on Monday.",
        "Gunmen shot dead two men outside a party in Tepic, Nayarit, on Sunday as music blasts "
        "from the speakers could be heard in the video.",
    ],
)
def test_criticism_and_loud_music_are_no_explosion(text: str) -> None:
    assert "explosion" not in _categories(text, "en")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Una bomba estalló frente a la comandancia de Tepic, Nayarit, este lunes y dejó "
            "dos policías heridos.",
            "es",
        ),
        (
            "A car bomb exploded outside the police station in Tepic, Nayarit, on Monday, "
            "wounding two officers.",
            "en",
        ),
    ],
)
def test_a_bomb_that_goes_off_is_still_an_explosion(text: str, language: str) -> None:
    assert "explosion" in _categories(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El tiroteo estalló la noche del domingo en una plaza de Tepic, Nayarit, y dejó "
            "dos muertos.",
            "es",
        ),
        (
            "A shooting erupted on Sunday night in a square in Tepic, Nayarit, leaving two "
            "people dead.",
            "en",
        ),
    ],
)
def test_a_shooting_that_breaks_out_is_the_shooting(text: str, language: str) -> None:
    found = _categories(text, language)
    assert "attack" in found
    assert "explosion" not in found
