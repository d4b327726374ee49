"""A first line that sums the dead of the last hours over a region ("Durante las últimas 24
horas, nueve personas fueron asesinadas en el sur del estado") is the round-up's tally, even
as the first line of a page whose title was lost: the incidents told after it stay news with
their own figures. A single death told so is that death's own news. Every sentence here was
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live_dead

PUB = date(2025, 4, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Durante las últimas 24 horas, nueve personas fueron asesinadas en el sur de "
        "Guanajuato.\nEn Celaya, un comando mató a cuatro hombres en un taller mecánico la "
        "noche del martes.",
        "En las recientes 48 horas siete hombres han sido asesinados en territorio "
        "michoacano.\nEl martes, un comando mató a cuatro hombres en una huerta de Uruapan.",
    ],
)
def test_a_first_line_summing_the_last_hours_is_a_tally(text: str) -> None:
    assert live_dead(text, "es", PUB) == [4]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "En las últimas 24 horas un hombre fue asesinado en el sur de Guanajuato.\nEl "
            "hombre fue atacado a balazos en una calle de Celaya la noche del martes.",
            "es",
        ),
        (
            "In the past 24 hours a man was shot dead in southern Guanajuato.\nThe man was "
            "attacked on a street in Celaya on Tuesday night.",
            "en",
        ),
    ],
)
def test_one_death_of_the_last_hours_stays_news(text: str, language: str) -> None:
    assert live_dead(text, language, PUB) == [1]
