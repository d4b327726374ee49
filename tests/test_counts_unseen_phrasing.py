"""Tolls in phrasings found on pages the rules were not written on: a date written in digits
before the first sentence gives no figure ("2024-05-03 Comerciante asesinado…"); a toll a
verb raises with its figure before the toll ("la Fiscalía elevó este jueves a nueve el número
de muertos", "officials raised to nine the death toll"); people named by a plural noun the
lexicon does not know, right before a predicate only people take ("dos clientes murieron",
"two customers died"), or a known one a few unknown words describe ("four suspected drug gang
members died"), alone or as an item of a list ("a soldier and four … members died" = 5); an
aside between a list and its predicate that restates or describes its people (", ambos
comerciantes,", ", con cargo de…,") adds no one; the dead as the subject of a copula count by
its complement ("los muertos fueron ocho"). Every sentence here was written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 5, 4)


def _killed(text: str, language: str, published: date = PUB) -> list[int]:
    events = live(extract(Article(text=text, published=published, language=language)))
    return [e.fatalities for e in events]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "2024-05-03 Comerciante asesinado a balazos frente a su tienda de abarrotes en "
            "Salamanca, Guanajuato, informaron las autoridades.",
            "es",
        ),
        (
            "2024-05-03 A man was shot dead outside a grocery store in Salamanca, Guanajuato, "
            "authorities said.",
            "en",
        ),
    ],
)
def test_the_digits_of_a_written_date_give_no_toll(text: str, language: str) -> None:
    assert _killed(text, language, date(2024, 5, 4)) == [1]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La Fiscalía de Sonora elevó este jueves a nueve el número de personas muertas tras "
            "el ataque armado contra un palenque en Cajeme.",
            "es",
        ),
        (
            "Las autoridades elevaron a 9 la cifra de muertos por el ataque armado contra un "
            "palenque en Cajeme, Sonora.",
            "es",
        ),
        (
            "Sonora prosecutors on Thursday raised to nine the death toll from an armed attack "
            "on a cockfighting ring in Cajeme.",
            "en",
        ),
    ],
)
def test_a_raised_toll_counts_the_figure_before_the_toll(text: str, language: str) -> None:
    assert _killed(text, language) == [9]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hombres armados irrumpieron en una cantina de Uriangato, Guanajuato, y dos clientes "
            "murieron en el lugar.",
            "es",
        ),
        (
            "Gunmen burst into a cantina in Uriangato, Guanajuato, and two customers died at the "
            "scene.",
            "en",
        ),
    ],
)
def test_a_plural_noun_before_a_death_predicate_names_the_dead(text: str, language: str) -> None:
    assert _killed(text, language) == [2]


def test_people_described_by_unknown_words_before_their_predicate_count() -> None:
    text = (
        "Four suspected drug gang members died in a shootout with soldiers on Sunday in Nuevo "
        "Laredo, Tamaulipas."
    )
    assert _killed(text, "en") == [4]


def test_a_list_item_described_by_unknown_words_adds_its_people() -> None:
    text = (
        "A soldier and four suspected drug gang members died in a shootout on Sunday in Nuevo "
        "Laredo, Tamaulipas."
    )
    assert _killed(text, "en") == [5]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Una mujer y su esposo, ambos comerciantes, fueron asesinados a balazos en el "
            "mercado de Juchitán, Oaxaca.",
            "es",
        ),
        (
            "Una mujer y su esposo, con cargo de autoridad comunitaria, fueron asesinados a "
            "balazos en una emboscada en Juchitán, Oaxaca.",
            "es",
        ),
        (
            "A woman and her husband, both market vendors, were shot dead in Juchitán, Oaxaca.",
            "en",
        ),
    ],
)
def test_an_aside_before_the_predicate_of_a_list_adds_no_one(text: str, language: str) -> None:
    assert _killed(text, language) == [2]


@pytest.mark.parametrize(
    "text",
    [
        "Hombres armados atacaron una cantina de Celaya, Guanajuato, el viernes. Los muertos "
        "fueron ocho, según la Fiscalía.",
        "Hombres armados atacaron una cantina de Celaya, Guanajuato, el viernes; los fallecidos "
        "fueron seis hombres y dos mujeres.",
    ],
)
def test_the_dead_as_subject_of_a_copula_are_counted_by_its_complement(text: str) -> None:
    assert _killed(text, "es") == [8]
