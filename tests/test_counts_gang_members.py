"""Members of gangs and trafficking groups named as such are the armed group's side (issue 9,
wrong counts (d), tolls by side): "twenty of the alleged narcos and two soldiers were
killed" is 22 dead, 20 of the armed group, not the soldiers' 2 alone; "cuatro pandilleros y
un policía murieron" is 5, where no people noun had named the gang members.

Every sentence here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import reported_dead

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 7, 7)


@pytest.mark.parametrize(
    ("text", "language", "dead"),
    [
        (
            "Twenty of the alleged narcos and two soldiers were killed on Friday in the "
            "firefight at a ranch near Tanhuato, Michoacán.",
            "en",
            22,
        ),
        (
            "Cuatro pandilleros y un policía murieron el viernes en la balacera de la colonia "
            "Morelos, en Reynosa, Tamaulipas.",
            "es",
            5,
        ),
    ],
)
def test_gang_members_count_on_their_side(text: str, language: str, dead: int) -> None:
    assert reported_dead(text, language, PUB) == [dead]
    events = extract(Article(text=text, published=PUB, language=language))
    sides = {c.group for e in events for c in e.counts if c.what == "killed"}
    assert "armed_group" in sides
