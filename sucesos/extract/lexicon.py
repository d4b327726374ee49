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

Matchers read on every sentence share one pass over an article's text (`lexicon_scan`).
"""

from __future__ import annotations

import bisect
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
from sucesos.extract.lexicon_scan import current
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


def alternation(words: Iterable[str], stars: bool = False) -> str:
    """A regex alternation of lexicon words, longest first (`*` ends any word if `stars`)."""
    escaped = (re.escape(w) for w in sorted(words, key=len, reverse=True))
    return "|".join(e.replace(r"\*", r"\w*") if stars else e for e in escaped)


def expand(pattern: str) -> list[str]:
    """Every phrase a lexicon pattern stands for, folded, with single spaces.

    A group `( | )` may hold optional parts `[ ]` and lemmas `{ }`, but no other group: a
    pattern that nests one, or leaves one open, is refused (`[E005]`) rather than read as
    words with brackets in them."""
    _check_groups(pattern)
    phrases = (" ".join(p.split()) for p in _expand(fold(pattern)))
    return list(dict.fromkeys(p for p in phrases if p))


def _check_groups(pattern: str) -> None:
    depth = 0
    for ch in pattern:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if depth not in (0, 1):
            what = "a group inside a group" if depth > 1 else "a ')' with no '('"
            raise ValueError(f"[E005] lexicon pattern {pattern!r} has {what}")
    if depth:
        raise ValueError(f"[E005] lexicon pattern {pattern!r} leaves a group open")


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


# A built matcher: its number of keys, an automaton of keys to row numbers, the rows (key
# length, the key's values with whether each is a prefix, whether any is a prefix), and the
# patterns kept as shapes (`lexicon_search.ShapedPhrases`), or None.
_Built = tuple[int, Any, list[tuple[int, list[tuple[bool, Any]], bool]], Any]


def _build(phrases: list[tuple[str, Any]]) -> _Built:
    """Expand the patterns and compile their keys into an automaton (see `PhraseMatcher`).

    The automaton stores row numbers rather than the rows themselves: it then pickles and
    loads in a fraction of the time (`build_cache`). A pattern that stands for thousands of
    phrases, hardly any of them another pattern's, is kept as its shape instead
    (`lexicon_search`)."""
    from sucesos.extract.lexicon_search import SHAPE_MIN_PHRASES, ShapedPhrases, shaped_phrase

    expanded = [(pattern, value, expand(pattern)) for pattern, value in phrases]
    # how many patterns stand for each key: a shape holds keys no other pattern has
    owners: dict[str, int] = {}
    for _pattern, _value, keys in expanded:
        for key in {k.rstrip("*").rstrip() for k in keys}:
            owners[key] = owners.get(key, 0) + 1
    entries: dict[str, list[tuple[bool, Any]]] = {}
    shaped = []
    shaped_keys = 0
    for pattern, value, keys in expanded:
        if len(keys) > SHAPE_MIN_PHRASES:
            # the few keys other patterns have too stay keys, with every pattern's values
            # in the patterns' order; the shape leaves them out
            common = frozenset(key for key in keys if owners.get(key) != 1)
            shape = shaped_phrase(pattern, value, keys, common)
            if shape is not None:
                shaped.append(shape)
                shaped_keys += len(keys) - len(common)
                keys = [key for key in keys if key in common]
        for key in keys:
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
    return len(entries) + shaped_keys, automaton, rows, ShapedPhrases(shaped) if shaped else None


_bisect_right = bisect.bisect_right  # one global lookup in `find`, asked hundreds of times a text


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
        # what the matcher holds, for the build cache; None for a value without a stable
        # description
        self.digest: str | None = None
        if " at 0x" in described:
            built = _build(listed)
        else:
            digest = hashlib.sha256(described.encode("utf-8", "surrogatepass")).hexdigest()
            self.digest = digest[:32]
            built = build_cache.cached(f"matcher-{self.digest}", lambda: _build(listed))
        self.size, self._automaton, self._rows, self._shaped = built

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
        if end is None:
            end = size
        scan = current.scan
        if scan is not None and folded is not scan.text:
            scan = None  # a scan of another text
        shared = None
        if scan is not None:
            # `TextScan.hits`, inlined: a lookup, then most questions end here
            shared = scan.per.get(id(self))
            if shared is None:
                shared = scan.first_asked(self)
        hits: Iterable[tuple[int, int]]
        if shared is not None:
            ends = shared[0]
            lo = _bisect_right(ends, start)
            if lo == len(ends) or ends[lo] > end:
                if self._shaped is None:
                    return []  # no hit in the slice: most questions
                hits = ()  # only the shaped phrases may be there
            else:
                hi = _bisect_right(ends, end, lo)
                hits = zip(ends[lo:hi], shared[1][lo:hi], strict=True)
        else:
            # The slice, not iter(folded, start, end): pyahocorasick converts the whole
            # string on every call, which made a search per sentence quadratic in the
            # article's length.
            automaton = self._automaton
            hits = (
                [(start + last + 1, row) for last, row in automaton.iter(folded[start:end])]
                if automaton.kind != ahocorasick.EMPTY  # none when every pattern is shaped
                else []
            )
        candidates: list[PhraseMatch[T]] = []
        add = candidates.append
        make = tuple.__new__  # PhraseMatch(...) without the named tuple's Python-level __new__
        rows = self._rows
        for exact_end, row in hits:
            length, values, has_prefix = rows[row]
            first = exact_end - length
            if first < start:
                continue  # a hit of the whole text's scan that begins before the slice
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
        if self._shaped is not None:
            if scan is not None:
                shaped = scan.shaped_hits(self, start, end)
            else:
                shaped = self._shaped.find(folded, start, end)
            for first, last, value in shaped:
                add(make(PhraseMatch, (first, last, value)))
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
