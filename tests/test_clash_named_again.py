"""A clash only named again after an attack ("Tras el enfrentamiento, …", "the motive of the
shootout") refers to the attack told: it does not make the attack a clash (issue 9, the main
act of an incident). A clash told with an act of its own ("los agentes repelieron la
agresión") still does. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 11, 20)


def categories(language: str, text: str) -> list[str]:
    events = extract(Article(text=text, published=PUB, language=language))
    return sorted(e.category for e in events)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Hombres armados atacaron a balazos a los asistentes de una fiesta en la colonia "
            "Las Flores de Zamora, Michoacán, la noche del sábado; dos personas murieron en el "
            "lugar. Tras el enfrentamiento, paramédicos de la Cruz Roja atendieron a tres "
            "heridos.",
        ),
        (
            "en",
            "Gunmen killed a town councilman and his driver on a road outside Iguala, Guerrero, "
            "on Monday. The motive of the shootout was not immediately known.",
        ),
    ],
)
def test_a_clash_named_again_leaves_the_attack(language: str, text: str) -> None:
    assert categories(language, text) == ["attack"]


def test_forces_fighting_back_make_a_clash() -> None:
    text = (
        "Sicarios emboscaron a una patrulla de la policía estatal en Salvatierra, Guanajuato, "
        "el martes; dos agentes murieron. Los agentes repelieron la agresión y el "
        "enfrentamiento duró cerca de una hora."
    )
    assert categories("es", text) == ["armed_clash"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Un grupo armado atacó a agentes de la policía municipal en Apaseo el Alto, "
            "Guanajuato, la tarde del jueves. El enfrentamiento se prolongó por varios minutos y "
            "dejó tres agresores muertos.",
        ),
        (
            "en",
            "Gunmen attacked a state police convoy near Guasave, Sinaloa, on Friday. The "
            "shootout lasted half an hour and left three attackers dead.",
        ),
    ],
)
def test_a_clash_named_again_with_the_attackers_dead_is_a_clash(language: str, text: str) -> None:
    assert categories(language, text) == ["armed_clash"]
