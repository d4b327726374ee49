"""Past a lead that dates the news to a day, a happening told by its month alone ("En
septiembre, otro comerciante fue asesinado…", "Earlier in September, a shopkeeper was shot
dead…") is not the news, even when that month holds the news day: background. Every sentence
here was written for these tests. So past a lead that names no day, when the account after it
tells the day ("Another host was killed. Police said she was shot on Saturday…")."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live
from test_background import assert_context_only

from sucesos.extract import extract
from sucesos.models import Article


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "En septiembre, un comerciante fue asesinado a balazos frente al mismo taller.",
            "comerciante",
        ),
        (
            "en",
            "In September, a shopkeeper was shot dead outside the same repair shop.",
            "shopkeeper",
        ),
    ],
)
def test_a_happening_told_by_its_month_alone_is_background(
    language: str, context: str, words: str
) -> None:
    assert_context_only(language, context, words)


# A headline and a lead that name no day, the day told in the paragraph after them
# (published on a Thursday, 2 October: "el sábado" is 27 September, in the month before).
UNDATED = {
    "es": "Asesinan a un locutor en Guerrero\n\nOtro locutor fue asesinado en Guerrero.\n\n"
    "La policía informó que el locutor fue atacado a balazos el sábado al salir de la "
    "radiodifusora de Ometepec.",
    "en": "Radio host shot dead in Guerrero\n\nAnother radio host has been killed in "
    "Guerrero.\n\nPolice said the host was shot on Saturday as she left the radio station "
    "in Ometepec.",
}


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        ("es", "El mes pasado, un periodista fue asesinado a tiros en Morelos.", "periodista"),
        ("en", "Last month, a newspaper reporter was shot dead in Morelos.", "newspaper"),
    ],
)
def test_past_an_account_that_tells_the_day_a_month_alone_is_background(
    language: str, context: str, words: str
) -> None:
    text = UNDATED[language] + "\n\n" + context
    events = extract(Article(text=text, published=date(2025, 10, 2), language=language))
    assert not any(words in x.text for e in live(events) for x in e.evidence)
    assert any("Ometepec" in x.text for e in live(events) for x in e.evidence)
