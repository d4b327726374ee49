"""Places that are not the scene, told in ways the origin and care words alone miss: a
person's age before the town the person is from ("Juan, de 25 años, de Culiacán", "a
25-year-old man from Culiacán"), and the later towns of a list whose first town is where
people come from or were taken for care ("originarios de Navojoa, Cajeme y Guasave",
"taken to hospitals in X, Y and Z"). A report filed from a town of its state is set there
even when such a list named other states. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 9, 17)


def towns_of_each(text: str, language: str) -> list[list[str | None]]:
    events = live(extract(Article(text=text, published=PUB, language=language)))
    return [[loc.admin2 for loc in e.locations] for e in events]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Juan, de 25 años, de Culiacán, fue asesinado a balazos el domingo en Navolato.", "es"),
        ("A 25-year-old man from Culiacán was shot dead on Sunday in Navolato.", "en"),
    ],
)
def test_the_town_after_a_persons_age_is_where_the_person_is_from(text: str, language: str) -> None:
    assert towns_of_each(text, language) == [["Navolato"]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Un comando atacó una fiesta en San Miguel Totolapan y mató a cinco personas.\n"
            "Los heridos fueron trasladados a hospitales de Coyuca de Catalán, Arcelia y "
            "Tlapehuala.",
            "es",
        ),
        (
            "Gunmen attacked a party in San Miguel Totolapan, killing five people.\n"
            "The wounded were taken to hospitals in Coyuca de Catalán, Arcelia and Tlapehuala.",
            "en",
        ),
    ],
)
def test_every_town_of_a_list_of_hospitals_is_no_scene(text: str, language: str) -> None:
    assert towns_of_each(text, language) == [["San Miguel Totolapan"]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "CABORCA, Son.- La policía liberó el martes a cuatro hombres secuestrados y detuvo "
            "a seis sospechosos.\nLos seis detenidos son originarios de Navojoa, Cajeme y "
            "Guasave.",
            "es",
        ),
        (
            "CABORCA, Son. – Police freed four kidnapped men here on Tuesday and arrested six "
            "suspects.\nAll six arrested are natives of Navojoa, Cajeme and Guasave.",
            "en",
        ),
    ],
)
def test_a_report_filed_from_a_town_stays_there_whatever_towns_its_people_come_from(
    text: str, language: str
) -> None:
    found = towns_of_each(text, language)
    assert found and all(towns == ["Caborca"] for towns in found)


@pytest.mark.parametrize(
    "text",
    [
        # the bare age between commas, then the town
        "Police said the victims, Luis Pérez, 31, from Navojoa, and Raúl Soto, 28, of "
        "Huatabampo, were shot dead in a bar in Cajeme.",
        # the people themselves, then the town they are from
        "Two men from Navojoa were among the three people shot dead in a bar in Cajeme.",
        "Three workers originating from the municipality of Navojoa were shot dead in a bar "
        "in Cajeme.",
    ],
)
def test_where_people_are_from_told_in_english_is_no_scene(text: str) -> None:
    assert towns_of_each(text, "en") == [["Cajeme"]]


def test_people_driven_from_a_town_leave_it_the_scene() -> None:
    assert towns_of_each(
        "Drone attacks destroyed a dozen homes on Monday and forced about 300 people from the "
        "town of Tepalcatepec to flee.",
        "en",
    ) == [["Tepalcatepec"]]
