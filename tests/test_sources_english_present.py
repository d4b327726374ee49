"""The English present of a plural speaker names the source of the figures ("State
prosecutors say…", "…, officials say"), as its singular ("says") and the Spanish present
("testigos aseguran") do. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "State prosecutors say a shooting on Saturday night at a party in Uruapan, "
            "Michoacán, killed four people.",
            "State prosecutors",
        ),
        (
            "Gunmen killed four people at a car wash in Cajeme, Sonora, on Saturday, "
            "officials say.",
            "officials",
        ),
    ],
)
def test_a_plural_speaker_in_the_present_is_the_source(text: str, speaker: str) -> None:
    events = live(extract(Article(text=text, published=date(2025, 9, 8), language="en")))
    attack = next(e for e in events if e.category == "attack")
    assert attack.fatalities == 4
    assert speaker in [s.name for s in attack.sources]
