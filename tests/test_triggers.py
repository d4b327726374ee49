"""Trigger sense and coverage: one test per class of phrasing, in Spanish and English.

Every sentence here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.extract.kinds import find_triggers
from sucesos.extract.text import fold
from sucesos.models import Article

PUB = date(2026, 11, 16)


def categories(text: str) -> set[str]:
    return {t.category for t in find_triggers(fold(text), text=text)}


def live(text: str, language: str) -> dict[str, int | None]:
    events = extract(Article(text=text, published=PUB, language=language))
    return {e.category: e.fatalities for e in events if e.status in ("reported", "disputed")}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Un grupo armado baleó la fachada de una tienda", "attack"),
        ("Encapuchados bloqueaban la autopista desde la madrugada", "roadblock"),
        ("A gang kills two brothers outside a bakery", "attack"),
        ("Masked men were blocking the highway at dawn", "roadblock"),
    ],
)
def test_inflected_forms_of_a_verb_trigger(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Denuncian la privación ilegal de la libertad de dos jóvenes", "abduction"),
        ("Fueron privadas ilegalmente de su libertad en una brecha", "abduction"),
        ("Guards and raiders exchanged heavy gunfire for an hour", "armed_clash"),
    ],
)
def test_words_allowed_inside_fixed_phrases(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Two herders were shot to death at a water hole", "attack"),
        ("An army helicopter was shot down over the sierra", "attack"),
        ("Derriban un helicóptero de la Guardia Nacional en la sierra", "attack"),
    ],
)
def test_a_killing_told_by_its_manner_triggers(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    "text",
    ["The committee shot down the budget proposal", "Prices shot up after the storm"],
)
def test_shot_down_in_its_figurative_sense_is_no_attack(text: str) -> None:
    assert "attack" not in categories(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("La regidora Ana Marcha Ortiz inauguró una biblioteca", "protest"),
        ("Councilwoman Ana Raid Torres opened a library", "security_operation"),
    ],
)
def test_a_capitalised_surname_is_not_a_trigger(text: str, absent: str) -> None:
    assert absent not in categories(text)


def test_title_case_headlines_keep_their_triggers() -> None:
    assert "attack" in categories("Gunmen Attack Police Station In Uruapan")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("El juez señaló una violación a la ley de amparo", "sexual_violence"),
        ("La dependencia sufrió un ataque cibernético", "attack"),
        ("El edil rindió protesta ante el cabildo", "protest"),
        ("Agents executed a search warrant at the property", "attack"),
        ("Activists denounced violations of human rights in the prison", "sexual_violence"),
        ("Analysts expect his lieutenants to fight for the body of the gang", "body_discovery"),
        ("Officers will wear body cameras on every patrol", "body_discovery"),
        ("The electoral body rejected the complaint", "body_discovery"),
    ],
)
def test_legal_and_institutional_senses_are_not_violence(text: str, absent: str) -> None:
    assert absent not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "En el lugar no se reportaron personas detenidas",
        "Sin que hasta el momento haya detenidos",
        "No arrests have been made so far",
        "Nobody was detained after the brawl",
    ],
)
def test_denied_acts_are_not_triggers(text: str) -> None:
    assert "arrest" not in categories(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Su madre dijo que la búsqueda no se detiene", "arrest"),
        ("Los vecinos salieron a matar el tiempo en la plaza", "attack"),
        ("Fans queued for hours to kill time before the concert", "attack"),
        ("Crews battled the blaze for hours", "armed_clash"),
    ],
)
def test_idioms_are_not_triggers(text: str, absent: str) -> None:
    assert absent not in categories(text)


@pytest.mark.parametrize(
    ("text", "language", "fatalities"),
    [
        ("Gunmen killed five people in an attack that the governor condemned.", "en", 5),
        ("Sicarios balearon a los pasajeros de una camioneta, que terminó en volcadura, y "
         "murieron cuatro.", "es", 4),
    ],
)  # fmt: skip
def test_a_statement_does_not_swallow_the_violence_it_follows(
    text: str, language: str, fatalities: int
) -> None:
    found = live(text, language)
    assert "statement" not in found
    assert found.get("attack") == fatalities


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The cartel claimed responsibility for the attack on the checkpoint.", "en"),
        ("Tres personas murieron en un choque vehicular en la autopista.", "es"),
    ],
)
def test_out_of_domain_categories_stand_when_the_act_is_their_object(
    text: str, language: str
) -> None:
    found = live(text, language)
    assert "attack" not in found and "armed_clash" not in found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("El secretario aseguró que pronto habrá detenciones", "arrest"),
        ("Police said they will arrest those responsible", "arrest"),
        ("Dejaron mensajes escritos para amenazar a sus rivales", "threat"),
        ("Detuvieron a un hombre acusado de secuestrar a una comerciante", "abduction"),
        ("A man charged with kidnapping a teacher appeared in court", "abduction"),
    ],
)
def test_future_purpose_and_charges_are_not_acts(text: str, absent: str) -> None:
    assert absent not in categories(text)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Dos tiendas fueron atacadas con bombas molotov", "arson", "explosion"),
        ("Youths hurled petrol bombs at a police station", "arson", "explosion"),
        ("Los agentes fueron agredidos con armas de fuego", "attack", "seizure"),
    ],
)
def test_the_weapon_of_an_attack_is_not_another_event(
    text: str, expected: str, absent: str
) -> None:
    found = categories(text)
    assert expected in found and absent not in found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Los agresores detonaron sus armas contra la patrulla", "attack", "explosion"),
        ("Vecinos escucharon detonaciones de arma de fuego", "attack", "explosion"),
        ("The attackers detonated a car bomb near the patrol", "explosion", None),
    ],
)
def test_firing_a_gun_is_not_an_explosion(text: str, expected: str, absent: str | None) -> None:
    found = categories(text)
    assert expected in found and absent not in found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sujetos armados emboscaron a un convoy de la Guardia Nacional en la sierra; "
         "murieron dos guardias.", "es"),
        ("Emboscan a policías estatales en un camino de terracería de Tecpan; un agente murió.",
         "es"),
        ("Hooded gunmen ambushed an army convoy on the mountain road near Tecpan, killing "
         "two soldiers.", "en"),
    ],
)  # fmt: skip
def test_an_ambush_the_forces_do_not_answer_is_an_attack(text: str, language: str) -> None:
    # Two armed sides fighting make a clash; gunmen shooting at a patrol that is not said to
    # fire back are an attack on it, whoever the victims are.
    found = live(text, language)
    assert "attack" in found and "armed_clash" not in found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sujetos armados emboscaron a un convoy de la Guardia Nacional en la sierra de "
         "Tecpan; los guardias repelieron la agresión y murieron dos atacantes.", "es"),
        ("Hooded gunmen ambushed an army convoy near Tecpan and the soldiers returned fire, "
         "killing two attackers.", "en"),
    ],
)  # fmt: skip
def test_an_ambush_the_forces_answer_is_a_clash(text: str, language: str) -> None:
    assert "armed_clash" in live(text, language)


@pytest.mark.parametrize(
    ("text", "language", "killed"),
    [
        ("Sujetos armados abrieron fuego contra un puesto de tacos en Iguala, Guerrero; murió "
         "el dueño.", "es", 1),
        ("Un comando acabó con la vida de un comerciante en Iguala, Guerrero.", "es", 1),
        ("Ayer se confirmó el crimen del regidor de Iguala, Guerrero, Pedro Ruiz Soto.", "es", 1),
        ("Police in Iguala, Guerrero, are investigating the murder of a shopkeeper.", "en", 1),
    ],
)  # fmt: skip
def test_a_killing_named_by_a_phrase_is_an_attack_on_one_person(
    text: str, language: str, killed: int
) -> None:
    assert live(text, language).get("attack") == killed


@pytest.mark.parametrize(
    "text",
    [
        "Detienen a tres por el crimen de la extorsión en un mercado de Iguala",
        "Un crimen de odio, dicen los colectivos",
        "El crimen organizado controla la región",
    ],
)
def test_crime_as_an_offence_is_not_a_killing(text: str) -> None:
    assert "attack" not in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("La Secretaría de Educación decidió suspender las clases en la sierra", "school_closure"),
        ("Las autoridades cerraron las escuelas de tres municipios", "school_closure"),
        ("Schools will remain closed in three towns after the shooting", "school_closure"),
        ("The state cancelled classes in the mountain towns", "school_closure"),
        ("La aerolínea canceló sus vuelos a Culiacán", "transport_disruption"),
        ("Las empresas suspendieron sus corridas a la costa", "transport_disruption"),
        ("Transportistas realizan un paro tras el asesinato de un chofer", "transport_disruption"),
        ("The airline cancelled its flights to Culiacan", "transport_disruption"),
        ("Police took two suspects into custody near the market", "arrest"),
        ("Searchers discovered the remains near a ranch", "body_discovery"),
    ],
)
def test_disruptions_arrests_and_finds_in_any_inflection(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hombres armados mataron a un taxista en Iguala, Guerrero. Las autoridades "
         "implementaron un operativo en la zona para dar con los responsables.", "es"),
        ("Gunmen killed a taxi driver in Iguala, Guerrero. Police deployed troops across the "
         "area to find the attackers.", "en"),
    ],
)  # fmt: skip
def test_the_search_for_an_attacks_authors_is_no_event_of_its_own(text: str, language: str) -> None:
    assert set(live(text, language)) == {"attack"}


def test_an_operation_with_no_such_purpose_is_still_one() -> None:
    found = live("La Marina realizó un operativo en Culiacán, Sinaloa, y detuvo a tres.", "es")
    assert "security_operation" in found or "arrest" in found


def test_searching_for_an_attacks_authors_is_not_a_disappearance() -> None:
    assert "abduction" not in categories("Buscan a los responsables del ataque en la sierra")


def test_the_wounded_taken_somewhere_are_an_outcome_not_an_act() -> None:
    text = "Un helicóptero trasladó a los lesionados a un hospital de Apatzingán"
    assert [t.act for t in find_triggers(fold(text), text=text)] == [False]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Gunmen abducted 20 passengers from a bus in San Luis Potosí state.", "en"),
        ("Sicarios secuestraron a cinco jornaleros en un rancho de Fresnillo, Zacatecas.", "es"),
    ],
)
def test_attackers_named_by_a_noun_yield_to_the_act_they_commit(text: str, language: str) -> None:
    found = live(text, language)
    assert "abduction" in found and "attack" not in found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Gunmen in pickup trucks on the streets of Tecpan, Guerrero, residents say.", "en"),
        ("Sicarios en camionetas recorren las calles de Tecpan, Guerrero.", "es"),
    ],
)
def test_attackers_named_alone_still_signal_an_attack(text: str, language: str) -> None:
    assert "attack" in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Attackers riddled the car with bullets outside a gym in Tecpan", "attack"),
        ("Assailants fatally shot a shopkeeper in the market", "attack"),
        ("Armed men stormed a rehab center and opened fire", "attack"),
        ("A gunbattle between rival gangs left the square empty", "armed_clash"),
        ("Troops and gunmen traded fire for two hours near the dam", "armed_clash"),
        ("Four students disappeared after a party in the port", "abduction"),
        ("Volunteers unearthed bones from clandestine pits near the river", "mass_grave"),
        ("Federal agents nabbed a plaza boss at a car wash", "arrest"),
        ("Gunmen set up burning barricades on the main highway", "roadblock"),
        ("Schools suspended in-person classes for the week", "school_closure"),
        ("Unos sujetos acribillaron el auto afuera de un gimnasio", "attack"),
        ("Hombres armados irrumpieron en un anexo y abrieron fuego", "attack"),
        ("Cuatro estudiantes desaparecieron tras una fiesta en el puerto", "abduction"),
        (
            "Se registró una agresión armada entre militares y pistoleros en la sierra",
            "armed_clash",
        ),
    ],
)
def test_english_phrasing_as_covered_as_spanish(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Assailants fatally shot a shopkeeper in Tecpan, Guerrero, on Monday.", 1),
        ("Two brothers were fatally shot outside a church in Tecpan, Guerrero.", 2),
    ],
)
def test_fatally_shot_is_a_death(text: str, killed: int) -> None:
    assert live(text, "en").get("attack") == killed


@pytest.mark.parametrize(
    "text",
    [
        "Familias realizan la búsqueda de posibles fosas clandestinas en un predio de Tecomán",
        "Brigadas buscan fosas en los cerros de Tecomán, Colima",
        "Volunteers were searching for mass graves near Tecomán",
    ],
)
def test_a_search_for_graves_is_no_grave_found(text: str) -> None:
    assert "mass_grave" not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Durante la búsqueda, el colectivo localizó una fosa clandestina en Tecomán",
        "Volunteers found a mass grave near Tecomán",
    ],
)
def test_a_grave_found_during_a_search_is_one(text: str) -> None:
    assert "mass_grave" in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cuando los soldados intentaron capturar al jefe de la célula, sus escoltas huyeron",
        "La policía trató de detener a dos sospechosos en Celaya",
        "Troops tried to arrest the cartel leader in Culiacán",
        "A failed attempt to capture the gang's leader",
    ],
)
def test_an_arrest_tried_is_no_arrest(text: str) -> None:
    assert "arrest" not in categories(text)
