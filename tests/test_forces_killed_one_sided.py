"""Police or soldiers killed by their attackers, with no word of them fighting back ("hombres
armados asesinaron a un policía cuando llegaba a su casa", "dos policías municipales fueron
asesinados por hombres armados") is a one-sided attack, as an ambush is; a fight both sides
take part in stays an armed clash. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 10, 8)


@pytest.mark.parametrize(
    "text",
    [
        "Hombres armados asesinaron a un policía en Jacona, Michoacán, este martes, cuando "
        "llegaba a su casa.",
        "Dos policías municipales fueron asesinados por hombres armados en Jacona, Michoacán, "
        "este martes.",
    ],
)
def test_forces_killed_by_their_attackers_is_an_attack(text: str) -> None:
    events = live(extract(Article(text=text, published=PUB, language="es")))
    assert [e.category for e in events] == ["attack"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed two National Guard members on a highway near Zamora, Michoacan, on "
        "Tuesday night.",
        "Gunmen Kill 3 Mexican Police Officers in Zamora, Michoacan",
        "Gunmen in two pickup trucks attacked the officers on the highway near Zamora, "
        "Michoacan, on Friday, killing three of them.",
    ],
)
def test_forces_named_with_a_figure_or_their_corps_killed_is_an_attack(text: str) -> None:
    events = live(extract(Article(text=text, published=PUB, language="en")))
    assert [e.category for e in events] == ["attack"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The massacre of 11 police officers by cartel gunmen in Zamora, Michoacan, on "
            "Tuesday shocked the state.",
            "en",
        ),
        (
            "La masacre de los policías a manos de sicarios del cártel en Zamora, Michoacán, "
            "este martes conmocionó al estado.",
            "es",
        ),
    ],
)
def test_the_killing_of_forces_named_by_a_noun_is_an_attack(text: str, language: str) -> None:
    events = live(extract(Article(text=text, published=PUB, language=language)))
    assert [e.category for e in events] == ["attack"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "En Valtierra, Guanajuato, un policía municipal y su cuñado fueron asesinados por "
            "hombres armados que entraron a su casa la noche del viernes.",
            "es",
        ),
        (
            "Un elemento de la Guardia Nacional fue ultimado a tiros por un grupo armado en la "
            "colonia Centro de Tecpan, Guerrero.",
            "es",
        ),
        (
            "A state police officer and his nephew were shot dead by hooded gunmen outside "
            "their home in Valtierra, Guanajuato, on Friday night.",
            "en",
        ),
    ],
)
def test_killed_by_armed_men_in_the_passive_is_an_attack(text: str, language: str) -> None:
    # whoever stands beside the forces among the victims, armed men as the agent of the
    # killing report no fight
    events = live(extract(Article(text=text, published=PUB, language=language)))
    assert [e.category for e in events] == ["attack"]
