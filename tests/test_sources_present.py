"""Two figures of one toll from two sources, the second told in the present tense of news
copy ("testigos aseguran que…", "vecinos relatan…"): both are kept, the account is disputed
and its toll is the lower figure, as ACLED codes it.

Every article here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article


@pytest.mark.parametrize(
    "second",
    [
        "Sin embargo, testigos aseguran que fueron ocho los muertos.",
        "Vecinos de la colonia relatan que en la fiesta murieron ocho personas.",
    ],
)
def test_a_second_source_in_the_present_disputes_the_toll(second: str) -> None:
    text = (
        "La Fiscalía de Guerrero informó que seis personas murieron en el ataque a una "
        f"fiesta en Chilpancingo.\n\n{second}"
    )
    events = live(extract(Article(text=text, published=date(2026, 11, 16), language="es")))
    attack = next(e for e in events if e.category == "attack")
    assert (attack.status, attack.fatalities) == ("disputed", 6)
    assert sorted(c.value for c in attack.counts if c.what == "killed") == [6, 8]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Guerrero prosecutors said six people died in the attack on a party in "
            "Chilpancingo.\n\nWitnesses, however, said eight people were killed.",
            "en",
        ),
        (
            "La Fiscalía de Guerrero informó que seis personas murieron en el ataque a una "
            "fiesta en Chilpancingo.\n\nLos vecinos, en cambio, aseguraron que murieron ocho "
            "personas.",
            "es",
        ),
    ],
)
def test_a_connective_between_a_source_and_its_verb_keeps_the_source(
    text: str, language: str
) -> None:
    events = live(extract(Article(text=text, published=date(2026, 11, 16), language=language)))
    attack = next(e for e in events if e.category == "attack")
    assert (attack.status, attack.fatalities) == ("disputed", 6)
