"""Two or more dead over an electoral process or a campaign, months long, sum many
happenings whatever the verb ("hasta el lunes, 22 aspirantes fueron asesinados durante el
proceso electoral", "30 candidates were murdered in the run-up to the vote"): a statistic,
never an incident in the town of the news; and what a later sentence times from that tally
("Horas después…") is news of its own. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 5, 28)


@pytest.mark.parametrize(
    ("language", "news", "tally"),
    [
        (
            "es",
            "El candidato a regidor Juan Pérez fue asesinado este martes en Cuautla, Morelos.",
            "El gobierno federal informó que, hasta el lunes, 22 aspirantes fueron asesinados "
            "durante el proceso electoral.",
        ),
        (
            "es",
            "El candidato a regidor Juan Pérez fue asesinado este martes en Cuautla, Morelos.",
            "Una organización civil reporta una treintena de homicidios de aspirantes en la "
            "campaña.",
        ),
        (
            "en",
            "A council candidate was shot dead on Tuesday in Cuautla, Morelos.",
            "The federal government said 22 candidates were killed during the electoral "
            "process, as of Monday.",
        ),
        (
            "en",
            "A council candidate was shot dead on Tuesday in Cuautla, Morelos.",
            "About 30 candidates were murdered in the run-up to the vote, a civic group says.",
        ),
    ],
)
def test_the_dead_of_a_campaign_are_a_tally(language: str, news: str, tally: str) -> None:
    events = extract(Article(text=f"{news} {tally}", published=PUB, language=language))
    assert [e.evidence[-1].text for e in live(events)] == [news]
    assert [e.fatalities for e in live(events)] == [1]


def test_a_killing_hours_after_a_tally_is_news() -> None:
    text = (
        "El candidato a regidor Juan Pérez fue asesinado este martes en Cuautla, Morelos. "
        "El gobierno informó que, hasta el lunes, 22 aspirantes fueron asesinados durante el "
        "proceso electoral. Horas después, la candidata a síndica de Jojutla, Ana Ruiz, fue "
        "asesinada frente a su casa."
    )
    events = extract(Article(text=text, published=PUB, language="es"))
    assert any("Jojutla" in e.evidence[-1].text for e in live(events))
