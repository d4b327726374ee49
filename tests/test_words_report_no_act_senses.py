"""Words that report no act make no record and no kind (issue 9 items 7 and 8), session 29:
traces gathered at a crime scene, a police call-out protocol, exploitation, a fight against
crime or for a life, a deployment yet to come, a place told by the violence it lives amid,
acts that do not stop, crimes named as charges, acts feared. Every sentence here was written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 11, 23)


def _records(text: str, language: str = "es") -> list[tuple[str, list[str]]]:
    events = extract(Article(text=text, published=PUB, language=language))
    return sorted((e.category, sorted(e.kinds)) for e in events)


def _categories(text: str, language: str = "es") -> list[str]:
    return [c for c, _ in _records(text, language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Un hombre fue asesinado a balazos en la colonia Centro de Guasave, Sinaloa, el "
            "martes. En el lugar los peritos aseguraron varios casquillos percutidos.",
            "es",
        ),
        (
            "Un hombre fue asesinado a balazos en la colonia Centro de Guasave, Sinaloa, el "
            "martes. Agentes de la Fiscalía aseguraron el vehículo de la víctima.",
            "es",
        ),
        (
            "A man was shot dead in Nogales, Sonora, on Tuesday. Investigators seized video "
            "footage from a nearby shop.",
            "en",
        ),
    ],
)
def test_traces_gathered_at_the_scene_are_no_seizure(text: str, language: str) -> None:
    assert _records(text, language) == [("attack", [])]


def test_a_weapon_secured_with_casings_stays_a_seizure() -> None:
    text = (
        "Policías estatales detuvieron a un hombre en Guasave, Sinaloa, el martes y le "
        "aseguraron un arma corta y diez casquillos."
    )
    assert "seizure" in {c for c, kinds in _records(text) for c in [c, *kinds]}


def test_a_police_call_out_is_no_advisory() -> None:
    text = (
        "Un hombre murió baleado en la colonia Centro de Navojoa, Sonora, el lunes. Tras el "
        "reporte se activó el código rojo y acudieron policías municipales."
    )
    assert _categories(text) == ["attack"]


def test_exploitation_is_no_explosion() -> None:
    text = (
        "Los grupos criminales de la sierra de Chiapas viven de la explotación minera y "
        "forestal, denunciaron los pobladores de Motozintla el lunes."
    )
    assert "explosion" not in _categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Seven bodies were found by a highway near Caborca, Sonora, on Tuesday. The find is a "
        "reminder of the ongoing battle against organized crime in the region.",
        "A woman shot in Tijuana on Monday fought for her life in hospital before she died.",
    ],
)
def test_a_fight_in_another_sense_is_no_clash(text: str) -> None:
    assert "armed_clash" not in _categories(text, "en")


def test_a_clash_fought_stays_a_clash() -> None:
    text = "Soldiers fought gunmen for two hours in Culiacán on Monday, leaving five dead."
    assert _categories(text, "en") == ["armed_clash"]


def test_a_deployment_yet_to_come_is_no_operation() -> None:
    text = (
        "A man was shot dead in Culiacán, Sinaloa, on Tuesday. More troops will be deployed "
        "in the city for Sunday's election, the governor promised."
    )
    assert _categories(text, "en") == ["attack"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Un hombre fue asesinado en Uruapan, Michoacán, el martes. La zona ha sido "
            "escenario de enfrentamientos entre cárteles en los últimos años.",
            "es",
        ),
        (
            "A man was shot dead in Uruapan, Michoacán, on Tuesday. The town has been the scene "
            "of gunfights in recent years.",
            "en",
        ),
        (
            "Un hombre fue asesinado en Uruapan, Michoacán, el martes. Los vecinos viven una "
            "realidad marcada por balaceras, secuestros y desapariciones.",
            "es",
        ),
        (
            "A man was shot dead in Uruapan, Michoacán, on Tuesday. Residents live amid gunfire, "
            "kidnappings and disappearances.",
            "en",
        ),
        (
            "Un hombre fue asesinado en Uruapan, Michoacán, el martes. En la ciudad las "
            "amenazas y las extorsiones no paran.",
            "es",
        ),
    ],
)
def test_violence_a_place_lives_amid_is_no_act(text: str, language: str) -> None:
    assert _records(text, language) == [("attack", [])]


def test_a_clash_the_place_was_the_scene_of_stays() -> None:
    text = "La colonia fue escenario de un enfrentamiento en Uruapan, Michoacán, el martes."
    assert _categories(text) == ["armed_clash"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police arrested two men in Mexicali, Baja California, on Monday. They were charged "
            "with kidnapping and homicide.",
            "en",
        ),
        (
            "Police arrested two men in Mexicali, Baja California, on Monday. They face "
            "kidnapping and murder charges.",
            "en",
        ),
        (
            "Policías detuvieron a dos hombres en Mexicali, Baja California, el lunes. Son "
            "acusados de homicidio y secuestro.",
            "es",
        ),
    ],
)
def test_crimes_named_as_charges_are_no_acts(text: str, language: str) -> None:
    assert _records(text, language) == [("arrest", [])]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hallaron el cuerpo de un hombre en un canal de Los Mochis, Sinaloa, el lunes. Los "
            "vecinos temen que se repitan los enfrentamientos.",
            "es",
        ),
        (
            "Hallaron el cuerpo de un hombre en un canal de Los Mochis, Sinaloa, el lunes. Los "
            "comerciantes cerraron temprano por miedo a los enfrentamientos.",
            "es",
        ),
        (
            "The body of a man was found in a canal in Los Mochis, Sinaloa, on Monday. "
            "Residents are afraid of shootouts at night.",
            "en",
        ),
    ],
)
def test_acts_feared_are_no_acts(text: str, language: str) -> None:
    assert _categories(text, language) == ["body_discovery"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Un hombre fue asesinado en Apizaco, Tlaxcala, el martes, en un contexto de "
            "enfrentamientos entre grupos criminales.",
            "es",
        ),
        (
            "A reporter was shot dead in Tuxpan, Veracruz, on Tuesday. The killing comes in a "
            "context of threats and attacks against the press.",
            "en",
        ),
    ],
)
def test_the_context_of_an_act_is_no_act(text: str, language: str) -> None:
    assert _records(text, language) == [("attack", [])]
