"""English verbs of capture count the people after them as arrests, as "arrested" does
("soldiers captured five men and one woman" = 6, "managed to capture four men" = 4); like
"left", their number counts no things ("captured two trucks"). Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from sucesos.extract.counts import find_counts
from sucesos.extract.text import fold


def _arrested(text: str) -> list[int]:
    return [c.value for c in find_counts(fold(text), text=text) if c.what == "arrested"]


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        ("Soldiers and state police captured five men and one woman after the shootout.", 6),
        ("Municipal police chased the gunmen and managed to capture four men.", 4),
        ("Marines apprehended three alleged gang members near the port.", 3),
    ],
)
def test_a_verb_of_capture_counts_the_people_after_it(text: str, arrested: int) -> None:
    assert max(_arrested(text)) == arrested
