"""Where an incident happens when the text names its town indirectly or names other places
beside it: a town named again by a phrase ("este segundo municipio", "the town"), a route
between two towns, a state that only borders the scene, a visitor's home town. Every
sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from sucesos.extract import extract
from sucesos.extract.places import find_places
from sucesos.models import Article, EventRecord

PUB = date(2025, 9, 17)


def live(text: str, language: str = "es") -> list[EventRecord]:
    events = extract(Article(text=text, published=PUB, language=language))
    return [e for e in events if e.status in ("reported", "disputed")]


def towns(event: EventRecord) -> set[str | None]:
    return {loc.admin2 for loc in event.locations}


def test_an_ordinal_phrase_names_again_the_second_town_told() -> None:
    text = (
        "Las patrullas recorrieron Cuautla y Cuernavaca durante la noche del sábado.\n"
        "Dos hombres fueron asesinados en un bar de este segundo municipio la madrugada "
        "del domingo."
    )
    killing = next(e for e in live(text) if e.fatalities)
    assert towns(killing) == {"Cuernavaca"}


def test_the_latter_town_names_again_the_last_town_told() -> None:
    text = (
        "Soldiers and state police were sent to Tacámbaro and Salvador Escalante, "
        "Michoacán, on Saturday after threats against both mayors.\nHours later, gunmen "
        "shot dead two men outside a church in the latter town, residents said."
    )
    killing = next(e for e in live(text, "en") if e.fatalities)
    assert towns(killing) == {"Salvador Escalante"}


def test_the_second_end_of_a_route_is_a_place() -> None:
    text = "El cuerpo de un hombre fue hallado a un costado de la carretera Iguala-Taxco."
    assert "Taxco de Alarcón" in {p.location.admin2 for p in find_places(text)}


def test_a_state_that_borders_the_scene_is_not_where_it_happened() -> None:
    text = (
        "Cinco hombres fueron asesinados la noche del sábado en una comunidad de la "
        "Tierra Caliente de Guerrero, región que colinda con Michoacán."
    )
    (attack,) = live(text)
    assert {loc.admin1 for loc in attack.locations} == {"Guerrero"}


def test_a_visitors_home_town_is_not_where_it_happened() -> None:
    text = (
        "Dos personas, entre ellas una turista de la Ciudad de México, murieron en dos "
        "ataques el fin de semana en el municipio de Técpan de Galeana, Guerrero."
    )
    (attack,) = live(text)
    assert towns(attack) == {"Técpan de Galeana"}


def test_the_start_of_a_longer_unknown_name_is_no_town() -> None:
    text = (
        "Hombres armados atacaron Tetela del Río, un pueblo de la sierra de Guerrero. "
        "Los vecinos de Tetela pidieron ayuda al Ejército."
    )
    assert "Tetela de Ocampo" not in {p.location.admin2 for p in find_places(text)}
