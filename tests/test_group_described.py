"""A group described is no change to it (issue 9): who founded a cartel, a splinter group
named, recruiting told as a purpose, a habit or a noun are what a group is or does, not one
happening, so none of them makes a live "group_change" event. A group that founds, splits or
recruits as the news still does. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 11, 4)

DESCRIBED = {
    "en": [
        "The Golfo Norte gang, founded by former state police officers, controls the port.",
        "Her cousin, who reportedly founded a smuggling ring in the 1990s, lives in Texas.",
        "The cell was founded by deserters from the navy.",
        "The gang is fighting a splinter group known as Los Tiburones for the highway.",
        "Residents said the gangs are recruiting teenagers outside the schools of the town.",
        "Smugglers hold migrants in safe houses and try to forcibly recruit them.",
        "A farm used as a camp for cartel recruits",
        # recruiting as a practice, a crowd that forms, a race left, where a gang came from
        "Those recruits are trained for weeks before they are sent to the border.",
        "A crowd formed outside the town hall after the girl went missing.",
        "The councillor withdrew from the mayoral race a week before the vote.",
        "Officers think the gunmen belong to a crew that split from a bigger cartel.",
    ],
    "es": [
        "La banda, fundada por antiguos policías estatales, controla el puerto.",
        "Vecinos dijeron que los grupos criminales están reclutando adolescentes en la colonia.",
        "Los traficantes retienen a los migrantes en casas de seguridad para reclutar jóvenes.",
        "La violencia ha traído desplazamiento, extorsión y reclutamiento forzado de menores.",
        "La célula operaba un esquema de reclutamiento con falsas ofertas de empleo.",
    ],
}


@pytest.mark.parametrize(
    ("language", "text"), [(lang, t) for lang, texts in DESCRIBED.items() for t in texts]
)
def test_a_group_described_is_no_group_change(language: str, text: str) -> None:
    events = live(extract(Article(text=text, published=PUB, language=language)))
    assert "group_change" not in {e.category for e in events}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "On Monday, former members of the gang founded a new cell in Tampico, Tamaulipas."),
        ("en", "A faction split from the cartel in Culiacan, Sinaloa, on Sunday, officials said."),
    ],
)
def test_a_group_founded_or_split_as_the_news_still_is(language: str, text: str) -> None:
    events = live(extract(Article(text=text, published=PUB, language=language)))
    assert "group_change" in {e.category for e in events}
