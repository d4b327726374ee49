"""The main act of an incident within its family (issue 9, one event per incident: "a raid by
the authorities → security_operation", following ACLED's hierarchy). Within enforcement, the
arrest of a leader is the news and the raid its kind; goods seized told before the people
caught with them make a seizure. Within violence, an attack on civilians that the escorts or
the police who chased the gunmen answered with fire stays the attack. Every sentence here was
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 11, 20)


def events(language: str, text: str) -> list[tuple[str, list[str]]]:
    found = extract(Article(text=text, published=PUB, language=language))
    return sorted((e.category, sorted(e.kinds)) for e in found if e.status == "reported")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Elementos de la Guardia Nacional realizaron un operativo en la colonia Las Palmas "
            "de Celaya, Guanajuato, el martes. Durante el cateo detuvieron a Ramiro 'N', "
            "identificado como líder de una célula delictiva, y a dos de sus colaboradores.",
        ),
        (
            "en",
            "Soldiers and state police carried out a raid in the Lomas del Sur neighborhood of "
            "Culiacán, Sinaloa, on Tuesday. During the search they arrested a man identified as "
            "the leader of a local cell and two of his bodyguards.",
        ),
    ],
)
def test_a_leader_caught_in_a_raid_makes_an_arrest(language: str, text: str) -> None:
    assert events(language, text) == [("arrest", ["security_operation"])]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Elementos de la Guardia Nacional realizaron un operativo en la colonia Las Palmas "
            "de Celaya, Guanajuato, el martes. Durante el cateo detuvieron a tres hombres que "
            "se encontraban en el domicilio.",
        ),
        (
            "en",
            "Soldiers and state police carried out a raid in the Lomas del Sur neighborhood of "
            "Culiacán, Sinaloa, on Tuesday. During the search they arrested three men who were "
            "inside the house.",
        ),
    ],
)
def test_a_raid_that_caught_nobody_of_note_stays_an_operation(language: str, text: str) -> None:
    assert events(language, text) == [("security_operation", ["arrest"])]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "En un punto de revisión de la carretera federal 15, en Navojoa, Sonora, militares "
            "aseguraron 300 kilos de cocaína ocultos en un tractocamión el lunes. El conductor "
            "fue detenido y puesto a disposición del Ministerio Público Federal.",
        ),
        (
            "en",
            "At a checkpoint on federal highway 15 near Navojoa, Sonora, soldiers seized 300 "
            "kilograms of cocaine hidden in a tractor-trailer on Monday. The driver was "
            "arrested and handed over to federal prosecutors.",
        ),
    ],
)
def test_goods_seized_before_the_carrier_held_make_a_seizure(language: str, text: str) -> None:
    assert events(language, text) == [("seizure", ["arrest"])]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Hombres armados asesinaron a tiros a un periodista en la colonia Centro de "
            "Salamanca, Guanajuato, la noche del domingo. Los escoltas del comunicador, agentes "
            "de la policía municipal, repelieron la agresión, pero los atacantes huyeron.",
        ),
        (
            "en",
            "Gunmen shot dead a journalist in downtown Salamanca, Guanajuato, on Sunday night. "
            "His bodyguards, municipal police officers, returned fire in a brief shootout, but "
            "the attackers escaped.",
        ),
    ],
)
def test_an_attack_on_a_civilian_answered_by_escorts_stays_an_attack(
    language: str, text: str
) -> None:
    assert events(language, text) == [("attack", ["armed_clash"])]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Soldados que patrullaban Nuevo Laredo, Tamaulipas, fueron atacados por sicarios "
            "el viernes y abatieron a cuatro agresores. El enfrentamiento duró media hora.",
        ),
        (
            "en",
            "Soldiers patrolling Nuevo Laredo, Tamaulipas, came under fire from gunmen on "
            "Friday and killed four of the attackers in a gunbattle.",
        ),
    ],
)
def test_forces_that_kill_their_attackers_fought_a_clash(language: str, text: str) -> None:
    assert [c for c, _ in events(language, text)] == ["armed_clash"]
