"""A town a road or a bus route is named after is no place of the incident (issue 9 item 4).

- A route's other end ("un chofer de la ruta Tepoztlán-Cuernavaca fue atacado en
  Cuernavaca", "la carretera Apatzingán-Aguililla" after "enfrentamiento en Apatzingán"), a
  road's destination ("sobre la carretera libre a la ciudad de Tepatitlán", "on the highway
  leading to Reynosa"), either end of a stretch ("el tramo entre Sombrerete y Sain Alto") or
  the town an English road is named after ("the Mazatlán-Escuinapa highway") is dropped from
  the record's places when another town of the record may be its scene: one that lies in
  one of the road's ends, is named in the road's own sentence, or is named in another
  sentence of the record ("emboscaron a una patrulla en Quecholac. … sobre la autopista
  Puebla-Orizaba").
- A road whose ends are the only towns of its sentence ("estalló en la carretera que une
  Zamora y Jacona"), or that a clause tells what happened on ("la carretera Zamora-Jacona,
  donde incendiaron su camioneta"), keeps its towns; so do a road of a town ("en una
  carretera de Tlaquepaque") and the towns whose stretches a list names ("en los tramos
  carreteros de Morelia, Pátzcuaro y Zamora").

Every sentence here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 5, 13)


def towns(text: str, language: str = "es") -> list[list[str | None]]:
    """The municipalities of each live record, in order."""
    events = live(extract(Article(text=text, published=PUB, language=language)))
    return [[loc.admin2 for loc in e.locations] for e in events]


def test_the_other_end_of_a_bus_route_is_no_scene() -> None:
    text = (
        "Un chofer de la ruta Tepoztlán-Cuernavaca fue atacado a balazos la noche del martes "
        "en la colonia Centro de Cuernavaca."
    )
    assert towns(text) == [["Cuernavaca"]]


def test_a_roads_destination_after_the_scene_town_is_no_scene() -> None:
    text = (
        "Hombres armados asesinaron a tres hombres en un bar ubicado en el municipio de "
        "Zapotlanejo, sobre la carretera libre a la ciudad de Tepatitlán."
    )
    assert towns(text) == [["Zapotlanejo"]]


def test_a_routes_far_end_goes_when_its_near_end_is_the_headlines_town() -> None:
    text = (
        "Enfrentamiento en Apatzingán deja dos muertos.\n"
        "Los agresores dispararon contra una patrulla sobre la carretera Apatzingán-Aguililla, "
        "a la altura del puente."
    )
    assert towns(text) == [["Apatzingán"]]


def test_both_ends_of_a_stretch_go_when_its_sentence_names_the_town() -> None:
    text = (
        "Un comando secuestró a cuatro policías en el tramo entre Sombrerete y Sain Alto, "
        "cerca de la comunidad de San Martín, del municipio de Sombrerete."
    )
    assert towns(text) == [["Sombrerete", "Sombrerete"]]


def test_a_roads_ends_go_when_another_sentence_of_the_record_names_the_scene() -> None:
    text = (
        "Hombres armados emboscaron a una patrulla de la Guardia Nacional en el municipio de "
        "Quecholac el miércoles. Los agresores dispararon contra los agentes sobre la "
        "autopista Puebla-Orizaba y mataron a dos de ellos."
    )
    assert towns(text) == [["Quecholac"]]


def test_an_english_highways_destination_is_no_scene() -> None:
    text = (
        "Gunmen killed three police officers in the city of Cadereyta Jiménez, on the highway "
        "leading to Reynosa."
    )
    assert towns(text, "en") == [["Cadereyta Jiménez"]]


def test_the_town_an_english_highway_is_named_after_is_no_scene() -> None:
    text = (
        "Gunmen ambushed a patrol in Escuinapa on the Mazatlán-Escuinapa highway, killing two "
        "officers."
    )
    assert towns(text, "en") == [["Escuinapa"]]


@pytest.mark.parametrize(
    "text",
    [
        # the road's ends are the only towns: where the act was
        "Sujetos armados asesinaron a dos hombres en la carretera Apatzingán-Aguililla.",
        # a clause tells what happened on the road: it is the scene
        "Sujetos armados asesinaron a un hombre en la carretera Zamora-Jacona, donde incendiaron "
        "su camioneta; otro hombre murió después en Zamora.",
    ],
)
def test_a_road_that_is_the_scene_keeps_its_towns(text: str) -> None:
    assert len(towns(text)[0]) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a road of a town, no route
        (
            "En una carretera de Tlaquepaque fue asesinado un motociclista; el agresor fue "
            "detenido en Guadalajara.",
            ["Guadalajara", "San Pedro Tlaquepaque"],
        ),
        # the stretches of a list of towns
        (
            "Hubo bloqueos en los tramos carreteros de Morelia, Pátzcuaro y Zamora durante la "
            "tarde del lunes.",
            ["Morelia", "Pátzcuaro", "Zamora"],
        ),
    ],
)
def test_a_town_a_road_belongs_to_stays(text: str, expected: list[str]) -> None:
    assert towns(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hombres armados emboscaron a una patrulla en la comunidad de Tlacotepec, municipio "
            "de Zitlala, cuando circulaba por la carretera que va de Chilapa hacia Zitlala.",
            "es",
        ),
        (
            "Gunmen ambushed a patrol in the community of Tlacotepec, in the municipality of "
            "Zitlala, as it drove along the road from Chilapa toward Zitlala.",
            "en",
        ),
    ],
)
def test_a_road_from_one_town_toward_another_is_a_route(text: str, language: str) -> None:
    assert towns(text, language) == [["Zitlala"]]


def test_a_turn_off_named_after_its_town_is_no_scene() -> None:
    text = (
        "Pobladores armados retuvieron a dos policías en el municipio de Tancítaro, junto a la "
        "desviación a Uruapan."
    )
    assert all("Uruapan" not in t for t in towns(text))
