"""Classes of phrasing found on fresh local news pages (issue 9) that made the extractor code
events nobody reported: a word of violence inside the name of an institution, the
everyday sense of a protest word, a wounded victim's later death told as a new happening and
the authorities' routine answer told as an operation of its own. Every sentence here was
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
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
