"""One act told over a list of places, one victim in each, is an incident per place (issue
9): "sendos asesinatos en A, B y C", "una ejecución en cada uno" of the listed towns, or a
figure of people equal to the number of places when there are three or more ("tres hombres
fueron asesinados en las colonias A, B y C", "three men were shot dead in A, B and C"). Two
places with two dead may be one road's, and a list the article tells again place by place
is its summary. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 6, 9)


def live(text: str, language: str = "es") -> list[EventRecord]:
    events = extract(Article(text=text, published=PUB, language=language))
    return [e for e in events if e.status in ("reported", "disputed")]


def towns(events: list[EventRecord]) -> set[str | None]:
    return {loc.admin2 for e in events for loc in e.locations}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Este domingo se registraron sendos asesinatos en los municipios de Abasolo, "
            "Cortazar y Silao, Guanajuato.",
            "es",
        ),
        (
            "El domingo, en los municipios guanajuatenses de Abasolo, Cortazar y Silao hubo "
            "una ejecución en cada uno de ellos.",
            "es",
        ),
        ("Three men were shot dead on Sunday in Abasolo, Cortazar and Silao, Guanajuato.", "en"),
    ],
)
def test_one_victim_in_each_listed_town(text: str, language: str) -> None:
    events = live(text, language)
    assert len(events) == 3
    assert [e.fatalities for e in events] == [1, 1, 1]
    assert all(len(e.locations) == 1 for e in events)
    assert towns(events) == {"Abasolo", "Cortazar", "Silao de la Victoria"}


def test_one_victim_in_each_listed_colonia() -> None:
    text = (
        "Por la tarde, en las colonias Los Laureles, Sol de Oriente y Lomas Verdes de "
        "Tijuana, Baja California, tres hombres fueron asesinados a balazos."
    )
    events = live(text)
    assert [e.fatalities for e in events] == [1, 1, 1]


def test_two_dead_in_two_towns_stay_one_incident() -> None:
    text = "Dos hombres fueron asesinados el domingo en Apaseo el Grande y Celaya, Guanajuato."
    assert len(live(text)) == 1


def test_a_list_told_again_place_by_place_is_its_summary() -> None:
    text = (
        "Tres hombres fueron asesinados este domingo en Abasolo, Cortazar y Silao, "
        "Guanajuato.\n\n"
        "En Abasolo, un comerciante fue baleado frente a su tienda.\n\n"
        "En Cortazar, un joven fue atacado a tiros en la colonia Centro.\n\n"
        "En Silao, un hombre fue asesinado en un taller."
    )
    events = live(text)
    lead = [e for e in events if any("Tres hombres" in x.text for x in e.evidence)]
    assert len(lead) <= 1
