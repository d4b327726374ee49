"""Towns written otherwise than the gazetteer writes them: misspelt by one letter after a
word that names a town, without the rank or the article of their official name, as the
capital of a state, or at a road's first end with its state's name.

All sentences below are synthetic, written for these tests.
"""

from __future__ import annotations

from sucesos.extract.places import find_places


def towns(text: str) -> list[str | None]:
    return [m.location.admin2 for m in find_places(text) if m.location.admin2]


def test_a_town_missing_a_letter_after_a_mayor_es() -> None:
    text = "El alcalde de Zitacuro, en el estado de Michoacán, sufrió un atentado el domingo."
    assert towns(text) == ["Zitácuaro"]


def test_a_town_with_a_letter_changed_after_a_mayor_en() -> None:
    text = "Gunmen shot the mayor of Tlalpujagua in the state of Michoacan on Sunday night."
    assert towns(text) == ["Tlalpujahua"]


def test_a_town_without_its_article_after_a_municipality_cue() -> None:
    text = "Hombres armados emboscaron a una patrulla en el municipio de Huacana, Michoacán."
    assert towns(text) == ["La Huacana"]


def test_a_town_without_its_rank_after_a_locative_en() -> None:
    text = "Two men were arrested in Terán, Nuevo León, after a chase with state police."
    assert towns(text) == ["General Terán"]


def test_the_capital_of_a_state_named_in_the_phrase_en() -> None:
    text = "Two taxi drivers were shot dead on Tuesday in the Sonora state capital, police said."
    assert towns(text) == ["Hermosillo"]


def test_the_capital_of_a_state_named_in_the_phrase_es() -> None:
    text = "Un comerciante fue asesinado a balazos en la capital de Durango la noche del viernes."
    assert towns(text) == ["Durango"]


def test_the_state_capital_of_the_one_state_the_text_names() -> None:
    text = (
        "La violencia no cede en Tabasco: dos hombres fueron asesinados en la capital del "
        "estado durante la madrugada."
    )
    assert towns(text) == ["Centro"]


def test_a_roads_first_end_named_like_its_state_is_the_town() -> None:
    text = (
        "Los cuerpos de dos hombres fueron hallados a un costado de la carretera "
        "Durango-Mezquital, a la altura de una gasolinera."
    )
    assert towns(text) == ["Durango", "Mezquital"]
