"""The traces a shooting leaves, gathered at the scene, are no seizure (issue 9, not-an-act),
told with the noun or with the guns that left them. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest
from conftest import trigger_categories as categories


@pytest.mark.parametrize(
    "text",
    [
        "Los peritos hicieron el aseguramiento de varios indicios en la banqueta del negocio.",
        "El personal forense hizo el aseguramiento de los casquillos que quedaron en la calle.",
        "Casings from several weapons were found along the road where the van stopped.",
        "Shell casings of high-caliber weapons had been found near the patrol car, police said.",
    ],
)
def test_traces_gathered_at_the_scene_are_no_seizure(text: str) -> None:
    assert "seizure" not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Los agentes realizaron el aseguramiento de dos armas largas y un vehículo robado.",
        "Assault rifles and grenades were found in the house, and two men were arrested.",
    ],
)
def test_weapons_seized_stay_a_seizure(text: str) -> None:
    assert "seizure" in categories(text)
