"""A sentence past the lead whose only day lies days before the day the lead dates its news
to ("El pasado jueves fue asesinado otro regidor" under a lead dated to this Monday) recalls
an earlier happening: background, not a live event. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest
from test_background import assert_context_only


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "El pasado jueves fue asesinado a balazos un regidor en el vecino municipio de "
            "Jacona, donde hombres armados lo esperaban afuera de su casa.",
            "regidor",
        ),
        (
            "en",
            "On Thursday, a city councilman was shot dead outside his home in nearby Jacona.",
            "councilman",
        ),
    ],
)
def test_a_day_well_before_the_leads_is_recalled_background(
    language: str, context: str, words: str
) -> None:
    assert_context_only(language, context, words)
