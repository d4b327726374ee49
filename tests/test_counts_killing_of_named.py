"""One victim a killing noun names after "de"/"of": a name or a person ("el asesinato de Rosa
Méndez", "the murder of Rosa Méndez", "la ejecución de un comandante") is one dead, told once
however often it is named, and what is not a person ("la ejecución de una orden de
aprehensión") is no victim (issue 9 item 3: a named victim with no number is 1).

Every sentence here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import first_dead

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 9)


def events(text: str, language: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


def dead(text: str, language: str) -> int | None:
    """The fatalities of the first live record."""
    return first_dead(text, language, PUB)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A day after the murder of Rosa Méndez, head of the fishermen's cooperative, "
            "marines patrolled the docks of Guaymas, Sonora, on Sunday.",
            "en",
        ),
        (
            "The assassination of Tomás Villegas, a councilman, on Saturday in Uruapan, "
            "Michoacán, was condemned by the state congress.",
            "en",
        ),
    ],
)
def test_an_english_killing_of_a_name_counts_one(text: str, language: str) -> None:
    assert dead(text, language) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hombres armados atacaron el domingo a un comandante en Tarímbaro, Michoacán. La "
            "ejecución de un comandante de la policía municipal generó un operativo.",
            "es",
        ),
        (
            "La fiscalía de Guerrero indaga la ejecución del síndico de Coyuca ocurrida el "
            "sábado en su domicilio.",
            "es",
        ),
    ],
)
def test_an_execution_of_a_person_counts_one(text: str, language: str) -> None:
    assert dead(text, language) == 1


def test_an_execution_of_a_warrant_is_no_victim() -> None:
    text = (
        "Agentes ministeriales participaron el sábado en la ejecución de una orden de "
        "aprehensión en Uruapan, Michoacán, donde se registró una balacera."
    )
    counts = [c for e in events(text, "es") for c in e.counts if c.what == "killed"]
    assert counts == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Tomás Villegas was shot dead on Saturday in Uruapan, Michoacán. The murder of "
            "Tomás Villegas was condemned by the state congress.",
            "en",
        ),
        (
            "Tomás Villegas fue ejecutado el sábado en Uruapan, Michoacán. La ejecución de "
            "Tomás Villegas fue condenada por el congreso local.",
            "es",
        ),
    ],
)
def test_one_victim_told_twice_counts_once(text: str, language: str) -> None:
    assert dead(text, language) == 1


def test_a_bare_plural_after_of_is_a_kind() -> None:
    text = (
        "Sonora remains among the most dangerous states. The killing of local reporters in "
        "Guaymas, Sonora, worries press groups."
    )
    counts = [c for e in events(text, "en") for c in e.counts if c.what == "killed"]
    assert counts == []
