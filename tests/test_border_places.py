"""States named as the sides of a border are no places of the incident when its town lies in
one of them: "en los límites de A y B, en el municipio de X (A)" is X's, not B's. With no town
in either, the border's states stay. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 11, 20)


def places(language: str, text: str) -> list[list[str]]:
    found = extract(Article(text=text, published=PUB, language=language))
    return [[loc.name for loc in e.locations] for e in found if e.status == "reported"]


def test_the_other_side_of_a_border_is_no_place_es() -> None:
    text = (
        "Dos policías estatales murieron en una emboscada en la zona limítrofe entre Jalisco, "
        "Michoacán y Colima, en el municipio de Tecalitlán, la noche del lunes."
    )
    assert places("es", text) == [["Tecalitlán"]]


def test_the_other_side_of_a_border_is_no_place_en() -> None:
    text = (
        "Four soldiers were killed in an ambush on the border between Sinaloa and Durango, "
        "in the municipality of Tamazula, on Monday."
    )
    assert places("en", text) == [["Tamazula"]]


def test_a_border_with_no_town_keeps_its_states() -> None:
    text = "Dos hombres murieron en un enfrentamiento en los límites de Jalisco y Michoacán."
    assert places("es", text) == [["Jalisco", "Michoacán"]]
