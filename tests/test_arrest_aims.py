"""Arrests that are only an aim (issue 9): the closing lines of a crime report that say the
authorities work "para esclarecer el caso y detener a los responsables", or are "working to
arrest those responsible", name an arrest nobody made: no arrest event, no arrested figure.
An arrest done says so before its infinitive ("lograron detener a los responsables",
"managed to arrest the attackers"). Someone shut inside a burning car is no arrest either.
Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 10, 8)

ATTACK_ES = (
    "Hombres armados asesinaron a un comerciante este martes en la colonia Las Flores de "
    "Zitácuaro, Michoacán, informó la Fiscalía del estado.\n\n"
)
ATTACK_EN = (
    "Gunmen killed a shopkeeper on Tuesday in Zitácuaro, Michoacán, state prosecutors said.\n\n"
)

AIMS_ES = [
    "Las corporaciones mantienen coordinación para dar seguimiento al caso y detener a los "
    "responsables.",
    "La Fiscalía abrió una carpeta de investigación y trabaja para ubicar el vehículo y capturar "
    "a los presuntos responsables.",
]
AIMS_EN = [
    "Local and federal agencies are working together to arrest those responsible.",
    "The mayor said patrols had been stepped up across the city to arrest the attackers.",
]


@pytest.mark.parametrize("sentence", AIMS_ES)
def test_an_arrest_aimed_at_is_no_arrest_es(sentence: str) -> None:
    events = live(extract(Article(text=ATTACK_ES + sentence, published=PUB, language="es")))
    assert {e.category for e in events} == {"attack"}
    assert not any("arrest" in e.kinds for e in events)
    assert not any(c.what == "arrested" for e in events for c in e.counts)


@pytest.mark.parametrize("sentence", AIMS_EN)
def test_an_arrest_aimed_at_is_no_arrest_en(sentence: str) -> None:
    events = live(extract(Article(text=ATTACK_EN + sentence, published=PUB, language="en")))
    assert {e.category for e in events} == {"attack"}
    assert not any("arrest" in e.kinds for e in events)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Policías municipales lograron detener a los responsables del robo este martes en "
            "Zitácuaro, Michoacán.",
            "es",
        ),
        (
            "Police in Zitácuaro, Michoacán, managed to arrest the attackers on Tuesday after a "
            "chase.",
            "en",
        ),
    ],
)
def test_an_arrest_made_is_still_an_arrest(text: str, language: str) -> None:
    events = live(extract(Article(text=text, published=PUB, language=language)))
    assert "arrest" in {e.category for e in events}


def test_someone_trapped_inside_a_burning_car_is_no_arrest() -> None:
    text = (
        "Un taxi fue incendiado este martes en el libramiento de Zitácuaro, Michoacán, con el "
        "conductor atrapado en el interior."
    )
    events = live(extract(Article(text=text, published=PUB, language="es")))
    assert events
    assert not any(e.category == "arrest" or "arrest" in e.kinds for e in events)
