"""Incidents an account tells one after another that merged into the first (issue 9).

A word that adds an item or moves the account on ("Además, …", "Posteriormente, …",
"Finally, …") before a violent act on a street or road of its own ("en el bulevar X", "on
the highway") tells the next incident: a street is no town nor site, but after such a word it
places the act as they do. A street told with no such word is where the act told before
happened. A turn back in time ("Dos horas antes, …", "Previo al ataque, …", "Hours earlier,
…") opens an earlier incident, and what happened meanwhile ("Mientras los peritos procesaban
la escena, en la colonia Y…", "While investigators…") set in a place of its own is another.
And a tally of a year told after an incident whose toll the account gave in parts
("ocho policías estatales y cinco agentes") does not join it: the parts add to their own
incident's toll, not to any toll told later. Every article here is invented for the test.
"""

from __future__ import annotations

from datetime import date

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 9)  # a Monday


def live(text: str, language: str, published: date | None = PUB) -> list[EventRecord]:
    events = extract(Article(text=text, published=published, language=language))
    return [e for e in events if e.status in ("reported", "disputed")]


def test_an_added_item_on_a_street_is_another_incident_es() -> None:
    text = (
        "Culiacán, Sinaloa.- Tres hombres murieron la tarde del sábado en un enfrentamiento "
        "con agentes estatales en la colonia Las Quintas, informó la Fiscalía.\n\n"
        "Vecinos reportaron que sobre la calle Hidalgo los agresores dispararon contra los "
        "agentes.\n\n"
        "Posteriormente, los atacantes incendiaron una camioneta.\n\n"
        "Además, un joven fue asesinado a tiros en el bulevar Zapata mientras viajaba en "
        "motocicleta."
    )
    events = live(text, "es")
    assert sorted(e.fatalities or 0 for e in events) == [1, 3]
    clash = next(e for e in events if e.fatalities == 3)
    assert "arson" in clash.kinds  # the truck set on fire is the clash's, told after it


def test_an_added_item_on_a_street_is_another_incident_en() -> None:
    text = (
        "Three men died on Saturday afternoon in a shootout with state agents in the Las "
        "Quintas neighborhood of Culiacán, Sinaloa, prosecutors said.\n\n"
        "Residents said the gunmen fired at the agents on a street near a school.\n\n"
        "Subsequently, the attackers set fire to a pickup truck.\n\n"
        "Also, a young man was shot dead on a boulevard as he rode his motorcycle."
    )
    events = live(text, "en")
    assert sorted(e.fatalities or 0 for e in events) == [1, 3]
    clash = next(e for e in events if e.fatalities == 3)
    assert "arson" in clash.kinds


def test_a_word_that_moves_the_account_on_opens_the_next_item_es() -> None:
    text = (
        "Zacatecas, Zac.- Dos policías fueron asesinados este lunes en la capital del "
        "estado.\n\n"
        "El primer ataque ocurrió contra un custodio del penal, en su domicilio de la colonia "
        "Las Palmas.\n\n"
        "Posteriormente, un agente estatal fue ultimado a tiros en el libramiento norte, "
        "cuando circulaba en su motocicleta."
    )
    events = live(text, "es")
    assert len(events) == 2
    assert min(e.fatalities or 0 for e in events) == 1


def test_a_word_that_moves_the_account_on_opens_the_next_item_en() -> None:
    text = (
        "Two police officers were killed on Monday in Zacatecas, the state capital.\n\n"
        "The first attack targeted a prison guard at his home in the Las Palmas "
        "neighborhood.\n\n"
        "Subsequently, a state police officer was shot dead on the highway as he rode his "
        "motorcycle."
    )
    events = live(text, "en")
    assert len(events) == 2
    assert min(e.fatalities or 0 for e in events) == 1


def test_a_year_tally_does_not_join_an_ambush_told_in_parts_es() -> None:
    text = (
        "Trece policías fueron asesinados en una emboscada en Coatepec Harinas, Estado de "
        "México, la tarde del jueves.\n\n"
        "Ocho policías estatales y cinco agentes de investigación murieron en la emboscada, "
        "informaron las autoridades.\n\n"
        "Al menos 524 policías fueron asesinados en México en 2020, según una organización "
        "civil."
    )
    events = live(text, "es", published=None)
    assert [e.fatalities for e in events] == [13]


def test_a_year_tally_does_not_join_an_ambush_told_in_parts_en() -> None:
    text = (
        "Thirteen police officers were killed in an ambush in Coatepec Harinas, Mexico "
        "state, on Thursday afternoon.\n\n"
        "Eight state police officers and five investigators died in the ambush, officials "
        "said.\n\n"
        "At least 524 police officers were killed in Mexico in 2020, according to a civic "
        "group."
    )
    events = live(text, "en", published=None)
    assert [e.fatalities for e in events] == [13]


def test_a_turn_back_in_time_opens_an_earlier_incident_es() -> None:
    text = (
        "Tijuana, B.C.- Un hombre fue asesinado a balazos dentro de su vehículo la noche del "
        "domingo, informó la policía municipal.\n\n"
        "Minutos antes, la víctima había discutido con dos sujetos afuera de un bar.\n\n"
        "Dos horas antes, un joven fue asesinado a tiros mientras caminaba por la vía pública."
    )
    assert [e.fatalities for e in live(text, "es")] == [1, 1]


def test_a_turn_back_in_time_opens_an_earlier_incident_en() -> None:
    text = (
        "A man was shot dead inside his car in Tijuana on Sunday night, municipal police "
        "said.\n\n"
        "Witnesses said the attackers fired from another car and fled.\n\n"
        "Two hours earlier, a young man was shot dead as he walked down the street."
    )
    assert [e.fatalities for e in live(text, "en")] == [1, 1]


def test_what_came_before_the_attack_is_an_incident_of_its_own_es() -> None:
    text = (
        "San Luis Potosí.- Un ataque armado dejó dos muertos la tarde de este jueves en una "
        "bodega sobre la carretera Matehuala-Cedral, informó la Fiscalía.\n\n"
        "Previo al ataque, durante la madrugada, elementos de la Guardia Nacional abatieron "
        "a cuatro hombres armados en un camino de terracería cerca de Xilitla."
    )
    assert sorted(e.fatalities or 0 for e in live(text, "es")) == [2, 4]


def test_what_came_before_the_attack_is_an_incident_of_its_own_en() -> None:
    text = (
        "Gunmen killed two people at a warehouse on the Matehuala-Cedral highway on Thursday "
        "afternoon, prosecutors said.\n\n"
        "Before the attack, National Guard troops killed four suspected gunmen on the "
        "Xilitla-Tamazunchale highway in the early hours."
    )
    assert sorted(e.fatalities or 0 for e in live(text, "en")) == [2, 4]


def test_what_happened_meanwhile_elsewhere_is_an_incident_of_its_own_es() -> None:
    text = (
        "Un hombre fue asesinado a balazos la noche del domingo cuando salía de una tienda, "
        "informó la policía de Celaya.\n\n"
        "Mientras los peritos procesaban la escena, en la colonia Las Flores un joven fue "
        "asesinado a tiros."
    )
    assert [e.fatalities for e in live(text, "es")] == [1, 1]


def test_what_happened_meanwhile_elsewhere_is_an_incident_of_its_own_en() -> None:
    text = (
        "A man was shot dead on Sunday night as he left a shop, Celaya police said.\n\n"
        "While investigators were processing the scene, a young man was shot dead in the Las "
        "Flores neighborhood."
    )
    assert [e.fatalities for e in live(text, "en")] == [1, 1]
