"""A vague quantity halved is read whole: "media docena de cuerpos", "half a dozen bodies" are
six, not the dozen inside the phrase (issue 9, casualty grammar). Every sentence here was
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 11, 20)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Colectivos de búsqueda hallaron media docena de cuerpos en una fosa de Cajeme."),
        ("en", "Half a dozen bodies were found in shallow graves outside Cajeme on Thursday."),
    ],
)
def test_half_a_dozen_bodies_are_six(language: str, text: str) -> None:
    events = extract(Article(text=text, published=PUB, language=language))
    assert [c.value for e in events for c in e.counts if c.what == "bodies"] == [6]
