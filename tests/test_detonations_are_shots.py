"""Shots told with "detonar" or "detonations" are a shooting, not a blast (issue 9,
wrong category): "comenzaron a detonar de forma indiscriminada contra la gente", "detonaron
más de 40 tiros", "a report of detonations of a firearm", "neighbours heard gun
detonations". A bomb or a mine that goes off stays an explosion. Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest
from conftest import trigger_categories


@pytest.mark.parametrize(
    "sentence",
    [
        "Los sujetos bajaron de la camioneta y empezaron a detonar de forma indiscriminada "
        "contra la gente que esperaba afuera.",
        "Los agresores detonaron más de 40 tiros contra la fachada de la casa.",
        "Police answered a report of detonations of a firearm at a cantina on the highway.",
        "Neighbours heard gun detonations shortly before midnight and called the police.",
    ],
)
def test_shots_told_as_detonations_are_no_blast(sentence: str) -> None:
    categories = trigger_categories(sentence)
    assert "explosion" not in categories
    assert "attack" in categories


@pytest.mark.parametrize(
    "sentence",
    [
        "Un artefacto explosivo detonó al paso de la patrulla militar.",
        "A roadside bomb detonated under the soldiers' truck.",
    ],
)
def test_a_device_that_goes_off_is_still_a_blast(sentence: str) -> None:
    assert "explosion" in trigger_categories(sentence)
