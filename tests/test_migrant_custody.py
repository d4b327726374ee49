"""Migrants found, secured or rescued by the authorities are a security operation (issue 9,
recall): "aseguró a 41 migrantes" read as someone's words, "localizaron a … migrantes" and
"migrants were found" as no act at all. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 6, 11)

CUSTODY = [
    (
        "es",
        "El Instituto Nacional de Migración aseguró a un grupo de 38 migrantes guatemaltecos "
        "en un hotel del centro de Tuxtla Gutiérrez, Chiapas, este martes.",
    ),
    (
        "es",
        "Elementos de la Guardia Nacional localizaron a 64 personas migrantes en la caja de "
        "un camión de carga abandonado en una brecha de Acayucan, Veracruz.",
    ),
    (
        "en",
        "Soldiers located 57 migrants inside a locked warehouse on the outskirts of "
        "Tapachula, Chiapas, on Tuesday, the immigration institute said.",
    ),
    (
        "en",
        "Some 90 migrants were intercepted at a highway checkpoint near Cosoleacaque, "
        "Veracruz, on Tuesday night.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text"), CUSTODY, ids=["es-aseguro", "es-localizaron", "en-located", "en-intercepted"]
)
def test_migrants_taken_in_by_the_authorities_are_an_operation(lang: str, text: str) -> None:
    events = live(extract(Article(text=text, published=PUB, language=lang)))
    assert [e.category for e in events] == ["security_operation"]


def test_migrants_described_by_a_relative_clause_are_no_new_operation() -> None:
    text = (
        "Immigration officers took charge on Tuesday of 31 Honduran migrants who had been "
        "discovered earlier at a bus station in Fresnillo, Zacatecas."
    )
    assert live(extract(Article(text=text, published=PUB, language="en"))) == []


def test_someone_assuring_others_about_migrants_is_no_operation() -> None:
    text = (
        "El gobernador de Baja California aseguró a los reporteros que los migrantes del "
        "albergue de Tijuana están a salvo."
    )
    assert live(extract(Article(text=text, published=PUB, language="es"))) == []
