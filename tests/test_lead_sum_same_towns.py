"""An incident told twice in the same towns is no pair of incidents a lead sums (issue 9,
duplicates). A headline that counts the dead of a state ("Cuatro hermanos … son localizados
sin vida en Guerrero") sums the incidents told after it only when they lie in towns of their
own; two sentences of one find on a road named by its two towns ("la carretera
Iguala-Taxco") are the same find told again, whose "los cuerpos" happened to add up to the
headline's figure. The headline's find then joins it: one record, not a second find over the
whole state.

Every sentence here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 6, 2)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Cuatro hermanos que estaban desaparecidos son localizados sin vida en Guerrero.\n"
            "Los cuerpos fueron abandonados en la carretera Iguala-Taxco, a la altura de un "
            "paraje conocido como El Mirador.\n"
            "Según la Fiscalía del estado, sus familias denunciaron su ausencia el viernes "
            "por la tarde.\n"
            "Los cuerpos, envueltos en cobijas, estaban a un costado de la carretera "
            "Iguala-Taxco, informaron vecinos.\n",
            "es",
        ),
        (
            "Four men who had gone missing were found dead in Guerrero.\n"
            "The bodies were dumped on the Iguala-Taxco highway, near a spot known as El "
            "Mirador.\n"
            "State prosecutors said the four had been reported missing since Friday.\n"
            "The bodies, wrapped in blankets, lay beside the Iguala-Taxco highway, residents "
            "said.\n",
            "en",
        ),
    ],
)
def test_a_find_told_twice_in_the_same_towns_is_one_find(text: str, language: str) -> None:
    events = live(extract(Article(text=text, published=PUB, language=language)))
    finds = [e for e in events if e.category == "body_discovery"]
    assert len(finds) == 1
    assert finds[0].fatalities == 4
    assert {loc.name for loc in finds[0].locations} >= {"Iguala de la Independencia"}
