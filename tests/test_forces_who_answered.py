"""The forces who answered an attack are no side of it (issue 9, wrong category): a sentence
that tells a killing by gunmen and names the police or the army only as arriving at the scene,
searching for the attackers or arresting someone afterwards ("agentes arribaron al lugar
minutos después", "the National Guard was searching for the gunmen") tells an attack, not a
battle between two armed sides. Forces who fight back ("exchanged fire with the gunmen") still
make it one. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 11, 3)


def _categories(text: str, language: str) -> list[str]:
    return [e.category for e in live(extract(Article(text=text, published=PUB, language=language)))]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Sicarios asesinaron a tres hombres en un taller de Celaya, Guanajuato, este domingo "
            "y agentes de la policía municipal arribaron al lugar minutos después.",
            "es",
        ),
        (
            "Hombres armados asesinaron a tres hombres en un taller de Celaya, Guanajuato, este "
            "domingo, mientras elementos de la Guardia Nacional buscaban a los agresores.",
            "es",
        ),
        (
            "Gunmen killed eleven people at two bars in Celaya, Guanajuato, on Tuesday night, "
            "and the National Guard and state police were searching for the attackers.",
            "en",
        ),
    ],
)
def test_a_killing_the_forces_answered_is_an_attack(text: str, language: str) -> None:
    assert _categories(text, language) == ["attack"]


def test_forces_who_fight_back_still_make_a_battle() -> None:
    text = (
        "Police officers arrived at the scene in Celaya, Guanajuato, on Tuesday and exchanged "
        "fire with the gunmen, killing two of them."
    )
    assert _categories(text, "en") == ["armed_clash"]


def test_forces_attacked_before_they_answer_stay_a_side() -> None:
    # the attack word falls between the forces and their arrival: they were its target
    text = (
        "Policías municipales fueron atacados por sicarios cuando llegaron al lugar en Celaya, "
        "Guanajuato, este domingo; un agente murió."
    )
    assert _categories(text, "es") == ["armed_clash"]
