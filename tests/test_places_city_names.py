"""A town's name right before a capitalised "City" is the start of a city's English name the
gazetteer does not know ("Rio Grande City, Texas"), not the Mexican town of that name; a
state's name there stays (its capital: "Chihuahua City"). Every sentence here was written
for these tests."""

from __future__ import annotations

from datetime import date

from conftest import record_places

PUB = date(2026, 11, 20)


def places(text: str, language: str) -> list[list[str]]:
    return record_places(text, language, PUB)


def test_a_foreign_city_ending_in_city_is_no_mexican_town_en() -> None:
    assert places(
        "Gunmen shot dead three men on Friday at a ranch outside Reynosa, across the river "
        "from Rio Grande City, Texas.",
        "en",
    ) == [["Reynosa/Tamaulipas"]]


def test_a_foreign_city_ending_in_city_is_no_mexican_town_es() -> None:
    assert places(
        "Hombres armados mataron a tres personas el viernes en un rancho de Reynosa, frente "
        "a Rio Grande City, Texas.",
        "es",
    ) == [["Reynosa/Tamaulipas"]]


def test_a_states_city_stays() -> None:
    assert places(
        "Gunmen shot dead three men on Friday in a village west of Chihuahua City.", "en"
    ) == [["Chihuahua/Chihuahua"]]
