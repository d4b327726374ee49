"""How a count binds to its victims in phrasings found on unseen pages: a toll told by a
periphrasis in a form of one act, a clitic on it or not, or for one person ("le costó la
vida a un policía", "terminó por cobrarle la vida a dos agentes y a tres civiles", "a man
lost his life", "claimed the life of a guard"); a number whose people are placed by an
apposition the writer closed with a bracket or not at all ("…, en el municipio de Tecpan
(Costa Grande) fueron asesinados"); a plural noun the lexicon does not know before a
plural participle only people take ("tres presuntos abigeos ejecutados"); a death whose
object is a pronoun for the people counted before it ("secuestraron a cuatro jornaleros y
los asesinaron", "kidnapped three men and later killed them"); a list of people with no
verb counted by the participle after it ("ocho internos y dos custodios lesionados" 10,
"nine inmates and three guards wounded" 12); those who died with one person, one or a
list ("fue asesinado junto con su empleada", "was killed along with his wife and two
bodyguards"). Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.extract.counts import find_counts
from sucesos.extract.text import fold
from sucesos.models import Article

PUB = date(2025, 9, 8)


def _killed(text: str, language: str) -> list[int | None]:
    events = live(extract(Article(text=text, published=PUB, language=language)))
    return [e.fatalities for e in events]


@pytest.mark.parametrize(
    ("text", "language", "killed"),
    [
        (
            "Un ataque armado contra una patrulla en la colonia Centro de Iguala, Guerrero, "
            "le costó la vida a un policía municipal este domingo.",
            "es",
            1,
        ),
        (
            "La persecución en Cuautla, Morelos, terminó por cobrarle la vida a dos agentes "
            "estatales y a tres civiles armados, informó la Fiscalía.",
            "es",
            5,
        ),
        (
            "A man lost his life on Sunday when gunmen opened fire on a taco stand in "
            "Celaya, Guanajuato, police said.",
            "en",
            1,
        ),
        (
            "The explosion at a checkpoint in Salvatierra, Guanajuato, claimed the life of a "
            "National Guard officer on Sunday.",
            "en",
            1,
        ),
    ],
)
def test_a_periphrastic_toll_counts_its_victims(text: str, language: str, killed: int) -> None:
    assert _killed(text, language) == [killed]


def test_an_apposition_closed_by_a_bracket_reaches_the_predicate() -> None:
    text = (
        "Los cinco policías estatales emboscados en la comunidad de El Zapote, en el "
        "municipio de Tecpan de Galeana (Costa Grande) fueron asesinados este domingo."
    )
    assert _killed(text, "es") == [5]


def test_an_apposition_left_open_reaches_the_predicate() -> None:
    text = (
        "Cuatro agentes de la policía comunitaria de Tlapa, en la Montaña de Guerrero "
        "murieron este domingo en una emboscada."
    )
    assert _killed(text, "es") == [4]


def test_an_unknown_plural_before_a_participle_of_people_counts_people() -> None:
    text = (
        "La jornada violenta comenzó el sábado con tres presuntos abigeos ejecutados en un "
        "rancho de Pénjamo, Guanajuato."
    )
    assert _killed(text, "es") == [3]


@pytest.mark.parametrize(
    ("text", "language", "killed"),
    [
        (
            "Un comando armado secuestró a cuatro jornaleros en un campo de Navolato, "
            "Sinaloa, y horas después los asesinó.",
            "es",
            4,
        ),
        (
            "Hombres armados interceptaron a cinco comerciantes en la carretera a Tlapa, "
            "Guerrero, a quienes después ejecutaron.",
            "es",
            5,
        ),
        (
            "Gunmen kidnapped three construction workers in Fresnillo, Zacatecas, on Sunday "
            "and later killed them.",
            "en",
            3,
        ),
        (
            "Gunmen ambushed four soldiers on a highway in Aguililla, Michoacán, killing them.",
            "en",
            4,
        ),
    ],
)
def test_a_pronoun_object_counts_the_people_told_before(
    text: str, language: str, killed: int
) -> None:
    assert _killed(text, language) == [killed]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "Una riña en el penal de Cieneguillas, Zacatecas, dejó cuatro muertos, además de "
            "registrarse ocho internos y dos custodios lesionados.",
            10,
        ),
        (
            "A riot at the prison in Cieneguillas, Zacatecas, left four dead on Sunday, with "
            "nine inmates and three guards wounded.",
            12,
        ),
    ],
)
def test_a_list_without_a_verb_is_counted_by_its_participle(text: str, total: int) -> None:
    folded = fold(text)
    injured = [c.value for c in find_counts(folded, text=text) if c.what == "injured"]
    assert max(injured) == total


@pytest.mark.parametrize(
    ("text", "language", "killed"),
    [
        (
            "Un comerciante de 41 años fue asesinado a balazos junto con su empleada en su "
            "tienda de Tlaxiaco, Oaxaca, este domingo.",
            "es",
            2,
        ),
        (
            "The mayor of Tlaxiaco was killed on Sunday along with his wife and two "
            "bodyguards when gunmen opened fire on his car in the state of Oaxaca.",
            "en",
            4,
        ),
    ],
)
def test_those_who_died_with_one_person_add_to_the_toll(
    text: str, language: str, killed: int
) -> None:
    assert _killed(text, language) == [killed]
