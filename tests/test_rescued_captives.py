"""Captives rescued (session 15, seen on English fresh pages): a sentence that tells a rescue
names the people it freed by what was done to them ("rescued 40 kidnap victims", "three
kidnapped tourists were rescued", "migrants being held captive"); that is their state, not a
kidnapping of its own, and its figure counts the rescued. A kidnapping told as an act keeps
its event. Every article here is invented for the test.
"""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 10)  # a Tuesday


def run(text: str, language: str = "en") -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


def categories(events: list[EventRecord]) -> list[str]:
    return sorted(e.category for e in live(events))


def figure(events: list[EventRecord], what: str) -> int:
    return max((c.value for e in live(events) for c in e.counts if c.what == what), default=0)


def test_kidnap_victims_rescued_are_a_rescue() -> None:
    events = run(
        "Soldiers rescued 40 kidnap victims on Monday at a ranch in Reynosa, Tamaulipas, "
        "officials said."
    )
    assert categories(events) == ["security_operation"]
    assert figure(events, "rescued") == 40
    assert figure(events, "kidnapped") == 0


def test_kidnapped_people_rescued_in_a_headline() -> None:
    events = run("3 kidnapped tourists rescued in Acapulco, officials say")
    assert categories(events) == ["security_operation"]


def test_captives_held_in_a_house_are_a_rescue() -> None:
    events = run(
        "Marines rescued 12 migrants being held captive in a house in Matamoros, Tamaulipas, "
        "on Monday."
    )
    assert categories(events) == ["security_operation"]


def test_a_kidnapping_told_as_an_act_keeps_its_event() -> None:
    events = run(
        "Gunmen kidnapped five workers on Monday in Reynosa, Tamaulipas. Police rescued them "
        "hours later."
    )
    assert "abduction" in categories(events)


def test_people_kidnapped_rescued_es() -> None:
    events = run(
        "Elementos de la Guardia Nacional rescataron a siete personas secuestradas en una casa "
        "de Reynosa, Tamaulipas, este lunes.",
        "es",
    )
    assert categories(events) == ["security_operation"]
