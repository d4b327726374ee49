"""A lede's summary of the article's one incident (issue 9, duplicates): "Armed men killed a
radio host in the state of Veracruz" and, a paragraph below, the same killing with its town
("…died after being shot in the neighboring municipality of X") are one live record placed
in the town, not a second one placed in the whole state; beside an incident in another town
the summary could be either, and joins neither. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 3, 7)


def run(text: str, language: str) -> list[EventRecord]:
    return live(extract(Article(text=text, published=PUB, language=language)))


LEDE = {
    "es": (
        "Asesinan a locutor en Veracruz\n\n"
        "Hombres armados mataron a un locutor de radio frente a su casa en el estado de "
        "Veracruz, informaron las autoridades este jueves.\n\n"
        "El locutor, que conducía un noticiero en una emisora de Córdoba, murió tras ser "
        "atacado a balazos por la mañana en el vecino municipio de Amatlán de los Reyes, "
        "según la fiscalía."
    ),
    "en": (
        "Radio host shot dead in Mexico\n\n"
        "Armed men killed a radio host outside his home in the Gulf state of Veracruz, "
        "authorities said on Thursday.\n\n"
        "The host, who ran a news show on a station in Cordoba, died after being shot in the "
        "morning in the neighboring municipality of Amatlan de los Reyes, prosecutors said."
    ),
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_state_summary_joins_the_account_in_its_town(language: str) -> None:
    (event,) = run(LEDE[language], language)
    assert any(loc.name == "Amatlán de los Reyes" for loc in event.locations)
    assert event.fatalities == 1


def test_beside_an_incident_in_another_town_the_summary_joins_neither() -> None:
    text = LEDE["es"] + (
        "\n\nMientras tanto, en el municipio de Tuxpan, desconocidos mataron a balazos a un "
        "comerciante que atendía su negocio."
    )
    events = run(text, "es")
    assert len(events) == 3
    assert any(all(loc.precision == "state" for loc in e.locations) for e in events)
