"""Classes of phrasing found on fresh local news pages (issue 9) that made the extractor code
events nobody reported: a word of violence inside the name of an institution, the
everyday sense of a protest word, a wounded victim's later death told as a new happening and
the authorities' routine answer told as an operation of its own. Every sentence here was
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.extract.text import page_furniture, split_sentences
from sucesos.models import Article, EventRecord

PUB = date(2025, 3, 9)


def live(text: str, language: str = "es") -> list[EventRecord]:
    events = extract(Article(text=text, published=PUB, language=language))
    return [e for e in events if e.status in ("reported", "disputed")]


def test_a_fire_brigade_or_police_corps_is_no_body() -> None:
    text = (
        "Un hombre fue asesinado a balazos la noche del sábado en la colonia Centro de "
        "Salamanca, Guanajuato.\n\n"
        "Al lugar acudieron policías municipales y personal del Cuerpo de Bomberos.\n\n"
        "El cuerpo policiaco del municipio mantiene la vigilancia en la zona."
    )
    events = live(text)
    assert [e.category for e in events] == ["attack"]
    assert not [c for e in events for c in e.counts if c.what == "bodies"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Un hombre fue localizado sin vida la mañana del domingo a un costado de la "
            "carretera a Silao, en León, Guanajuato. Al sitio acudieron agentes de la Unidad "
            "Especializada en Investigación de Homicidios de la Fiscalía del estado.",
            "es",
        ),
        (
            "A man was found dead on Sunday morning beside the road to Silao, in León, "
            "Guanajuato. Detectives from the homicide unit of the state prosecutor's office "
            "went to the scene.",
            "en",
        ),
    ],
)
def test_a_unit_named_for_a_crime_reports_no_crime(text: str, language: str) -> None:
    assert [e.category for e in live(text, language)] == ["body_discovery"]


def test_stopping_a_vehicle_is_no_march() -> None:
    text = (
        "El alcalde de Tlalixcoyan fue asesinado a tiros el sábado en la carretera a "
        "Veracruz. El edil tuvo que detener la marcha de su camioneta cuando un auto le "
        "cerró el paso."
    )
    assert [e.category for e in live(text)] == ["attack"]


LEAD = {
    "es": "Cuatro personas murieron y tres más resultaron heridas la noche del sábado en un "
    "ataque armado contra un bar de Irapuato, Guanajuato.",
    "en": "Four people were killed and three wounded on Saturday night when gunmen attacked "
    "a bar in Irapuato, Guanajuato.",
}


@pytest.mark.parametrize(
    ("later", "language"),
    [
        ("Más tarde, otra mujer falleció en el hospital al que fue trasladada.", "es"),
        ("Más tarde, la Fiscalía confirmó el deceso de dos de los heridos.", "es"),
        ("Hours later, another woman died in hospital.", "en"),
        ("Hours later, two of the wounded died of their wounds.", "en"),
    ],
)
def test_a_wounded_victim_who_died_later_belongs_to_the_attack(later: str, language: str) -> None:
    events = live(LEAD[language] + "\n\n" + later, language)
    assert [e.category for e in events] == ["attack"]


@pytest.mark.parametrize(
    ("answer", "language"),
    [
        (
            "Elementos estatales realizaron un operativo en la zona mientras la escena era "
            "procesada por peritos.",
            "es",
        ),
        (
            "La Secretaría de Seguridad desplegó un operativo con el objetivo de dar con los "
            "agresores.",
            "es",
        ),
        (
            "El Gobierno del estado envió un despliegue de la Guardia Estatal para esclarecer "
            "el crimen.",
            "es",
        ),
        ("State police deployed to the town to reinforce security.", "en"),
    ],
)
def test_the_routine_answer_to_an_attack_is_part_of_it(answer: str, language: str) -> None:
    lead = {
        "es": "Hombres armados mataron a dos comerciantes el viernes en un mercado de "
        "Zitácuaro, Michoacán.",
        "en": "Gunmen killed two shopkeepers on Friday at a market in Zitácuaro, Michoacán.",
    }[language]
    events = live(lead + "\n\n" + answer, language)
    assert [e.category for e in events] == ["attack"]
    assert events[0].fatalities == 2


def test_a_ranking_told_by_a_verb_is_a_tally() -> None:
    text = (
        "Un hombre fue asesinado a balazos la madrugada del sábado en un taller de Uriangato, "
        "Guanajuato.\n\nMichoacán es el estado que reporta más ataques contra policías en "
        "todo México."
    )
    assert [e.category for e in live(text)] == ["attack"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Un locutor fue asesinado a tiros el jueves en Acapulco, Guerrero. Este año, el "
            "país cuenta el asesinato de siete comunicadores, según una organización civil.",
            "es",
        ),
        (
            "A radio host was shot dead on Thursday in Acapulco, Guerrero. This year the "
            "country has counted the killing of seven journalists, a press group said.",
            "en",
        ),
    ],
)
def test_a_country_count_of_its_victims_is_no_toll(text: str, language: str) -> None:
    events = live(text, language)
    assert [e.category for e in events] == ["attack"]
    assert events[0].fatalities == 1


def test_a_denial_in_the_subjunctive_reports_no_arrest() -> None:
    text = (
        "Tres hombres fueron asesinados el martes en un billar de Fresnillo, Zacatecas. El "
        "ataque ocurrió sin que fueran detenidos los agresores."
    )
    events = live(text)
    assert [e.category for e in events] == ["attack"]
    assert "arrest" not in events[0].kinds
    assert not [c for c in events[0].counts if c.what == "arrested"]


def test_an_attack_that_left_its_victim_dead_is_a_killing() -> None:
    text = (
        "Un ataque contra un comerciante en la colonia Centro de Apaseo el Alto, Guanajuato, "
        "lo dejó sin vida la tarde de este viernes."
    )
    events = live(text)
    assert [e.category for e in events] == ["attack"]
    assert events[0].fatalities == 1
    assert "body_discovery" not in events[0].kinds


def test_a_number_subject_with_a_perfect_of_death_counts_its_number() -> None:
    text = (
        "El vocero informó que 12 integrantes del grupo armado habían muerto en el "
        "enfrentamiento con soldados en Cosalá, Sinaloa, el domingo."
    )
    (event,) = live(text)
    assert event.fatalities == 12


def test_the_victims_patrol_is_no_operation() -> None:
    text = (
        "Dos policías municipales fueron asesinados el sábado en una emboscada cuando "
        "realizaban un patrullaje de rutina en Zinapécuaro, Michoacán."
    )
    assert [e.category for e in live(text)] == ["attack"]


def test_a_public_transport_worker_killed_is_no_disruption() -> None:
    text = (
        "El chofer de una unidad del transporte público fue asesinado a balazos la mañana del "
        "martes en la colonia Centro de Chilpancingo, Guerrero."
    )
    assert [e.category for e in live(text)] == ["attack"]


def test_an_inventory_of_explosives_found_is_no_explosion() -> None:
    text = (
        "Guardias nacionales detuvieron a cuatro hombres el lunes en una casa de Salvatierra, "
        "Guanajuato. Dentro del inmueble localizaron lo siguiente: tres armas largas, 20 "
        "cargadores y 15 artefactos explosivos."
    )
    assert "explosion" not in {e.category for e in live(text)}


LINKS = {
    "es": (
        "Un hombre fue asesinado a tiros la tarde del viernes en la comunidad de Rincón de "
        "Tamayo, en Celaya, Guanajuato.\n\nLa Fiscalía abrió una carpeta de investigación.\n\n\n"
        "Detienen a dos hombres con armas largas en Irapuato\n"
        "Incendian una camioneta frente a un taller de Salamanca\n"
        "Hallan un cuerpo en un canal de Valle de Santiago\n"
        "Choque en la carretera a Cortazar deja un lesionado"
    ),
    "en": (
        "A man was shot dead on Friday afternoon in the village of Rincón de Tamayo, in "
        "Celaya, Guanajuato.\n\nThe state prosecutor opened an investigation.\n\n\n"
        "Two men arrested with rifles in Irapuato\n"
        "Pickup truck set on fire outside a Salamanca garage\n"
        "Body found in a canal in Valle de Santiago\n"
        "Crash on the Cortazar highway leaves one injured"
    ),
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_closing_list_of_links_reports_nothing(language: str) -> None:
    assert [e.category for e in live(LINKS[language], language)] == ["attack"]


def test_a_crosshead_is_page_furniture_and_the_title_is_not() -> None:
    text = (
        "Balacera en Guadalupe deja dos muertos\n"
        "Dos hombres murieron la noche del martes en una balacera en Guadalupe, Zacatecas.\n"
        "Enfrentamientos armados\n"
        "Por la mañana, dos grupos armados se enfrentaron en la cabecera de Jerez."
    )
    sentences = split_sentences(text)
    assert [sentences[k].text for k in sorted(page_furniture(sentences))] == [
        "Enfrentamientos armados"
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Enfrentamiento en Rayones, Nuevo León, entre policías y civiles armados.\n"
            "El saldo del operativo es el siguiente:\n"
            "- Cuatro presuntos criminales abatidos\n"
            "- Tres detenidos\n"
            "La zona permanece acordonada.",
            "es",
        ),
        (
            "Police clashed with gunmen in Rayones, Nuevo León, on Tuesday.\n"
            "The operation's results:\n"
            "• four suspected gunmen killed\n"
            "• three arrested\n"
            "The area remains cordoned off.",
            "en",
        ),
    ],
)
def test_the_items_of_a_results_list_count_and_are_no_crossheads(text: str, language: str) -> None:
    sentences = split_sentences(text)
    assert not page_furniture(sentences)
    (event,) = live(text, language)
    assert event.fatalities == 4
    assert any(c.what == "arrested" and c.value == 3 for c in event.counts)
