"""A sentence that names the news again and tells it took place after another happening
("Este crimen ocurre a menos de 24 horas del asesinato de…", "The killings came a day after
gunmen shot…") recalls that other happening, however near in time: it is no live record, and
its place is not the news's. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from test_background import assert_context_only


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "Cabe señalar que este crimen ocurre a menos de 24 horas del asesinato de un "
            "comerciante de abarrotes en Jacona.",
            "abarrotes",
        ),
        (
            "es",
            "Los hechos ocurrieron horas después del asesinato de un taxista en la colonia Centro "
            "de Jacona.",
            "taxista",
        ),
        (
            "en",
            "The killings came just hours after gunmen shot dead three young men at a bar in "
            "Jacona.",
            "bar in Jacona",
        ),
        (
            "en",
            "It happened a day after police found the bodies of four men in Jacona, including "
            "two that had been shot in the head.",
            "four men",
        ),
    ],
)
def test_the_news_told_after_another_happening_recalls_it(
    language: str, context: str, words: str
) -> None:
    assert_context_only(language, context, words)
