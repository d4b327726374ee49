"""Threats nobody made (issue 9, not-an-act): a danger someone poses ("represented a real
threat to public order", "la amenaza de los grupos criminales sigue latente") and the
banners or posters of a protest or a notice ("colocaron mantas para exigir clases en línea",
"avisaron a través de cartulinas") are no threat event; a banner left with bodies and a threat
to kill still are. Every sentence here was written for these tests."""

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
            "Comerciantes de Zamora, Michoacán, reabrieron sus locales este lunes, pero "
            "advierten que la amenaza de los grupos criminales sigue latente en la zona.",
            "es",
        ),
        (
            "The governor said on Tuesday that the gang's leaders had "
            "represented a real threat to public order in the region.",
            "en",
        ),
        (
            "Padres de familia de una primaria de Culiacán, Sinaloa, colocaron mantas en la "
            "entrada para exigir clases en línea este lunes.",
            "es",
        ),
        (
            "Diez escuelas de Coyuca de Catalán, Guerrero, avisaron a través de cartulinas "
            "colgadas en la entrada que este lunes no habrá clases.",
            "es",
        ),
    ],
)
def test_a_threat_nobody_made_is_no_threat(text: str, language: str) -> None:
    assert "threat" not in _categories(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Sicarios dejaron una manta con amenazas junto a dos cuerpos en Culiacán, Sinaloa, "
            "este lunes.",
            "es",
        ),
        ("Gunmen threatened to kill the mayor of Culiacán, Sinaloa, on Monday.", "en"),
    ],
)
def test_a_threat_made_is_still_a_threat(text: str, language: str) -> None:
    assert "threat" in _categories(text, language)
