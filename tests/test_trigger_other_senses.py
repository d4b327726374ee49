"""Trigger words used in another sense on unseen pages (issue 9 items 7, 8): a verb of leaving
is no march, a denomination no protest, a weapon's kind or a vehicle's record no robbery, a
watchman no vigilante mob, links to a group no court order, a dispute that "erupts" no
disaster, a danger named no threat, an accident where an attack came about no disaster of
its own, the vehicles of public transport no disruption of it, and a swearing-in ("toma de
protesta") or a sign of the times ("manifestación de la violencia") no protest, and an act
named as a danger ("el peligro de ser secuestrado", "the risk of being kidnapped") no act.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from sucesos.extract.kinds import find_triggers
from sucesos.extract.text import fold


def categories(text: str) -> set[str]:
    return {t.category for t in find_triggers(fold(text), text=text)}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Al terminar la fiesta, los tres jóvenes se marcharon en una camioneta gris.", "protest"),
        ("Most families in the village are Protestants who moved there in 2010.", "protest"),
        ("En la cajuela había dos fusiles de asalto y cuatro cargadores.", "other"),
        ("Los agentes aseguraron una camioneta sin reporte de robo y dos motocicletas.", "other"),
        ("Un comando disparó contra el vigilante de la gasolinera y huyó.", "riot"),
        ("Según la fiscalía, los dueños del bar estaban vinculados con una banda local.", "arrest"),
        ("Land disputes have erupted often in the valley over the past decade.", "disaster"),
        ("Reporting on the cartels has become life-threatening for local journalists.", "threat"),
        (
            "Officers had gone to the scene of a car crash when gunmen opened fire on them.",
            "disaster",
        ),
        (
            "Los agentes atendían el reporte de un accidente cuando los atacaron a tiros.",
            "disaster",
        ),
        (
            "Dos unidades del transporte público fueron incendiadas en la colonia Centro.",
            "transport_disruption",
        ),
        ("The army used drones and a helicopter to search the hills near the town.", "explosion"),
        (
            "Fueron agredidos mientras se realizaban patrullajes en la zona serrana.",
            "security_operation",
        ),
        ("Los atacaron cuando llegaban a la plaza a realizar un mitin.", "protest"),
        ("Relatives called for the arrest of the men who shot the teacher.", "arrest"),
        ("Por la tarde, los grupos armados retiraron los bloqueos de la carretera.", "roadblock"),
        ("The town is caught in a battle for control between two rival gangs.", "armed_clash"),
        ("On Monday she protested as the new secretary of public security.", "protest"),
        (
            "Neighbors were telling their relatives to stay indoors as the shooting went on.",
            "travel_advisory",
        ),
        ("Al escuchar los disparos, los clientes corrieron a resguardarse.", "travel_advisory"),
        (
            "La alcaldesa fue asesinada horas después de su toma de protesta en el cabildo.",
            "protest",
        ),
        (
            "El ataque es otra manifestación de la creciente violencia que vive la sierra.",
            "protest",
        ),
        ("La alerta advierte del peligro de ser secuestrado en la zona fronteriza.", "abduction"),
        ("The advisory warns of the risk of being kidnapped near the border.", "abduction"),
    ],
)
def test_a_trigger_word_in_another_sense_reports_no_event_of_its_category(
    text: str, category: str
) -> None:
    assert category not in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Cientos de maestros marcharon por el centro de Oaxaca este lunes.", "protest"),
        ("La manifestación de las madres contra la violencia recorrió el centro.", "protest"),
        ("Los tres detenidos fueron vinculados a proceso por homicidio.", "arrest"),
        ("The Popocatepetl volcano erupted twice on Tuesday.", "disaster"),
        ("Un comando accionó sus armas en contra del guardia de la tienda.", "attack"),
    ],
)
def test_the_word_in_its_own_sense_still_reports_its_event(text: str, category: str) -> None:
    assert category in categories(text)
