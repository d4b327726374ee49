"""A roundup tells its incidents one by one, each opened by a time or an order word that is no
background and no tally: "Poco antes de la medianoche" tells the clock, not an earlier
happening; "Ese mismo día" is the day of the sentence before (news after news); "se registró el
ataque contra dos hombres" records one happening, no tally. Every sentence here was written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 10, 6)
LEAD = (
    "El sábado por la tarde, un hombre fue asesinado a balazos en la colonia Centro de Zamora, "
    "Michoacán.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Poco antes de la medianoche, un joven fue asesinado en la colonia Jardinadas, en Jacona.",
        "Ese mismo día, un joven fue asesinado a tiros en la colonia Jardinadas, en Jacona.",
        "Posteriormente se registró el ataque en contra de dos hombres en la colonia Jardinadas, "
        "en Jacona; una de las víctimas falleció en el lugar.",
    ],
)
def test_a_roundups_next_incident_stays_news(sentence: str) -> None:
    events = live(extract(Article(text=LEAD + sentence, published=PUB, language="es")))
    towns = {e.locations[0].admin2 for e in events if e.locations}
    assert towns == {"Zamora", "Jacona"}
