"""A count of happenings ("en dos hechos distintos", "two separate attacks") sums the dead of
its own clause: in a round-up sentence that tells another incident in another clause ("En X
hallaron seis cuerpos, mientras que en Y, en dos hechos distintos, mataron a cuatro"), that
other incident stays news with its own figure and place. Every sentence here was written for
these tests."""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 4, 3)

ROUND_UP = (
    "Una jornada violenta dejó diez muertos en Guerrero.\n"
    "En Iguala, fueron hallados seis cuerpos dentro de una camioneta, mientras que en Taxco, "
    "en dos hechos distintos, fueron asesinados cuatro hombres.\n"
    "En la comunidad de Acamixtla, en Taxco, la policía encontró los cuerpos de dos "
    "hombres baleados.\n"
    "El otro hecho ocurrió en una casa del poblado de Tecalpulco, municipio de Taxco, "
    "donde los vecinos hallaron otros dos cadáveres."
)


def test_a_count_of_happenings_sums_only_its_own_clause() -> None:
    events = extract(Article(text=ROUND_UP, published=PUB, language="es"))
    told = sorted((e.fatalities or 0, e.locations[0].name) for e in live(events))
    # the six bodies found in Iguala stay news; Taxco's four are the sum of its two finds
    assert told == [(2, "Acamixtla"), (2, "Tecalpulco"), (6, "Iguala de la Independencia")]
