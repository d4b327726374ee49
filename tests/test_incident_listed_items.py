"""One more item of an account (issue 9): a sentence that opens with a word adding an item
("También en X…", "Asimismo, en la colonia…", "Mientras tanto, en Y…", "Also in X…",
"Meanwhile, in Y…") and places a violent act in a town or site of its own tells another
incident, not more of the one told before; the same act in a town that incident names, or
an act named again ("el ataque", "the victims"), goes on telling it. Every article here is
invented for the test."""

from __future__ import annotations

from datetime import date

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 9)  # a Monday


def run(text: str, language: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


def live(events: list[EventRecord]) -> list[EventRecord]:
    return [e for e in events if e.status in ("reported", "disputed")]


def towns(event: EventRecord) -> set[str]:
    return {loc.admin2 or loc.name for loc in event.locations}


def test_a_round_ups_placed_item_does_not_join_an_item_that_names_no_town_es() -> None:
    text = (
        "Celaya, Guanajuato.- Un hombre fue asesinado a balazos la noche del sábado en la "
        "colonia Las Flores, informó la policía municipal.\n\n"
        "En otro hecho, un joven fue atacado a tiros cuando salía de una tienda; murió en "
        "el lugar.\n\n"
        "Mientras tanto, en Salamanca, dos mujeres fueron asesinadas dentro de un domicilio."
    )
    events = live(run(text, "es"))
    assert sorted(e.fatalities or 0 for e in events) == [1, 1, 2]
    two = next(e for e in events if e.fatalities == 2)
    assert towns(two) == {"Salamanca"}


def test_a_round_ups_placed_item_does_not_join_an_item_that_names_no_town_en() -> None:
    text = (
        "Gunmen shot dead a man outside a bar in Celaya, Guanajuato, on Saturday night, "
        "police said.\n\n"
        "In another attack, a young man was shot as he left a shop; he died at the scene.\n\n"
        "Meanwhile, in Salamanca, two women were killed inside a home."
    )
    events = live(run(text, "en"))
    assert sorted(e.fatalities or 0 for e in events) == [1, 1, 2]


def test_also_in_another_town_is_an_incident_of_its_own_es() -> None:
    text = (
        "Un grupo armado atacó a balazos a los asistentes de una fiesta el domingo en una "
        "comunidad de la sierra, donde murieron tres hombres, informó la Fiscalía de Oaxaca.\n\n"
        "Los agresores huyeron en dos camionetas.\n\n"
        "También en Juchitán, un comerciante fue asesinado a tiros dentro de su negocio."
    )
    events = live(run(text, "es"))
    assert sorted(e.fatalities or 0 for e in events) == [1, 3]
    one = next(e for e in events if e.fatalities == 1)
    assert "Heroica Ciudad de Juchitán de Zaragoza" in towns(one)


def test_also_in_another_town_is_an_incident_of_its_own_en() -> None:
    text = (
        "Gunmen opened fire on guests at a party in a mountain village on Sunday, killing "
        "three men, the Oaxaca state prosecutor's office said.\n\n"
        "The attackers fled in two pickup trucks.\n\n"
        "Also in Juchitán, a shopkeeper was shot dead inside his store."
    )
    events = live(run(text, "en"))
    assert sorted(e.fatalities or 0 for e in events) == [1, 3]


def test_another_kind_of_act_in_the_same_town_is_an_item_of_its_own() -> None:
    text = (
        "Guanajuato, Gto.- Dos presuntos sicarios murieron el domingo al enfrentarse con "
        "policías estatales en la ciudad de Pénjamo.\n\n"
        "Asimismo, en Pénjamo, un comando lanzó una granada contra una vivienda de la colonia "
        "Centro."
    )
    events = live(run(text, "es"))
    assert sorted(e.category for e in events) == ["armed_clash", "explosion"]


def test_the_act_named_again_goes_on_telling_it() -> None:
    text = (
        "Hombres armados asesinaron a dos policías municipales el sábado en una emboscada en "
        "Salvatierra, Guanajuato.\n\n"
        "Asimismo, en Salvatierra, el ataque dejó heridos a dos civiles que pasaban por el lugar."
    )
    events = live(run(text, "es"))
    attacks = [e for e in events if e.category == "attack"]
    assert len(attacks) == 1 and attacks[0].fatalities == 2


def test_the_victims_named_again_go_on_telling_it_en() -> None:
    text = (
        "Gunmen ambushed a police patrol on Saturday in Salvatierra, Guanajuato, killing two "
        "officers.\n\n"
        "Meanwhile, in Celaya, one of the wounded died in hospital."
    )
    events = live(run(text, "en"))
    attacks = [e for e in events if e.category in ("attack", "armed_clash")]
    assert len(attacks) == 1


def test_two_police_killed_by_gunmen_in_an_item_are_an_attack() -> None:
    text = (
        "Celaya, Guanajuato.- Un hombre fue asesinado a balazos la noche del sábado en la "
        "colonia Las Flores.\n\n"
        "Mientras tanto, en Salamanca, dos policías municipales fueron ejecutados por hombres "
        "armados cuando patrullaban la zona centro."
    )
    events = live(run(text, "es"))
    two = next(e for e in events if e.fatalities == 2)
    assert two.category == "attack"
    assert towns(two) == {"Salamanca"}


def test_the_item_after_one_that_names_no_town_is_its_own_es() -> None:
    text = (
        "Celaya, Guanajuato.- Un hombre fue asesinado a balazos la noche del sábado en la "
        "colonia Las Flores, informó la policía municipal.\n\n"
        "En otro hecho, un joven fue atacado a tiros cuando salía de una tienda; murió en "
        "el lugar.\n\n"
        "En la comunidad de San Juan, sujetos armados mataron a un comerciante.\n\n"
        "En el municipio de Salamanca, dos mujeres fueron asesinadas dentro de un domicilio."
    )
    events = live(run(text, "es"))
    assert sorted(e.fatalities or 0 for e in events) == [1, 1, 1, 2]


def test_the_item_after_one_that_names_no_town_is_its_own_en() -> None:
    text = (
        "Gunmen shot dead a man outside a bar in Celaya, Guanajuato, on Saturday night, "
        "police said.\n\n"
        "In another attack, a young man was shot as he left a shop; he died at the scene.\n\n"
        "In the community of San Juan, armed men killed a shopkeeper.\n\n"
        "In Salamanca, two women were killed inside a home."
    )
    events = live(run(text, "en"))
    assert sorted(e.fatalities or 0 for e in events) == [1, 1, 1, 2]


def test_the_victims_of_the_item_named_again_where_it_happened_go_on_telling_it() -> None:
    text = (
        "Celaya, Guanajuato.- Un hombre fue asesinado a balazos la noche del sábado en la "
        "colonia Las Flores.\n\n"
        "En otro hecho, dos jóvenes fueron asesinados a tiros cuando salían de una tienda.\n\n"
        "Las víctimas fueron atacadas en la colonia Centro por dos sujetos en motocicleta."
    )
    events = live(run(text, "es"))
    assert sorted(e.fatalities or 0 for e in events) == [1, 2]
