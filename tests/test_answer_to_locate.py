"""An operation told by what it set out to do to the act's authors ("to locate the probable
perpetrators", "to try to capture the suspected attackers", "to locate those responsible")
is the answer to that act: a part of it (issue 9, part of an incident), even told several
sentences later in a neighbourhood of its own. Every sentence here was written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 9, 17)

ACT = (
    "Gunmen killed two young men outside a repair shop in Zitácuaro, Michoacán, on Tuesday "
    "afternoon.\n\n"
    "The victims were 19 and 22 years old and had worked at the shop for two years.\n\n"
    "Their relatives said they had no enemies.\n\n"
    "Neighbours said they heard at least ten shots.\n\n"
    "The attackers fled in a grey pickup.\n\n"
    "An investigator from the prosecutor's office collected the shell casings.\n\n"
)

ANSWERS = [
    "An operation was launched in the Las Flores neighborhood with state and federal forces "
    "to locate the probable perpetrators.",
    "The governor ordered an operation in the Las Flores neighborhood to try to capture the "
    "suspected attackers.",
]


@pytest.mark.parametrize("answer", ANSWERS, ids=["locate", "capture"])
def test_the_operation_to_locate_the_authors_is_the_acts(answer: str) -> None:
    events = live(extract(Article(text=ACT + answer, published=PUB, language="en")))
    assert [e.category for e in events] == ["attack"]
    assert "security_operation" in events[0].kinds
