"""A sentence that goes on telling the incident before it ("Los hechos ocurrieron en…", "The
incident happened near…") with no event word or figure of its own joins that incident: its
town and its time are the incident's. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 9)  # a Monday

LEADS = {
    "es": "Tres hombres murieron en un ataque armado en Guanajuato, informó la Fiscalía "
    "del estado este lunes.",
    "en": "Three men were killed in an armed attack in the state of Guanajuato, the state "
    "prosecutor's office said on Monday.",
}

GOES_ON = {
    "es": "Los hechos ocurrieron la noche del sábado en la colonia Las Flores del municipio "
    "de Salamanca, cuando los hombres salían de una tienda.",
    "en": "The incident happened on Saturday night in the municipality of Salamanca, as the "
    "men were leaving a shop.",
}

ELSEWHERE = {
    "es": "Los hechos ocurrieron cuando los hombres viajaban por una carretera de Jalisco.",
    "en": "The incident happened as the men were driving along a highway in Jalisco.",
}


def live(text: str, language: str) -> list[EventRecord]:
    events = extract(Article(text=text, published=PUB, language=language))
    return [e for e in events if e.status in ("reported", "disputed")]


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_next_sentence_gives_the_incident_its_town(language: str) -> None:
    (attack,) = live(LEADS[language] + "\n\n" + GOES_ON[language], language)
    assert attack.fatalities == 3
    assert {loc.admin2 for loc in attack.locations} == {"Salamanca"}


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_next_sentence_gives_the_incident_its_day(language: str) -> None:
    (attack,) = live(LEADS[language] + "\n\n" + GOES_ON[language], language)
    assert attack.date == "2026-03-07"


def test_a_sentence_in_another_state_does_not_join() -> None:
    (attack,) = live(LEADS["es"] + "\n\n" + ELSEWHERE["es"], "es")
    assert {loc.admin1 for loc in attack.locations} == {"Guanajuato"}


def test_what_the_victim_was_accused_of_does_not_keep_the_town_away() -> None:
    text = (
        LEADS["es"] + "\n\nLos hechos se registraron cuando sujetos armados llegaron a un "
        "taller del municipio de Irapuato y buscaron a un hombre acusado de robo y secuestro."
    )
    (attack,) = live(text, "es")
    assert {loc.admin2 for loc in attack.locations} == {"Irapuato"}


def test_a_past_happening_does_not_join_the_news() -> None:
    text = LEADS["es"] + "\n\nLos hechos ocurrieron en 2019 en el municipio de Salamanca."
    (attack,) = live(text, "es")
    assert "Salamanca" not in {loc.admin2 for loc in attack.locations}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Policías estatales y civiles armados se enfrentaron a balazos en Armería, Colima; "
            "ocho hombres fueron detenidos. El operativo inició por la tarde y minutos más "
            "tarde, en una zona de parcelas, se generó el enfrentamiento que terminó con "
            "detenidos y decomisos.",
            "es",
        ),
        (
            "State police clashed with gunmen in Armería, Colima, and arrested eight men. "
            "The raid began in the afternoon and minutes later, in a farm field, the clash "
            "broke out.",
            "en",
        ),
    ],
)
def test_an_act_named_again_after_a_sequence_cue_is_the_one_told(text: str, language: str) -> None:
    """'Minutos más tarde … el enfrentamiento': the definite article names the clash already
    told, so the sequence cue opens no second one."""
    assert [e.category for e in live(text, language)] == ["armed_clash"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Policías estatales y civiles armados se enfrentaron a balazos en Armería, Colima. "
            "Minutos más tarde, otro enfrentamiento estalló en Tecomán, Colima.",
            "es",
        ),
        (
            "State police clashed with gunmen in Armería, Colima. Minutes later, another "
            "clash broke out in Tecomán, Colima.",
            "en",
        ),
    ],
)
def test_another_act_after_a_sequence_cue_stays_apart(text: str, language: str) -> None:
    assert [e.category for e in live(text, language)] == ["armed_clash", "armed_clash"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hombres armados incendiaron tres camiones para bloquear la salida norte de "
            "Culiacán, Sinaloa. Los ataques se concentraron cerca de la caseta de peaje.",
            "es",
        ),
        (
            "Gunmen set fire to three trucks to block the northern exit of Culiacán, Sinaloa. "
            "The attacks were concentrated near the toll booth.",
            "en",
        ),
    ],
)
def test_acts_named_again_in_the_plural_tell_the_acts_told(text: str, language: str) -> None:
    """'Los ataques …' with no figure speaks of the burnings and blockades told: no attack of
    its own."""
    (event,) = live(text, language)
    assert event.category != "attack" and len(event.evidence) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hombres armados asesinaron a tres personas en una vivienda de Apaseo el Grande, "
            "Guanajuato. En otra vivienda de Silao, Guanajuato, la policía encontró los "
            "cuerpos de dos hombres.",
            "es",
        ),
        (
            "Gunmen killed three people at a house in Apaseo el Grande, Guanajuato. At another "
            "house in Silao, Guanajuato, police found the bodies of two men.",
            "en",
        ),
    ],
)
def test_the_bodies_found_at_another_place_are_another_incident(text: str, language: str) -> None:
    """'Los cuerpos de dos hombres' describes new victims, and 'en otra vivienda' opens
    another place: no reference to the killing told before."""
    assert len(live(text, language)) == 2
