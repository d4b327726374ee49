"""Threat words that name no threat made: the crime an inquiry is about ("investigaciones
por extorsión", "eran investigados por extorsión") and a threat in the abstract ("ante la
amenaza que representa el crimen organizado"). A threat made stays one. Every sentence here
was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 10, 8)
RAID = "Policías estatales detuvieron a tres personas en un cateo en Jacona, Michoacán, el martes."


@pytest.mark.parametrize(
    "sentence",
    [
        "Las diligencias se realizaron como parte de investigaciones por extorsión.",
        "Los detenidos eran investigados por extorsión a comerciantes de la zona.",
        "Las autoridades siguen en la zona ante la amenaza que representa el crimen organizado.",
    ],
)
def test_a_threat_word_of_an_inquiry_or_in_the_abstract_is_no_threat(sentence: str) -> None:
    events = extract(Article(text=RAID + "\n\n" + sentence, published=PUB, language="es"))
    assert "threat" not in {e.category for e in events}
