"""An arrest denied through the reports it would have been told in ("no hay informes de que se
hayan realizado arrestos", "sin reportes de personas detenidas") is no arrest record, as
"there were no reports of arrests" already was not (issue 9, negation). Every sentence here
was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 11, 23)


@pytest.mark.parametrize(
    "text",
    [
        "Cinco personas murieron en un tiroteo en una cantina de Cárdenas, Tabasco, la noche "
        "del sábado. No hay informes de que se hayan realizado arrestos.",
        "Tres hombres murieron en un ataque a balazos en Zamora, Michoacán, el domingo; sin "
        "reportes de personas detenidas hasta el momento.",
    ],
)
def test_an_arrest_denied_in_reports_makes_no_arrest(text: str) -> None:
    events = extract(Article(text=text, published=PUB, language="es"))
    assert [e.category for e in events] == ["attack"]


def test_an_arrest_told_after_reports_stays() -> None:
    text = (
        "Agentes estatales detuvieron a dos hombres en Zamora, Michoacán, el domingo, según "
        "informes de la Fiscalía."
    )
    events = extract(Article(text=text, published=PUB, language="es"))
    assert [e.category for e in events] == ["arrest"]
