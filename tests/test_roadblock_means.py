"""Vehicles burned or set across a road to block it are a roadblock, with the burning as its
kind (issue 9, item 1: "gunmen who burn vehicles to block a road = one roadblock event"): the
purpose "para bloquear" is done by the act told before it, so it is no denied intention.
Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 11, 16)


def live(text: str, language: str) -> list[tuple[str, list[str]]]:
    events = extract(Article(text=text, published=PUB, language=language))
    return [(e.category, list(e.kinds)) for e in events if e.status in ("reported", "disputed")]


@pytest.mark.parametrize(
    "text",
    [
        "Hombres armados incendiaron dos tráileres y un autobús, que usaron para bloquear la "
        "carretera a Zitácuaro, Michoacán, este lunes.",
        "Sicarios quemaron cuatro camiones para cerrar el paso en el libramiento de Zamora, "
        "Michoacán, la mañana del domingo.",
    ],
)
def test_vehicles_burned_to_block_a_road_are_a_roadblock(text: str) -> None:
    assert live(text, "es") == [("roadblock", ["arson"])]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("En Tarímbaro, Michoacán, un tráiler fue atravesado sobre la autopista y después "
         "incendiado por desconocidos.", "es"),
        ("Gunmen set fire to two trucks they had parked across the highway near Zamora, "
         "Michoacan, on Sunday.", "en"),
    ],
)  # fmt: skip
def test_a_vehicle_set_across_a_road_is_a_roadblock(text: str, language: str) -> None:
    assert [c for c, _ in live(text, language)] == ["roadblock"]
