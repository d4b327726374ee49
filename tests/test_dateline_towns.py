"""Places from a report's dateline and places before a verb of saying (issue 9, session 17).

- A report placed only in its state, filed from a town of that state that is not its capital
  ("ACAYUCAN, Mexico (AP) —"), happened in that town; a capital's dateline is a bureau's.
- A place after a locative is a place even when a verb of saying follows it ("fueron
  asesinados en Guerrero, informó la Fiscalía", "la Fiscalía de Morelos informó"), not a
  person's name.

Every sentence here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.extract.assemble.where import dateline_spans
from sucesos.extract.places import find_places
from sucesos.models import Article

PUB = date(2025, 5, 13)


def places(text: str, language: str) -> list[tuple[str | None, str | None]]:
    events = live(extract(Article(text=text, published=PUB, language=language)))
    return [(loc.admin1, loc.admin2) for e in events for loc in e.locations]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "ACAYUCAN, Mexico (AP) — Gunmen killed a town councilman and two of his bodyguards "
            "in the Gulf coast state of Veracruz, authorities said Monday.",
            "en",
        ),
        (
            "ACAYUCAN, Ver., 12 de mayo de 2025.- Hombres armados asesinaron a un regidor y a "
            "dos de sus escoltas en el sur del estado de Veracruz, informaron las autoridades.",
            "es",
        ),
    ],
)
def test_a_report_filed_from_a_town_of_its_state_is_placed_there(text: str, language: str) -> None:
    assert places(text, language) == [("Veracruz", "Acayucan")]


def test_a_capitals_dateline_does_not_place_a_report_of_the_state() -> None:
    text = (
        "XALAPA, Ver., 12 de mayo de 2025.- Hombres armados asesinaron a un regidor y a dos de "
        "sus escoltas en el sur del estado de Veracruz, informaron las autoridades."
    )
    assert places(text, "es") == [("Veracruz", None)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Cinco policías estatales fueron asesinados en Guerrero, informó la Fiscalía.",
            "Guerrero",
        ),
        ("La Fiscalía de Morelos informó que cinco hombres fueron detenidos.", "Morelos"),
    ],
)
def test_a_place_after_a_locative_is_no_speaker(text: str, place: str) -> None:
    assert [p.location.name for p in find_places(text)] == [place]


def test_a_name_before_a_verb_of_saying_is_still_a_person() -> None:
    assert find_places("Vicente Guerrero dijo que no habrá cambios.") == []


@pytest.mark.parametrize(
    "text",
    [
        # a state's abbreviation with no comma after it
        "Navojoa, Son. Un enfrentamiento entre dos grupos armados dejó cuatro muertos la tarde "
        "del sábado en el municipio serrano de Álamos.",
        # a name in ordinary case and a colon before a long first sentence
        "Mexico City: A police commander was shot dead on Sunday in the town of Tecalitlán in "
        "the western state of Jalisco, the state prosecutor's office said in a statement.",
        # capitals and a colon before a sentence that opens with an article
        "MEXICO CITY: A Mexican reporter was shot dead on Sunday in the town of Tecalitlán.",
        # a spaced abbreviation of the state, a comma before the agency, a spaced dash
        "TIJUANA, B. C., (Agencia Sintética) .- Dos hombres fueron asesinados en Rosarito.",
        # a town, its state and an agency closed by a period, no dash
        "Morelia, Michoacán (Agencia Sintética). Vecinos de Apatzingán denunciaron ataques.",
        # capitals and a period
        "CANCÚN. Un grupo armado disparó contra un bar de la zona hotelera.",
    ],
)
def test_more_forms_of_a_dateline(text: str) -> None:
    assert dateline_spans(text)


def test_a_headline_in_capitals_before_a_period_is_no_dateline() -> None:
    assert not dateline_spans("MATAN A UN EDIL DE TEPALCATEPEC. El alcalde fue atacado.")


def test_a_headlines_short_kicker_is_no_dateline() -> None:
    assert not dateline_spans("Culiacán: balacera deja tres muertos\nTres hombres murieron.")


def test_a_dateline_is_not_where_a_report_names_another_town() -> None:
    text = (
        "Mexico City: A police commander was shot dead on Sunday in the town of Tecalitlán in "
        "the western state of Jalisco, the state prosecutor's office said in a statement."
    )
    assert places(text, "en") == [("Jalisco", "Tecalitlán")]
