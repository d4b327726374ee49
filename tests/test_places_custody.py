"""The town of the prison a detainee was taken to is no place of the arrest (issue 9 item 4):
"fue ingresado al penal de X", "were transferred to a prison in X" tell where the detainee
is held, not where the act was. A prison named without a transfer is where its riot was.
Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 3, 4)


def places(language: str, text: str) -> list[list[str]]:
    found = live(extract(Article(text=text, published=PUB, language=language)))
    return [[loc.name for loc in e.locations] for e in found]


def test_the_prison_a_detainee_was_taken_to_is_no_scene_es() -> None:
    assert places(
        "es",
        "Agentes ministeriales detuvieron el martes en Tamazunchale a un hombre acusado de "
        "asesinar a un comerciante. El detenido fue trasladado al centro penitenciario de "
        "Ciudad Valles, donde quedó a disposición de un juez.",
    ) == [["Tamazunchale"]]


def test_the_prison_a_detainee_was_taken_to_is_no_scene_en() -> None:
    assert places(
        "en",
        "Three men arrested on Tuesday in Tepatitlán with rifles were transferred to a prison "
        "in Puente Grande, police said.",
    ) == [["Tepatitlán de Morelos"]]


def test_a_riot_in_a_prison_stays_in_its_town() -> None:
    assert places(
        "es",
        "Un motín en el penal de Ciudad Valles dejó tres internos muertos el domingo.",
    ) == [["Ciudad Valles"]]
