"""A noun of killing names its dead by their number after "de"/"of" whatever stands before
it (issue 9 item 3, wrong counts (b)): "el feminicidio de dos mujeres", "tras el secuestro y
asesinato de cuatro jóvenes", "del asesinato de cinco personas", "la ejecución de tres
agentes", "the slayings of three women" (a numeral and a people noun: that number; before,
only "el/los asesinato(s)|homicidio(s) de" read it). The number must head people: "la
ejecución de 3 órdenes de aprehensión" counts no dead. Every sentence here was written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 3, 2)


def killed(text: str, language: str) -> list[int]:
    events = extract(Article(text=text, published=PUB, language=language))
    return [c.value for e in events for c in e.counts if c.what == "killed"]


@pytest.mark.parametrize(
    ("text", "language", "dead"),
    [
        ("El feminicidio de dos hermanas en Chalco indignó a sus vecinos.", "es", 2),
        (
            "Tras el secuestro y asesinato de cuatro jornaleros, cerraron la carretera a Tlapa.",
            "es",
            4,
        ),
        ("Vecinos dieron aviso del asesinato de cinco personas en una brecha de Tlapa.", "es", 5),
        (
            "La ejecución de tres agentes ministeriales en Tlapa fue grabada por un testigo.",
            "es",
            3,
        ),
        ("El homicidio doloso de seis personas en un palenque de Tlapa sigue impune.", "es", 6),
        ("El linchamiento de dos presuntos ladrones en Tlapa fue transmitido en redes.", "es", 2),
        ("The slayings of three women in Tlapa remain unsolved, prosecutors said.", "en", 3),
        ("The execution of five municipal officers near Tlapa was filmed by the gunmen.", "en", 5),
    ],
)
def test_a_killing_noun_counts_its_numbered_dead(text: str, language: str, dead: int) -> None:
    assert killed(text, language) == [dead]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Los agentes apoyaron la ejecución de 3 órdenes de aprehensión en Tlapa.", "es"),
        ("The officers took part in the execution of two search warrants in Tlapa.", "en"),
    ],
)
def test_a_thing_after_the_noun_counts_no_dead(text: str, language: str) -> None:
    assert killed(text, language) == []
