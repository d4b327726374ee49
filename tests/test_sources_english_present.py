"""The English present of a plural speaker names the source of the figures ("State
prosecutors say…", "…, officials say"), as its singular ("says") and the Spanish present
("testigos aseguran") do; the speaker of a document told before the news is its source
("En un primer reporte de las autoridades, …", "en un comunicado de la Semar se detalló…",
"in a statement from the prosecutor's office, …"). Every sentence here was written for these
tests."""

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


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "En un primer reporte de las autoridades, la madrugada del sábado fue localizado "
            "el cuerpo sin vida de un hombre en la colonia Centro de Zamora, Michoacán.",
            "es",
            "autoridades",
        ),
        (
            "En un comunicado de la Secretaría de Marina se detalló que dos marinos murieron "
            "en un ataque en Tepalcatepec, Michoacán.",
            "es",
            "Secretaría de Marina",
        ),
        (
            "In a statement from the state prosecutor's office, officials added that two "
            "marines died in an attack in Tepalcatepec, Michoacán.",
            "en",
            "state prosecutor's office",
        ),
    ],
)
def test_the_speaker_of_a_document_is_the_source(text: str, language: str, speaker: str) -> None:
    events = live(extract(Article(text=text, published=date(2025, 9, 8), language=language)))
    assert events and speaker in [s.name for s in events[0].sources]
