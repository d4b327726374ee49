"""An out-of-domain account that names the article's violence is context, not an incident
(issue 9): an accident the victim had covered "hours before he was attacked" joins the
attack the article reports. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 6, 9)


def categories(text: str, language: str) -> list[str]:
    return [e.category for e in live(extract(Article(text=text, published=PUB, language=language)))]


def test_an_accident_covered_before_an_attack_joins_the_attack_en() -> None:
    text = (
        "A radio reporter was shot dead on Sunday in Salvatierra, Guanajuato, police said.\n\n"
        "He had covered a fatal road accident on the federal highway just hours before he was "
        "attacked."
    )
    assert categories(text, "en") == ["attack"]


def test_an_accident_covered_when_attacked_joins_the_attack_es() -> None:
    text = (
        "Un locutor de radio fue asesinado a balazos el domingo en Salvatierra, Guanajuato, "
        "informó la policía.\n\n"
        "El locutor cubría un accidente carretero mortal en la autopista federal cuando fue "
        "atacado."
    )
    assert categories(text, "es") == ["attack"]
