"""A figure counts the people whose predicate it reaches, not those of another clause that
opens with one person as its subject ("she had gone out with her two daughters when she was
shot dead": one dead, not two; "dos hombres bebían en la cantina cuando el dueño fue
asesinado": one). Every sentence here is invented for the test (issue 9)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 9, 2)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A street vendor was selling tamales with her two daughters when she was shot dead "
            "on Monday in Salamanca, Guanajuato.",
            "en",
        ),
        (
            "Three customers were drinking at a cantina when the owner was shot dead on Monday "
            "in Salamanca, Guanajuato.",
            "en",
        ),
    ],
)
def test_a_clause_with_its_own_subject_keeps_the_figure_before_it_out(
    text: str, language: str
) -> None:
    events = live(extract(Article(text=text, published=PUB, language=language)))
    assert [e.fatalities for e in events] == [1]
