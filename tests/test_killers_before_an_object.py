"""In English a verb of killing after a number and its people reads two ways: "three gunmen
killed in a clash" (the three died) and "three gunmen killed a shopkeeper" (the three killed
one). When a determiner or a number opens an object right after the verb, the people counted
before it are the killers, not the dead. Every article here is invented for the test
(issue 9, casualty grammar)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 11, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Three gunmen killed a shopkeeper in downtown Celaya, Guanajuato, police said.",
        "Four men killed the owner of a taco stand in Uruapan, Michoacán, on Sunday night.",
    ],
)
def test_the_killers_counted_before_the_verb_are_not_the_dead(text: str) -> None:
    events = live(extract(Article(text=text, published=PUB, language="en")))
    assert [e.fatalities for e in events] == [1]


def test_soldiers_who_killed_two_gunmen_are_not_counted_among_the_dead() -> None:
    text = "Two soldiers killed two gunmen during a shootout in Reynosa, Tamaulipas, on Friday."
    events = live(extract(Article(text=text, published=PUB, language="en")))
    assert [e.fatalities for e in events] == [2]
    assert [(c.group, c.value) for c in events[0].counts if c.what == "killed"] == [
        ("armed_group", 2)
    ]
