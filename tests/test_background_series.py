"""A sentence that joins the news to a series of its kind ("Este ataque se suma a una serie
de agresiones…", "The attack was part of a string of shootings…") counts the news among
earlier happenings: a tally, not a live event. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest
from test_background import assert_context_only


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "Este ataque se suma a una serie de agresiones armadas contra negocios que se han "
            "registrado en Zamora.",
            "serie",
        ),
        (
            "es",
            "La agresión forma parte de una ola de ataques contra talleres mecánicos de la región.",
            "ola",
        ),
        (
            "en",
            "The attack was part of a string of shootings targeting repair shops in Zamora.",
            "string",
        ),
        ("en", "The killings added to a wave of attacks on businesses in the region.", "wave"),
    ],
)
def test_the_news_joined_to_a_series_is_a_tally(language: str, context: str, words: str) -> None:
    assert_context_only(language, context, words)
