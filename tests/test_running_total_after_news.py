"""A running total told after a clause that tells the news ("Con el asesinato de dos hombres
en X, ya suman 30 homicidios en el mes"): the clause before the comma is the news, with its
own figure, and the total a tally of its own (before, the whole sentence was the tally and
the news kept none of its dead). Every article here is invented for the test (issue 9)."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 10, 21)


@pytest.mark.parametrize(
    ("text", "killed", "total"),
    [
        (
            "Con el asesinato de dos hombres en la colonia San Rafael, ya suman 38 homicidios "
            "en Uruapan en lo que va de octubre.\n\n"
            "Las víctimas fueron atacadas a balazos la noche del lunes afuera de un taller.",
            2,
            38,
        ),
        (
            "Con el homicidio de tres jóvenes en la colonia Centro, ya son 41 los asesinatos en "
            "Zamora este mes.\n\n"
            "Los jóvenes fueron baleados afuera de una tienda la tarde del domingo.",
            3,
            41,
        ),
    ],
)
def test_the_news_before_a_running_total_keeps_its_dead(text: str, killed: int, total: int) -> None:
    events = extract(Article(text=text, published=PUB, language="es"))
    news = [e.fatalities for e in events if e.status == "reported"]
    tallies = [e.fatalities for e in events if e.status == "statistic"]
    assert news == [killed]
    assert total in tallies


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Con el homicidio de un mecánico en la colonia Las Flores, ya suman 27 asesinatos "
            "en Apatzingán en lo que va de noviembre.\n\n"
            "El hombre fue atacado a balazos la mañana del martes dentro de su taller.",
            "es",
        ),
        (
            "Con el asesinato de Ramiro Salgado en la colonia Las Flores, el número de homicidios "
            "en Apatzingán este mes llegó a 27.\n\n"
            "El comerciante fue atacado a balazos la mañana del martes dentro de su tienda.",
            "es",
        ),
        (
            "With the killing of a mechanic in the Las Flores neighborhood, the number of "
            "murders in Apatzingan this month has reached 27.\n\n"
            "The man was shot inside his workshop on Tuesday morning.",
            "en",
        ),
    ],
)
def test_one_victim_named_before_a_running_total_is_the_news_dead(text: str, language: str) -> None:
    events = extract(Article(text=text, published=PUB, language=language))
    assert [e.fatalities for e in events if e.status == "reported"] == [1]
