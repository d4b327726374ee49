"""Town names read in full: a town's everyday name after the words that open its name, after
a possessive, or after a municipality cue with the town's article; and names that a sentence
or a line break parts from the words before them.

All sentences below are synthetic, written for these tests.
"""

from __future__ import annotations

from sucesos.extract.places import find_places


def towns(text: str) -> list[str | None]:
    return [m.location.admin2 for m in find_places(text) if m.location.admin2]


def test_a_saint_named_town_in_full_is_its_municipality() -> None:
    text = "Pobladores de San Juan Chamula, Chiapas, retuvieron al presidente municipal."
    assert "Chamula" in towns(text)


def test_a_town_head_before_a_surname_like_name_makes_it_a_town() -> None:
    text = "El enfrentamiento ocurrió el domingo en el poblado Villa Coronado, al sur del estado."
    assert towns(text) == ["Coronado"]


def test_ciudad_before_a_short_name_in_english() -> None:
    text = "Soldiers patrolling Ciudad Mier came under fire from a convoy of gunmen."
    assert towns(text) == ["Mier"]


def test_a_possessive_state_before_its_town_in_english() -> None:
    text = "Gunmen ambushed a patrol in Guerrero’s Tlapehuala municipality on Friday night."
    assert "Tlapehuala" in towns(text)


def test_a_municipality_cue_with_the_towns_article() -> None:
    text = (
        "En Sinaloa, el cuerpo de un hombre fue localizado cerca de un puente, municipio del "
        "Rosario, la mañana del martes."
    )
    assert "Rosario" in towns(text)


def test_a_town_closing_a_sentence_is_not_inside_the_town_opening_the_next() -> None:
    text = (
        "Un hombre fue asesinado a balazos en la ciudad de Tarimoro.\n"
        "En Celaya, la policía encontró el cuerpo de una mujer."
    )
    assert towns(text) == ["Tarimoro", "Celaya"]


def test_a_list_of_towns_after_a_line_break_is_no_list_of_streets() -> None:
    text = (
        "Fueron detenidos seis hombres, entre ellos un menor de edad.\n"
        "Salvatierra y Cortazar también reportaron dos homicidios cada uno."
    )
    assert towns(text) == ["Salvatierra", "Cortazar"]


def test_a_ciudad_town_by_its_everyday_name_in_its_state() -> None:
    text = (
        "Two men were shot dead on Sunday in the port of Tampico, Tamaulipas, and hours later "
        "a woman was killed in Madero."
    )
    assert towns(text) == ["Tampico", "Ciudad Madero"]


def test_municipalities_of_a_state_name_the_state() -> None:
    text = "En cuatro municipios de Guerrero fueron asesinadas siete personas el domingo."
    found = [(m.location.precision, m.location.admin1) for m in find_places(text)]
    assert found == [("state", "Guerrero")]


def test_a_coastal_avenue_is_a_street() -> None:
    text = (
        "En Acapulco, un taxista fue asesinado a balazos en la costera Miguel Alemán, frente "
        "a un centro comercial."
    )
    assert towns(text) == ["Acapulco de Juárez"]


def test_a_hero_named_town_of_another_state_beside_the_texts_towns_is_a_street() -> None:
    text = (
        "Gunmen opened fire on a bar in Monterrey, Nuevo León, on Saturday. A second attack "
        "took place at a bar in Colón and Escobedo, where a doorman was wounded."
    )
    assert "Colón" not in towns(text)


def test_a_saints_town_by_its_own_name_es() -> None:
    text = "Dos hombres fueron asesinados a balazos el sábado en Tehuantepec, en el Istmo."
    assert towns(text) == ["Santo Domingo Tehuantepec"]


def test_a_villa_town_by_its_own_name_en() -> None:
    text = "Gunmen killed a shopkeeper on Friday in Zaachila, south of the city of Oaxaca."
    assert "Villa de Zaachila" in towns(text)


def test_a_surname_that_is_a_towns_short_form_is_the_person_es() -> None:
    text = (
        "Un comerciante fue asesinado a balazos en Irapuato. Según la policía, Martínez "
        "había denunciado amenazas."
    )
    assert towns(text) == ["Irapuato"]


def test_a_surname_that_is_a_towns_short_form_is_the_person_en() -> None:
    text = "A shop owner was shot dead in Irapuato. Police said Martinez had reported threats."
    assert towns(text) == ["Irapuato"]


def test_a_surname_like_short_form_after_a_locative_cue_is_the_town() -> None:
    text = "Un hombre fue asesinado a balazos el lunes en Martínez, en el norte de Veracruz."
    assert towns(text) == ["Martínez de la Torre"]


def test_a_town_name_before_a_common_surname_is_a_persons_name() -> None:
    # "Tlacotalpan" stands for a given name here: a common surname follows it
    text = (
        "El secretario de gobierno, Tlacotalpan Hernández, dijo que el ataque en Papantla "
        "dejó dos muertos."
    )
    assert towns(text) == ["Papantla"]
    text = "State secretary Tlacotalpan Hernández said the attack in Papantla left two dead."
    assert towns(text) == ["Papantla"]


def test_a_town_named_after_a_person_before_a_surname_is_that_persons_name() -> None:
    # a town whose name opens with a given name, and one more capitalised name after it
    text = (
        "El fiscal del estado, Juan José Ríos Ocaranza, informó que el cuerpo apareció en "
        "una brecha de Navolato."
    )
    assert towns(text) == ["Navolato"]


def test_a_town_named_after_a_person_stays_a_town_after_a_locative() -> None:
    text = "Los cuerpos aparecieron en Juan José Ríos Morales, Sinaloa, durante la noche del lunes."
    assert towns(text) == ["Guasave"]
