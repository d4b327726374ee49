"""Sentence boundaries (`text.split_sentences`): the boundary pattern starts at the final
mark so the regex engine skips to candidates by their first character; it must cut where the
earlier pattern, which looked behind every position for a mark, cut."""

from __future__ import annotations

import random
import re

from sucesos.extract.text import _BOUNDARY, _cut, split_sentences

# The earlier pattern: each match started right after the final mark.
_BEHIND = re.compile(
    r"(?<=[.!?…])[\"'”»)]*\s+(?=[\"'“«¿¡(]?[A-ZÁÉÍÓÚÑ0-9])|\n+"
    r"|(?<=[a-záéíóúñü]{3}[.!?])(?=[A-ZÁÉÍÓÚÑ][a-záéíóúñü])"
)


def _cuts(text: str) -> list[tuple[int, int]]:
    return [(_cut(text, m), m.end()) for m in _BOUNDARY.finditer(text)]


def _cuts_behind(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _BEHIND.finditer(text)]


def test_boundaries_fall_where_the_look_behind_pattern_put_them() -> None:
    alphabet = list("ab.!?…\"'”»)“«¿¡( \n\tAÁ1é")
    rng = random.Random(5)
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        assert _cuts(text) == _cuts_behind(text), repr(text)


def test_invented_sentences_split_at_marks_breaks_and_lost_spaces() -> None:
    text = (
        "Asesinan a dos en Celaya. «Fue un ataque», dijo el Gral. Pérez!  ¿Quién disparó?\n\n"
        "Gunmen fled… Police arrived at 3 p.m. Monday.The mayor spoke. Cd.Victoria stayed calm."
    )
    assert _cuts(text) == _cuts_behind(text)
    assert [s.text for s in split_sentences(text)] == [
        "Asesinan a dos en Celaya.",
        "«Fue un ataque», dijo el Gral. Pérez!",
        "¿Quién disparó?",
        "Gunmen fled…",
        "Police arrived at 3 p.m. Monday.",
        "The mayor spoke.",
        "Cd.Victoria stayed calm.",
    ]
