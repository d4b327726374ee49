"""The site of an incident inside a town: the settlement a sentence sets it in.

"Por la noche, en la colonia Cumbres, hombres armados asesinaron a cinco hombres. La
madrugada del domingo, en la colonia Centro, un hombre fue asesinado": one town, one
weekend, two sites, two incidents. A site is a name of capitalised words after a settlement
cue ("colonia", "fraccionamiento", "comunidad de", ...) that a locative "en" opens (or a
street's "de la colonia"); the cues and stop words live in `incidents.toml` `[sites]`.
Sites are compared by their folded names, one the start of the other being the same site
("colonia Centro" and "colonia Centro de Zamora").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from sucesos.extract.lexicon import alternation, load_data

# Words of a site's name at most; what follows is no longer the name.
_MAX_WORDS = 5
# Characters before the cue in which a word says the name is no scene ("vecino de la ...").
_SCENE_REACH = 30


@cache
def _rules() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], tuple[str, ...]]:
    data: dict[str, Any] = load_data("incidents.toml")["sites"]
    cues, locatives = alternation(data["cues"]), alternation(data["locatives"])
    street = rf"(?:{alternation(data['streets'])})(?:\s[^.;:]{{1,50}}?)?\sde (?:la|el)"
    pattern = re.compile(rf"(?<![a-z])(?:(?:{locatives})|(?:{street}))\s(?:{cues})\.?\s")
    # the cue alone, which every site's match holds: a sentence without one (most) is not
    # searched for the whole pattern, which is tried at every position
    cue = re.compile(rf"\s(?:{cues})\.?\s")
    return pattern, cue, frozenset(data["joiners"]), tuple(data["not_the_scene"])


# "in the Mezquital neighborhood", "Culiacán's Mezquital neighborhood"
# (each look-behind after the first character it reads: `re` skips to those characters,
# where a pattern that opens with one is tried at every position of each sentence)
_IN_THE = re.compile(r"i(?<![a-z]i)n the\s|'(?<=[a-z]')s\s|’(?<=[a-z]’)s\s")


@cache
def _cue_after() -> re.Pattern[str]:
    """The settlement word right after an English site's name (`[sites]` cues_after)."""
    words = load_data("incidents.toml")["sites"]["cues_after"]
    return re.compile(rf"\s(?:{alternation(words)})\b")


def _named_before_cue(text: str, folded: str, start: int, end: int) -> list[tuple[int, str]]:
    """Sites whose name comes before the settlement word ("in the Mezquital neighborhood")."""
    _, _, joiners, _ = _rules()
    out: list[tuple[int, str]] = []
    for m in _IN_THE.finditer(folded, start, end):
        name = _name_at(text, folded, m.end(), end, joiners)
        after = m.end() + len(name)
        if name and folded[m.end() : after] == name and _cue_after().match(folded, after, end):
            out.append((m.end(), name))
    return out


def find_sites(text: str, folded: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, folded name) of the sites named in `text[start:end]` (`folded` is its
    folded form, offsets equal)."""
    pattern, cue, joiners, not_scene = _rules()
    out: list[tuple[int, str]] = []
    for m in pattern.finditer(folded, start, end) if cue.search(folded, start, end) else ():
        before = folded[max(start, m.start() - _SCENE_REACH) : m.start()]
        if any(w in before for w in not_scene):
            continue
        name = _name_at(text, folded, m.end(), end, joiners)
        if name:
            out.append((m.end(), name))
    if _IN_THE.search(folded, start, end):
        out += _named_before_cue(text, folded, start, end)
        out.sort()
    return out


def _name_at(text: str, folded: str, at: int, end: int, joiners: frozenset[str]) -> str:
    """The capitalised words (and joiners between them) from `at`, folded; "" if none."""
    words: list[str] = []
    pending: list[str] = []
    for m in re.finditer(r"[^\s,;:.()\"“”«»]+", text[at:end]):
        if m.start() > 0 and text[at + m.start() - 1] not in " ":
            break  # punctuation ended the name
        word = m.group()
        low = folded[at + m.start() : at + m.end()]
        if word[:1].isupper() or word[:1].isdigit():
            words.extend(pending)
            pending = []
            words.append(low)
        elif low in joiners:
            pending.append(low)  # "Cumbres de Figueroa", and "la Sabana" after "poblado de"
        else:
            break
        if len(words) >= _MAX_WORDS:
            break
    return " ".join(words)


def same_site(a: set[str], b: set[str]) -> bool:
    """Whether two sets of site names may be one place: either is empty, or a name of one
    is, or starts, a name of the other."""
    if not a or not b:
        return True
    return any(x == y or x.startswith(y + " ") or y.startswith(x + " ") for x in a for y in b)
