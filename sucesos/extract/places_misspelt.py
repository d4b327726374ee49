"""Towns misspelt by one letter right after a word that names a town ("the mayor of Tarimbaro"
written "Tarimbar", "el municipio de Zitacuaro" written "Zitacuro"): a capitalised word the
gazetteer does not know, after a town cue (`context.toml` misspelt_town_before), is taken for
the one municipality of a state the text names whose name it misses by a single letter
(dropped, added, swapped or changed). Only a name of six letters or more, and only when
exactly one such municipality fits: a short word is one letter away from too many names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from sucesos.extract.lexicon import alternation
from sucesos.extract.places_index import Entry, Index, name_key
from sucesos.extract.places_match import Span

# The shortest misspelt name looked up: a shorter one misses too many names by a letter.
_MIN_LETTERS = 6


@cache
def _cue(cues: tuple[str, ...]) -> re.Pattern[str]:
    """A town cue, an optional article, then the word after it (in the folded text)."""
    return re.compile(rf"\b(?:{alternation(cues)}) (?:(?:el|la|los|las|the) )?([a-z]+)\b")


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by one letter dropped, added, changed or two swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    if a[i + 1 :] == b[i + 1 :]:
        return True
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]


@lru_cache(maxsize=256)
def _forms(idx: Index, states: frozenset[str]) -> dict[str, list[Entry]]:
    """The one-word names (and one-word everyday forms) of the municipalities of `states`.
    Kept per index and set of states: walking every gazetteer name at each misspelt word
    was most of this module's time."""
    out: dict[str, list[Entry]] = {}
    for key, entries in idx.names.items():
        if " " in key or len(key) < _MIN_LETTERS - 1:
            continue
        towns = [e for e in entries if e.kind == "municipality" and e.state in states]
        if towns:
            out[key] = towns
    return out


def misspelt_towns(
    text: str,
    f: str,
    idx: Index,
    spans: list[Span],
    original: Callable[[int], int],
) -> list[Span]:
    """Spans for the misspelt towns of `text` (folded `f`; `original` maps an offset of `f`
    to `text`), set as after a municipality cue: none where a gazetteer name starts."""
    states = frozenset(e.state for sp in spans for e in sp.entries if e.kind == "state")
    if not states:
        return []
    starts = {sp.start for sp in spans}
    out: list[Span] = []
    forms: dict[str, list[Entry]] | None = None
    for m in _cue(tuple(idx.ctx["misspelt_town_before"])).finditer(f):
        word = m.group(1)
        s = m.start(1)
        if len(word) < _MIN_LETTERS or s in starts or word in idx.names:
            continue
        if word in idx.ctx["first_names"] or not text[original(s)].isupper():
            continue
        if forms is None:
            forms = _forms(idx, states)
        near = {e.code: e for key, es in forms.items() if _one_letter_apart(word, key) for e in es}
        if len(near) != 1:
            continue
        sp = Span(s, m.end(1), name_key(word), list(near.values()))
        sp.locative = sp.mun_cue = True
        out.append(sp)
    return out
