"""Where an armed group is based or operates is no place of the incident when the record
names another place that may be its scene: "una célula con centro de operaciones en el
estado de X", "un grupo que opera en la ciudad de X", "a faction based in the border city of
X". A based place named again otherwise in the record, or named alone, stays. Every sentence
here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 11, 20)


def places(language: str, text: str) -> list[list[str]]:
    found = extract(Article(text=text, published=PUB, language=language))
    return [[loc.name for loc in e.locations] for e in found if e.status == "reported"]


@pytest.mark.parametrize(
    ("language", "text", "scene", "base"),
    [
        (
            "es",
            "Agentes estatales detuvieron el martes en Zitácuaro a tres integrantes de una "
            "célula delictiva con centro de operaciones en el estado de Guerrero.",
            "Zitácuaro",
            "Guerrero",
        ),
        (
            "es",
            "Policías municipales arrestaron en Tehuacán a cuatro hombres armados de una banda "
            "que opera en la ciudad de Orizaba y les aseguraron dos fusiles.",
            "Tehuacán",
            "Orizaba",
        ),
        (
            "en",
            "Soldiers arrested five gunmen of a cartel cell operating in the border city of "
            "Nuevo Laredo in Reynosa on Monday and seized two rifles.",
            "Reynosa",
            "Nuevo Laredo",
        ),
    ],
)
def test_a_groups_base_is_no_scene(language: str, text: str, scene: str, base: str) -> None:
    found = places(language, text)
    assert any(scene in names for names in found)
    assert not any(base in names for names in found)


def test_a_groups_base_named_again_as_a_scene_stays() -> None:
    text = (
        "Agentes estatales detuvieron en Zitácuaro y en Huetamo a tres integrantes de una "
        "célula con centro de operaciones en el municipio de Huetamo."
    )
    assert any("Huetamo" in names for names in places("es", text))


def test_a_groups_base_named_alone_stays() -> None:
    text = (
        "Agentes federales detuvieron a tres integrantes de una célula delictiva con centro "
        "de operaciones en el municipio de Zitácuaro."
    )
    assert any("Zitácuaro" in names for names in places("es", text))
