"""Spanish classes found on fresh pages (session 9): rescues of captives, bodies whose marks
tell no attack, shots into the air, explosives that did not go off, the wounded who died
later, and places that are not the scene (where a victim comes from or was taken for care).
Every article here is invented for the test.
"""

from __future__ import annotations

import re
from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 9)  # a Monday


def run(text: str, language: str = "es") -> list[EventRecord]:
    text = re.sub(r"(?<!\n)\n(?!\n)", " ", text.strip())
    return extract(Article(text=text, published=PUB, language=language))


def categories(events: list[EventRecord]) -> list[str]:
    return sorted(e.category for e in live(events))


def towns(event: EventRecord) -> set[str]:
    return {loc.admin2 for loc in event.locations if loc.admin2}


def figure(event: EventRecord, what: str) -> int | None:
    values = [c.value for c in event.counts if c.what == what and not c.lower_bound]
    return max(values) if values else None


# --- rescues --------------------------------------------------------------------------


RESCUE_ES = """Rescatan a migrantes en Reynosa

Agentes de la policía estatal rescataron a 12 personas que se encontraban privadas de la
libertad en una casa de la colonia Las Fuentes, en Reynosa, Tamaulipas.
"""

PASSIVE_RESCUE_ES = """Tres hombres que aseguraron haber sido privados de su libertad fueron
localizados y rescatados con vida por policías en la comunidad de Plateros, municipio de
Fresnillo, Zacatecas, la tarde del domingo.
"""

MODAL_RESCUE_ES = """Una mujer logró ser rescatada en Apodaca, Nuevo León, este domingo; sus
captores exigían dinero a su familia.
"""


def test_a_rescue_of_captives_is_an_operation_with_the_rescued_es() -> None:
    events = run(RESCUE_ES)
    assert categories(events) == ["security_operation"]
    assert figure(live(events)[0], "rescued") == 12


def test_a_rescue_told_in_the_passive_is_an_operation_es() -> None:
    events = run(PASSIVE_RESCUE_ES)
    # "aseguraron haber sido…" is what they said: nothing was seized, nobody kidnapped now
    assert categories(events) == ["security_operation"]
    assert towns(live(events)[0]) == {"Fresnillo"}


def test_a_rescue_after_a_modal_is_an_operation_es() -> None:
    assert "security_operation" in categories(run(MODAL_RESCUE_ES))


# --- bodies, shots into the air, explosives that did not go off -------------------------


MARKED_BODIES_ES = """Hallan cinco cuerpos en una camioneta en Chilpancingo

Cinco cadáveres fueron encontrados en la caja de una camioneta en el barrio de San Mateo,
en Chilpancingo, Guerrero. Al revisarla, los agentes vieron que dentro había cinco cuerpos
golpeados y con huellas de tortura.
"""

MARKED_BODIES_EN = """Police found five bodies in a pickup truck in Chilpancingo, Guerrero, on
Sunday. The five bodies bore signs of torture.
"""


def test_marks_on_bodies_make_no_attack_es() -> None:
    events = run(MARKED_BODIES_ES)
    assert categories(events) == ["body_discovery"]
    assert live(events)[0].fatalities == 5


def test_marks_on_bodies_make_no_attack_en() -> None:
    assert categories(run(MARKED_BODIES_EN, "en")) == ["body_discovery"]


SHOTS_IN_THE_AIR_ES = """Hombres armados secuestraron a tres jóvenes en un rancho de
Villanueva, Zacatecas, la madrugada del domingo. Los agresores dispararon al aire para
intimidar a los presentes.
"""

SHOTS_IN_THE_AIR_EN = """Gunmen kidnapped three young men at a ranch in Villanueva, Zacatecas,
early on Sunday. They fired shots into the air to frighten the guests.
"""


def test_shots_into_the_air_are_no_attack_es() -> None:
    assert categories(run(SHOTS_IN_THE_AIR_ES)) == ["abduction"]


def test_shots_into_the_air_are_no_attack_en() -> None:
    assert categories(run(SHOTS_IN_THE_AIR_EN, "en")) == ["abduction"]


GRENADE_ES = """Celaya, Gto.- Hombres armados atacaron un bar de la avenida Tecnológico la
noche del sábado; murieron tres personas. En la puerta del local quedó una granada de
fragmentación que no explotó.
"""

GRENADE_EN = """Gunmen attacked a bar in Celaya, Guanajuato, on Saturday night, killing three
people. An unexploded grenade was left at the door.
"""


def test_an_explosive_that_did_not_go_off_is_no_explosion_es() -> None:
    events = live(run(GRENADE_ES))
    assert [e.category for e in events] == ["attack"]
    assert events[0].fatalities == 3


def test_an_explosive_that_did_not_go_off_is_no_explosion_en() -> None:
    assert categories(run(GRENADE_EN, "en")) == ["attack"]


# --- the wounded who died later ----------------------------------------------------------


LATER_DEATHS_ES = """Ataque armado en Salamanca

Salamanca, Gto.- Un ataque armado en la colonia Bellavista dejó dos muertos y dos
lesionados la noche de este martes en Salamanca.

Tras la agresión, cuatro personas resultaron heridas, pero dos de ellas fallecieron en el
lugar.
"""

DIED_OF_WOUNDS_ES = """La noche del viernes hombres armados dispararon contra un grupo de
personas en Coatepec, Veracruz; un hombre murió en el lugar y otro quedó herido.

Familiares lo llevaron a una clínica, pero murió horas más tarde a causa de las lesiones.
"""


def test_a_part_of_the_wounded_who_died_is_the_same_incident_es() -> None:
    events = live(run(LATER_DEATHS_ES))
    assert [e.category for e in events] == ["attack"]
    assert events[0].fatalities == 2


def test_a_death_of_the_wounds_hours_later_is_the_same_incident_es() -> None:
    events = [e for e in live(run(DIED_OF_WOUNDS_ES)) if e.category == "attack"]
    assert len(events) == 1


# --- places that are not the scene ---------------------------------------------------------


ORIGIN_ES = """Un joven originario de Durango fue asesinado a balazos la noche del domingo en
la colonia Centro de Culiacán, Sinaloa.
"""

ORIGIN_EN = """A man originally from Durango was shot dead on Sunday night in Culiacán,
Sinaloa, police said.
"""

HOSPITAL_ES = """Hombres armados atacaron a dos hombres la noche del domingo en la comunidad
de Xico Viejo, municipio de Xico, Veracruz. Familiares trasladaron a uno de ellos a un
hospital de Coatepec, donde murió.
"""

HOSPITAL_EN = """Gunmen shot two men on Sunday night in Xico, Veracruz. One of them was rushed
to a hospital in Coatepec, where he died.
"""

AT_THE_HOSPITAL_ES = """Un grupo armado atacó a balazos el Hospital Civil de Culiacán la
noche del viernes; murieron tres personas.
"""


def test_where_a_victim_comes_from_is_not_the_scene_es() -> None:
    (event,) = live(run(ORIGIN_ES))
    assert towns(event) == {"Culiacán"}
    assert {loc.admin1 for loc in event.locations} == {"Sinaloa"}


def test_where_a_victim_comes_from_is_not_the_scene_en() -> None:
    (event,) = live(run(ORIGIN_EN, "en"))
    assert {loc.admin1 for loc in event.locations} == {"Sinaloa"}


TRAVELLERS_EN = """Soldiers killed three gunmen on Sunday in Navolato, Sinaloa. A bus driver,
whose passengers had just arrived from Puebla, hid behind a wall. Troops flown in from
Mazatlán guarded the road.
"""

TRAVELLERS_ES = """Migrantes provenientes de Tapachula fueron atacados a balazos el domingo en
Juchitán, Oaxaca; murieron dos.
"""


def test_where_travellers_set_out_from_is_not_the_scene_en() -> None:
    events = live(run(TRAVELLERS_EN, "en"))
    assert {loc.admin1 for e in events for loc in e.locations} == {"Sinaloa"}
    assert {t for e in events for t in towns(e)} == {"Navolato"}


def test_where_travellers_set_out_from_is_not_the_scene_es() -> None:
    events = live(run(TRAVELLERS_ES))
    assert {loc.admin1 for e in events for loc in e.locations} == {"Oaxaca"}


def test_the_town_of_the_hospital_is_not_the_scene_es() -> None:
    events = live(run(HOSPITAL_ES))
    assert [towns(e) for e in events] == [{"Xico"}]


def test_the_town_of_the_hospital_is_not_the_scene_en() -> None:
    events = live(run(HOSPITAL_EN, "en"))
    assert [towns(e) for e in events] == [{"Xico"}]


def test_an_attack_at_a_hospital_happens_in_its_town_es() -> None:
    (event,) = live(run(AT_THE_HOSPITAL_ES))
    assert towns(event) == {"Culiacán"}
