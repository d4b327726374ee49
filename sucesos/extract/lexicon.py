"""Phrase lexicons: TOML data files compiled once into Aho-Corasick automata.

A phrase is matched on folded text (see `sucesos.extract.text.fold`) at word boundaries.
A phrase ending in `*` matches any word that starts with it ("asesin*" matches "asesinan",
"asesinado", "asesinato"). Phrases are written as patterns that `expand` turns into the word
forms they stand for, so one line covers a class of phrasing rather than one example:

- `{matar}` is a Spanish verb by its lemma: "mata", "matan", "mató", "mataron", "mataba",
  "matado(s)", "matando", "matar"; `{en:kill}` an English one: "kill", "kills", "killed",
  "killing" (irregular verbs list their forms in `lexicon/inflections.toml`);
- `(a|de)` is one of several words, `(a|)` an optional one;
- `[ilegal]` is an optional word: "privación [ilegal] de la libertad"; `[la|su]` one of
  several optional words.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import tomllib
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any, Generic, NamedTuple, TypeVar

import ahocorasick

from sucesos.extract import build_cache
from sucesos.extract.text import fold

T = TypeVar("T")

DATA_PACKAGE = "sucesos.data"


@cache
def load_data(name: str) -> dict[str, Any]:
    """The parsed TOML file `sucesos/data/<name>`; fails loudly when it is missing. Parsed
    once per process, and read from the build cache when an earlier process parsed the same
    data (parsing the lexicons took a tenth of the start-up)."""
    return build_cache.cached("data-" + name.replace("/", "-"), lambda: _parse(name))


def _parse(name: str) -> dict[str, Any]:
    ref = resources.files(DATA_PACKAGE).joinpath(name)
    if not ref.is_file():
        raise FileNotFoundError(f"[E001] data file sucesos/data/{name} is missing")
    with ref.open("rb") as handle:
        return tomllib.load(handle)


_PATTERN_PART = re.compile(r"\{(?:(en):)?([^{}]+)\}|\(([^()]*)\)|\[([^\[\]]*)\]|[^{(\[]+")
_DOUBLED_FINAL = re.compile(r"^[^aeiou]*[aeiou][bdgklmnprt]$")


@cache
def _inflections() -> dict[str, Any]:
    return load_data("lexicon/inflections.toml")


def verb_forms(lemma: str, language: str = "es") -> list[str]:
    """The word forms of a verb that news reports use (see the module docstring)."""
    data = _inflections()[language]
    irregular = data.get("irregular", {})
    if lemma in irregular:
        return list(irregular[lemma])
    if language == "es":
        ending = lemma[-2:]
        if ending not in data["endings"]:
            raise ValueError(f"[E002] {lemma!r} is not a Spanish verb lemma (-ar, -er, -ir)")
        stem = lemma[:-2]
        return [stem + suffix for suffix in data["endings"][ending]]
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith("y") and lemma[-2:-1] not in ("a", "e", "o", "u"):
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s")
    stem = lemma + lemma[-1] if _DOUBLED_FINAL.match(lemma) else lemma
    return [lemma, third, stem + "ed", stem + "ing"]


def expand(pattern: str) -> list[str]:
    """Every phrase a lexicon pattern stands for, folded, with single spaces."""
    phrases = (" ".join(p.split()) for p in _expand(fold(pattern)))
    return list(dict.fromkeys(p for p in phrases if p))


def _expand(pattern: str) -> list[str]:
    choices: list[list[str]] = []
    for part in _PATTERN_PART.finditer(pattern):
        english, lemma, alternatives, optional = part.groups()
        if lemma is not None:
            choices.append(verb_forms(lemma.strip(), "en" if english else "es"))
        elif alternatives is not None or optional is not None:
            options = (alternatives if alternatives is not None else optional).split("|")
            if optional is not None:
                options.append("")
            choices.append([form for option in options for form in _expand(option)] or [""])
        else:
            choices.append([part.group()])
    return ["".join(combo) for combo in itertools.product(*choices)]


# A built matcher: its number of keys, an automaton of keys to row numbers, and the rows:
# (key length, the key's values with whether each is a prefix, whether any is a prefix).
_Built = tuple[int, Any, list[tuple[int, list[tuple[bool, Any]], bool]]]


def _build(phrases: list[tuple[str, Any]]) -> _Built:
    """Expand the patterns and compile their keys into an automaton (see `PhraseMatcher`).

    The automaton stores row numbers rather than the rows themselves: it then pickles and
    loads in a fraction of the time (`build_cache`)."""
    entries: dict[str, list[tuple[bool, Any]]] = {}
    for pattern, value in phrases:
        for key in expand(pattern):
            prefix = key.endswith("*")
            key = key.rstrip("*").rstrip()
            if key and (prefix, value) not in entries.get(key, []):
                entries.setdefault(key, []).append((prefix, value))
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    rows: list[tuple[int, list[tuple[bool, Any]], bool]] = []
    # Keys of one length with the same values share a row: tens of thousands of keys make
    # a few thousand rows, which load several times faster.
    numbers: dict[str, int] = {}
    for key, values in entries.items():
        # Each key carries its length, its values and whether any of them is a prefix
        # (only then is the rest of a longer word looked at).
        row = (len(key), values, any(prefix for prefix, _ in values))
        number = numbers.setdefault(repr(row), len(rows))
        if number == len(rows):
            rows.append(row)
        automaton.add_word(key, number)
    if entries:
        automaton.make_automaton()
    return len(entries), automaton, rows


class PhraseMatch(NamedTuple, Generic[T]):
    # A named tuple, not a dataclass: matchers make hundreds of thousands of these.
    start: int
    end: int
    value: T


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class PhraseMatcher(Generic[T]):
    """Finds lexicon phrases in folded text; a phrase may carry several values."""

    def __init__(self, phrases: Iterable[tuple[str, T]]) -> None:
        listed = list(phrases)
        described = repr(listed)
        if " at 0x" in described:  # a value without a stable description: no cache key
            built = _build(listed)
        else:
            digest = hashlib.sha256(described.encode("utf-8", "surrogatepass")).hexdigest()
            built = build_cache.cached(f"matcher-{digest[:32]}", lambda: _build(listed))
        self.size, self._automaton, self._rows = built

    def find(
        self, folded: str, start: int = 0, end: int | None = None, *, overlapping: bool = False
    ) -> list[PhraseMatch[T]]:
        """Matches in `folded[start:end]`, sorted by start.

        Unless `overlapping`, where matches overlap only the longest is kept (all of its
        values), so "cuerpos de seguridad" hides "cuerpos".
        """
        if not self.size:
            return []
        size = len(folded)
        end = size if end is None else end
        candidates: list[PhraseMatch[T]] = []
        add = candidates.append
        make = tuple.__new__  # PhraseMatch(...) without the named tuple's Python-level __new__
        # The slice, not iter(folded, start, end): pyahocorasick converts the whole string on
        # every call, which made a search per sentence quadratic in the article's length.
        rows = self._rows
        for last_in_slice, row in self._automaton.iter(folded[start:end]):
            length, values, has_prefix = rows[row]
            exact_end = start + last_in_slice + 1
            first = exact_end - length
            if first > 0:
                ch = folded[first - 1]
                if ch.isalnum() or ch == "_":  # inside a word (`_is_word_char`, inlined)
                    continue
            ch = folded[exact_end] if exact_end < size else " "
            if not (ch.isalnum() or ch == "_"):
                for _prefix, value in values:
                    add(make(PhraseMatch, (first, exact_end, value)))
            elif has_prefix:
                word_end = exact_end
                while word_end < end and _is_word_char(folded[word_end]):
                    word_end += 1
                for prefix, value in values:
                    if prefix:
                        add(make(PhraseMatch, (first, word_end, value)))
        if len(candidates) < 2:
            return candidates  # most questions find nothing, or one phrase
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
