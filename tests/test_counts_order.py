"""Casualty grammar where the words come in another order (issue 9): a predicate before its
subject, an agent's verb with the time or place before its object, and parts of the wounded
who died. Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.extract.counts import find_counts
from sucesos.extract.text import fold
from sucesos.models import Article

PUB = date(2026, 11, 16)


def figures(text: str) -> list[tuple[str, int]]:
    return [(c.what, c.value) for c in find_counts(fold(text), text=text)]


def fatalities(text: str, language: str) -> int | None:
    events = extract(Article(text=text, published=PUB, language=language))
    violent = [e for e in events if e.category in ("attack", "armed_clash")]
    assert len(violent) == 1, [(e.category, e.status, e.fatalities) for e in events]
    return violent[0].fatalities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un comando asesinó este lunes a dos policías municipales en Valle de Santiago", 2),
        ("El grupo armado ejecutó la noche del sábado en un taller a tres mecánicos", 3),
        ("Un sicario mató frente a su casa a un comerciante de abarrotes", 1),
    ],
)
def test_one_agent_killed_with_time_or_place_before_the_object(text: str, expected: int) -> None:
    assert ("killed", expected) in figures(text)


def test_one_agent_wounded_with_time_before_the_object() -> None:
    text = "Un pistolero hirió la tarde del domingo a cuatro aficionados en el estadio"
    assert figures(text) == [("injured", 4)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("En el rancho fueron ejecutadas cinco personas durante la madrugada", ("killed", 5)),
        ("En la refriega resultaron lesionados tres agentes estatales", ("injured", 3)),
        ("Tras la emboscada perdieron la vida este martes dos custodios", ("killed", 2)),
        ("En el asalto fueron asesinados este jueves en su tienda dos hermanos", ("killed", 2)),
    ],
)
def test_subject_after_its_predicate_counts(text: str, expected: tuple[str, int]) -> None:
    assert expected in figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fueron asesinados el 12 de mayo frente a la plaza",
        "Resultaron heridos hace 3 semanas en un choque",
        "Los agentes fueron emboscados a las 11 de la noche",
    ],
)
def test_a_bare_number_after_a_predicate_is_no_figure(text: str) -> None:
    assert [f for f in figures(text) if f[1] > 1] == []


def test_a_subject_past_y_belongs_to_its_own_clause() -> None:
    text = "En el asalto un hombre pierde la vida y dos mujeres resultan heridas"
    assert sorted(figures(text)) == [("injured", 2), ("killed", 1)]


def test_a_number_inside_a_name_is_no_subject() -> None:
    text = 'Muere en un choque Pedro "Tigre 40" lugarteniente de la banda'
    assert [f for f in figures(text) if f[1] > 1] == []


def test_how_a_victim_was_beaten_is_not_the_victim() -> None:
    assert figures("Mató a batazos a un muchacho de 25 años") == [("killed", 1)]


def test_wounded_who_died_are_deaths_es() -> None:
    text = (
        "Un ataque armado contra una fiesta en Jerez, Zacatecas, dejó dos muertos y seis "
        "heridos este sábado. Tres de los heridos murieron horas después en el hospital."
    )
    assert fatalities(text, "es") == 5


def test_wounded_who_died_are_deaths_en() -> None:
    text = (
        "Gunmen attacked a party in Jerez, Zacatecas, on Saturday, killing two people and "
        "wounding six. Three of the wounded later died in hospital."
    )
    assert fatalities(text, "en") == 5


def test_death_of_some_of_the_wounded_adds_to_the_toll() -> None:
    text = (
        "Un comando atacó un billar en Salvatierra, Guanajuato, la noche del viernes: cuatro "
        "personas murieron en el lugar. El sábado, la Fiscalía confirmó el fallecimiento de "
        "dos de los lesionados."
    )
    assert fatalities(text, "es") == 6


def test_a_part_of_the_wounded_without_a_death_is_no_figure() -> None:
    assert figures("Tres de los heridos se encuentran en estado grave") == []


@pytest.mark.parametrize(
    "text",
    [
        "Un total de nueve personas (tres mujeres y seis hombres) murieron en el palenque",
        "Nueve personas, tres mujeres y seis hombres, murieron en el palenque",
        "Nine people, three women and six men, died at the cockfight",
    ],
)
def test_a_list_that_breaks_down_the_figure_before_it_does_not_add(text: str) -> None:
    assert max(v for w, v in figures(text) if w == "killed") == 9


def test_an_act_that_caused_a_death_counts_it() -> None:
    text = "Los sicarios dispararon contra la fachada, ocasionando la muerte de un vigilante"
    assert ("killed", 1) in figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "En la gasolinera estaban tres despachadores que murieron",
        "Three cashiers who died in the robbery were identified",
    ],
)
def test_an_unknown_noun_of_people_counts_by_its_predicate(text: str) -> None:
    assert ("killed", 3) in figures(text)


def test_an_unknown_noun_with_a_predicate_of_things_is_no_death() -> None:
    assert [w for w, _ in figures("Dos camionetas que fueron incendiadas") if w == "killed"] == []


def test_past_y_a_comma_ends_the_list_of_victims() -> None:
    text = "Los sicarios mataron a un hombre y a un niño, una mujer resultó herida"
    assert sorted(figures(text)) == [("injured", 1), ("killed", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "Agredieron a balazos a unos albañiles, cuatro de ellos murieron en el lugar",
        "Dispararon contra los taxistas, acción en la que cuatro de éstos murieron",
    ],
)
def test_a_part_of_people_named_before_counts_with_its_predicate(text: str) -> None:
    assert ("killed", 4) in figures(text)
