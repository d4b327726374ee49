"""A roundup's toll over a short stretch of days (a weekend, the last 24 hours, how a week
began) is a tally, not an incident, even when it names a town, once it says the dead fell in
several happenings ("en distintos hechos") or counts killings ("nueve asesinatos"); the
happenings it sums are told one by one after it. Every sentence here was written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 10, 6)
NEXT = "\n\nEn la colonia Centro, un taxista fue asesinado a balazos por hombres armados."


@pytest.mark.parametrize(
    "lead",
    [
        "Durante el fin de semana, 12 personas fueron asesinadas en Zamora en hechos distintos.",
        "La semana inició con nueve asesinatos en Zamora, Michoacán.",
        "Zamora cerró el fin de semana con seis homicidios.",
        "Entre el viernes y el domingo, al menos 15 personas fueron asesinadas en Michoacán, "
        "en diferentes ataques.",
    ],
)
def test_a_short_periods_toll_over_several_happenings_is_a_tally(lead: str) -> None:
    events = extract(Article(text=lead + NEXT, published=PUB, language="es"))
    assert [e.fatalities for e in live(events)] == [1]
    assert any(e.status == "statistic" for e in events)
