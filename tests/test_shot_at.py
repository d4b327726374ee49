"""A shot told with how often or where it hit is a shooting (issue 9, recall): "a gunman shot
the officer several times", "a man shot the reporter twice" made no record, where "shot him
twice" and "was shot" did. "Shot" with no such words stays no act ("shot a video"). Every
sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 3, 18)


@pytest.mark.parametrize(
    "text",
    [
        "A man on a motorcycle shot the taxi driver three times outside a market in Celaya, "
        "Guanajuato, on Monday, police said.",
        "A gunman waiting at the corner shot Ramírez twice as he left his office in Tepic, "
        "Nayarit, on Monday, and then fled.",
        "An attacker shot the shop owner in the chest at close range in Uruapan, Michoacán, "
        "on Monday night.",
    ],
    ids=["times", "twice-name", "in-the-chest"],
)
def test_a_shot_told_with_how_often_or_where_is_a_shooting(text: str) -> None:
    events = live(extract(Article(text=text, published=PUB, language="en")))
    assert [e.category for e in events] == ["attack"]


def test_a_shot_video_is_no_shooting() -> None:
    text = "The band shot the video twice in Guadalajara, Jalisco, last month."
    assert live(extract(Article(text=text, published=PUB, language="en"))) == []
