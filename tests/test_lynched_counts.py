"""A mob's killing told in Spanish as "fueron linchados" / "lincharon a" is a death, as
"were lynched" already was in English (issue 9 item 3, figures of an incident), and the
kidnappers ("secuestradores", "plagiadores") are not the kidnapped. Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from sucesos.extract.counts import find_counts
from sucesos.extract.text import fold


def figures(text: str) -> list[tuple[str, int]]:
    return [(c.what, c.value) for c in find_counts(fold(text), text=text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dos hombres fueron linchados por vecinos de San Marcos Tlacoyalco.", [("killed", 2)]),
        ("Pobladores de Santa Inés lincharon a tres presuntos ladrones.", [("killed", 3)]),
        ("En enero, en una comunidad de Puebla fue linchado un hombre.", [("killed", 1)]),
        ("Cuatro presuntos secuestradores fueron linchados por la turba.", [("killed", 4)]),
        ("Two suspected thieves were lynched by residents of San Marcos.", [("killed", 2)]),
    ],
)
def test_a_lynching_counts_its_dead(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vecinos intentaron linchar a dos presuntos ladrones en San Marcos.",
        "Los dos hombres estuvieron a punto de ser linchados por la turba.",
        "Policías evitaron que dos hombres fueran linchados por los vecinos.",
        "Hubo un intento de linchamiento contra tres hombres en San Marcos.",
    ],
)
def test_a_lynching_not_done_counts_no_dead(text: str) -> None:
    assert not [f for f in figures(text) if f[0] == "killed"]


def test_kidnappers_are_not_the_kidnapped() -> None:
    text = "Tres presuntos secuestradores fueron detenidos en Tepexco."
    assert ("kidnapped", 3) not in figures(text)


def test_the_kidnapped_still_count() -> None:
    assert figures("Tres plagiados y dos secuestradas.") == [("kidnapped", 3), ("kidnapped", 2)]
