"""A town named only as where someone was heading, was cared for or came from is no place of
the incident when another town may be its scene (issue 9 item 4: users see every place of
a record on the map): the getaway's direction ("huyeron rumbo a X", "fled toward X"), the
hospital of a nearby town ("trasladados a hospitales del vecino X", "taken to a hospital in
nearby X"), the state named right after such a town, a vehicle's plates ("con placas de X",
"with plates from X") and where the victims were from ("eran de X", "were from X"). A town
named so alone stays. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 11, 20)


def places(language: str, text: str) -> list[list[str]]:
    found = extract(Article(text=text, published=PUB, language=language))
    return [[loc.name for loc in e.locations] for e in found]


def test_the_getaway_town_is_dropped_es() -> None:
    assert places(
        "es",
        "Un comerciante fue asesinado a balazos la noche del lunes en la colonia Centro de "
        "Uruapan. Los agresores huyeron rumbo a Tarímbaro tras el ataque.",
    ) == [["Uruapan"]]


def test_the_getaway_town_is_dropped_en() -> None:
    assert places(
        "en",
        "Gunmen shot dead two men outside a bar in Zamora on Saturday and fled toward "
        "Jacona in a white pickup.",
    ) == [["Zamora"]]


def test_a_getaway_town_named_alone_stays() -> None:
    assert places(
        "es",
        "Un hombre fue asesinado a balazos la noche del lunes; los agresores huyeron rumbo a "
        "Tarímbaro.",
    ) == [["Tarímbaro"]]


def test_the_hospital_of_a_nearby_town_is_dropped_es() -> None:
    assert places(
        "es",
        "Dos trabajadores murieron y otros tres resultaron heridos en un ataque armado en un "
        "taller de Salamanca; los lesionados fueron trasladados a hospitales del vecino "
        "Irapuato.",
    ) == [["Salamanca"]]


def test_the_hospital_of_a_nearby_town_is_dropped_en() -> None:
    assert places(
        "en",
        "Two workers were killed and three were wounded in an armed attack at a garage in "
        "Salamanca; the wounded were taken to a hospital in nearby Irapuato.",
    ) == [["Salamanca"]]


def test_the_state_after_a_hospital_town_goes_with_it() -> None:
    assert places(
        "es",
        "Un enfrentamiento entre civiles armados y soldados dejó cuatro heridos en el "
        "municipio de Compostela, Nayarit; los lesionados fueron llevados en ambulancia rumbo "
        "a Puerto Vallarta, Jalisco.",
    ) == [["Compostela"]]


def test_the_state_of_the_plates_is_dropped_es() -> None:
    assert places(
        "es",
        "Un hombre fue asesinado en Celaya mientras conducía una camioneta con placas del "
        "estado de Querétaro.",
    ) == [["Celaya"]]


def test_the_state_of_the_plates_is_dropped_en() -> None:
    assert places(
        "en",
        "A man was shot dead in Celaya while driving a pickup with plates from Querétaro.",
    ) == [["Celaya"]]


def test_where_the_victims_were_from_is_dropped_es() -> None:
    assert places(
        "es",
        "Dos turistas fueron asesinados a tiros en Tulum el viernes; las víctimas eran de "
        "Monterrey, informó la Fiscalía.",
    ) == [["Tulum"]]


def test_where_the_victims_were_from_is_dropped_en() -> None:
    assert places(
        "en",
        "Gunmen killed two tourists in Tulum on Friday. The victims, who were from Monterrey, "
        "were shot outside a hotel.",
    ) == [["Tulum"]]
