"""A road the act's attackers blocked, told in the sentence after the act and naming them
as the people told before ("The gunmen blocked the road with burning trucks while they fired
from the hills"), is how the act was done: a kind of the attack, not a roadblock of its own
(issue 9, part of an incident). Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 9, 16)

AMBUSH = (
    "Gunmen ambushed a state police patrol on a rural road in Aguililla, Michoacán, on Monday "
    "morning, killing four officers.\n\n"
    "The attackers reportedly used burning trucks to block the road while they fired on the "
    "officers from the hills."
)


def test_the_road_the_attackers_blocked_is_the_ambushs() -> None:
    events = live(extract(Article(text=AMBUSH, published=PUB, language="en")))
    assert [e.category for e in events] == ["attack"]
    assert {"roadblock", "arson"} <= set(events[0].kinds)
    assert events[0].fatalities == 4
