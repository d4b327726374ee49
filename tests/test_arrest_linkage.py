"""What the people arrested are linked to ("dos hombres relacionados con el asesinato de un
comerciante", "vinculados al secuestro de") names a crime they are accused of, not an act the
sentence reports; and what an arrest came of ("las detenciones se derivaron del hallazgo de
un cuerpo") happened before it. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 10, 8)
ARREST = "Policías detuvieron a dos hombres en Jacona, Michoacán, este martes."


@pytest.mark.parametrize(
    "text",
    [
        "Policías detuvieron a dos hombres relacionados con el asesinato de un comerciante en "
        "Jacona, Michoacán, este martes.",
        "Policías detuvieron a dos hombres vinculados al secuestro de un comerciante en Jacona, "
        "Michoacán, este martes.",
        ARREST + "\n\nLas detenciones se derivaron del hallazgo de un cuerpo en la colonia Centro.",
    ],
)
def test_the_crime_an_arrest_is_linked_to_is_no_current_act(text: str) -> None:
    events = live(extract(Article(text=text, published=PUB, language="es")))
    assert [e.category for e in events] == ["arrest"]
