"""A sentence that places a happening with no act of its own sets the scene of the act the
next sentence tells (issue 9): "Más tarde, en el municipio de Huimanguillo, cuatro hombres
llegaron a una fiesta. Dispararon contra el festejado…" is an incident in Huimanguillo, not
more of the article's earlier one in another town. Every sentence here was written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2024, 11, 24)

SCENE_THEN_ACT = {
    "es": (
        "En Paraíso, Tabasco, un joven fue asesinado a balazos dentro de una tortillería. "
        "La madrugada del domingo, la violencia llegó a un bar de la colonia Gaviotas, en "
        "Villahermosa. Sujetos armados entraron al local y dispararon contra los clientes, "
        "dejando un saldo de cinco muertos."
    ),
    "en": (
        "A young man was shot dead inside a shop in Paraiso, Tabasco, on Saturday. "
        "Early on Sunday the violence reached a bar in Villahermosa. "
        "Gunmen opened fire on the customers, leaving five people dead."
    ),
}


def _towns(events: list[EventRecord]) -> list[tuple[str | None, int | None]]:
    return sorted(((e.locations[0].admin2 if e.locations else None), e.fatalities) for e in events)


@pytest.mark.parametrize("language", ["es", "en"])
def test_act_after_a_scene_sentence_is_an_incident_there(language: str) -> None:
    text = SCENE_THEN_ACT[language]
    events = live(extract(Article(text=text, published=PUB, language=language)))
    assert _towns(events) == [("Centro", 5), ("Paraíso", 1)]


def test_scene_with_a_cue_of_another_happening() -> None:
    text = (
        "En Paraíso, Tabasco, un joven fue asesinado dentro de una tortillería. Horas más "
        "tarde, en el municipio de Huimanguillo, cuatro hombres llegaron a una fiesta "
        "celebrada en un salón. El festejado murió en el lugar tras ser baleado."
    )
    events = live(extract(Article(text=text, published=PUB, language="es")))
    assert _towns(events) == [("Huimanguillo", 1), ("Paraíso", 1)]


def test_place_told_after_the_act_still_goes_on_telling_it() -> None:
    # the place of the act already told, then more of it: one incident
    text = (
        "Un joven fue asesinado a balazos la noche del sábado en Paraíso, Tabasco. "
        "Los hechos ocurrieron en la colonia Centro de Paraíso. "
        "Los agresores le dispararon en varias ocasiones y huyeron."
    )
    events = live(extract(Article(text=text, published=PUB, language="es")))
    assert _towns(events) == [("Paraíso", 1)]
