"""A heading of the dead before the list that names them, with no verb of its own: after a
colon ("Las víctimas: un comerciante, su esposa y dos empleados" = 4, "The victims: …") or,
for the dead themselves, a copula ("The dead were a shopkeeper, his wife and two clerks" = 4,
"those killed were…"); never the victims of a copula (the wounded are victims too) nor the
dead "among" whom some are named. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from sucesos.extract.counts import find_counts
from sucesos.extract.text import fold


def _killed(text: str) -> list[int]:
    return [c.value for c in find_counts(fold(text), text=text) if c.what == "killed"]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Las víctimas: un comerciante, su esposa y dos empleados de la tienda.", 4),
        ("Los fallecidos: un taxista, dos pasajeros y un vendedor ambulante.", 4),
        ("The dead were a taxi driver, his wife and two of his passengers.", 4),
        ("Those killed were five municipal police officers and a prison guard.", 6),
    ],
)
def test_a_heading_of_the_dead_counts_the_list_it_names(text: str, killed: int) -> None:
    assert max(_killed(text)) == killed


@pytest.mark.parametrize(
    "text",
    [
        "The victims were a grocer, his wife and two store clerks, who were treated for cuts.",
        "Among the dead were a grocer, his wife and two store clerks.",
    ],
)
def test_no_toll_from_victims_or_some_of_the_dead(text: str) -> None:
    assert _killed(text) == []
