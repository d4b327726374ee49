"""A town the scene is told to lie north or south of is no place of the incident when the
same sentence sets the act in another town (issue 9 item 4: the current event's place). A
town only measured from, with no other town set as the scene, is the one place given and
stays. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 11, 20)


def places(language: str, text: str) -> list[list[str]]:
    found = extract(Article(text=text, published=PUB, language=language))
    return [[loc.name for loc in e.locations] for e in found]


def test_a_town_south_of_which_the_scene_lies_is_dropped_es() -> None:
    assert places(
        "es",
        "Hombres armados mataron a dos vendedores en la localidad de Puerto Morelos, al sur "
        "de Cancún, Quintana Roo, la tarde del jueves.",
    ) == [["Puerto Morelos"]]


def test_a_state_capital_east_of_the_scene_is_dropped_en() -> None:
    assert places(
        "en",
        "Gunmen killed three men in Chiapa de Corzo, east of the state capital Tuxtla "
        "Gutiérrez, on Friday.",
    ) == [["Chiapa de Corzo"]]


def test_a_town_only_measured_from_stays() -> None:
    assert places(
        "es",
        "Hombres armados asesinaron a dos hombres en una comunidad al norte de Culiacán, "
        "Sinaloa, la tarde del jueves.",
    ) == [["Culiacán"]]


def test_a_school_named_after_a_town_is_no_scene() -> None:
    found = places(
        "es",
        "Tres policías y un estudiante de la Normal de Ayotzinapa resultaron heridos en un "
        "enfrentamiento en la caseta ubicada al norte de Chilpancingo, Guerrero.",
    )
    assert any("Chilpancingo de los Bravo" in names for names in found)
