"""A road blocked in the very sentence of a violent act is how the act was done (issue 9,
part of an incident): gunmen who shut a highway to stop the people they shot, a shootout on
the stretch of road they closed. The roadblock joins the act as one of its kinds instead of
a record of its own; shots that hurt no one are how the road was blocked, and the roadblock
stays the main act. Every article here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 4, 14)

JOINED = [
    (
        "es",
        "attack",
        "Sujetos armados bloquearon la carretera a Zitácuaro con dos camiones de carga y "
        "dispararon contra una camioneta de pasajeros, matando a tres personas este lunes, "
        "informó la Fiscalía de Michoacán.",
    ),
    (
        "en",
        "attack",
        "Gunmen set up a roadblock on the highway near Escuinapa, Sinaloa, on Monday and shot "
        "dead two police officers who arrived at the scene.",
    ),
    (
        "es",
        "armed_clash",
        "Durante la madrugada del lunes fue reportado un bloqueo sobre el camino a Matamoros, "
        "en Reynosa, Tamaulipas, y también un enfrentamiento entre civiles armados y policías "
        "estatales en ese tramo.",
    ),
    (
        "en",
        "armed_clash",
        "Early on Monday a roadblock was reported on the road to Matamoros, in Reynosa, "
        "Tamaulipas, along with a gunfight between armed civilians and state police on the "
        "same stretch.",
    ),
]


@pytest.mark.parametrize(("language", "category", "text"), JOINED)
def test_a_road_blocked_in_the_act_is_a_kind_of_it(language: str, category: str, text: str) -> None:
    events = live(extract(Article(text=text, published=PUB, language=language)))
    assert [e.category for e in events] == [category]
    assert "roadblock" in events[0].kinds


def test_shots_that_hurt_no_one_are_how_the_road_was_blocked() -> None:
    text = (
        "Hubo balaceras y bloqueos en las calles de Reynosa, Tamaulipas, durante la "
        "madrugada del lunes."
    )
    events = live(extract(Article(text=text, published=PUB, language="es")))
    assert [e.category for e in events] == ["roadblock"]
