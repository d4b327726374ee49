"""More dead told by another source than the first victims' ("Otras dos personas murieron más
tarde en el hospital, informó la Cruz Roja", "Two other people died later in hospital, the
Red Cross said") add to the toll: they are other people, not a rival figure for the same
ones (before, the record was disputed and took the lower figure, 2). Every article here is
invented for the test (issue 9)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 8, 9)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hombres armados asesinaron a tres hombres en un billar de Cortazar, Guanajuato, la "
            "noche del sábado, informó la Fiscalía del estado. Otras dos personas murieron más "
            "tarde en el hospital, informó la Cruz Roja.",
            "es",
        ),
        (
            "Gunmen killed three men at a pool hall in Cortazar, Guanajuato, on Saturday night, "
            "the state prosecutor's office said. Two other people died later in hospital, the "
            "Red Cross said.",
            "en",
        ),
    ],
)
def test_more_dead_told_by_another_source_add_up(text: str, language: str) -> None:
    events = live(extract(Article(text=text, published=PUB, language=language)))
    assert [(e.fatalities, e.status) for e in events] == [(5, "reported")]
