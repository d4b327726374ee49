"""A riot needs a crowd (issue 9, wrong-category): "los disturbios continuaron" or "the unrest
spread" in an article of gunmen burning cars and blocking roads, with no protesters, inmates,
villagers or mob named, is the armed men's violence, told by its own acts; no riot. With a
crowd named, or in a prison, the disorder stays a riot. Every sentence here was written for
these tests."""

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
            "Los disturbios continuaron este miércoles en Reynosa, Tamaulipas. Hombres armados "
            "quemaron tres vehículos y bloquearon las salidas de la ciudad.",
            "es",
        ),
        (
            "The unrest spread across Reynosa, Tamaulipas, on Wednesday. Gunmen torched three "
            "cars and blocked the roads out of the city.",
            "en",
        ),
    ],
)
def test_a_disorder_of_gunmen_is_no_riot(text: str, language: str) -> None:
    found = _categories(text, language)
    assert "riot" not in found
    assert "arson" in found or "roadblock" in found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Cientos de manifestantes lanzaron piedras contra la alcaldía de Reynosa, "
            "Tamaulipas, este miércoles. Los disturbios dejaron diez heridos.",
            "es",
        ),
        (
            "Los disturbios en el penal de Reynosa, Tamaulipas, dejaron dos reos muertos este "
            "miércoles.",
            "es",
        ),
        (
            "Hundreds of protesters gathered outside the city hall of Reynosa, Tamaulipas, on "
            "Wednesday, and the unrest left ten people injured.",
            "en",
        ),
    ],
)
def test_a_disorder_of_a_crowd_is_a_riot(text: str, language: str) -> None:
    assert "riot" in _categories(text, language)
