"""A round-up whose clauses after the first leave out the verb and keep its object ("…
asesinaron a tres hombres en X, a dos mujeres en Y y a otro en Z", "gunmen killed three men
in X, two in Y and a young woman in Z"): each town with its own figure is an incident of its
own, not one record of the first figure in the state. Every article here is invented for the
test (issue 9)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 5, 4)


def _tolls(text: str, language: str) -> list[tuple[str | None, int]]:
    events = live(extract(Article(text=text, published=PUB, language=language)))
    out = [(e.locations[0].admin2 if e.locations else None, e.fatalities or 0) for e in events]
    return sorted(out, key=lambda x: (x[0] or "", x[1]))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La noche del sábado, hombres armados asesinaron a tres hombres en Tarímbaro, a dos "
            "mujeres en Zinapécuaro y a un joven en Huetamo, informó la Fiscalía de Michoacán.",
            "es",
        ),
        (
            "On Saturday night gunmen killed three men in Tarimbaro, two women in Zinapecuaro "
            "and a young man in Huetamo, the Michoacan prosecutor's office said.",
            "en",
        ),
    ],
)
def test_each_town_of_an_object_list_is_an_incident(text: str, language: str) -> None:
    tolls = _tolls(text, language)
    assert ("Tarímbaro", 3) in tolls
    assert ("Zinapécuaro", 2) in tolls
    assert ("Huetamo", 1) in tolls
