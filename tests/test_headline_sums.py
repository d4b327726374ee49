"""A headline whose dead are the sum of the accounts the body tells (issue 9): its figure is
the article's tally, never the first account's toll. Every sentence here was written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 9, 17)  # a Wednesday

ES = """Matan a cinco en Zamora y Jacona

La noche del lunes, hombres armados asesinaron a tres hombres en la colonia Lomas Verdes de
Zamora.

La madrugada del martes, dos mujeres fueron asesinadas a balazos en Jacona."""

EN = """Five killed in Zamora and Jacona

On Monday night, gunmen killed three men in the Lomas Verdes neighborhood of Zamora.

Early on Tuesday, two women were shot dead in Jacona."""


@pytest.mark.parametrize(("text", "language"), [(ES, "es"), (EN, "en")])
def test_a_headline_summing_the_accounts_is_no_accounts_toll(text: str, language: str) -> None:
    events = extract(Article(text=text, published=PUB, language=language))
    live = sorted((e.locations[0].admin2, e.fatalities) for e in events if e.status == "reported")
    assert live == [("Jacona", 2), ("Zamora", 3)]


def test_a_headline_with_the_one_accounts_toll_stays_its_news() -> None:
    text = """Matan a tres en Zamora

La noche del lunes, hombres armados asesinaron a tres hombres en la colonia Lomas Verdes de
Zamora."""
    events = extract(Article(text=text, published=PUB, language="es"))
    assert [(e.status, e.fatalities) for e in events] == [("reported", 3)]
