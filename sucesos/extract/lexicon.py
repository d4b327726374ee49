"""Phrase lexicons: TOML data files compiled once into Aho-Corasick automata.

A phrase is matched on folded text (see `sucesos.extract.text.fold`) at word boundaries.
A phrase ending in `*` matches any word that starts with it ("asesin*" matches "asesinan",
"asesinado", "asesinato"), which keeps Spanish inflection out of the data files.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Generic, TypeVar

import ahocorasick

from sucesos.extract.text import fold

T = TypeVar("T")

DATA_PACKAGE = "sucesos.data"


@cache
def load_data(name: str) -> dict[str, Any]:
    """The parsed TOML file `sucesos/data/<name>`; fails loudly when it is missing."""
    ref = resources.files(DATA_PACKAGE).joinpath(name)
    if not ref.is_file():
        raise FileNotFoundError(f"[E001] data file sucesos/data/{name} is missing")
    with ref.open("rb") as handle:
        return tomllib.load(handle)


@dataclass(frozen=True)
class PhraseMatch(Generic[T]):
    start: int
    end: int
    value: T


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class PhraseMatcher(Generic[T]):
    """Finds lexicon phrases in folded text; a phrase may carry several values."""

    def __init__(self, phrases: Iterable[tuple[str, T]]) -> None:
        entries: dict[str, list[tuple[bool, T]]] = {}
        for phrase, value in phrases:
            key = " ".join(fold(phrase).split())
            prefix = key.endswith("*")
            key = key.rstrip("*").rstrip()
            if key:
                entries.setdefault(key, []).append((prefix, value))
        self._automaton = ahocorasick.Automaton()
        for key, values in entries.items():
            self._automaton.add_word(key, (len(key), values))
        self.size = len(entries)
        if entries:
            self._automaton.make_automaton()

    def find(
        self, folded: str, start: int = 0, end: int | None = None, *, overlapping: bool = False
    ) -> list[PhraseMatch[T]]:
        """Matches in `folded[start:end]`, sorted by start.

        Unless `overlapping`, where matches overlap only the longest is kept (all of its
        values), so "cuerpos de seguridad" hides "cuerpos".
        """
        if not self.size:
            return []
        end = len(folded) if end is None else end
        candidates: list[PhraseMatch[T]] = []
        # The slice, not iter(folded, start, end): pyahocorasick converts the whole string on
        # every call, which made a search per sentence quadratic in the article's length.
        for last_in_slice, (length, values) in self._automaton.iter(folded[start:end]):
            last = start + last_in_slice
            first = last - length + 1
            if first > 0 and _is_word_char(folded[first - 1]):
                continue
            exact_end = last + 1
            whole_word = exact_end >= len(folded) or not _is_word_char(folded[exact_end])
            word_end = exact_end
            while word_end < end and _is_word_char(folded[word_end]):
                word_end += 1
            for prefix, value in values:
                if whole_word:
                    candidates.append(PhraseMatch(first, exact_end, value))
                elif prefix:
                    candidates.append(PhraseMatch(first, word_end, value))
        candidates.sort(key=lambda m: (m.start, -(m.end - m.start)))
        if overlapping:
            return candidates
        chosen: list[PhraseMatch[T]] = []
        covered_to = -1
        span: tuple[int, int] | None = None
        for match in candidates:
            if (match.start, match.end) == span:
                chosen.append(match)
            elif match.start >= covered_to:
                chosen.append(match)
                covered_to = match.end
                span = (match.start, match.end)
        return chosen
