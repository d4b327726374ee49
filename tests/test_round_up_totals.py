"""Round-ups' day, weekend and week totals are tallies, never live incidents (issue 9, item 2:
aggregates are not incidents): a stretch of time told as what left a toll or as its owner, a
toll over the whole country, a state's toll over a weekend or a week, homicides counted as
happenings with a verb of record. The incidents a round-up tells one by one stay news with
their own figures (`assemble/period_tallies.py`). Every article here is invented."""

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
    return sorted(e.fatalities or 0 for e in live(events))


def tallied(events: list[EventRecord], toll: int) -> bool:
    return any(e.status == "statistic" and e.fatalities == toll for e in events)


PERIOD_SUBJECT_ES = """Recuento de la violencia en Guanajuato

El fin de semana dejó 25 muertos en la entidad, de acuerdo con el conteo de la fiscalía.

En Salamanca, un comando entró a un domicilio y asesinó a cuatro personas el sábado
por la noche.
"""

PERIOD_SUBJECT_EN = """Violence tally in Guanajuato

The week's violence left 40 dead in Guanajuato, according to the state prosecutor's count.

In Salamanca, gunmen stormed a house and killed four people on Saturday night.
"""


def test_a_period_that_left_a_toll_is_a_tally_es() -> None:
    events = run(PERIOD_SUBJECT_ES, "es")
    assert tallied(events, 25)
    assert live_tolls(events) == [4]


def test_a_period_that_left_a_toll_is_a_tally_en() -> None:
    events = run(PERIOD_SUBJECT_EN, "en")
    assert tallied(events, 40)
    assert live_tolls(events) == [4]


TOWN_NIGHT_ES = """Noche violenta en Culiacán

Una noche violenta dejó siete muertos en Culiacán.

En la colonia Centro, un hombre fue asesinado a balazos afuera de su casa.
"""

TOWN_WEEKEND_EN = """Weekend of violence in Culiacán

A violent weekend in Culiacán left 12 people dead.

On Saturday, gunmen killed three men at a car wash in the Centro neighborhood.
"""


def test_a_towns_violent_night_is_its_tally_es() -> None:
    events = run(TOWN_NIGHT_ES, "es")
    assert tallied(events, 7)
    assert live_tolls(events) == [1]


def test_a_towns_violent_weekend_is_its_tally_en() -> None:
    events = run(TOWN_WEEKEND_EN, "en")
    assert tallied(events, 12)
    assert live_tolls(events) == [3]


NATIONAL_EN = """Homicides in Mexico

There were 85 homicides nationwide on Monday, according to preliminary federal figures.

In Irapuato, Guanajuato, a man was shot dead outside a store.
"""

NATIONAL_ES = """Violencia en el país

Este domingo, 96 personas fueron asesinadas en todo el país, de acuerdo con el conteo
preliminar del gobierno federal.

En Mazatlán, Sinaloa, fueron hallados los cuerpos de cuatro hombres en un terreno baldío.
"""


def test_a_countrys_toll_is_a_tally_en() -> None:
    events = run(NATIONAL_EN, "en")
    assert tallied(events, 85)
    assert live_tolls(events) == [1]


def test_a_countrys_toll_is_a_tally_es() -> None:
    events = run(NATIONAL_ES, "es")
    assert tallied(events, 96)
    assert live_tolls(events) == [4]


COMPARED_EN = """Police ambushed

Gunmen opened fire on a police convoy in the State of Mexico on Thursday, killing nine
officers in the worst attack on police in the country since 2019.

The officers were patrolling a rural road when they were attacked.
"""


def test_the_country_as_the_field_of_a_comparison_sums_nothing() -> None:
    # a guard: "the worst attack … in the country" is the news's own act
    events = run(COMPARED_EN, "en")
    assert live_tolls(events) == [9]


STATE_WEEKEND_ES = """Fin de semana en Guanajuato

Al menos 18 personas fueron asesinadas este fin de semana en Guanajuato, según el conteo
de las autoridades estatales.

En Celaya, dos hombres fueron asesinados a balazos en un taller mecánico.
"""

STATE_WEEK_EN = """A week in Guanajuato

At least 45 people were murdered in Guanajuato during the past week, according to the state
prosecutor.

In Celaya, two men were shot dead at a repair shop on Sunday.
"""


def test_a_states_toll_over_this_weekend_is_a_tally_es() -> None:
    events = run(STATE_WEEKEND_ES, "es")
    assert tallied(events, 18)
    assert live_tolls(events) == [2]


def test_a_states_toll_over_the_past_week_is_a_tally_en() -> None:
    events = run(STATE_WEEK_EN, "en")
    assert tallied(events, 45)
    assert live_tolls(events) == [2]


RECORDED_ES = """Violencia en Sinaloa

De acuerdo con el conteo federal, el sábado se cometieron otros cuatro homicidios en
Sinaloa.

La Fiscalía no ha informado de detenidos.
"""

RECORDED_EN = """Violence in Sinaloa

Federal reports show there were three more murders in Sinaloa on Sunday.

No arrests have been reported.
"""


def test_homicides_recorded_as_happenings_are_a_tally_es() -> None:
    events = run(RECORDED_ES, "es")
    assert tallied(events, 4)
    assert live_tolls(events) == []


def test_homicides_recorded_as_happenings_are_a_tally_en() -> None:
    events = run(RECORDED_EN, "en")
    assert tallied(events, 3)
    assert live_tolls(events) == []


DIFFERENT_EVENTS_EN = """Sunday in Michoacán

At least 17 people died in different events in the state of Michoacán on Sunday, officials
said.

In Uruapan, gunmen opened fire on a family at their home, killing four.
"""


def test_a_states_toll_in_different_events_is_a_tally_en() -> None:
    events = run(DIFFERENT_EVENTS_EN, "en")
    assert tallied(events, 17)
    assert live_tolls(events) == [4]


DEADLIEST_EN = """Mexico's deadliest day

Sunday was the deadliest day of the year in Mexico, with 104 murders, according to
preliminary figures.

Among the victims were five men shot dead at a bar in Celaya, Guanajuato.
"""

VIOLENT_DAY_ES = """Jornada violenta en Guanajuato

Una jornada violenta con 14 asesinatos se vivió este domingo en Guanajuato, según el conteo
de la fiscalía.

En León, hombres armados mataron a cinco hombres en un bar.
"""


def test_the_deadliest_day_is_a_tally_en() -> None:
    events = run(DEADLIEST_EN, "en")
    assert tallied(events, 104)
    assert 104 not in live_tolls(events)


def test_a_violent_day_with_its_toll_is_a_tally_es() -> None:
    events = run(VIOLENT_DAY_ES, "es")
    assert tallied(events, 14)
    assert live_tolls(events) == [5]


ALONE_EN = """Sinaloa violence

Eleven people were killed in Culiacán on Monday alone, bringing the weekly total to 38.

Police did not say whether the killings were connected.
"""

ALONE_ES = """Violencia en Sinaloa

Tan solo este lunes fueron asesinadas once personas en Culiacán, según la Fiscalía.

Las autoridades no han dicho si los crímenes están relacionados.
"""


def test_a_day_alone_is_part_of_a_tally_en() -> None:
    events = run(ALONE_EN, "en")
    assert live_tolls(events) == []


def test_a_day_alone_is_part_of_a_tally_es() -> None:
    events = run(ALONE_ES, "es")
    assert live_tolls(events) == []


ONE_ACT_ES = """Ataque en un bar

Cinco personas murieron este fin de semana en un ataque a un bar en Guanajuato, informó la
Fiscalía.

Los agresores huyeron en una camioneta.
"""


def test_one_act_told_over_a_weekend_stays_news() -> None:
    # a guard: one act's toll is no sum, whatever its period
    events = run(ONE_ACT_ES, "es")
    assert live_tolls(events) == [5]


REGION_EN = """Violence in Zacatecas

Across the entire state of Zacatecas, 17 people were killed on Friday, officials said.

In Fresnillo, gunmen shot dead two men outside a bar.
"""

REGION_ES = """Violencia en el país

Una racha de ataques dejó 37 muertos en seis estados, según reportes de las fiscalías.

En Irapuato, Guanajuato, hombres armados mataron a dos hombres afuera de un taller.
"""


def test_a_toll_across_the_whole_state_is_a_tally_en() -> None:
    events = run(REGION_EN, "en")
    assert tallied(events, 17)
    assert live_tolls(events) == [2]


def test_a_toll_over_a_count_of_states_is_a_tally_es() -> None:
    events = run(REGION_ES, "es")
    assert tallied(events, 37)
    assert live_tolls(events) == [2]


MUNICIPALITIES_EN = """Violence in Zacatecas

At least 14 people were killed in at least five municipalities of Zacatecas on Sunday, the
state prosecutor said.

In Fresnillo, gunmen shot dead three men at a car wash.
"""


def test_a_toll_over_a_count_of_municipalities_is_a_tally_en() -> None:
    events = run(MUNICIPALITIES_EN, "en")
    assert tallied(events, 14)
    assert live_tolls(events) == [3]


RELATIVE_ES = """Noche violenta en Morelos

Morelos vivió este sábado una noche violenta que dejó nueve muertos, informó la fiscalía
del estado.

En Cuautla, hombres armados mataron a tres hombres en un taller.
"""

RELATIVE_EN = """A day in Sinaloa

Sinaloa lived through a violent day that left 16 people dead, the state prosecutor said.

In Culiacán, gunmen shot dead three men at a car wash on Saturday.
"""


def test_a_violent_night_that_left_a_toll_is_a_tally_es() -> None:
    events = run(RELATIVE_ES, "es")
    assert tallied(events, 9)
    assert live_tolls(events) == [3]


def test_a_violent_day_that_left_a_toll_is_a_tally_en() -> None:
    events = run(RELATIVE_EN, "en")
    assert tallied(events, 16)
    assert live_tolls(events) == [3]


WAVE_ON_FORCES_EN = """Soldiers ambushed

At least 12 soldiers were killed in ambushes on army patrols in five states on Saturday, the
Defense Ministry said.

The attacks followed the arrest of a cartel leader.
"""


def test_a_wave_of_attacks_on_the_forces_stays_an_event() -> None:
    # a guard: the day's ambushes on the forces over several states are an aggregate event
    events = run(WAVE_ON_FORCES_EN, "en")
    assert 12 in live_tolls(events)


MANY_ATTACKS_ES = """Violencia en Nuevo León

Para el martes la violencia siguió y cuatro hombres murieron en múltiples ataques a balazos
en el estado, según la Fiscalía.

En Monterrey, un joven fue baleado afuera de su casa.
"""


def test_a_states_dead_in_many_attacks_are_a_tally_es() -> None:
    events = run(MANY_ATTACKS_ES, "es")
    assert tallied(events, 4)
    assert 4 not in live_tolls(events)
