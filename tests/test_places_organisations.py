"""A state's name inside an English group's name is no place (issue 9, wrong place): the kind
of group may stand between ("the Jalisco drug cartel", "a Sinaloa crime group"), and two
names may share one ("the rival Sinaloa and Juárez cartels"). Every sentence here was
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 3, 4)


def places(text: str) -> list[list[str]]:
    found = live(extract(Article(text=text, published=PUB, language="en")))
    return [[loc.name for loc in e.locations] for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen believed to belong to the Jalisco drug cartel shot dead four police officers "
        "in Zamora on Monday.",
        "A firefight between the rival Sinaloa and Jalisco cartels left four gunmen dead in "
        "Zamora on Monday.",
    ],
)
def test_a_state_in_a_groups_name_is_no_place(text: str) -> None:
    assert places(text) == [["Zamora"]]
