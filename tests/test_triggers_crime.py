"""Everyday crime-report phrasing of local news (the `[acts.crime_reports]` block of
`lexicon/triggers.toml`): each class of phrasing makes an event, so the place the report
names is kept. One test per class; every sentence is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.extract.kinds import find_triggers
from sucesos.extract.text import fold
from sucesos.models import Article

PUB = date(2026, 11, 16)


def categories(text: str) -> set[str]:
    return {t.category for t in find_triggers(fold(text), text=text)}


def events(text: str, language: str = "es") -> list[tuple[str, str | None]]:
    found = extract(Article(text=text, published=PUB, language=language))
    return [
        (e.category, e.locations[0].admin2 if e.locations else None)
        for e in found
        if e.status in ("reported", "disputed")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Roban una motocicleta afuera de una farmacia en Zamora",
        "Asaltan a un repartidor de gas en Salamanca",
        "Detienen a dos ladrones de cable en Tepic",
        "Two burglars broke into a pawn shop in Mexicali",
    ],
)
def test_theft_and_robbery_report_an_event_with_no_acled_type(text: str) -> None:
    assert "other" in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hieren de bala a un taxista en Celaya",
        "Lesionan con arma blanca a un joven en Tonalá",
        "Agresión con arma de fuego en un taller de Uruapan",
        "Reportan disparos en un fraccionamiento de Mazatlán",
    ],
)
def test_wounding_with_a_weapon_is_an_attack(text: str) -> None:
    assert "attack" in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Desaparece un estudiante de 19 años en Xalapa",
        "Buscan a una maestra que salió de su casa en Tehuacán",
        "Se desconoce su paradero desde el viernes",
    ],
)
def test_disappearance_and_search_are_abductions(text: str) -> None:
    assert "abduction" in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Catean una bodega en Apatzingán", "security_operation"),
        ("Desmantelan un narcolaboratorio en la sierra de Cosalá", "seizure"),
        ("Asegura armas y cartuchos la Guardia Nacional en Caborca", "seizure"),
        ("Sentencian a un secuestrador en Cuautla", "arrest"),
    ],
)
def test_police_and_court_phrasing(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "La violencia se intensifica en Zitácuaro",
        "Gang violence flares again in Reynosa",
        "A bloody weekend leaves a border town in fear",
        "Sube la violencia en la sierra",
        "Dejan dos cabezas humanas frente a una primaria",
    ],
)
def test_violence_waves_and_remains_are_violent_events(text: str) -> None:
    assert categories(text) & {"attack", "body_discovery"}


def test_other_senses_of_robar_and_asegurar_are_not_events() -> None:
    assert not categories("La cantante se roba el show en la feria")
    assert "seizure" not in categories("Asegura el alcalde que habrá más patrullas")


def test_a_robbery_with_a_weapon_is_one_attack() -> None:
    assert events("Asaltan a un repartidor con arma de fuego en Celaya") == [("attack", "Celaya")]


def test_a_robbery_headline_keeps_its_place() -> None:
    assert events("Asaltan una tienda de conveniencia en Fresnillo") == [("other", "Fresnillo")]


def test_a_wound_without_an_act_is_an_outcome_not_an_attack_over_an_accident() -> None:
    assert {c for c, _ in events("Volcadura en la autopista deja tres heridos en Tepic")} == {
        "disaster"
    }
