"""A fight of a few ("riña" between neighbours, of a couple, in a bar or at a party) is no
riot (issue 9, wrong-category): a riot needs a crowd or a prison. Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest
from conftest import trigger_categories as categories


@pytest.mark.parametrize(
    "text",
    [
        "Una riña entre vecinos de la calle Olivo terminó con un hombre herido de bala.",
        "La policía atendió una riña familiar en una vivienda de la colonia Centro.",
        "El ataque se originó en una riña al interior de la cantina, dijo la fiscalía.",
        "Todo comenzó con una riña durante la fiesta; después llegaron hombres armados.",
    ],
)
def test_a_fight_of_a_few_is_no_riot(text: str) -> None:
    assert "riot" not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Una riña entre internos del penal dejó cuatro reos muertos y once heridos.",
        "Se desató una riña en el interior del centro penitenciario durante la visita.",
    ],
)
def test_a_fight_in_a_prison_stays_a_riot(text: str) -> None:
    assert "riot" in categories(text)
