"""How a count binds to its victims and its verb (issue 9 item 3, the classes that failed on
the unseen pages of sessions 17 to 19): an English verb that titles its victim before the
name ("shot dead mayoral hopeful …"), a figure joined to another that has a verb of its own
("murieron tres sicarios y dos más fueron detenidos"), a verb told before its counted
subject at the start of a sentence, one more dead of another side told in a joined clause
("siete pistoleros fueron abatidos y un marino murió"), the staff and customers of a venue
in a list of the dead, and a toll told as a state ("el número de muertos es de once").
Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 3, 8)  # a Saturday


def run(language: str, text: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


def test_an_english_verb_counts_the_victim_it_titles_before_the_name() -> None:
    text = (
        "Gunmen shot dead mayoral hopeful Rosa Elvira Campos outside a market in Tuxpan, "
        "Veracruz, on Friday, state prosecutors said."
    )
    (event,) = live(run("en", text))
    assert event.fatalities == 1
    assert [a.name for a in event.actors if a.kind == "person"] == ["Rosa Elvira Campos"]


def test_a_title_of_two_people_nouns_still_names_its_victim() -> None:
    text = (
        "Attackers killed former municipal police chief Efrén Salas Ortiz outside his home in "
        "Uruapan, Michoacán, on Friday, officials said."
    )
    (event,) = live(run("en", text))
    assert event.fatalities == 1
    assert [a.name for a in event.actors if a.kind == "person"] == ["Efrén Salas Ortiz"]


@pytest.mark.parametrize(
    ("language", "text", "killed", "arrested"),
    [
        (
            "es",
            "En el enfrentamiento en Apatzingán, Michoacán, murieron tres sicarios y dos más "
            "fueron detenidos por los militares.",
            3,
            2,
        ),
        (
            "es",
            "En el enfrentamiento en Apatzingán, Michoacán, perecieron dos pistoleros y tres "
            "fueron arrestados.",
            2,
            3,
        ),
        (
            "en",
            "Soldiers killed two gunmen and three others were arrested after a clash in "
            "Apatzingán, Michoacán, on Friday.",
            2,
            3,
        ),
    ],
)
def test_a_joined_figure_with_a_verb_of_its_own_counts_for_that_verb(
    language: str, text: str, killed: int, arrested: int
) -> None:
    (event,) = live(run(language, text))
    assert event.fatalities == killed
    assert {c.what: c.value for c in event.counts}.get("arrested") == arrested


def test_a_verb_that_opens_the_sentence_counts_the_subject_after_it() -> None:
    text = (
        "Fallecieron dos agentes estatales y tres vecinos resultaron heridos en el ataque a "
        "balazos contra una patrulla en Zamora, Michoacán."
    )
    (event,) = live(run("es", text))
    assert event.fatalities == 2
    assert {c.what: c.value for c in event.counts}.get("injured") == 3


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        (
            "es",
            "Siete pistoleros fueron abatidos y un marino murió en el choque armado en las "
            "afueras de Culiacán, Sinaloa.",
            8,
        ),
        (
            "es",
            "Un militar fue asesinado y otro resultó herido, mientras que cinco civiles armados "
            "fueron abatidos en el enfrentamiento en Tacámbaro, Michoacán.",
            6,
        ),
        (
            "en",
            "Six gunmen were killed and a soldier died in a clash near Apatzingán, Michoacán, "
            "on Friday.",
            7,
        ),
    ],
)
def test_one_more_dead_of_a_joined_clause_adds_to_the_figure(
    language: str, text: str, killed: int
) -> None:
    (event,) = live(run(language, text))
    assert event.fatalities == killed


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        (
            "es",
            "En el ataque a un restaurante de Celaya, Guanajuato, murieron un mesero y dos "
            "clientes.",
            3,
        ),
        ("es", "Un mesero y tres comensales murieron en el ataque a una cenaduría de Celaya.", 4),
        (
            "es",
            "Murieron un sargento del Ejército y un civil armado durante la persecución en "
            "Reynosa, Tamaulipas.",
            2,
        ),
        (
            "en",
            "A waiter and three diners were killed when gunmen opened fire in a restaurant in "
            "Celaya, Guanajuato, on Friday.",
            4,
        ),
    ],
)
def test_the_staff_and_customers_of_a_venue_are_people_of_a_list(
    language: str, text: str, killed: int
) -> None:
    (event,) = live(run(language, text))
    assert event.fatalities == killed


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        (
            "es",
            "El saldo de muertos del ataque al palenque de Tlaquepaque, Jalisco, fue de siete, "
            "informó la Fiscalía.",
            7,
        ),
        (
            "es",
            "El número de muertos por el ataque al bar de Uriangato, Guanajuato, es de once, "
            "informó la Fiscalía.",
            11,
        ),
    ],
)
def test_a_toll_told_as_a_state_is_the_count_of_the_dead(
    language: str, text: str, killed: int
) -> None:
    (event,) = live(run(language, text))
    assert event.fatalities == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "En la comunidad de Las Cruces, en Coyuca de Benítez, Guerrero, fueron asesinados a "
            "balazos dos campesinos y una mujer.",
            3,
        ),
        ("Fueron asesinados a tiros un policía municipal y su esposa en Uriangato, Guanajuato.", 2),
    ],
)
def test_a_passive_told_before_its_list_of_people_counts_them_all(text: str, killed: int) -> None:
    (event,) = live(run("es", text))
    assert event.fatalities == killed


def test_the_prosecutors_investigators_are_counted_with_the_police() -> None:
    text = (
        "Gunmen killed at least six police officers and four state investigators in an "
        "ambush near Coatepec Harinas, State of Mexico, on Thursday, officials said."
    )
    (event,) = live(run("en", text))
    assert event.fatalities == 10


def test_others_after_a_word_of_wounds_are_wounded_not_more_dead() -> None:
    text = (
        "Los agresores dispararon contra la patrulla en Pátzcuaro, Michoacán, asesinando a "
        "tres de los agentes y causando graves heridas a dos más."
    )
    (event,) = live(run("es", text))
    assert event.fatalities == 3
    assert {c.what: c.value for c in event.counts}.get("injured") == 2


def test_the_number_of_a_family_counts_its_people() -> None:
    text = (
        "A family of five, including two children, was shot to death on Friday in a village "
        "of Chenalhó, Chiapas, officials said."
    )
    (event,) = live(run("en", text))
    assert event.fatalities == 5
