"""Round-ups: several incidents told one after another in one sentence (issue 9, one event
per incident). Each clause is an incident with its own place, day and toll; a clause that
gives a figure and a place and no verb of its own ("cuatro en Y") tells the act of the clause
before it. Every article here is invented for the test.
"""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 9)  # a Monday


def run(lead: str, sentence: str, language: str) -> list[EventRecord]:
    return live(extract(Article(text=f"{lead}\n\n{sentence}", published=PUB, language=language)))


def tolls(events: list[EventRecord], category: str = "attack") -> list[tuple[str | None, int]]:
    """(municipality, toll) of each live record of `category`, sorted."""
    out = []
    for e in events:
        if e.category == category:
            town = e.locations[0].admin2 if e.locations else None
            out.append((town, (e.fatalities if category == "attack" else _bodies(e)) or 0))
    return sorted(out, key=lambda x: (x[0] or "", x[1]))


def _bodies(e: EventRecord) -> int:
    return sum(c.value for c in e.counts if c.what == "bodies")


LEAD_ES = "La fiscalía de Morelos dio a conocer su informe del fin de semana."
LEAD_ZAC = "Jornada violenta en Zacatecas, informó la fiscalía del estado."
LEAD_GTO = "Guanajuato vivió otro fin de semana violento, informó la fiscalía estatal."
LEAD_EN = "Violence swept the state of Guerrero over the weekend, officials said."


def test_another_death_in_a_clause_of_its_own_is_another_incident_es() -> None:
    events = run(
        LEAD_ES,
        "Otro hombre fue asesinado en Jiutepec, a unas cuadras de la presidencia municipal, "
        "y uno más murió baleado la noche del viernes en Cuautla.",
        "es",
    )
    assert tolls(events) == [("Cuautla", 1), ("Jiutepec", 1)]


def test_a_clause_with_no_verb_tells_the_act_of_the_clause_before_es() -> None:
    events = run(
        LEAD_ZAC,
        "Cinco personas fueron asesinadas en Fresnillo, cuatro en Guadalupe y dos en Jerez.",
        "es",
    )
    assert tolls(events) == [("Fresnillo", 5), ("Guadalupe", 4), ("Jerez", 2)]


def test_a_place_then_its_figure_after_a_semicolon_is_an_incident_es() -> None:
    events = run(
        LEAD_GTO,
        "En Celaya se perpetraron dos homicidios; en Silao, uno, y otro en Apaseo el Grande.",
        "es",
    )
    assert tolls(events) == [("Apaseo el Grande", 1), ("Celaya", 2), ("Silao de la Victoria", 1)]


def test_another_colonia_of_the_same_town_keeps_the_town_es() -> None:
    events = run(
        "Sinaloa amaneció con nuevos hallazgos, informó la fiscalía.",
        "En Navolato fueron localizados tres cuerpos, mientras que en Mazatlán hubo dos "
        "hallazgos más, uno en la colonia Villa Verde y otro en la colonia Juárez.",
        "es",
    )
    assert tolls(events, "body_discovery") == [("Mazatlán", 1), ("Mazatlán", 1), ("Navolato", 3)]


def test_a_locality_named_after_its_town_is_in_that_town_es() -> None:
    events = run(
        "Sinaloa amaneció con nuevos hallazgos, informó la fiscalía.",
        "En Navolato, en el poblado de San Blas, fueron localizados tres cuerpos, mientras "
        "que en Mazatlán fue hallado otro cadáver.",
        "es",
    )
    assert ("Navolato", 3) in tolls(events, "body_discovery")


def test_clauses_after_semicolons_are_incidents_of_their_own_en() -> None:
    events = run(
        LEAD_EN,
        "Gunmen killed three people at a bar in Iguala; two bodies were found in a car in "
        "Taxco, and another man was shot dead in Chilpancingo.",
        "en",
    )
    assert tolls(events) == [("Chilpancingo de los Bravo", 1), ("Iguala de la Independencia", 3)]
    assert tolls(events, "body_discovery") == [("Taxco de Alarcón", 2)]


def test_a_clause_with_no_verb_tells_the_act_of_the_clause_before_en() -> None:
    events = run(
        LEAD_EN, "Five people were killed in Acapulco, two in Zihuatanejo and one in Tlapa.", "en"
    )
    assert tolls(events) == [
        ("Acapulco de Juárez", 5),
        ("Tlapa de Comonfort", 1),
        ("Zihuatanejo de Azueta", 2),
    ]


def test_each_clause_keeps_its_own_day_en() -> None:
    events = run(
        LEAD_EN,
        "Two men were shot dead in Iguala on Friday, and a woman was killed in Taxco on Saturday.",
        "en",
    )
    days = sorted((e.locations[0].admin2, e.date) for e in events if e.category == "attack")
    assert days == [
        ("Iguala de la Independencia", "2026-03-06"),
        ("Taxco de Alarcón", "2026-03-07"),
    ]


def test_a_roundups_next_item_in_a_colonia_of_the_town_is_another_incident_es() -> None:
    events = run(
        "El viernes fueron asesinados tres hombres en Cuernavaca, informó la fiscalía.",
        "Asimismo, en la colonia Lomas de Cortés, fue ultimado un comerciante que al parecer "
        "se resistió a un asalto.",
        "es",
    )
    assert tolls(events) == [("Cuernavaca", 1), ("Cuernavaca", 3)]


def test_another_victim_named_by_a_plain_noun_is_another_incident_es() -> None:
    events = run(
        "Dos hombres fueron asesinados a balazos el sábado en Uruapan, Michoacán.",
        "En la colonia Revolución fue localizado sin vida otro sujeto con huellas de tortura.",
        "es",
    )
    assert len([e for e in events if e.category in ("attack", "body_discovery")]) == 2


def test_a_roundups_next_item_told_meanwhile_in_a_town_is_another_incident_en() -> None:
    events = run(
        "Gunmen shot dead two men outside a shop in the state of Guerrero on Saturday.",
        "Meanwhile, in the town of Iguala, a man was shot dead as he left his home.",
        "en",
    )
    assert len([e for e in events if e.category == "attack"]) == 2


def test_perecer_is_a_death_word_es() -> None:
    events = run(
        LEAD_ES, "Un hombre pereció la noche del viernes en Cuautla tras un ataque armado.", "es"
    )
    assert tolls(events) == [("Cuautla", 1)]


def test_a_community_named_like_another_states_town_is_a_site_of_its_town_es() -> None:
    events = run(
        "La Fiscalía de Michoacán dio a conocer su reporte del día.",
        "Hombres armados atacaron a soldados en la comunidad de San Felipe, en el municipio de "
        "Zitácuaro, Michoacán, y en el intercambio de disparos murieron dos agresores.",
        "es",
    )
    clashes = [e for e in events if e.category in ("armed_clash", "attack")]
    assert len(clashes) == 1
