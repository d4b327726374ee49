"""A clause that only brings the toll of the article's incident up to date ("al principio se
informó de ocho muertos, pero una mujer falleció más tarde en el hospital") is that incident's,
not a record of its own (issue 9): a death in hospital with an adverb of time between the verb
and the hospital is a later death like "falleció en el hospital". Every sentence here was
written for this test."""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article


def test_a_later_death_in_hospital_updates_the_incident_told_before() -> None:
    text = (
        "Ataque en un bar de Irapuato deja nueve muertos\n"
        "Hombres armados mataron a nueve personas la noche del sábado en un bar de la colonia "
        "Las Heras, en Irapuato, Guanajuato. Al principio se informó de ocho muertos, pero una "
        "mujer falleció horas después en el hospital."
    )
    records = live(extract(Article(text=text, published=date(2025, 3, 9), language="es")))
    assert [(r.category, r.fatalities) for r in records] == [("attack", 9)]


def test_a_victim_counted_by_its_rank_dies_in_the_incident_told_before() -> None:
    text = (
        "Gunmen kill four at a cockfight in Zinapécuaro\n"
        "Gunmen opened fire at a cockfight in Zinapécuaro, Michoacán, on Saturday night, "
        "killing four men and wounding three.\n"
        "A fifth victim died on Monday at a hospital in Morelia, officials said."
    )
    records = live(extract(Article(text=text, published=date(2025, 3, 10), language="en")))
    assert [r.category for r in records] == ["attack"]
