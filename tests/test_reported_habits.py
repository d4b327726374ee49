"""What a group does as a rule is no happening: an act in the present after a past reporting
verb ("Los productores denunciaron que los cárteles asesinan a quienes no pagan", "Growers
said armed groups kill farmers who refuse to pay": the act's own verb decides, not the
sentence's first one), and an act after a verb of trade or of how far a group goes ("se
dedican a secuestrar", "han llegado a incendiar comercios"). The news beside them keeps its
own toll. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 11, 20)
NEWS_ES = "Un productor de limón fue asesinado a balazos este martes en Apatzingán, Michoacán."
NEWS_EN = "A lime grower was shot dead on Tuesday in Apatzingan, Michoacan."


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            NEWS_ES + " Sus compañeros denunciaron que los cárteles asesinan a quienes se "
            "niegan a pagar cuotas.",
        ),
        (
            "es",
            NEWS_ES + " Los limoneros relataron que los grupos armados secuestran a sus "
            "familiares y queman sus huertas.",
        ),
        ("en", NEWS_EN + " Growers said armed groups kill farmers who refuse to pay."),
        ("en", NEWS_EN + " Residents told reporters that gangs kidnap relatives of growers."),
    ],
)
def test_a_present_act_in_reported_speech_is_a_habit(language: str, text: str) -> None:
    events = extract(Article(text=text, published=PUB, language=language))
    assert [(e.category, e.kinds, e.fatalities) for e in live(events)] == [("attack", [], 1)]


def test_how_far_a_group_goes_is_a_habit() -> None:
    text = NEWS_ES + " En la región, los delincuentes han llegado a incendiar comercios."
    events = extract(Article(text=text, published=PUB, language="es"))
    assert [(e.category, e.kinds) for e in live(events)] == [("attack", [])]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            NEWS_ES + " Los productores de limón son blanco frecuente de secuestros y extorsiones.",
        ),
        ("en", NEWS_EN + " Farmers are a common target of kidnappings in the state."),
    ],
)
def test_people_told_as_frequent_targets_are_a_habit(language: str, text: str) -> None:
    events = extract(Article(text=text, published=PUB, language=language))
    assert [(e.category, e.kinds) for e in live(events)] == [("attack", [])]
