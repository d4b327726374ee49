"""The account of one incident goes on over several sentences: one more victim, a death
in hospital, what the attackers did a few sentences later are that incident's, not events
of their own. Every article here was written for these tests; places and institutions are
real names the extractor must know, the people and incidents are invented."""

from __future__ import annotations

import re
from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 10)  # a Tuesday


def run(text: str, language: str) -> list[EventRecord]:
    # a paragraph is one line, as in a feed
    text = re.sub(r"(?<!\n)\n(?!\n)", " ", text.strip())
    return extract(Article(text=text, published=PUB, language=language))


def violent(events: list[EventRecord]) -> list[EventRecord]:
    kinds = ("attack", "armed_clash", "explosion")
    return [e for e in live(events) if e.category in kinds]


ANOTHER_WOMAN_EN = """Gunmen kill three at a family party in Celaya

Gunmen burst into a family party in Celaya, Guanajuato, on Sunday night and killed three men,
state prosecutors said.

Another woman was found with gunshot wounds and taken to hospital, officials said.
"""

OTRA_MUJER_ES = """Atacan fiesta familiar en Salamanca

Hombres armados irrumpieron en una fiesta familiar la noche del domingo en Salamanca,
Guanajuato, y mataron a tres hombres, informó la Fiscalía del Estado.

Otra mujer resultó herida de bala y fue llevada a un hospital, según las autoridades.
"""


def test_another_victim_with_no_place_of_its_own_is_the_same_attack_en() -> None:
    """ "Another woman was found with gunshot wounds": one more victim of the attack."""
    assert len(violent(run(ANOTHER_WOMAN_EN, "en"))) == 1


def test_another_victim_with_no_place_of_its_own_is_the_same_attack_es() -> None:
    """ "Otra mujer resultó herida de bala": one more victim of the attack."""
    assert len(violent(run(OTRA_MUJER_ES, "es"))) == 1


LATER_DEATH_EN = """Twelve killed in attack on bar in Irapuato

Gunmen opened fire inside a bar in Irapuato, Guanajuato, late on Saturday and killed twelve
people, the state prosecutor's office said.

One woman, hit by several bullets, later died in hospital.
"""


def test_a_later_death_joins_the_toll_however_small_beside_it() -> None:
    """One wounded who dies later is one of the incident's dead, not a killing far from
    its toll of twelve."""
    events = violent(run(LATER_DEATH_EN, "en"))
    assert [e.fatalities for e in events] == [12]


CAR_TORCHED_EN = """Four killed in attack on taco stand in Uruapan

Gunmen killed four men at a taco stand in Uruapan, Michoacán, on Monday night, the state
prosecutor's office said.

Witnesses said the attackers arrived in a grey pickup truck.

They fired for about a minute and drove off towards the highway.

The attackers later set fire to the pickup truck on a dirt road, police said.
"""


def test_what_the_attackers_did_a_few_sentences_later_is_part_of_the_attack() -> None:
    """The car they fled in, torched three sentences on: arson is a kind of the attack."""
    events = [e for e in live(run(CAR_TORCHED_EN, "en")) if e.category != "statement"]
    assert [(e.category, "arson" in e.kinds) for e in events] == [("attack", True)]


SPENT_SHELLS_EN = """Two men shot dead in Culiacán

Two men were shot dead outside a car wash in Culiacán, Sinaloa, on Monday.

Investigators found spent shells of several calibres at the scene.
"""


def test_spent_shells_at_the_scene_are_no_explosion() -> None:
    events = live(run(SPENT_SHELLS_EN, "en"))
    assert "explosion" not in {e.category for e in events}


SWORN_IN_ES = """Emboscan a policías en Tixtla

Hombres armados emboscaron a policías municipales de Tixtla, Guerrero, la noche del lunes y
mataron a tres agentes.

Entre las víctimas está el director de la corporación, quien ocupó el cargo luego de que la
alcaldesa le tomara protesta.
"""


def test_a_sworn_oath_is_no_protest() -> None:
    """ "le tomara protesta": the oath of office, no protest."""
    events = live(run(SWORN_IN_ES, "es"))
    assert "protest" not in {e.category for e in events}


PATROLS_ES = """Matan a dos policías en Zitácuaro

Hombres armados mataron a dos policías estatales la tarde del lunes en Zitácuaro, Michoacán,
informó la Secretaría de Seguridad Pública.

Los agentes viajaban en una patrulla cuando fueron interceptados por una camioneta.

Los agresores dispararon desde el vehículo y huyeron hacia la sierra.

La carretera que une la ciudad con Maravatío es una de las más transitadas del oriente del
estado.

El Ejército y la Guardia Civil desplegaron un operativo en la zona.
"""


def test_an_operation_with_no_figures_told_in_the_account_is_its_answer() -> None:
    """Patrols deployed after the killing, with no arrests or seizures of their own, are the
    authorities' answer to it, not an event of their own."""
    events = violent(run(PATROLS_ES, "es"))
    assert ["security_operation" in e.kinds for e in events] == [True]
    assert {e.category for e in live(run(PATROLS_ES, "es"))} == {events[0].category}


TRUCKS_ES = """Bloquean la autopista del Sol en Guerrero

Hombres armados bloquearon la mañana de este lunes la autopista del Sol a la altura de Chilpancingo,
Guerrero, con dos tractocamiones atravesados, informó la Guardia Nacional.

Los sujetos atacaron a balazos un camión de carga y le prendieron fuego sobre los carriles.
"""


def test_violence_that_hurts_no_one_in_a_roadblock_is_how_it_was_done() -> None:
    """A truck shot at and torched to block the road, nobody hurt: a kind of the roadblock."""
    events = [e for e in live(run(TRUCKS_ES, "es")) if e.category != "transport_disruption"]
    assert [(e.category, "attack" in e.kinds) for e in events] == [("roadblock", True)]


RAID_ES = """Detienen a dos en cateo en Culiacán

Agentes de la Fiscalía catearon la mañana de este lunes un domicilio en la colonia Tierra Blanca
de Culiacán, Sinaloa, y detuvieron a dos hombres.

En el inmueble aseguraron dos armas largas, 300 cartuchos y 50 dosis de cristal.
"""


def test_the_arrests_of_a_raid_are_its_main_act_and_the_seizure_a_kind() -> None:
    """ACLED puts Arrests above Disrupted weapons use: what was seized with them is a kind."""
    events = live(run(RAID_ES, "es"))
    assert [(e.category, e.kinds) for e in events] == [("arrest", ["seizure"])]


ELSEWHERE_ES = """Asesinan a dos hombres en Salamanca

Dos hombres fueron asesinados a balazos la noche del lunes en la colonia Bellavista de Salamanca,
Guanajuato, informó la policía municipal.

En el municipio de Irapuato, agentes estatales localizaron una camioneta abandonada.

Sujetos armados prendieron fuego a una vivienda.
"""


def test_a_sentence_set_in_another_town_ends_the_account() -> None:
    """The fire told after a sentence set in Irapuato is no part of the Salamanca killing."""
    events = live(run(ELSEWHERE_ES, "es"))
    assert sorted(e.category for e in events) == ["arson", "attack"]


TOLL_ROSE_EN = """Five killed in attack on Celaya bar

Gunmen killed five people at a bar in Celaya, Guanajuato, on Saturday night, police said.

The attackers fled in a pickup truck.

On Sunday the death toll rose to seven after two of the wounded died in hospital.
"""

TOLL_ROSE_ES = """Ataque en bar de Celaya deja cinco muertos

Hombres armados mataron a cinco personas en un bar de Celaya, Guanajuato, la noche del sábado,
informó la policía.

Los agresores huyeron en una camioneta.

El domingo la cifra de muertos aumentó a siete, luego de que dos de los heridos fallecieron en
el hospital.
"""


def test_a_toll_brought_up_to_date_the_next_day_is_the_same_incident_en() -> None:
    """ "On Sunday the death toll rose to seven": the Saturday attack's toll, not a new one."""
    assert [e.fatalities for e in violent(run(TOLL_ROSE_EN, "en"))] == [7]


def test_a_toll_brought_up_to_date_the_next_day_is_the_same_incident_es() -> None:
    """ "El domingo la cifra de muertos aumentó a siete": the Saturday attack's toll."""
    assert [e.fatalities for e in violent(run(TOLL_ROSE_ES, "es"))] == [7]


FOUND_FIRST_EN = """Two bodies found in Fresnillo

The bodies of two men were found on Monday morning on a dirt road in Fresnillo, Zacatecas,
police said.

Neighbors called the emergency number after dawn.

According to investigators, both men had stab wounds to the neck.

The dirt road is used mostly by farm workers on their way to the bean fields.

The bodies were taken to the morgue in the state capital.
"""


def test_how_found_bodies_were_killed_describes_the_discovery() -> None:
    """Bodies found first, their stab wounds told after: the discovery stays the event of
    the bodies, no attack takes it in."""
    events = live(run(FOUND_FIRST_EN, "en"))
    found = [e for e in events if e.category == "body_discovery"]
    assert [[c.value for c in e.counts if c.what == "bodies"][:1] for e in found] == [[2]]
