"""Background told inside a sentence of its own or beside today's news: an earlier incident
that an "after" word puts outside the news window, generic statements about a place's
violence, tallies in apposition to the news. None joins a live event, and the lead's
evidence keeps only its own clauses. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from test_background import assert_context_only, run, told_live


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "El crimen ocurre a 15 días después de una emboscada que dejó nueve policías "
            "muertos en Tlalpujahua.",
            "emboscada",
        ),
        (
            "es",
            "El hecho se da dos semanas después de un ataque que dejó cuatro muertos en Cotija.",
            "Cotija",
        ),
        (
            "en",
            "The shooting came three weeks after an ambush that left nine officers dead in "
            "Tlalpujahua.",
            "ambush",
        ),
    ],
)
def test_an_incident_weeks_before_the_news_is_background(
    language: str, context: str, words: str
) -> None:
    assert_context_only(language, context, words)


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "Dos días después de un ataque contra su familia, hombres armados asesinaron a "
            "un comerciante en Jacona.",
            "Jacona",
        ),
        (
            "en",
            "Two days after an attack on his family, gunmen shot dead a shopkeeper in Jacona.",
            "Jacona",
        ),
    ],
)
def test_an_incident_days_after_another_stays_news(language: str, context: str, words: str) -> None:
    assert told_live(run(language, context), words)


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        ("en", "Armed robberies of trucks have become routine on the state's highways.", "trucks"),
        (
            "es",
            "Los asaltos armados a transportistas se han vuelto cotidianos en las carreteras "
            "del estado.",
            "transportistas",
        ),
        (
            "en",
            "The region has witnessed a surge of killings as rival gangs fight over avocado "
            "orchards.",
            "avocado",
        ),
        (
            "es",
            "La región ha vivido una ola de asesinatos por la disputa entre grupos rivales.",
            "ola de asesinatos",
        ),
        ("en", "Extortion of shopkeepers has been a persistent problem in the valley.", "valley"),
        ("en", "Those killed have been mostly farmers and truck drivers.", "farmers"),
    ],
)
def test_what_a_places_violence_has_become_is_background(
    language: str, context: str, words: str
) -> None:
    assert_context_only(language, context, words)
