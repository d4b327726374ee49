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
