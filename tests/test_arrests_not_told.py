"""Arrests a sentence does not report (issue 9 item 3, figures of an incident: "personas
detenidas" with no number read as two arrested): "sin reportarse personas detenidas", "las
autoridades no han dado a conocer si hay detenidos", "en ninguno de los dos hechos se
reportan personas detenidas" give no arrest. Every sentence here was written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.extract.counts import find_counts
from sucesos.extract.text import fold
from sucesos.models import Article

PUB = date(2025, 9, 27)


def figures(text: str) -> list[tuple[str, int]]:
    return [(c.what, c.value) for c in find_counts(fold(text), text=text)]


@pytest.mark.parametrize(
    "text",
    [
        "La Guardia Nacional desplegó un operativo en la colonia Las Flores sin reportarse "
        "personas detenidas.",
        "Las autoridades no han dado a conocer si hay detenidos.",
        "La fiscalía no especificó si hay detenidos por el ataque.",
        "En ninguno de los dos hechos se reportan personas detenidas.",
        "Por ninguno de los tres ataques hay detenidos hasta el momento.",
    ],
)
def test_no_arrest_figure(text: str) -> None:
    assert not [f for f in figures(text) if f[0] == "arrested"]


def test_no_arrest_record() -> None:
    text = (
        "Dos hombres fueron asesinados a balazos en la colonia Las Flores de Tijuana, Baja "
        "California, el viernes. Las autoridades no han dado a conocer si hay detenidos."
    )
    events = extract(Article(text=text, published=PUB, language="es"))
    assert "arrest" not in {e.category for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dos hombres fueron detenidos; no se informó si hubo heridos.", [("arrested", 2)]),
        ("Sin embargo, dos personas fueron detenidas en la colonia.", [("arrested", 2)]),
        ("Las autoridades dieron a conocer que hay dos detenidos.", [("arrested", 2)]),
        ("En uno de los dos hechos hubo tres detenidos.", [("arrested", 3)]),
        (
            "Este hallazgo se relaciona con otras dos fosas donde hubo tres detenidos.",
            [("arrested", 3)],
        ),
    ],
)
def test_told_arrests_stay(text: str, expected: list[tuple[str, int]]) -> None:
    assert [f for f in figures(text) if f[0] == "arrested"] == expected
