"""A wounded victim taken to a hospital and dying there is one more death of the act told
before, not an attack of its own (issue 9, part of an incident): the hospital named before
the death ("la llevaron a un hospital, donde falleció el lunes", "she was taken to a local
hospital, where she died on Monday") and the death told right after the trip, whatever the
hospital is called ("murió minutos después de ser trasladado al Hospital San José", "died
shortly after being rushed to St. Luke hospital"). Every sentence here was written for
these tests."""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article


def _categories(text: str, language: str) -> list[str]:
    records = live(extract(Article(text=text, published=date(2025, 3, 10), language=language)))
    return [r.category for r in records]


def test_a_hospital_where_the_wounded_died_joins_the_spanish_attack() -> None:
    text = (
        "Ataque armado en Salamanca deja dos muertos\n"
        "Un grupo armado atacó a balazos a los clientes de un taller mecánico en la colonia "
        "Bellavista de Salamanca, Guanajuato, la noche del sábado; dos hombres murieron en el "
        "lugar.\n"
        "Una mujer que pasaba por la calle fue alcanzada por las balas; la llevaron a un "
        "hospital, donde falleció el lunes."
    )
    assert _categories(text, "es") == ["attack"]


def test_a_hospital_where_the_wounded_died_joins_the_english_attack() -> None:
    text = (
        "Gunmen kill two at a Salamanca garage\n"
        "Gunmen opened fire on customers at a garage in Salamanca, Guanajuato, on Saturday "
        "night, killing two men.\n"
        "A woman walking past was hit by a stray bullet; she was taken to a local hospital, "
        "where she died on Monday."
    )
    assert _categories(text, "en") == ["attack"]


def test_a_death_right_after_the_trip_to_a_named_hospital_joins_the_spanish_attack() -> None:
    text = (
        "Matan a regidor en Tacámbaro\n"
        "Un sujeto armado disparó contra un regidor de Tacámbaro, Michoacán, durante una feria "
        "la noche del domingo.\n"
        "El regidor recibió cuatro impactos en el pecho y murió minutos después de ser "
        "trasladado al Hospital San José, informaron las autoridades."
    )
    assert _categories(text, "es") == ["attack"]


def test_a_death_right_after_the_trip_to_a_named_hospital_joins_the_english_attack() -> None:
    text = (
        "Mayor shot dead in Michoacán town\n"
        "A gunman shot the mayor of Tacámbaro, Michoacán, during a street festival on Sunday "
        "night.\n"
        "The mayor was hit four times in the chest and died shortly after being rushed to "
        "San José hospital, officials said."
    )
    assert _categories(text, "en") == ["attack"]
