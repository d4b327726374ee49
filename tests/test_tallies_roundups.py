"""A roundup's lead sums incidents the article then tells one by one, at several sites or
in several towns: the lead is their tally, never an incident with their toll (issue 9).
Every article here is invented for the test."""

from __future__ import annotations

import re
from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 9)  # a Monday


def run(text: str) -> list[EventRecord]:
    text = re.sub(r"(?<!\n)\n(?!\n)", " ", text.strip())
    return extract(Article(text=text, published=PUB, language="es"))


def live_tolls(events: list[EventRecord]) -> list[int]:
    live = [e for e in events if e.status in ("reported", "disputed") and e.category == "attack"]
    return sorted(e.fatalities or 0 for e in live)


INCIDENTS = """
En la madrugada del domingo, sujetos armados mataron a dos hombres en la colonia Las Flores.

Horas más tarde, en la colonia El Mirador, un taxista fue asesinado a balazos.
"""

LEADS = [
    # the span of hours, with the number before "últimas"
    "Al menos tres personas fueron asesinadas en las 24 últimas horas en los municipios de "
    "Celaya y Salamanca, Guanajuato.",
    # "en menos de 24 horas" over two towns
    "En menos de 24 horas, tres personas fueron asesinadas en Celaya y Salamanca, Guanajuato.",
    # the sites of the incidents, without naming them
    "Tres personas fueron asesinadas en diferentes puntos de Celaya, Guanajuato, el fin de semana.",
    # a count of the towns
    "Celaya, Guanajuato.- Ataques armados registrados en al menos dos municipios dejaron tres "
    "personas asesinadas el domingo.",
    # a wave of violence that left a toll
    "Celaya, Guanajuato.- La ola de violencia dejó tres personas asesinadas el fin de semana.",
    # a series of violent events, and what it left told by a gerund after a comma
    "Una serie de hechos violentos sacudió el domingo al municipio de Celaya, dejando un "
    "saldo de tres personas asesinadas.",
]


@pytest.mark.parametrize("lead", LEADS)
def test_a_roundups_lead_is_the_tally_of_the_incidents_told_after_it(lead: str) -> None:
    events = run(lead + "\n\n" + INCIDENTS)
    assert live_tolls(events) == [1, 2]
    assert any(e.status == "statistic" and e.fatalities == 3 for e in events)


def test_a_day_in_a_state_over_the_last_hours_is_a_tally() -> None:
    text = (
        "Jornada violenta en el Edomex\n\nOnce personas murieron de manera violenta en las "
        "últimas horas en el Estado de México, según reportes policiales."
    )
    events = run(text)
    tallies = [e for e in events if e.fatalities == 11]
    assert tallies and all(e.status == "statistic" for e in tallies)


def test_victims_of_several_incidents_told_together_are_their_tally() -> None:
    text = (
        "Violencia en el Edomex\n\nToluca, Edomex.- Siete personas fueron asesinadas en las "
        "últimas horas en el Estado de México. Cinco hombres y dos mujeres fueron ultimados en "
        "hechos diversos.\n\n"
        "En Ecatepec, sujetos armados mataron a tres hombres en la colonia Las Brisas.\n\n"
        "En otro hecho, en Naucalpan, cuatro personas fueron asesinadas en su domicilio."
    )
    events = run(text)
    assert live_tolls(events) == [3, 4]


def test_a_sum_over_sites_that_names_no_place_is_placed_where_the_address_says() -> None:
    article = Article(
        text="Detienen a cinco presuntos vendedores de droga en distintas colonias",
        url="https://www.diario.example/chihuahua/seguridad/detienen-a-cinco",
        published=PUB,
        language="es",
    )
    (event,) = extract(article)
    assert [(loc.admin1, loc.precision) for loc in event.locations] == [("Chihuahua", "state")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Al menos doce policías murieron en distintas agresiones registradas en buena parte "
            "del país, informó la Secretaría de Seguridad.",
            "es",
        ),
        (
            "Twelve police officers were killed in separate attacks across the country, the "
            "security ministry said.",
            "en",
        ),
    ],
)
def test_a_sum_over_the_country_is_not_placed_in_the_outlets_state(
    text: str, language: str
) -> None:
    article = Article(
        text=text,
        url="https://www.diario.example/jalisco/seguridad/nota",
        published=PUB,
        language=language,
    )
    (event,) = extract(article)
    assert event.fatalities == 12
    assert [(loc.admin1, loc.precision) for loc in event.locations] == [(None, "country")]
