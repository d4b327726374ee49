"""A name after a street the gazetteer does not know and "y" is a second street, not a town
(issue 9). Sentences invented for the test."""

from __future__ import annotations

from sucesos.extract.places import find_places


def names(text: str) -> list[str]:
    return [p.location.name for p in find_places(text)]


def test_second_street_after_an_unknown_street_is_no_place() -> None:
    text = "El ataque fue en el cruce de las calles Valentín Gómez Farías y Matamoros, en Zamora."
    assert names(text) == ["Zamora"]


def test_streets_of_two_towns_are_still_the_towns() -> None:
    assert names("Hubo disparos en las calles de Celaya y Salamanca.") == ["Celaya", "Salamanca"]
