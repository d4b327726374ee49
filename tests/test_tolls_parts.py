"""An incident's toll and the parts an article tells of it: more dead added to a larger toll,
one incident among several a lead sums, two incidents run together by a comma in a roundup.

Every article here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 11, 16)


def tolls(text: str, language: str) -> list[tuple[str | None, int | None]]:
    events = live(extract(Article(text=text, published=PUB, language=language)))
    violent = [e for e in events if e.category in ("attack", "armed_clash")]
    return [(e.locations[0].admin2 if e.locations else None, e.fatalities) for e in violent]


def test_more_dead_told_apart_stay_with_the_toll_they_add_to() -> None:
    text = (
        "Al menos 13 policías estatales fueron asesinados este lunes en una emboscada en el "
        "municipio de Tlapa, Guerrero.\n\n"
        "Cinco agentes fueron ejecutados junto a la patrulla. Otros tres elementos murieron "
        "en una barranca, tres más junto al río y otro en el camino."
    )
    assert tolls(text, "es") == [("Tlapa de Comonfort", 13)]


def test_an_incident_in_a_town_of_its_own_is_not_the_lead_sum() -> None:
    text = (
        "Three soldiers and two police officers were killed in separate attacks on Sunday in "
        "the states of Jalisco and Michoacán.\n\n"
        "In Ocotlán, Jalisco, gunmen ambushed two police officers, who died at the scene.\n\n"
        "Meanwhile, in Uruapan, Michoacán, cartel gunmen killed three soldiers at a checkpoint."
    )
    assert ("Uruapan", 3) in tolls(text, "en")


def test_two_incidents_joined_by_a_comma_keep_their_own_tolls() -> None:
    text = (
        "En Silao, un agente ministerial y su hija fueron asesinados por sujetos armados que "
        "llegaron a su domicilio, tres jóvenes y una mujer fueron ultimados por un comando en "
        "una fiesta, en Pénjamo."
    )
    assert sorted(tolls(text, "es")) == [("Pénjamo", 4), ("Silao de la Victoria", 2)]
