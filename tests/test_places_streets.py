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


# English puts the kind after the name (issue 9): "Morelos Street", "the X neighborhood".


def test_a_name_before_street_is_a_street() -> None:
    assert names("A man was shot dead on Hidalgo Street in Celaya on Monday.") == ["Celaya"]


def test_a_name_before_neighborhood_is_a_neighbourhood() -> None:
    text = "Two bodies were left on Monday in the Mezquital neighborhood, police said."
    assert names(text) == []


def test_a_town_before_neighborhood_of_is_still_the_town() -> None:
    text = "Gunmen killed two men in the Guadalajara neighborhood of Oblatos, Jalisco."
    assert "Guadalajara" in names(text)
    assert "Ciudad de México" in names("Gunmen shot two men in a Mexico City neighborhood.")
