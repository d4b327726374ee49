"""The killings told, named again ("Officials believe the killings were the work of a cartel",
"Las autoridades creen que los asesinatos serían obra de una célula criminal") go on telling
the happening the article told: no attack of their own beside a discovery of bodies (issue
9). Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 10, 8)

FOUND_THEN_KILLINGS = {
    "es": (
        "Policías localizaron los cuerpos de cuatro hombres en un camino de Culiacán, Sinaloa, "
        "este martes. Las autoridades creen que los asesinatos serían obra de una célula "
        "criminal."
    ),
    "en": (
        "Police found the bodies of four men on a road outside Culiacan, Sinaloa, on Tuesday. "
        "Officials believe the killings may be the work of a cartel cell."
    ),
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_killings_named_again_are_the_bodies_found(language: str) -> None:
    text = FOUND_THEN_KILLINGS[language]
    events = live(extract(Article(text=text, published=PUB, language=language)))
    assert [e.category for e in events] == ["body_discovery"]


def test_killings_of_named_victims_are_a_new_description() -> None:
    text = (
        "Police found the bodies of four men on a road outside Culiacan, Sinaloa, on Tuesday. "
        "In Mazatlan, the killings of two taxi drivers on Tuesday night shut down the port."
    )
    events = live(extract(Article(text=text, published=PUB, language="en")))
    assert "attack" in {e.category for e in events}
