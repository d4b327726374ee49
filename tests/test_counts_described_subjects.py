"""Figures of people described before their predicate (issue 9, casualty grammar): an
apposition between commas that describes the people counted with words of people ("seis
personas, integrantes de una familia, fueron asesinadas" 6); a list after the figure that
breaks it down, not more people ("murieron once personas: cuatro mujeres y siete hombres" 11);
relatives named bare in a pair ("Padre e hijo fueron asesinados" 2); a massacre named with its
dead ("la masacre de diez personas" 10). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from sucesos.extract.assemble.figures import group_total, sentence_groups
from sucesos.extract.counts import find_counts
from sucesos.extract.text import fold


def killed(text: str, what: str = "killed") -> int:
    """The figure of `what` one sentence gives, its parts added as a record adds them."""
    figures = [c for c in find_counts(fold(text), text=text) if c.what == what]
    return group_total(sentence_groups(figures))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seis personas, al parecer integrantes de una familia, fueron asesinadas en Moroleón.", 6),
        ("Cuatro jornaleros, vecinos de la comunidad de El Sauz, fueron asesinados el lunes.", 4),
        ("Three men, members of a ranching family, were shot dead near Navojoa on Sunday.", 3),
    ],
)
def test_an_apposition_of_people_describes_those_counted(text: str, expected: int) -> None:
    assert killed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dos hombres, un comerciante y una mujer, fueron asesinados en Tarimoro.", 2),
    ],
)
def test_an_apposition_with_a_joint_and_an_article_is_no_description(
    text: str, expected: int
) -> None:
    # a list of the same size as the figure reads as its breakdown, never as two more
    assert killed(text) == expected


@pytest.mark.parametrize(
    ("text", "what", "expected"),
    [
        ("Murieron nueve personas: cinco hombres y cuatro mujeres.", "killed", 9),
        (
            "Fueron asesinadas siete personas, seis hombres y una mujer, en un bar de Salvatierra.",
            "killed",
            7,
        ),
        ("Gunmen killed ten people: three women and seven men.", "killed", 10),
        ("Asesinaron a doce personas (5 mujeres y 7 hombres) en una fiesta.", "killed", 12),
        (
            "Los restos de cinco personas, cuatro hombres y una mujer, fueron hallados en un pozo.",
            "bodies",
            5,
        ),
    ],
)
def test_a_breakdown_after_the_verb_adds_nothing(text: str, what: str, expected: int) -> None:
    assert killed(text, what) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mataron a dos policías, a un taxista y a un menor en Jerécuaro.",
        "Gunmen killed two officers, a farmer and his nephew.",
    ],
)
def test_more_people_after_a_comma_still_add(text: str) -> None:
    assert killed(text) == 4


@pytest.mark.parametrize(
    "text",
    [
        "Madre e hija fueron asesinadas a balazos en su domicilio de Uriangato.",
        "Hermano y hermana, quienes vendían fruta, fueron asesinados en Cortazar.",
        "Father and son were shot dead at their ranch outside Caborca.",
    ],
)
def test_relatives_named_bare_in_a_pair_are_two(text: str) -> None:
    assert killed(text) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dos hombres fueron detenidos por la masacre de nueve personas en un bar de Apaseo.", 9),
        (
            "Vinculan a proceso a un joven por la matanza de siete jornaleros en Guaymas.",
            7,
        ),
    ],
)
def test_a_massacre_named_with_its_dead_counts_them(text: str, expected: int) -> None:
    assert killed(text) == expected
