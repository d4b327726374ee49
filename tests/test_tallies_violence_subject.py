"""A lead whose subject is violence itself ("La violencia en la sierra dejó…", "Violence across
the state left…") or a violent span with its toll in a relative clause ("…vivió un fin de
semana de cruda violencia, que dejó…") sums the incidents the article then tells: it is their
tally, never the toll of the one incident in the state (issue 9). Every article here is
invented for the test."""

from __future__ import annotations

import re
from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 4, 13)  # a Monday


def run(text: str, language: str) -> list[EventRecord]:
    text = re.sub(r"(?<!\n)\n(?!\n)", " ", text.strip())
    return extract(Article(text=text, published=PUB, language=language))


def live_tolls(events: list[EventRecord]) -> list[int]:
    return sorted(e.fatalities or 0 for e in live(events) if e.fatalities)


STATE_ES = """La violencia en Zacatecas dejó este domingo ocho personas muertas y tres heridas.

En Fresnillo, policías estatales abatieron a tres presuntos delincuentes tras una persecución
que terminó en un enfrentamiento.

Más tarde, en Jerez, hombres armados mataron a cinco trabajadores de un rancho.
"""

STATE_EN = """Violence in Zacatecas left eight people dead and three wounded on Sunday.

In Fresnillo, state police killed three suspected gunmen after a chase that ended in a
shootout.

Later, in Jerez, gunmen killed five ranch workers.
"""


def test_violence_as_the_subject_sums_the_incidents_told_after_it_es() -> None:
    events = run(STATE_ES, "es")
    assert live_tolls(events) == [3, 5]
    assert any(e.status == "statistic" and e.fatalities == 8 for e in events)


def test_violence_as_the_subject_sums_the_incidents_told_after_it_en() -> None:
    events = run(STATE_EN, "en")
    assert live_tolls(events) == [3, 5]
    assert any(e.status == "statistic" and e.fatalities == 8 for e in events)


ONE_TOWN_ES = """La violencia en Zacatecas dejó este domingo ocho personas muertas y tres heridas.

En Fresnillo, hombres armados atacaron a balazos una fiesta familiar en la colonia Centro.
"""


def test_violence_as_the_subject_keeps_no_toll_on_the_one_incident_named_es() -> None:
    # the state's toll is not the party's: the article gives the party none of its own
    events = run(ONE_TOWN_ES, "es")
    assert not any(e.fatalities == 8 for e in live(events) if e.locations[0].admin2)


def test_an_operation_against_violence_sums_nothing_es() -> None:
    text = (
        "En Fresnillo, el operativo contra la violencia dejó cuatro detenidos en la colonia "
        "Centro este domingo."
    )
    events = run(text, "es")
    assert any(e.status == "reported" and e.locations[0].admin2 == "Fresnillo" for e in events)


WEEKEND_ES = """El estado de Zacatecas vivió un fin de semana de cruda violencia, que dejó
nueve personas asesinadas.

El viernes, en Fresnillo, un comando disparó contra una vivienda y mató a cuatro hombres.

El sábado, en Jerez, cinco jóvenes fueron asesinados a tiros afuera de un bar.
"""


def test_a_weekends_toll_in_a_relative_clause_is_their_tally_es() -> None:
    events = run(WEEKEND_ES, "es")
    assert live_tolls(events) == [4, 5]
    assert any(e.status == "statistic" and e.fatalities == 9 for e in events)
