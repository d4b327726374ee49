"""The town of an institution or of an office a person holds is no place of the incident
when the record names another town that may be its scene (issue 9 item 4: a record's places
are the incident's places): "informó la Fiscalía Regional de X", "agentes de la Policía
Municipal de X", "un reportero del diario … de X", "the X office of the prosecutor"; for an
office holder ("el alcalde de X", "the mayor of X") only when the holder's own sentence names
the other town. A building where the act was ("frente al Ayuntamiento de X") and a town an
office names alone stay. Every sentence here was written for these tests."""

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
    ("language", "text", "scene"),
    [
        (
            "es",
            "Hombres armados asesinaron a dos jóvenes en la colonia Centro de Tlapa, informó "
            "la Fiscalía Regional de Chilpancingo.",
            "Tlapa de Comonfort",
        ),
        (
            "es",
            "Agentes de la Policía Municipal de Tixtla fueron emboscados la noche del martes "
            "en Chilpancingo; dos murieron.",
            "Chilpancingo de los Bravo",
        ),
        (
            "es",
            "Un reportero del diario El Heraldo de Zamora fue asesinado a tiros en Jacona.",
            "Jacona",
        ),
        (
            "en",
            "Gunmen killed three men at a bar in Navolato on Saturday, the Culiacán office "
            "of the state prosecutor said.",
            "Navolato",
        ),
    ],
)
def test_an_institutions_town_is_no_place_of_the_incident(
    language: str, text: str, scene: str
) -> None:
    assert places(language, text) == [[scene]]


@pytest.mark.parametrize(
    ("language", "text", "scene"),
    [
        (
            "es",
            "El alcalde de Zitácuaro fue asesinado a balazos este lunes en el municipio de "
            "Tuxpan, Michoacán.",
            "Tuxpan",
        ),
        (
            "es",
            "El candidato a la alcaldía de Cuautla fue atacado a balazos en Yautepec; murió "
            "en el lugar.",
            "Yautepec",
        ),
        (
            "en",
            "The mayor of Tijuana said two police officers were shot dead in Tecate on Sunday.",
            "Tecate",
        ),
    ],
)
def test_an_office_holders_town_is_no_place_when_his_sentence_names_the_scene(
    language: str, text: str, scene: str
) -> None:
    assert places(language, text) == [[scene]]


def test_a_building_where_the_act_was_keeps_its_town() -> None:
    found = places(
        "es",
        "Pobladores de Tixtla protestaron frente al Ayuntamiento de Chilpancingo para exigir "
        "la liberación de dos detenidos.",
    )
    assert any("Chilpancingo de los Bravo" in names for names in found)


def test_an_office_holders_town_told_alone_stays() -> None:
    found = places(
        "es",
        "El exalcalde de Pueblo Nuevo fue emboscado y asesinado el domingo. En Apaseo el Alto, "
        "hombres armados mataron a cuatro policías.",
    )
    assert any("Pueblo Nuevo" in names for names in found)


def test_an_institutions_town_named_alone_stays() -> None:
    assert places(
        "es",
        "La Fiscalía Regional de Chilpancingo informó que dos hombres fueron asesinados a "
        "balazos la noche del sábado.",
    ) == [["Chilpancingo de los Bravo"]]
