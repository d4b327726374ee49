"""Past a lead that dates the news to a day, a happening told by its month alone ("En
septiembre, otro comerciante fue asesinado…", "Earlier in September, a shopkeeper was shot
dead…") is not the news, even when that month holds the news day: background. Every sentence
here was written for these tests."""

from __future__ import annotations

import pytest
from test_background import assert_context_only


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "En septiembre, un comerciante fue asesinado a balazos frente al mismo taller.",
            "comerciante",
        ),
        (
            "en",
            "In September, a shopkeeper was shot dead outside the same repair shop.",
            "shopkeeper",
        ),
    ],
)
def test_a_happening_told_by_its_month_alone_is_background(
    language: str, context: str, words: str
) -> None:
    assert_context_only(language, context, words)
