"""The bodies a text counts give the toll it missed (issue 9, wrong counts: no count where
the text gives one): the bodies told with how they were left before the people counted ("los
cuerpos desmembrados de tres mujeres", "los cadáveres maniatados de cuatro hombres": 3, 4,
not a plural of two), and a find whose bodies are counted by a number while its one death
is told with none ("ocho cuerpos fueron hallados en la fosa… el primero habría sido asesinado a
balazos": 8, not 1). Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.extract.assemble.draft import Draft
from sucesos.extract.assemble.figures import acled_fatalities
from sucesos.extract.count_words import CountMention
from sucesos.models import Article

PUB = date(2026, 5, 11)


@pytest.mark.parametrize(
    ("text", "language", "dead"),
    [
        (
            "Los cuerpos desmembrados de tres mujeres fueron localizados el lunes en una "
            "brecha de Zinapécuaro, Michoacán.",
            "es",
            3,
        ),
        (
            "Vecinos hallaron los cadáveres maniatados de cuatro hombres a un costado de la "
            "carretera en Zinapécuaro, Michoacán.",
            "es",
            4,
        ),
    ],
)
def test_bodies_told_with_how_they_were_left_are_counted(
    text: str, language: str, dead: int
) -> None:
    (event,) = live(extract(Article(text=text, published=PUB, language=language)))
    assert event.fatalities == dead


def _found_with_one_death(bodies: CountMention) -> Draft:
    """An attack that took in a find: its bodies, and one victim told killed with no
    number ("…quien habría sido asesinado a balazos")."""
    killed = CountMention(40, 49, "killed", 1, None, lower_bound=True)
    return Draft(
        "attack", "reported", [0, 1], counts=[(0, bodies), (1, killed)], kinds=["body_discovery"]
    )


def test_a_find_counted_by_number_outweighs_one_death_told_without() -> None:
    draft = _found_with_one_death(CountMention(0, 4, "bodies", 8, None))
    assert acled_fatalities(draft, {}) == 8


def test_bodies_with_no_number_do_not_outweigh_it() -> None:
    # "se observan los cuerpos": the least a plural allows, not a toll of its own
    draft = _found_with_one_death(CountMention(0, 7, "bodies", 2, None, lower_bound=True))
    assert acled_fatalities(draft, {}) == 1
