"""A second account of one happening (issue 9, session 17).

A sentence whose every act word names the happening told before ("el motín dejó…", "the
shooting left…") and that names no place of its own gives that happening's figures, even
when they are far from the first account's: two officials' tolls of one riot are one
disputed event, not two riots. A speaker who had spoken before the news ("había declarado",
"had stated") is the source of what they said.

Every sentence here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 11)  # a Wednesday

TWO_ACCOUNTS = [
    (
        "El vocero de Seguridad informó que el motín registrado en el penal de Apodaca, "
        "Nuevo León, entre lunes y martes dejó 14 reos muertos y nueve heridos.\n\n"
        "Horas antes, el secretario de Gobierno declaró que el motín dejó un interno "
        "fallecido y cinco lesionados.",
        "es",
        "riot",
    ),
    (
        "State officials said the shooting at a bar in Irapuato, Guanajuato, on Saturday "
        "night left 12 people dead.\n\n"
        "Earlier, the mayor said that the shooting left two dead and several wounded.",
        "en",
        "attack",
    ),
]


def run(text: str, language: str) -> list[EventRecord]:
    return live(extract(Article(text=text, published=PUB, language=language)))


@pytest.mark.parametrize(("text", "language", "category"), TWO_ACCOUNTS)
def test_a_happening_named_again_with_another_toll_is_one_event(
    text: str, language: str, category: str
) -> None:
    events = [e for e in run(text, language) if e.category == category]
    assert len(events) == 1, [(e.category, e.fatalities) for e in events]


@pytest.mark.parametrize(("text", "language", "category"), TWO_ACCOUNTS)
def test_the_two_tolls_of_one_happening_make_it_disputed(
    text: str, language: str, category: str
) -> None:
    assert [e.status for e in run(text, language) if e.category == category] == ["disputed"]


def test_an_act_named_again_in_a_sentence_with_a_place_of_its_own_stays_apart() -> None:
    text = (
        "Un ataque armado en un bar de Celaya, Guanajuato, dejó 12 muertos el sábado.\n\n"
        "El ataque en una tienda de Salamanca dejó un muerto el domingo."
    )
    assert len([e for e in run(text, "es") if e.category == "attack"]) == 2


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Horas antes, el secretario de Gobierno había declarado que el motín en el penal "
            "de Apodaca, Nuevo León, dejó cuatro internos muertos.",
            "es",
            "secretario de Gobierno",
        ),
        (
            "The state governor had stated that the riot at the prison in Apodaca, Nuevo "
            "León, left four inmates dead.",
            "en",
            "governor",
        ),
    ],
)
def test_a_speaker_who_had_spoken_is_the_source(text: str, language: str, speaker: str) -> None:
    sources = [s.name for e in run(text, language) for s in e.sources]
    assert any(speaker in name for name in sources), sources


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hasta el cierre de esta edición, la Fiscalía del Estado no había informado sobre "
            "el hallazgo de un cuerpo en una brecha de Cajeme, Sonora.",
            "es",
        ),
        (
            "By Tuesday night the state prosecutor's office had not confirmed the discovery of "
            "a body on a dirt road in Cajeme, Sonora.",
            "en",
        ),
    ],
)
def test_who_had_not_spoken_is_no_source(text: str, language: str) -> None:
    events = extract(Article(text=text, published=PUB, language=language))
    assert [s.name for e in events for s in e.sources] == []


@pytest.mark.parametrize(
    "text",
    [
        "Un motín en el penal de Cieneguillas, Zacatecas, dejó cinco reos muertos y siete "
        "heridos la noche del lunes, informó la Secretaría de Seguridad.\n\n"
        "Hasta ahora se desconoce qué originó el enfrentamiento entre los internos.",
    ],
)
def test_a_fight_told_next_to_a_riot_is_the_riots_own(text: str) -> None:
    assert [e.category for e in run(text, "es")] == ["riot"]


def test_a_fight_named_again_after_de_is_the_riots_own() -> None:
    text = (
        "Un motín en el penal de Cieneguillas, Zacatecas, dejó cinco reos muertos la noche del "
        "lunes, informó la Secretaría de Seguridad.\n\n"
        "Hasta el momento se desconoce la causa del enfrentamiento."
    )
    assert [e.category for e in run(text, "es")] == ["riot"]


def test_a_clash_told_afresh_next_to_a_riot_stays_its_own() -> None:
    text = (
        "Un motín en el penal de Cieneguillas, Zacatecas, dejó cinco reos muertos la noche del "
        "lunes, informó la Secretaría de Seguridad.\n\n"
        "Familiares de los internos se enfrentaron a golpes con policías estatales frente al "
        "penal."
    )
    assert sorted(e.category for e in run(text, "es")) == ["armed_clash", "riot"]
