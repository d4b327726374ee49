"""Casualty grammar: one test per class of phrasing, in Spanish and English.

Every sentence here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.extract.counts import find_counts
from sucesos.extract.lexicon import expand, verb_forms
from sucesos.extract.text import fold
from sucesos.models import Article

PUB = date(2026, 11, 16)


def figures(text: str) -> list[tuple[str, int]]:
    return [(c.what, c.value) for c in find_counts(fold(text), text=text)]


def grouped(text: str) -> list[tuple[str, int, str | None]]:
    return [(c.what, c.value, c.group) for c in find_counts(fold(text), text=text)]


def fatalities(text: str, language: str) -> int | None:
    events = extract(Article(text=text, published=PUB, language=language))
    violent = [e for e in events if e.category in ("attack", "armed_clash", "riot")]
    assert violent, [(e.category, e.status) for e in events]
    return violent[0].fatalities


@pytest.mark.parametrize(
    "text",
    [
        "Cinco presuntos pistoleros de una banda local murieron durante la persecución",
        "Four officers from the state police who guarded the jail died in the assault",
    ],
)
def test_a_number_subject_reaches_its_verb_over_a_description(text: str) -> None:
    killed = [value for what, value in figures(text) if what == "killed"]
    assert killed and max(killed) in (4, 5) and max(killed) == (5 if "Cinco" in text else 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dos custodios fallecieron durante el motín", 2),
        ("Tres reos perdieron la vida en la riña", 3),
        ("Three farmers lost their lives in the ambush", 3),
        ("Two passengers died on the way to hospital", 2),
        ("Three farmers were shot to death near the river", 3),
        ("Seven found shot to death inside a warehouse", 7),
        ("Feuding gangs cost the lives of nine people last week", 9),
        ("La balacera cobró la vida de cuatro jornaleros", 4),
    ],
)
def test_periphrastic_death_predicates(text: str, expected: int) -> None:
    assert ("killed", expected) in figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "El comandante regional, su chofer y dos escoltas fallecieron en la emboscada",
        "The district commander, his driver and two bodyguards were killed in the ambush",
    ],
)
def test_enumerated_victims_add_up(text: str) -> None:
    killed = [value for what, value in figures(text) if what == "killed"]
    assert max(killed) == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen stopped the vans on a dirt road, slaughtering five children and two women", 7),
        ("Gunmen massacred eleven people at a birthday party on Friday", 11),
        ("The gunmen slew three farmers at the ranch", 3),
    ],
)
def test_slaughter_massacre_and_slay_count_their_victims(text: str, expected: int) -> None:
    killed = [value for what, value in figures(text) if what == "killed"]
    assert max(killed, default=0) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nueve personas —dos mujeres, seis hombres y un niño— murieron en el ataque al salón",
        "Nueve personas - dos mujeres, seis hombres y un niño - murieron en el ataque al salón",
        "Nine people — two women, six men and a boy — were killed in the attack on the hall",
    ],
)
def test_a_list_between_dashes_breaks_down_the_figure_before_it(text: str) -> None:
    # the dashes set off an aside, as parentheses do: its people are the nine, not more
    killed = [value for what, value in figures(text) if what == "killed"]
    assert max(killed) == 9


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("En el tiroteo murieron el jefe de la célula y al menos tres de sus pistoleros", 4),
        ("Durante la persecución murieron Efraín Solano y dos de sus acompañantes", 3),
        ("Marinos abatieron a Efraín Solano y a cuatro de sus escoltas en la sierra", 5),
        ("Abaten a “El Gavilán” y cuatro escoltas en la sierra de Durango", 5),
        ("Sicarios asesinaron a un comerciante, a su esposa y a sus dos hijos", 4),
        ("Marines killed the gang boss and three of his gunmen in the raid", 4),
        ("Gunmen killed two police officers and a civilian at the checkpoint", 3),
        ("Efraín Solano and two of his companions were killed in the chase", 3),
        ("Efraín Solano murió en la emboscada junto con dos de sus escoltas", 3),
        ("The gang boss died in the firefight along with four bodyguards", 5),
    ],
)
def test_a_list_of_victims_after_or_before_the_verb_adds_up(text: str, expected: int) -> None:
    killed = [value for what, value in figures(text) if what == "killed"]
    assert max(killed) == expected


@pytest.mark.parametrize(
    "text",
    [
        "El ataque dejó dos muertos y tres heridos en la colonia Centro",
        "En Culiacán, Efraín Solano y dos escoltas murieron en la emboscada",
    ],
)
def test_what_is_not_a_person_does_not_join_a_list(text: str) -> None:
    killed = [value for what, value in figures(text) if what == "killed"]
    assert max(killed) <= 3


def test_a_clause_with_its_own_predicate_is_not_an_item_of_the_next_list() -> None:
    text = "Un policía murió en el ataque y dos civiles resultaron heridos"
    assert ("injured", 2) in figures(text)
    assert ("injured", 3) not in figures(text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hombres armados asesinaron a Baltasar Quiroga en su rancho de Zitácuaro.", "es"),
        ("Gunmen killed Baltasar Quiroga at his ranch in Zitácuaro.", "en"),
    ],
)
def test_a_named_victim_with_no_number_is_one(text: str, language: str) -> None:
    assert ("killed", 1) in figures(text)
    assert fatalities(text, language) == 1


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Sicarios atacaron una fiesta en Irapuato: tres murieron ahí y dos más en el hospital.",
         "es", 5),
        ("Gunmen attacked a bar in Irapuato; four were killed on the spot and three died later.",
         "en", 7),
    ],
)  # fmt: skip
def test_parts_of_a_toll_add_up(text: str, language: str, expected: int) -> None:
    assert fatalities(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Murieron dos policías estatales y tres sicarios",
            {("killed", 2, "security_forces"), ("killed", 3, "armed_group")},
        ),
        (
            "Two soldiers and three gunmen were killed",
            {("killed", 2, "security_forces"), ("killed", 3, "armed_group")},
        ),
    ],
)
def test_figures_by_side(text: str, expected: set[tuple[str, int, str | None]]) -> None:
    assert expected <= set(grouped(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un hombre de 45 años fue asesinado en su domicilio", ("killed", 1)),
        ("El 15 de marzo murieron dos jornaleros", ("killed", 2)),
        ("A 52-year-old man was killed outside a gym", ("killed", 1)),
        ("On March 3 two teachers were killed", ("killed", 2)),
    ],
)
def test_ages_and_dates_are_not_counts(text: str, expected: tuple[str, int]) -> None:
    assert figures(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hallan los cuerpos sin vida de siete hombres junto a la carretera", ("bodies", 7)),
        ("Police found the lifeless bodies of seven men beside the highway", ("bodies", 7)),
    ],
)
def test_lifeless_bodies_of_a_number_are_that_many(text: str, expected: tuple[str, int]) -> None:
    assert figures(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Embassy warns its citizens after a cartel boss is killed", ("killed", 1)),
        ("A witness was shot dead outside the courthouse", ("killed", 1)),
        ("Two cartel bosses were killed in the shootout", ("killed", 2)),
    ],
)
def test_a_noun_ending_in_double_s_is_one_person(text: str, expected: tuple[str, int]) -> None:
    assert figures(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Asesinan a 3 cuadras de su casa a un comerciante", [("killed", 1)]),
        ("Murieron a las 4 de la tarde", []),
        ("He was killed at 11 pm near the bus station", [("killed", 1)]),
        ("A taxi driver was shot dead around 10 p.m. on the ring road", [("killed", 1)]),
        ("Two brothers were shot dead at 6:45 a.m. outside their home", [("killed", 2)]),
        ("Two guards were shot dead at 23:10 outside the warehouse", [("killed", 2)]),
        ("A las 7:20 fueron asesinados dos hermanos frente a su casa", [("killed", 2)]),
        ("Cerca de las 22.40 horas murió un velador", [("killed", 1)]),
        ("Detuvieron a 2 kilómetros de la caseta a un hombre", [("arrested", 1)]),
    ],
)
def test_times_distances_and_addresses_are_not_counts(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Balearon a un repartidor frente a una farmacia", [("injured", 1)]),
        ("A delivery driver was shot outside a pharmacy", [("injured", 1)]),
        ("A delivery driver was shot dead outside a pharmacy", [("killed", 1)]),
        ("Balearon a un repartidor, que murió en el lugar", [("killed", 1)]),
    ],
)
def test_a_shooting_with_no_death_word_gives_injured(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "En el ataque no se reportaron personas lesionadas ni detenidas",
        "Sin que hasta el momento se reporten detenidos",
        "No one was injured and no arrests were made",
    ],
)
def test_denied_figures_are_dropped(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La Fiscalía halló tres cuerpos en una brecha", [("bodies", 3)]),
        ("Police found the bodies of two men in a ravine", [("bodies", 2)]),
    ],
)
def test_bodies_found_are_bodies_not_killed(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "El choque derivó en la muerte de dos de los agresores",
        "The shootout ended with the deaths of two of the attackers",
    ],
)
def test_a_death_named_as_a_noun_counts(text: str) -> None:
    assert ("killed", 2) in figures(text)


def test_verb_lemmas_expand_to_their_forms() -> None:
    assert {"mata", "matan", "mato", "mataron", "matado", "matando"} <= set(verb_forms("matar"))
    assert {"hiere", "hirio", "herido"} <= set(verb_forms("herir"))  # irregular, from data
    assert verb_forms("kill", "en") == ["kill", "kills", "killed", "killing"]
    assert "stabbed" in verb_forms("stab", "en") and "shot" in verb_forms("shoot", "en")


def test_patterns_expand_optional_and_alternative_words() -> None:
    assert set(expand("privación [ilegal] de (la|su) libertad")) == {
        "privacion ilegal de la libertad",
        "privacion ilegal de su libertad",
        "privacion de la libertad",
        "privacion de su libertad",
    }
    assert "levantaron a" in expand("{levantar} a")


@pytest.mark.parametrize(
    "text",
    [
        "Son falsas las versiones de que un agente murió en el ataque",
        "Police denied that anyone was killed in the raid",
    ],
)
def test_a_denied_report_gives_no_figure(text: str) -> None:
    assert [w for w, _ in figures(text) if w == "killed"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El motín dejó 13 reos muertos y ocho más, gravemente heridos", [13, 8]),
        ("The riot left five inmates dead and three more, badly injured", [5, 3]),
    ],
)
def test_more_of_another_kind_is_not_added(text: str, expected: list[int]) -> None:
    assert figures(text) == [("killed", expected[0]), ("injured", expected[1])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cuatro jornaleros fueron hallados sin vida en una brecha", [("bodies", 4)]),
        ("Two farmers were found dead near a dam", [("bodies", 2)]),
    ],
)
def test_people_found_dead_are_bodies(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Asesinan a balazos a dos hermanos en su taller", ("killed", 2)),
        ("Gunmen shot dead two brothers at their workshop", ("killed", 2)),
    ],
)
def test_the_manner_of_killing_stands_between_verb_and_number(
    text: str, expected: tuple[str, int]
) -> None:
    assert expected in figures(text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Marinos abatieron a Efraín Solano en la sierra de Tamazula, Durango. En el "
            "enfrentamiento también murieron dos marinos.",
            "es",
        ),
        (
            "Marines killed Efraín Solano in the mountains of Tamazula, Durango. Two marines "
            "were also killed in the firefight.",
            "en",
        ),
    ],
)
def test_a_named_victim_and_a_group_in_another_sentence_add_up(text: str, language: str) -> None:
    assert fatalities(text, language) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Marinos abatieron a tres pistoleros y detuvieron a otros dos en Culiacán.",
            [("killed", 3), ("arrested", 2)],
        ),
        (
            "Marines killed three gunmen and arrested two others in Culiacán.",
            [("killed", 3), ("arrested", 2)],
        ),
    ],
)
def test_a_second_verb_after_and_takes_its_own_figure(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Una turba golpeó hasta la muerte a dos hombres en Acatzingo.",
        "A mob beat two men to death in Acatzingo.",
        "Pobladores quemaron vivos a dos hombres en Acatzingo.",
    ],
)
def test_killing_by_beating_or_burning_counts_the_dead(text: str) -> None:
    assert ("killed", 2) in figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Emboscan a una patrulla en la sierra; mueren tres agentes",
        "Ataque a una patrulla en la sierra: fallecen tres agentes",
        "Patrol ambushed in the sierra; three officers die",
    ],
)
def test_a_present_tense_death_verb_before_its_number(text: str) -> None:
    assert ("killed", 3) in figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Resultaron muertos tres policías municipales en la emboscada",
        "Three municipal police officers were killed in the ambush",
    ],
)
def test_a_resulting_state_before_its_people(text: str) -> None:
    assert ("killed", 3) in figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Murieron el director de la policía municipal, su escolta y un civil",
        "Gunmen killed the director of the municipal police force, his bodyguard and a civilian",
    ],
)
def test_a_list_item_with_a_long_description_still_adds_up(text: str) -> None:
    killed = [value for what, value in figures(text) if what == "killed"]
    assert max(killed) == 3


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Un comerciante, su esposa y su sobrino fueron asesinados en su domicilio", 3),
        ("The shop owner, his nephew and two employees were shot dead outside the store", 4),
        ("Asesinaron a un hombre de 52 años y a su hijo de 19 en la carretera", 2),
        ("Gunmen killed a 61-year-old farmer and his son on Tuesday", 2),
    ],
)
def test_kin_and_roles_are_people_in_a_list_and_ages_never_count(text: str, value: int) -> None:
    # the list's total is the sentence's figure (a part of it, "two employees", may be read too)
    assert max(v for what, v in figures(text) if what == "killed") == value
    assert all(v <= value for _, v in figures(text))


@pytest.mark.parametrize(
    "text",
    [
        "Las víctimas, un joven de 23 años y su tío, fueron asesinadas a balazos en la calle",
        "The victims, a 28-year-old driver and his 15-year-old son, were shot dead at a stop",
    ],
)
def test_a_plural_naming_the_list_that_follows_it_adds_no_one(text: str) -> None:
    assert max(v for what, v in figures(text) if what == "killed") == 2


def test_a_named_victim_is_a_lower_bound_that_a_number_overrides() -> None:
    text = (
        "Asesinan a Ramiro Ledesma en Zitácuaro\n\n"
        "Ramiro Ledesma fue asesinado la noche del lunes en Zitácuaro, Michoacán, informó la "
        "Fiscalía del Estado. Según vecinos de la colonia, murieron Ramiro Ledesma y dos de sus "
        "acompañantes."
    )
    assert fatalities(text, "es") == 3


@pytest.mark.parametrize(
    "text",
    [
        "Ocho de los muertos eran mujeres, según la Fiscalía",
        "Eight of the dead were women, prosecutors said",
    ],
)
def test_a_part_of_the_dead_is_no_toll(text: str) -> None:
    """'Eight of the dead' picks some of a toll counted elsewhere: not a toll of 8."""
    assert not [v for what, v in figures(text) if what == "killed"]


def test_a_part_of_the_victims_who_died_is_a_death_toll() -> None:
    """Victims may be wounded: some of them who died are deaths, not a part of a toll."""
    assert ("killed", 2) in figures("Two of the victims died later in hospital")


def test_people_who_are_dead_are_counted() -> None:
    assert ("killed", 23) in figures("At least 23 people are dead after the fire at the bar")


@pytest.mark.parametrize(
    "text",
    [
        "Tres hombres fueron asesinados por sicarios en un bar",
        "Three men were killed by gunmen at a bar",
    ],
)
def test_the_agent_of_a_killing_is_not_the_side_of_the_dead(text: str) -> None:
    assert ("killed", 3, None) in grouped(text)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "El Ejército desplegó un operativo en Celaya, Guanajuato, luego de que un comando "
            "asesinara a dos policías.",
            2,
        ),
        (
            "Cerraron las escuelas de la zona después de que hombres armados mataran a tres "
            "jóvenes en Salamanca, Guanajuato.",
            3,
        ),
    ],
)
def test_a_killing_told_in_the_subjunctive_after_despues_de_que_counts(
    text: str, killed: int
) -> None:
    assert max((e.fatalities or 0) for e in extract(Article(text=text, language="es"))) == killed


@pytest.mark.parametrize(
    "text",
    [
        "Tres agentes municipales sufrieron heridas leves durante la agresión en Zamora.",
        "Tres agentes municipales presentaban lesiones de bala tras la agresión en Zamora.",
        "Three municipal officers suffered light wounds in the attack in Zamora.",
        "Three municipal officers sustained gunshot wounds in the attack in Zamora.",
    ],
)
def test_suffering_wounds_is_injured_not_killed(text: str) -> None:
    assert ("injured", 3) in figures(text)
    assert not [v for what, v in figures(text) if what == "killed"]


@pytest.mark.parametrize(
    "text",
    [
        "En el enfrentamiento con la célula, ningún soldado murió.",
        "In the firefight with the cell, no soldiers died.",
    ],
)
def test_people_a_negative_determiner_counts_are_no_figure(text: str) -> None:
    assert [c for c in grouped(text) if c[2] == "security_forces"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Los agresores eran más de 20; nueve de ellos murieron cuando los policías repelieron "
        "el ataque.",
        "The attackers were more than 20; nine of them were killed when police returned fire.",
    ],
)
def test_people_of_another_clause_give_no_side_to_a_figure(text: str) -> None:
    assert [(what, value) for what, value, group in grouped(text)] == [("killed", 9)]
    assert all(group != "security_forces" for _, _, group in grouped(text))


@pytest.mark.parametrize(
    "text",
    [
        "El cuarto asesinato de la semana ocurrió la noche del martes en una tienda de Uriangato.",
        "The fourth killing of the week took place on Tuesday night at a shop in Uriangato.",
    ],
)
def test_one_killing_named_by_its_rank_counts_one_dead(text: str) -> None:
    assert [(what, value) for what, value in figures(text)] == [("killed", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La colonia quedó en calma luego de que dos comerciantes fueran asesinados",
            ("killed", 2),
        ),
        (
            "Cerraron la calle después de que tres vecinos resultaran heridos por las balas",
            ("injured", 3),
        ),
        (
            "Protestaron luego de que cuatro jóvenes fueran detenidos por la policía",
            ("arrested", 4),
        ),
    ],
)
def test_a_subjunctive_passive_after_luego_de_que_gives_its_figure(
    text: str, expected: tuple[str, int]
) -> None:
    assert expected in figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cuatro jornaleros, incluidos dos menores de edad, fueron asesinados en el rancho", 4),
        ("Tres personas, entre ellas una mujer, murieron en el ataque", 3),
        ("Five men, including two teenagers, were killed at the ranch", 5),
    ],
)
def test_an_apposition_of_some_of_the_people_does_not_end_the_figure(
    text: str, expected: int
) -> None:
    assert ("killed", expected) in figures(text)
    assert ("killed", 2) not in figures(text) and ("killed", 1) not in figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tres mujeres y un varón fueron asesinados en la ranchería", 4),
        ("Fueron asesinados dos varones a las afueras del palenque", 2),
        ("El comerciante recibió dos impactos de bala que le hicieron perder la vida", 1),
    ],
)
def test_men_named_varones_and_wounds_that_took_a_life_count(text: str, expected: int) -> None:
    assert max(value for what, value in figures(text) if what == "killed") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed four students and an adult outside a school", 5),
        ("Two males and three females were shot dead at the party", 5),
        ("Cuatro estudiantes y un adulto fueron asesinados afuera de la escuela", 5),
        ("Hombres armados asesinaron a dos menores y a dos adultas en la vivienda", 4),
    ],
)
def test_people_named_by_age_or_sex_alone_count(text: str, expected: int) -> None:
    assert max(value for what, value in figures(text) if what == "killed") == expected


@pytest.mark.parametrize(
    "text",
    [
        "A police chief and 12 officers were shot dead on Monday, officials said, the worst "
        "attack of a day of violence that killed at least 19 people",
        "Un director de policía y 12 agentes fueron asesinados el lunes, informaron "
        "autoridades, en una jornada violenta que dejó al menos 19 muertos",
    ],
)
def test_a_larger_figure_past_the_clause_does_not_stop_a_list(text: str) -> None:
    # the 19 of the day counts others: the list still counts its own 13
    assert ("killed", 13) in figures(text)


def test_a_secretary_is_one_of_the_people_of_a_list() -> None:
    text = "A municipal security secretary and two bodyguards were killed in the ambush"
    assert ("killed", 3) in figures(text)


@pytest.mark.parametrize(
    "pattern",
    ["(se ignora (si|cuantos)|nadie sabe)", "(hubo|hay detenidos", "hubo) detenidos"],
)
def test_a_lexicon_pattern_with_a_nested_or_open_group_is_refused(pattern: str) -> None:
    # Read as words, "(a (b|c)|d)" would match nothing anyone writes; it is refused instead.
    with pytest.raises(ValueError, match=r"\[E005\]"):
        expand(pattern)


def test_optional_words_inside_a_group_expand() -> None:
    assert expand("(por|en) (una rueda [de prensa]|un boletin)") == [
        "por una rueda de prensa",
        "por una rueda",
        "por un boletin",
        "en una rueda de prensa",
        "en una rueda",
        "en un boletin",
    ]
