"""Which happenings of an article are one incident and which are apart, and which are of
another time: invented articles, one test per phrasing class, in Spanish and English."""

from __future__ import annotations

import re
from datetime import date

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 10)  # a Tuesday


def run(text: str, language: str, published: date = PUB) -> list[EventRecord]:
    text = re.sub(r"(?<!\n)\n(?!\n)", " ", text.strip())
    return extract(Article(text=text, published=published, language=language))


def live(events: list[EventRecord]) -> list[EventRecord]:
    return [e for e in events if e.status in ("reported", "disputed")]


def of(events: list[EventRecord], category: str) -> list[EventRecord]:
    return [e for e in live(events) if e.category == category]


# --- a raid by the authorities is the main act of its arrests and seizures --------------------

SEARCH_ES = """Catean casa de seguridad en Culiacán

Elementos de la Guardia Nacional realizaron la tarde del lunes un cateo en una vivienda de la
colonia Las Quintas, en Culiacán, Sinaloa, que según las autoridades era una casa de seguridad.

En el inmueble detuvieron a tres hombres y aseguraron dos fusiles, cargadores y cartuchos.
"""

SEARCH_EN = """Troops search a safe house in Culiacán

National Guard troops carried out a search operation on Monday afternoon at a house in
Culiacán, Sinaloa, that officials described as a safe house.

Inside, they arrested three men and seized two rifles and ammunition.
"""


def test_raid_is_the_main_act_of_its_arrests_and_seizures_es() -> None:
    (raid,) = live(run(SEARCH_ES, "es"))
    assert raid.category == "security_operation"
    assert {"arrest", "seizure"} <= set(raid.kinds)


def test_raid_is_the_main_act_of_its_arrests_and_seizures_en() -> None:
    (raid,) = live(run(SEARCH_EN, "en"))
    assert raid.category == "security_operation"
    assert {"arrest", "seizure"} <= set(raid.kinds)


# --- arrests by the authorities are not part of an attack by others --------------------------

ATTACK_ARREST_ES = """Asesinan a dos hombres en un taller de Irapuato

Dos hombres fueron asesinados a balazos la noche del lunes en un taller mecánico de Irapuato,
Guanajuato, por sujetos que llegaron en motocicleta.

Policías municipales detuvieron después a un sospechoso que huía por la avenida principal.
"""

ATTACK_ARREST_EN = """Two men shot dead at an Irapuato garage

Two men were shot dead on Monday night at a garage in Irapuato, Guanajuato, by gunmen on a
motorcycle.

Municipal police later arrested a suspect who was fleeing along the main avenue.
"""


def test_arrest_after_an_attack_is_its_own_event_es() -> None:
    events = run(ATTACK_ARREST_ES, "es")
    assert len(of(events, "attack")) == 1 and len(of(events, "arrest")) == 1


def test_arrest_after_an_attack_is_its_own_event_en() -> None:
    events = run(ATTACK_ARREST_EN, "en")
    assert len(of(events, "attack")) == 1 and len(of(events, "arrest")) == 1


# --- a pluperfect clause inside a news sentence tells an earlier event -----------------------

FUNERAL_ES = """Atacan velorio en Salamanca

Cuatro muertos dejó el ataque de un grupo armado contra el velorio de un comerciante –quien
había sido asesinado dos días antes– en la colonia Bellavista de Salamanca, Guanajuato.
"""

FUNERAL_EN = """Gunmen attack a wake in Salamanca

Four people died when gunmen attacked the wake of a shopkeeper, who had been murdered two days
earlier, in Salamanca, Guanajuato.
"""


def _earlier_killing_apart(events: list[EventRecord]) -> None:
    (attack,) = of(events, "attack")
    assert attack.fatalities == 4
    assert all("murdered" not in x.text and "asesinado" not in x.text for x in attack.evidence)
    assert [e.status for e in events if e.category == "attack" and e is not attack] == [
        "historical"
    ]


def test_pluperfect_clause_is_an_earlier_event_es() -> None:
    _earlier_killing_apart(run(FUNERAL_ES, "es"))


def test_pluperfect_clause_is_an_earlier_event_en() -> None:
    _earlier_killing_apart(run(FUNERAL_EN, "en"))
