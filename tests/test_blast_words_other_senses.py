"""Blast and disaster words that report no incident (issue 9, not-an-act): a drone named as a
tool of a search or a watch ("drones para reconocimiento aéreo", "el uso de drones,
georradares y sondas", "surveillance drones"), a war or a wave of crime that "breaks out" ("la
ola delictiva detonó", "desde el estallido de la guerra", "violence exploded"), and an
epidemic named as the times ("despite the COVID-19 pandemic", "la situación de la pandemia de
COVID-19"). A drone that drops explosives is still an explosion, and a death by the disease
still no attack. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live_acts

PUB = date(2025, 11, 3)


def _categories(text: str, language: str) -> set[str]:
    return live_acts(text, language, PUB)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Colectivos localizaron una fosa clandestina con restos humanos en un predio de "
            "Tecomán, Colima, este lunes. En la búsqueda se usaron maquinaria pesada, drones "
            "para reconocimiento aéreo y binomios caninos.",
            "es",
        ),
        (
            "La Fiscalía localizó una fosa clandestina con restos humanos en Tecomán, Colima, "
            'este lunes. La búsqueda se hizo con "drones, georradares y sondas".',
            "es",
        ),
        (
            "Searchers found a clandestine grave with human remains in Tecomán, Colima, on "
            "Monday. Surveillance drones and sniffer dogs helped them.",
            "en",
        ),
    ],
)
def test_a_drone_used_in_a_search_is_no_explosion(text: str, language: str) -> None:
    found = _categories(text, language)
    assert "mass_grave" in found
    assert "explosion" not in found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hombres armados incendiaron dos tiendas en Juchitán, Oaxaca, este lunes. Según la "
            "Fiscalía, la ola delictiva detonó por la disputa entre dos grupos.",
            "es",
        ),
        (
            "Hombres armados asesinaron a tres personas en Culiacán, Sinaloa, este sábado, uno de "
            "los días más violentos desde el estallido de la guerra entre facciones.",
            "es",
        ),
        (
            "Gunmen killed three people in Culiacán, Sinaloa, on Saturday. Police said violence "
            "exploded after the arrest of a local boss.",
            "en",
        ),
    ],
)
def test_a_war_that_breaks_out_is_no_explosion(text: str, language: str) -> None:
    assert "explosion" not in _categories(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hombres armados asesinaron a un comerciante en Guaymas, Sonora, este domingo. Los "
            "asesinatos han aumentado en la región pese a la pandemia de covid-19.",
            "es",
        ),
        (
            "Gunmen killed a shopkeeper in Guaymas, Sonora, on Sunday. Killings have soared in "
            "the region despite the COVID-19 pandemic.",
            "en",
        ),
    ],
)
def test_an_epidemic_named_as_the_times_is_no_disaster(text: str, language: str) -> None:
    found = _categories(text, language)
    assert "attack" in found
    assert "disaster" not in found


def test_a_drone_that_drops_explosives_is_still_an_explosion() -> None:
    text = "Un dron arrojó explosivos sobre una vivienda de Apatzingán, Michoacán, este lunes."
    assert "explosion" in _categories(text, "es")


def test_a_death_by_the_disease_is_still_no_attack() -> None:
    text = "Un interno del penal de Puente Grande, Jalisco, murió de covid-19 este lunes."
    assert "attack" not in _categories(text, "es")
