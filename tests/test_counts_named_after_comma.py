"""One person killed stays one: a plural noun before a comma is not the subject of the named
person's passive after it ("De acuerdo con los reportes policiales, Ana Ruiz fue ultimada"),
and two nouns under one article after a singular passive are one person's titles ("fue
asesinado el reportero y propietario del portal") (issue 9, casualty grammar). Every sentence
here was written for these tests."""

from __future__ import annotations

from datetime import date

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 11, 20)


def fatalities(text: str) -> list[int]:
    return [e.fatalities or 0 for e in extract(Article(text=text, published=PUB, language="es"))]


def test_a_plural_before_the_comma_is_not_the_named_victim() -> None:
    text = (
        "Según los reportes de los ministeriales, Ana Ruiz fue ultimada en la "
        "localidad de El Palmar, en Papantla, Veracruz."
    )
    assert fatalities(text) == [1]


def test_two_titles_under_one_article_are_one_person() -> None:
    text = (
        "En Tierra Blanca, Veracruz, fue asesinado a balazos el periodista y propietario de "
        "una radio comunitaria, Rubén Sosa Lara."
    )
    assert fatalities(text) == [1]
