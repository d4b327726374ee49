"""Places inside a news outlet's name: the town or state a masthead is named after ("La
Opinión de Poza Rica", "Quadratín Michoacán", "Tabasco Hoy") is where a paper is published,
not where the news happened. (A place right after a national outlet's name, "Televisa
Sonora", stays: a regional edition's state is most often the news's state too.) The names
come from the bundled outlet table (`outlets.outlet_table`: names and aliases);
`places_judge` drops a place that stands inside one of them, written with the table's
capitals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sucesos.extract.outlets import outlet_table
from sucesos.extract.places_index import name_key

# A word of the text as the table writes it: letters only (a comma between an outlet and a
# place, "según Milenio, Monterrey…", makes two things).
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


@dataclass(frozen=True)
class OutletName:
    """One outlet's name as the table writes it: its folded words and which of them open
    with a capital."""

    words: tuple[str, ...]
    caps: tuple[bool, ...]


@cache
def outlet_names() -> tuple[OutletName, ...]:
    """Every outlet name and alias of the bundled table, also without its leading article."""
    out: dict[tuple[str, ...], OutletName] = {}
    for outlet in outlet_table().outlets:
        for name in (outlet.name, *outlet.aliases):
            words = name.split()
            for start in (0, 1) if name_key(words[0]) in _ARTICLES and len(words) > 1 else (0,):
                own = words[start:]
                key = tuple(name_key(" ".join(own)).split())
                if len(key) == len(own):
                    out.setdefault(key, OutletName(key, tuple(w[:1].isupper() for w in own)))
    return tuple(out.values())


_ARTICLES = frozenset({"el", "la", "los", "las", "the"})
# What may close a name in the text right after its last word
_CLOSING = ".,;:)”\"'"


def _written_as(words: list[str], name: tuple[bool, ...]) -> bool:
    """Whether the text's `words` are a name's own words as the table writes them: letters
    only, and each word the table opens with a capital opened by one."""
    return all(
        _WORD.fullmatch(w) is not None and (w[:1].isupper() or not cap)
        for w, cap in zip(words, name, strict=True)
    )


@cache
def _names_by_place() -> dict[tuple[str, ...], tuple[tuple[OutletName, int], ...]]:
    """Every run of an outlet name's words that has words before or after it in the name, to
    the names holding it and where: a place is looked up once, not compared with every name."""
    found: dict[tuple[str, ...], list[tuple[OutletName, int]]] = {}
    for name in outlet_names():
        n = len(name.words)
        for size in range(n):  # shorter than the name: a whole name is no name around a place
            for at in range(n - size + 1):
                found.setdefault(name.words[at : at + size], []).append((name, at))
    return {run: tuple(names) for run, names in found.items()}


def in_outlet_name(text: str, start: int, end: int, key: str) -> bool:
    """Whether the place `key` written at `text[start:end]` is part of an outlet's name: it
    is the table's name with its words before and after it in the text ("La Unión de
    Morelos", "Tabasco Hoy")."""
    place = tuple(key.split())
    holding = _names_by_place().get(place)
    if not holding:
        return False  # most places: in no outlet's name
    before = text[max(0, start - 80) : start]
    if not before.endswith(" ") or before.endswith("  "):
        before_words: list[str] = []
    else:
        before_words = before.split()
    after_words = text[end : end + 80].split()
    if text[end : end + 1] != " ":
        after_words = []
    size = len(place)
    for name, at in holding:
        pre, post = name.words[:at], name.words[at + size :]
        if _matches(before_words, after_words, pre, post, name, at, size):
            return True
    return False


def _matches(
    before: list[str],
    after: list[str],
    pre: tuple[str, ...],
    post: tuple[str, ...],
    name: OutletName,
    at: int,
    size: int,
) -> bool:
    """Whether the text's words around a place are the rest of outlet `name` (the place is
    its words `at` to `at + size`)."""
    if not pre and not post:
        return False  # the place's own name, not a longer name holding it
    if len(before) < len(pre) or len(after) < len(post):
        return False
    told_before = before[len(before) - len(pre) :] if pre else []
    told_after = after[: len(post)]
    if told_after:  # (a comma or a period may close the name: "…en Tabasco Hoy.")
        told_after[-1] = told_after[-1].rstrip(_CLOSING)
    if tuple(name_key(w) for w in told_before) != pre:
        return False
    if tuple(name_key(w) for w in told_after) != post:
        return False
    return _written_as(told_before, name.caps[:at]) and _written_as(
        told_after, name.caps[at + size :]
    )
