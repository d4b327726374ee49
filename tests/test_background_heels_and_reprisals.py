"""What the news came right on the heels of, in the wake of, or in reprisal for, happened
before it ("…, hard on the heels of another killing in that city", "in retaliation
for the arrest of its leader", "en represalia por la captura de su jefe"): like "comes
after", these words date the act after them as earlier (`cues.toml` [background] after),
while the news in the same sentence stays news. Every sentence here was written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 5, 6)  # a Wednesday


def _run(language: str, text: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


@pytest.mark.parametrize(
    ("language", "text", "earlier"),
    [
        (
            "en",
            "Gunmen shot dead a radio host in Zihuatanejo on Tuesday, coming on the heels of "
            "the murder of two taxi drivers in the same port.",
            "attack",
        ),
        (
            "en",
            "Police arrested four men in Apatzingán on Tuesday in the wake of a drone attack "
            "that wounded three farmers.",
            "explosion",
        ),
        (
            "en",
            "Gunmen torched six buses in Culiacán on Tuesday in retaliation for the arrest "
            "of a cartel commander.",
            "arrest",
        ),
        (
            "es",
            "Sicarios incendiaron seis autobuses en Culiacán este martes en represalia por "
            "la captura de un jefe de plaza.",
            "arrest",
        ),
    ],
)
def test_what_the_news_came_on_or_paid_back_is_earlier(
    language: str, text: str, earlier: str
) -> None:
    events = _run(language, text)
    (news,) = live(events)
    assert news.fatalities != 2  # the earlier act's figure stays with it
    assert any(e.category == earlier and e.status == "historical" for e in events)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Soldiers shot dead a gunman in Nuevo Laredo on Tuesday. That followed a wave of "
            "clashes between gangs and police that left nine people dead.",
        ),
        (
            "en",
            "Soldiers shot dead a gunman in Nuevo Laredo on Tuesday. This followed a string "
            "of ambushes on police patrols that left nine people dead.",
        ),
    ],
)
def test_the_news_told_as_following_a_wave_is_not_its_toll(language: str, text: str) -> None:
    # the wave's dead are earlier happenings: no toll of the news
    assert [e.fatalities for e in live(_run(language, text))] == [1]
