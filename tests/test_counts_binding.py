"""How a count binds to its victims across the words between them: an apposition between
commas, two joined participles, a relative clause, names with an initial, a state after a town.

Every sentence here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

import pytest

from sucesos.extract.counts import find_counts
from sucesos.extract.text import fold


def figures(text: str) -> list[tuple[str, int]]:
    return [(c.what, c.value) for c in find_counts(fold(text), text=text)]


def killed(text: str) -> int:
    return max((value for what, value in figures(text) if what == "killed"), default=0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nueve agentes estatales de Tlapa, en Guerrero, perdieron la vida en la emboscada", 9),
        ("Cinco soldados, originarios de Oaxaca, murieron al volcar su vehículo tras el ataque", 5),
        ("Six officers from the town of Tlapa, in Guerrero state, were killed in the ambush", 6),
    ],
)
def test_a_number_subject_reaches_its_verb_over_an_apposition(text: str, expected: int) -> None:
    assert killed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seis policías municipales fueron emboscados y asesinados en la sierra", 6),
        ("Four farmers were ambushed and killed on a dirt road", 4),
        ("Tres jóvenes fueron golpeados y ejecutados junto al canal", 3),
    ],
)
def test_joined_participles_tell_the_deaths(text: str, expected: int) -> None:
    assert killed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dos reporteros fueron privados de la libertad y asesinados en la costa",
        "Two reporters were kidnapped and killed near the coast",
    ],
)
def test_a_predicate_joined_to_a_death_counts_both(text: str) -> None:
    assert {("kidnapped", 2), ("killed", 2)} <= set(figures(text))


@pytest.mark.parametrize(
    "text",
    [
        "Los sicarios atacaron a dos agentes, quienes murieron en el lugar",
        "The gunmen ambushed two police officers, who died at the scene",
    ],
)
def test_a_relative_clause_after_the_people_tells_their_deaths(text: str) -> None:
    assert killed(text) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Los agentes identificados como Rosa “G” y Luis “F” fallecieron en el lugar",
        "Officers Mario “R” and Pedro “S” died at the scene",
        "Julio “N”, Pedro “M” y Raúl “T” fueron asesinados en la madrugada",
    ],
)
def test_named_victims_with_an_initial_add_up(text: str) -> None:
    assert killed(text) == (3 if "Raúl" in text else 2)


def test_a_state_after_a_town_is_no_victim_of_the_list() -> None:
    text = "En Salvatierra, Guanajuato, un comerciante y su hijo fueron asesinados en su tienda"
    assert killed(text) == 2


def test_an_infinitive_after_a_verb_of_managing_counts() -> None:
    text = "Los militares repelieron la agresión y lograron abatir a dos de los agresores"
    assert killed(text) == 2


def test_a_compound_word_is_not_a_body() -> None:
    assert not figures("A video from the agents’ body-cams shows the convoy under fire")


@pytest.mark.parametrize(
    "text",
    [
        "The driver, his son and two passengers were shot dead at the toll booth",
        "The teacher, her husband and two students were killed in the attack",
    ],
)
def test_a_list_opened_by_one_person_with_the_adds_up(text: str) -> None:
    assert killed(text) == 4


@pytest.mark.parametrize(
    "text",
    [
        "Murieron el director de la policía de Jerez, Zacatecas, y dos de sus escoltas",
        "Los marinos abatieron a Rubén Soto, alias El Güero, y a dos de sus escoltas",
        "Rubén Soto, alias El Güero, y dos de sus escoltas murieron en el enfrentamiento",
    ],
)
def test_a_state_or_a_nickname_between_commas_is_no_item_of_the_list(text: str) -> None:
    assert killed(text) == 3


def test_leaving_someone_lifeless_is_a_killing() -> None:
    assert killed("Un comando dejó sin vida a tres jornaleros en la orilla del canal") == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un agente murió y otro resultó herido en la emboscada; también murió un transeúnte", 2),
        ("Dos policías murieron en el ataque y también murió una vendedora", 3),
    ],
)
def test_one_more_victim_told_with_also_adds_in_the_same_sentence(text: str, expected: int) -> None:
    dead = [c for c in find_counts(fold(text), text=text) if c.what == "killed"]
    assert sum(c.value for c in dead) == expected


def test_a_collective_subject_takes_the_singular_perfect() -> None:
    assert killed("Un grupo de 15 presuntos sicarios ha muerto en el combate con los marinos") == 15
