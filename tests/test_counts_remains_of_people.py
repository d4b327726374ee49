"""Remains count the people named after them: "los restos mortales de trece personas", "the
remains of at least ten people" are thirteen and ten bodies (issue 9, casualty grammar: the
number of a discovery kept). Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 11, 20)


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        (
            "es",
            "En un predio de Valparaíso, Zacatecas, peritos hallaron los restos mortales de "
            "once personas en tres fosas clandestinas.",
            11,
        ),
        (
            "en",
            "Volunteers found four clandestine graves near Empalme, Sonora, one of which held "
            "the remains of at least 11 people.",
            11,
        ),
        ("en", "The remains of a man were found in a shallow grave near Empalme, Sonora.", 1),
    ],
)
def test_remains_count_the_people_after_them(language: str, text: str, value: int) -> None:
    events = extract(Article(text=text, published=PUB, language=language))
    assert [c.value for e in events for c in e.counts if c.what == "bodies"] == [value]
