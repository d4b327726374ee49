"""Follow-ups (issue 9, item 4): an article whose news is a hearing, a march or another act
that is not violence tells the old violent happening it follows again, with no date, as if
it were new. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 3, 10)  # a Monday


def live_told(text: str, language: str, words: str) -> list[str]:
    events = extract(Article(text=text, published=PUB, language=language))
    return [
        e.category
        for e in events
        if e.status in ("reported", "disputed") and any(words in ev.text for ev in e.evidence)
    ]


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "en",
            "A judge on Tuesday ordered a former police officer to stand trial for the 2019 "
            "killing of a journalist in Tlaquepaque. The reporter was shot six times outside "
            "his home.",
            "The reporter was shot",
        ),
        (
            "es",
            "Un juez vinculó a proceso este martes a un expolicía por el asesinato de un "
            "periodista en Tlaquepaque en 2019. El reportero recibió seis disparos afuera de "
            "su casa.",
            "El reportero recibió",
        ),
        (
            "en",
            "Five years after the massacre of a family in Sonora, no one has been convicted. "
            "Gunmen killed three women and six children on a dirt road near the border.",
            "Gunmen killed three",
        ),
        (
            "es",
            "Cinco años después de la masacre de una familia en Sonora, nadie ha sido "
            "condenado. Hombres armados mataron a tres mujeres y seis niños en un camino de "
            "terracería.",
            "Hombres armados mataron",
        ),
    ],
)
def test_the_old_happening_told_again_without_a_date_is_background(
    language: str, text: str, words: str
) -> None:
    assert live_told(text, language, words) == []
