"""The feminine "ambas" counts two, as "ambos" does (issue 9, wrong counts: no count where
the text gives one): "ambas murieron en el lugar", "ambas ya no tenían signos vitales", "los
cuerpos de ambas víctimas". Only "ambos" was a number word, so two women, or two victims
("víctimas" is feminine), told as both went uncounted. Every sentence here was written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 5, 11)


@pytest.mark.parametrize(
    "text",
    [
        "Dos hermanas fueron atacadas a balazos en Cajeme, Sonora, el sábado. Ambas murieron "
        "en el lugar.",
        "Una madre y su hija fueron atacadas a balazos afuera de su casa en Cajeme, Sonora, el "
        "sábado. Los paramédicos confirmaron que ambas ya no tenían signos vitales.",
        "Ambas mujeres fueron asesinadas a balazos el sábado en Cajeme, Sonora.",
    ],
)
def test_ambas_counts_two_dead(text: str) -> None:
    (event,) = live(extract(Article(text=text, published=PUB, language="es")))
    assert event.fatalities == 2
