"""Verbs of falling in other senses (issue 9): a measure that falls or climbs names acts as a
trend, no happening ("homicides dropped by 4 %"), and a person who falls to the ground takes
no town ("fell to" is a battle only when a place falls to a side). Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest
from conftest import trigger_categories as categories


@pytest.mark.parametrize(
    "text",
    [
        "Reported homicides dropped by 6 % across the country last year, the ministry said.",
        "Kidnappings plunged by a third compared with the year before.",
    ],
)
def test_a_measure_that_falls_names_no_act(text: str) -> None:
    assert not categories(text) & {"attack", "abduction"}


def test_a_man_who_drops_by_a_shop_is_still_shot() -> None:
    assert "attack" in categories("A man dropped by the shop and was shot by two gunmen.")


@pytest.mark.parametrize(
    "text",
    [
        "The vendor was hit by a stray bullet and fell to the ground.",
        "Witnesses said the woman fell to her knees when the shooting began.",
    ],
)
def test_a_person_falling_is_no_battle(text: str) -> None:
    assert "armed_clash" not in categories(text)


def test_a_town_that_falls_to_a_cartel_is_still_a_battle() -> None:
    assert "armed_clash" in categories("After two days of fighting the village fell to the cartel.")
