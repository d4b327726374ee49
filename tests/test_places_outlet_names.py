"""A place inside a news outlet's name is where the outlet is published, not where the
news happened: a masthead named after its town or state ("El Sur de Acapulco", "Quadratín
Michoacán") and a shop named after a place ("la tienda Soriana Hidalgo"). The town stays
when the text also sets the act there. Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 3, 9)


def places(text: str, language: str = "es") -> set[tuple[str | None, str | None]]:
    records = extract(Article(text=text, published=PUB, language=language))
    return {(loc.admin1, loc.admin2) for e in records for loc in e.locations}


def test_a_masthead_named_after_its_town_is_no_scene_es() -> None:
    text = (
        "De acuerdo con El Sur de Acapulco, dos hombres fueron asesinados a balazos "
        "la noche del lunes en Chilpancingo."
    )
    assert places(text) == {("Guerrero", "Chilpancingo de los Bravo")}


def test_a_masthead_named_after_its_town_is_no_scene_en() -> None:
    text = (
        "A taxi driver was shot dead on Tuesday in Gómez Palacio, according to El Siglo de Torreón."
    )
    assert places(text, "en") == {("Durango", "Gómez Palacio")}


def test_an_outlet_named_after_its_state_is_no_scene_en() -> None:
    text = "Two men were shot dead on Monday night in Chilpancingo, Quadratín Michoacán reported."
    assert places(text, "en") == {("Guerrero", "Chilpancingo de los Bravo")}


def test_the_outlet_town_stays_when_the_act_is_set_there_es() -> None:
    text = "El Siglo de Torreón informó que un hombre fue asesinado a tiros el domingo en Torreón."
    assert places(text) == {("Coahuila", "Torreón")}


def test_a_shop_named_after_a_place_is_no_place_es() -> None:
    text = (
        "Hombres armados asaltaron la tienda Soriana Hidalgo en Monterrey y mataron a un guardia."
    )
    assert places(text) == {("Nuevo León", "Monterrey")}
