"""A travel advisory told in pieces is one advisory (issue 9, duplicates): its report names
the country in one sentence and the states or towns it singles out in another ("pide no
viajar a cinco estados… también pide reconsiderar los viajes a Jalisco, Sonora…", "a travel
warning for several states… barred from traveling alone at night in Tijuana"), and each
piece made an advisory record of its own. Another issuer's alert ("Canadá emitió otra
alerta…") stays apart. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article


def _advisories(text: str, language: str) -> int:
    records = live(extract(Article(text=text, published=date(2025, 8, 13), language=language)))
    return sum(r.category == "travel_advisory" for r in records)


def test_the_states_an_advisory_asks_to_reconsider_are_the_same_advisory() -> None:
    text = (
        "Estados Unidos emite alerta de viaje para México y pide no viajar a cinco estados\n"
        "El Departamento de Estado actualizó este martes su alerta de viaje para todo el país "
        "por la violencia y el secuestro.\n"
        "La alerta también pide reconsiderar los viajes a Jalisco, Sonora, Chihuahua y "
        "Zacatecas."
    )
    assert _advisories(text, "es") == 1


def test_a_town_an_advisory_singles_out_is_the_same_advisory() -> None:
    text = (
        "Travel warning issued for Mexico\n"
        "The U.S. State Department reissued a travel warning on Tuesday for several states "
        "in Mexico.\n"
        "Government employees are barred from traveling alone at night in Tijuana, the "
        "advisory says."
    )
    assert _advisories(text, "en") == 1


def test_another_issuers_alert_stays_apart() -> None:
    text = (
        "Estados Unidos emite alerta de viaje para México y pide no viajar a cinco estados\n"
        "El Departamento de Estado actualizó este martes su alerta de viaje para todo el país "
        "por la violencia y el secuestro.\n"
        "Por su parte, Canadá emitió otra alerta de viaje para Jalisco, Sonora, Chihuahua y "
        "Zacatecas."
    )
    assert _advisories(text, "es") == 2
