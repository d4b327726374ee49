"""A lead that sums a day's or a night's violence in a town, then told incident by incident,
is the article's tally of them, not an incident with their toll (issue 9). Every article
here is invented for the test."""

from __future__ import annotations

import re
from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 9)  # a Monday


def run(text: str, language: str) -> list[EventRecord]:
    text = re.sub(r"(?<!\n)\n(?!\n)", " ", text.strip())
    return extract(Article(text=text, published=PUB, language=language))


def live_tolls(events: list[EventRecord]) -> list[int]:
    return sorted(e.fatalities or 0 for e in live(events) if e.category == "attack")


NIGHT_ES = """Cuautla, Morelos.- Una noche marcada por ataques armados en Cuautla y Yautepec dejó
como saldo cuatro personas asesinadas este domingo.

En Cuautla, alrededor de las 20:00 horas, un ataque armado en la colonia Centro dejó tres
hombres sin vida.

Una hora después, en la colonia Las Flores de Yautepec, sujetos armados mataron a un joven.
"""

NIGHT_EN = """Cuautla, Morelos - A violent night in Cuautla and Yautepec left four people dead
on Sunday.

In Cuautla, gunmen shot dead three men in the Centro neighborhood around 8 p.m.

In Yautepec, a man was shot dead in his home an hour later.
"""


def test_a_nights_toll_told_attack_by_attack_is_their_tally_es() -> None:
    events = run(NIGHT_ES, "es")
    assert live_tolls(events) == [1, 3]
    assert any(e.status == "statistic" and e.fatalities == 4 for e in events)


def test_a_nights_toll_told_attack_by_attack_is_their_tally_en() -> None:
    events = run(NIGHT_EN, "en")
    assert live_tolls(events) == [1, 3]
    assert any(e.status == "statistic" and e.fatalities == 4 for e in events)


DAY_WITH_BODIES_ES = """Chilpancingo, Guerrero.- Al menos seis personas murieron por una jornada
violenta en Chilpancingo este domingo.

En la colonia Centro, hombres armados ingresaron a un bar y asesinaron a dos hombres.

En otro hecho, las autoridades encontraron cuatro cadáveres con huellas de tortura a un
costado de la carretera federal.
"""

DAY_WITH_BODIES_EN = """Chilpancingo, Guerrero - At least six people were killed in a day of
violence in Chilpancingo on Sunday.

In downtown Chilpancingo, gunmen stormed a bar and killed two men.

Separately, police found the bodies of four men dumped beside the federal highway.
"""


def test_bodies_found_count_among_the_incidents_a_day_sums_es() -> None:
    events = run(DAY_WITH_BODIES_ES, "es")
    assert live_tolls(events) == [2]
    assert not any(e.fatalities == 6 for e in live(events))
    assert any(e.status == "statistic" and e.fatalities == 6 for e in events)


def test_bodies_found_count_among_the_incidents_a_day_sums_en() -> None:
    events = run(DAY_WITH_BODIES_EN, "en")
    assert live_tolls(events) == [2]
    assert not any(e.fatalities == 6 for e in live(events))
    assert any(e.status == "statistic" and e.fatalities == 6 for e in events)


ONE_ATTACK_ES = """Celaya, Guanajuato.- Tres hombres fueron asesinados este domingo en un ataque
armado en un bar de la colonia Centro de Celaya.

Los agresores huyeron en una camioneta.
"""


def test_one_attack_with_no_tally_stays_the_news() -> None:
    events = run(ONE_ATTACK_ES, "es")
    assert live_tolls(events) == [3]
    assert not any(e.status == "statistic" for e in events)
