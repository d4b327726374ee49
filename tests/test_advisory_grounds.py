"""The dangers a travel advisory or a security alert cites are its grounds, not happenings
(`sucesos.extract.grounds`). Every sentence here is invented for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 9)


def live(text: str, language: str) -> list[EventRecord]:
    events = extract(Article(text=text, published=PUB, language=language))
    return [e for e in events if e.status in ("reported", "disputed")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The State Department raised its travel advisory for Colima to Level 4 on Friday, "
            "citing violent crime, road blockades and attacks on security forces.",
            "en",
        ),
        (
            "La embajada emitió una alerta de seguridad para Culiacán, Sinaloa, debido a los "
            "bloqueos y enfrentamientos.",
            "es",
        ),
    ],
)
def test_the_dangers_an_advisory_cites_are_no_events(text: str, language: str) -> None:
    assert [e.category for e in live(text, language)] == ["travel_advisory"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The State Department raised its travel advisory for Colima on Friday, citing "
            "crime, days after gunmen killed four police officers in Manzanillo.",
            "en",
        ),
        (
            "La embajada emitió una alerta de seguridad por la violencia, tras el ataque en el "
            "que murieron cuatro policías en Manzanillo, Colima.",
            "es",
        ),
    ],
)
def test_a_happening_the_advisory_follows_keeps_its_event(text: str, language: str) -> None:
    categories = {e.category for e in extract(Article(text=text, published=PUB, language=language))}
    assert "travel_advisory" in categories and categories & {"attack", "armed_clash"}
