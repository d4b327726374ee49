"""A text whose only capitals open its sentences is written in lowercase
(`places_case.case_style`); the count of opening capitals is skipped when the text has more
capitals than sentence marks, which must never change the answer."""

from __future__ import annotations

import random

from sucesos.extract.places_case import (
    _SENTENCE_CAPITAL,
    _UPPER,
    _only_sentence_capitals,
    case_style,
)


def test_the_shortcut_answers_as_counting_the_opening_capitals() -> None:
    alphabet = list("aá ÁAbB.!?¿¡:;\n\"'“«(ñÑ1²ßx")
    rng = random.Random(11)
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        upper = len(_UPPER.findall(text))
        expected = upper == len(_SENTENCE_CAPITAL.findall(text))
        assert _only_sentence_capitals(text, upper) == expected, repr(text)


def test_invented_texts_keep_their_style() -> None:
    assert case_style("hallan un cuerpo en la brecha. era un hombre de unos 30 años.") == "lower"
    assert case_style("Hallan un cuerpo en la brecha. Era un hombre de unos 30 años.") == "lower"
    assert case_style("Hallan un cuerpo en Celaya. Era un hombre de Salamanca.") == "mixed"
    assert case_style("HALLAN UN CUERPO EN CELAYA") == "upper"
    assert case_style("Hallan Cuerpo De Hombre En Brecha De Celaya") == "title"
