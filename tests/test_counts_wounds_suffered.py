"""The wounded told by a verb of suffering wounds are never more dead (issue 9, wrong counts:
the wounded added to the dead). A number joined to a toll by "y"/"and" and told with a
gerund ("sufriendo heridas", "sustaining injuries") or with a word of how many or how bad
before the wounds ("sufrieron diversas lesiones", "sustained various injuries") counts the
wounded, not people who died with the others.

Every sentence here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import reported_dead

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 6, 2)


def figures(text: str, language: str, what: str) -> list[int]:
    events = extract(Article(text=text, published=PUB, language=language))
    return [c.value for e in events if e.status == "reported" for c in e.counts if c.what == what]


@pytest.mark.parametrize(
    ("text", "language", "dead", "wounded"),
    [
        (
            "Six gunmen were killed in the ambush near Apatzingán on Monday, with three "
            "soldiers sustaining gunshot wounds.",
            "en",
            6,
            3,
        ),
        (
            "Eight attackers died in the firefight in Reynosa on Friday, and two state police "
            "officers sustained multiple injuries.",
            "en",
            8,
            2,
        ),
        (
            "El enfrentamiento en Zamora dejó el martes cinco sicarios muertos y dos agentes "
            "más presentando lesiones por arma de fuego.",
            "es",
            5,
            2,
        ),
    ],
)
def test_wounds_suffered_are_not_more_dead(
    text: str, language: str, dead: int, wounded: int
) -> None:
    assert reported_dead(text, language, PUB) == [dead]
    assert figures(text, language, "injured") == [wounded]
