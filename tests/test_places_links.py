"""Words between two names that say how they relate: a town's state told after ", in"; a
smaller place said to lie in a town; a town's name that goes on after "del"; a town's name
said as the river or mountain it was named after.

All sentences below are invented for these tests.
"""

from __future__ import annotations

from sucesos.extract.places import find_places


def places(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (m.surface, m.location.admin2_code, m.location.precision)
        for m in find_places(text)
        if m.location.precision in ("municipality", "locality")
    ]


def test_state_after_in_mexicos_adjective_state_is_the_towns_state() -> None:
    text = (
        "Gunmen killed four people at a party in the city of Guadalupe, in Mexico's northern "
        "Zacatecas state, two days after a similar attack in Nuevo León."
    )
    assert places(text) == [("Guadalupe", "32017", "municipality")]


def test_state_after_what_the_town_is_is_the_towns_state() -> None:
    text = (
        "Gunmen killed four people in Guadalupe, a city in Zacatecas state, two days after a "
        "similar attack in Nuevo León."
    )
    assert places(text)[0] == ("Guadalupe", "32017", "municipality")


def test_town_name_after_del_without_its_article_is_no_town() -> None:
    text = "Armed men killed three farmers in the nearby town of Guadalupe del Lerma on Sunday."
    assert places(text) == []


def test_english_river_with_article_is_no_town() -> None:
    text = "Two migrants drowned on Tuesday trying to cross the Rio Grande into Texas."
    assert places(text) == []
    # without the article, the accentless name is still the town
    town = "Two police officers were killed on Friday in Rio Grande, Zacatecas."
    assert places(town) == [("Rio Grande", "32039", "municipality")]


def test_spanish_river_with_article_is_no_town() -> None:
    text = "Los cuerpos de dos hombres flotaban en el Río Bravo, según Protección Civil."
    assert places(text) == []


def test_name_before_english_river_word_is_no_town() -> None:
    text = "Fishermen found a body floating in the Lerma River early on Monday."
    assert places(text) == []


def test_place_said_to_be_a_community_of_a_town_lies_in_that_town() -> None:
    text = "Hallaron el cuerpo de un hombre en El Mirador, comunidad de Ixtacamaxtitlán, Puebla."
    found = places(text)
    assert found[0] == ("El Mirador", "21083", "locality")
    # a town before "municipio de" and a state's name is that state's town
    assert places("Hallan un cuerpo en Tetecala, municipio de Morelos.") == [
        ("Tetecala", "17021", "municipality")
    ]
