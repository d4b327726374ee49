"""Negation: whether a trigger or a figure is denied by the words just before it.

"No se reportaron personas lesionadas", "sin que se reporten detenidos", "no one was
injured", "la búsqueda no se detiene": a cue (`no`, `sin`, `nadie`, `no one`...) followed
only by words of its scope (auxiliaries, reporting verbs, "personas") up to the phrase. A cue
that is part of the phrase itself ("sin vida", "no localizado") denies nothing. The words live
in `sucesos/data/lexicon/negation.toml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sucesos.extract.lexicon import expand, load_data

_WORD = re.compile(r"[a-z0-9']+|[^\sa-z0-9']")
_REACH = 8  # words between the cue and the phrase, at most
_WINDOW = 90  # characters looked at before the phrase


@dataclass(frozen=True)
class _Negation:
    cues: frozenset[str]
    scope: frozenset[str]


@cache
def _lexicon() -> _Negation:
    data = load_data("lexicon/negation.toml")
    scope = {form for pattern in data["scope"] for form in expand(pattern)}
    return _Negation(frozenset(data["cues"]), frozenset(scope))


def is_negated(folded: str, start: int, floor: int = 0) -> bool:
    """Whether the phrase at `folded[start:]` is denied by a negation cue before it (never
    looking before `floor`, the start of its sentence)."""
    lexicon = _lexicon()
    window = folded[max(floor, start - _WINDOW) : start]
    words = _WORD.findall(window)
    for seen, word in enumerate(reversed(words)):
        if word in lexicon.cues or word.endswith("n't"):
            return True
        if seen >= _REACH or word not in lexicon.scope:
            return False
    return False
