"""One incident told again through its victims (issue 9, duplicates): as a sum of the spots of
its own town ("the attacks on two bars" after "gunmen attacked two bars"), by the names of
some of its dead after a larger toll ("killing 18, including the mayor" … "the mayor and his
father were both killed"), and by the lifting of its bodies ("levantaron los cuerpos"), no
kidnapping. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 3, 11)


def run(text: str, language: str, published: date = PUB) -> list[EventRecord]:
    return live(extract(Article(text=text, published=published, language=language)))


SPOTS = {
    "es": (
        "Hombres armados abrieron fuego en dos bares de la colonia Valle Hermoso, en Celaya, "
        "la noche del lunes y mataron a 11 personas, informaron autoridades locales.\n\n"
        "Siete mujeres y tres hombres murieron en el lugar en ataques a dos bares en Celaya, "
        "Guanajuato, según un comunicado de la Secretaría de Seguridad."
    ),
    "en": (
        "Gunmen opened fire in two bars in Celaya late on Monday, killing at least 11 "
        "people, local officials said.\n\n"
        "Seven women and three men were killed at the scene in shootings in two bars, "
        "according to a statement by security officials in Celaya, Guanajuato state."
    ),
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_sum_of_the_spots_of_its_town_is_the_incident(language: str) -> None:
    (event,) = run(SPOTS[language], language)
    assert event.fatalities >= 10


NAMED = {
    "en": (
        "Gunmen stormed the town hall of a small town in the state of Guerrero on Wednesday, "
        "killing 18 people, including the mayor, state prosecutors said.\n\n"
        "Mayor Pedro Salgado and his father, a former mayor, were both killed by the "
        "attackers, who arrived in two SUVs."
    ),
}


def test_the_named_dead_of_a_larger_toll_are_its_victims() -> None:
    (event,) = run(NAMED["en"], "en")
    assert event.fatalities == 18


DATED_APART = (
    "Al menos 12 integrantes de colectivos de búsqueda han sido asesinados en el país, según "
    "un recuento de organizaciones civiles.\n\n"
    "En Guanajuato, la buscadora Teresa Luna fue asesinada la mañana de este martes 11 de "
    "marzo en Celaya, cuando iba en bicicleta por la calle Hidalgo."
)


def test_a_named_killing_of_its_own_day_stays_apart_from_a_toll_of_none() -> None:
    events = run(DATED_APART, "es")
    assert any(e.fatalities == 1 and e.date == "2025-03-11" for e in events)


LIFTED = (
    "Dos hombres fueron asesinados a balazos la tarde del lunes en la colonia Centro de "
    "Uruapan, Michoacán.\n\n"
    "Peritos de la Fiscalía levantaron los cuerpos y los trasladaron al Servicio Médico "
    "Forense para la necropsia de ley."
)
TAKEN = "Hombres armados levantaron a dos jóvenes en la colonia Centro de Uruapan el lunes."


def test_bodies_lifted_by_the_forensic_service_are_no_kidnapping() -> None:
    (event,) = run(LIFTED, "es")
    assert event.category == "attack"
    assert "abduction" not in event.kinds
    (taken,) = run(TAKEN, "es")
    assert taken.category == "abduction"
