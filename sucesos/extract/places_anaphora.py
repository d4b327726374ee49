"""Towns named again by a phrase instead of their name: "a la altura de la colonia Centro de
este segundo municipio", "dicha localidad", "en este mismo puerto", "residents of the town".

Such a phrase places what its sentence tells as surely as the name would, and a sentence
that names its town only so would otherwise fall back to the state or the article's focus.
Each phrase becomes a place mention of the town it points to: the last town named before it
within a reach (`cues.toml` [place_anaphora] reach), or, with an ordinal ("este segundo
municipio", "the former town"), that one of the towns named together in the sentence of the
last one. The words live in `cues.toml` [place_anaphora].
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from sucesos.extract.lexicon import alternation, load_data
from sucesos.extract.places import PlaceMatch

# What ends the sentence of the last town named: the towns told together are those after it.
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
# A phrase's mention is never surer than this, whatever its antecedent's score.
_SCORE = 0.8


@cache
def _rules() -> tuple[re.Pattern[str], dict[str, str], int]:
    data: dict[str, Any] = load_data("lexicon/cues.toml")["place_anaphora"]
    ordinals = {w: which for which in ("first", "second", "last") for w in data[which]}
    strong = [d for d in data["determiners"] if d not in data["weak_determiners"]]
    after = r"(?!\s+(?:de|del|of)\b)"
    pattern = re.compile(
        rf"\b(?:(?:{alternation(strong)})\s+(?:(?P<ord>{alternation(ordinals)})\s+)?"
        rf"(?:{alternation(data['nouns'])})"
        rf"|(?:{alternation(data['weak_determiners'])})\s+(?:(?P<word>{alternation(ordinals)})\s+)?"
        rf"(?:{alternation(data['weak_nouns'])})"
        rf"(?=\s*[,.;:)]|\s*$|\s+(?:{alternation(data['weak_followers'])})\b))"
        rf"{after}\b"
    )
    return pattern, ordinals, int(data["reach"])


def anaphoric_places(text: str, folded: str, places: list[PlaceMatch]) -> list[PlaceMatch]:
    """A place mention for each phrase of `folded` that names again a town of `places` (sorted
    by start; `text` and `folded` have equal offsets)."""
    towns = [p for p in places if p.location.precision in ("municipality", "locality")]
    if not towns:
        return []
    pattern, ordinals, reach = _rules()
    out: list[PlaceMatch] = []
    for m in pattern.finditer(folded):
        before = [p for p in towns if p.end <= m.start()]
        if not before or m.start() - before[-1].end > reach:
            continue
        last = before[-1]
        opens = max((e.end() for e in _SENTENCE_END.finditer(folded, 0, last.start)), default=0)
        together: list[PlaceMatch] = []
        for p in before:
            same = any(q.location.admin2_code == p.location.admin2_code for q in together)
            if p.start >= opens and not same:
                together.append(p)
        which = ordinals.get(" ".join((m["ord"] or m["word"] or "").split()), "last")
        if which == "second" and len(together) < 2:
            continue
        target = together[0] if which == "first" else together[1] if which == "second" else last
        out.append(
            PlaceMatch(
                m.start(),
                m.end(),
                text[m.start() : m.end()],
                target.location,
                min(target.score, _SCORE),
            )
        )
    return out
