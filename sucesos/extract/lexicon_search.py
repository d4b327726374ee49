"""Lexicon lists asked only whether one of their phrases occurs, matched by one regular
expression built from the patterns themselves rather than from every phrase they expand to.

A pattern that combines several choices (`lexicon.expand`) stands for the product of them:
"(de|desde|entre) (enero|…) [de|del] [2010|…|2030] (a|al|y|hasta) [finales de|…] (enero|…)"
is some 350,000 phrases, and the list holding it (`cues.toml` [statistic] long_periods) made
an automaton of 700,000 keys: 220 MB resident and 1.6 s to load from the build cache, for a
question asked of a few sentences per article. A `PhraseSearch` keeps the pattern's shape (a
regex of alternations and optional words: a few kilobytes) and answers `occurs` exactly as
`PhraseMatcher.find` answers whether it finds anything: a phrase inside the slice, at word
boundaries of the whole text. Patterns with prefix phrases (`*`) are refused; the phrases a
pattern stands for are the same as `expand`'s (the tests compare them on every list used).

A `PhraseMatcher` keeps a pattern of thousands of phrases the same way (`ShapedPhrases`, below)
when it has no phrase of another pattern: it is checked against `expand` when built.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

import ahocorasick

from sucesos.extract.lexicon import _PATTERN_PART, _check_groups, verb_forms
from sucesos.extract.text import fold


# The shape of a pattern: every phrase it stands for is a word sequence, each word written
# with a space before it (" de enero"), so a choice that is left out leaves no double space;
# `_drop_space` then takes the first space off.
@dataclass(frozen=True)
class _Lit:
    text: str  # "" or " word word"


@dataclass(frozen=True)
class _Cat:
    items: tuple[_Node, ...]


@dataclass(frozen=True)
class _Alt:
    options: tuple[_Node, ...]  # none: matches nothing


_Node = _Lit | _Cat | _Alt
_NOTHING = _Alt(())


def _words(text: str) -> _Lit:
    return _Lit("".join(" " + word for word in text.split()))


def _shape(pattern: str) -> _Node:
    """The shape of an already folded pattern (see `lexicon._expand`, which it mirrors)."""
    items: list[_Node] = []
    for part in _PATTERN_PART.finditer(pattern):
        english, lemma, alternatives, optional = part.groups()
        before = pattern[part.start() - 1 : part.start()]
        after = pattern[part.end() : part.end() + 1]
        if lemma is None and alternatives is None and optional is None:
            if "*" in part.group():
                raise ValueError(f"[E005] prefix phrase in {pattern!r}: use a PhraseMatcher")
            items.append(_words(part.group()))
            continue
        if before.strip() or after.strip():
            # a choice inside a word ("asesin(o|a)s"): not one of whole words
            raise ValueError(f"[E005] {pattern!r} has a choice inside a word")
        if lemma is not None:
            forms = verb_forms(lemma.strip(), "en" if english else "es")
            items.append(_Alt(tuple(_words(form) for form in forms)))
        else:
            options = (alternatives if alternatives is not None else optional).split("|")
            shapes = [_shape(option) for option in options]
            if optional is not None:
                shapes.append(_Lit(""))
            items.append(_Alt(tuple(shapes)) if shapes else _Lit(""))
    return _Cat(tuple(items))


def _nullable(node: _Node) -> bool:
    if isinstance(node, _Lit):
        return not node.text
    if isinstance(node, _Cat):
        return all(_nullable(item) for item in node.items)
    return any(_nullable(option) for option in node.options)


def _drop_space(node: _Node) -> _Node:
    """The phrases of `node` without their first space (those that start with none go)."""
    if isinstance(node, _Lit):
        return _Lit(node.text[1:]) if node.text.startswith(" ") else _NOTHING
    if isinstance(node, _Alt):
        return _Alt(tuple(_drop_space(option) for option in node.options))
    if not node.items:
        return _NOTHING
    first, rest = node.items[0], node.items[1:]
    options: list[_Node] = [_Cat((_drop_space(first), *rest))]
    if _nullable(first):
        options.append(_drop_space(_Cat(rest)))
    return _Alt(tuple(options))


def _regex(node: _Node) -> str:
    if isinstance(node, _Lit):
        return re.escape(node.text)
    if isinstance(node, _Cat):
        parts = [_regex(item) for item in node.items]
        return "(?!)" if "(?!)" in parts else "".join(parts)
    options = [r for r in dict.fromkeys(_regex(option) for option in node.options) if r != "(?!)"]
    return "(?:" + "|".join(options) + ")" if options else "(?!)"


def phrases(node: _Node) -> set[str]:
    """Every phrase a shape stands for (for tests: `expand`'s phrases, as a set)."""
    if isinstance(node, _Lit):
        return {node.text}
    if isinstance(node, _Alt):
        return set().union(*(phrases(option) for option in node.options))
    return {"".join(parts) for parts in itertools.product(*map(phrases, node.items))}


def pattern_shape(pattern: str) -> _Node:
    """The phrases `expand(pattern)` gives, as a shape (`phrases` lists them)."""
    _check_groups(pattern)
    return _drop_space(_shape(fold(pattern)))


class PhraseSearch:
    """Whether any phrase of a lexicon list occurs in a slice of folded text."""

    def __init__(self, patterns: Iterable[str]) -> None:
        body = "|".join(_regex(pattern_shape(p)) for p in patterns) or "(?!)"
        # A phrase is at word boundaries of the whole text (as in `PhraseMatcher.find`):
        # `pos` leaves the characters before the slice to the look-behind, but `endpos`
        # hides the one after it, so a slice that ends inside a word forbids ending there.
        self._open = re.compile(rf"(?<!\w)(?:{body})(?!\w)")
        self._cut = re.compile(rf"(?<!\w)(?:{body})(?!\w|\Z)")

    def occurs(self, folded: str, start: int = 0, end: int | None = None) -> bool:
        """Whether a phrase lies inside `folded[start:end]` with no letter or digit (or
        `_`) right before or after it in `folded`."""
        size = len(folded)
        end = size if end is None else end
        pattern = self._cut if end < size and _is_word(folded[end]) else self._open
        return pattern.search(folded, start, end) is not None


_NON_WORD = re.compile(r"\W")


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


# --- patterns of a PhraseMatcher kept as shapes ---------------------------------------
# A pattern standing for thousands of phrases made most of the keys of the matchers holding
# it (the triggers' and the status cues': 270,000 keys, 100 MB resident and 0.3 s to load):
# a `PhraseMatcher` keeps such a pattern as its regex and finds its phrases with it instead.

SHAPE_MIN_PHRASES = 2000  # a pattern standing for more phrases is kept as a shape


class ShapedPhrase(NamedTuple):
    regex: str  # the phrases, no look-around
    openings: tuple[str, ...]  # the first two words of its phrases (or their first words)
    longest: int  # characters of the longest phrase
    value: Any
    common: frozenset[str]  # its phrases that other patterns have too: left to the automaton


def shaped_phrase(
    pattern: str, value: object, keys: Iterable[str], common: frozenset[str] = frozenset()
) -> ShapedPhrase | None:
    """`pattern` as a shape, when it stands for many phrases, all of whole words and exactly
    `keys` (its phrases as `expand` gives them), few of them `common` (other patterns' too,
    which the shape leaves out); else None."""
    listed = set(keys)
    if len(listed) <= SHAPE_MIN_PHRASES or len(common) * 20 > len(listed):
        return None
    try:
        shape = pattern_shape(pattern)
    except ValueError:
        return None
    if phrases(shape) != listed:
        return None
    openings = {" ".join(key.split(" ", 2)[:2]) for key in listed}
    if any(_NON_WORD.search(opening.replace(" ", "")) for opening in openings):
        # `ShapedPhrases` reads the first two words as runs of letters: when a second word
        # is not one ("drone's"), a phrase may start at each of the first words alone
        openings = {key.split(" ", 1)[0] for key in listed}
        if any(_NON_WORD.search(opening) for opening in openings):
            return None
    ordered = tuple(sorted(openings, key=len, reverse=True))
    return ShapedPhrase(_regex(shape), ordered, max(map(len, listed)), value, common)


class ShapedPhrases:
    """Where the phrases of shaped patterns lie in folded text, as `PhraseMatcher.find`
    finds keys: every phrase inside the slice at word boundaries of the whole text."""

    def __init__(self, shaped: list[ShapedPhrase]) -> None:
        self.shaped = shaped
        self._compile()

    def __getstate__(self) -> list[ShapedPhrase]:
        return self.shaped

    def __setstate__(self, state: list[ShapedPhrase]) -> None:
        self.shaped = state
        self._compile()

    def _compile(self) -> None:
        # where a phrase may start: its opening (its first two words, or the first word of a
        # pattern with one-word phrases starting with it), whole; a small automaton of them
        # walks a text several times faster than a regex alternation of a hundred words,
        # and finds only the places where a phrase may start (a first word alone was "a",
        # "el", "de": a Python step at most words of a text)
        seconds: dict[str, set[str]] = {}
        self._by_first: dict[str, list[tuple[re.Pattern[str], ShapedPhrase]]] = {}
        for shaped in self.shaped:
            regex = re.compile(shaped.regex)
            for opening in shaped.openings:
                first, _, second = opening.partition(" ")
                seconds.setdefault(first, set()).add(second)
                patterns = self._by_first.setdefault(first, [])
                if not patterns or patterns[-1][1] is not shaped:
                    patterns.append((regex, shaped))
        self._starts = ahocorasick.Automaton()
        for first, after in seconds.items():
            # a one-word phrase: any word after the first may follow
            for opening in [first] if "" in after else [f"{first} {w}" for w in after]:
                self._starts.add_word(opening, (first, len(opening)))
        self._starts.make_automaton()

    def openings(self) -> list[tuple[str, tuple[str, int]]]:
        """The openings its phrases may start with, and what `find` reads of each: for
        `lexicon_scan`, which finds the openings of every shared matcher in one walk."""
        return list(self._starts.items())

    def find(
        self,
        folded: str,
        start: int,
        end: int,
        opened: Iterable[tuple[int, tuple[str, int]]] | None = None,
    ) -> list[tuple[int, int, object]]:
        """(start, end, value) of every phrase in `folded[start:end]`, by start. `opened`:
        the openings found in that slice (the offset of each one's last character in the
        slice, and its value), as walking `openings` over it gives them; else walked here."""
        out: list[tuple[int, int, object]] = []
        size = len(folded)
        if opened is None:
            opened = self._starts.iter(folded[start:end])
        for last_char, (word, length) in opened:
            after = start + last_char + 1
            first = after - length
            if first:
                ch = folded[first - 1]
                if ch.isalnum() or ch == "_":  # inside a word (`_is_word`, inlined)
                    continue
            if after < size:
                ch = folded[after]
                # the start of a longer word (a second word is read up to the slice's end)
                if (ch.isalnum() or ch == "_") and (length == len(word) or after < end):
                    continue
            for regex, shaped in self._by_first[word]:
                if regex.match(folded, first, end) is None:
                    continue  # no phrase of this pattern starts here
                limit = min(end, first + shaped.longest)
                # a phrase ends before a character that is no letter, digit or `_`
                lasts = [m.start() for m in _NON_WORD.finditer(folded, first + 1, limit + 1)]
                if limit == size:
                    lasts.append(size)
                for last in lasts:
                    if regex.fullmatch(folded, first, last) and (
                        not shaped.common or folded[first:last] not in shaped.common
                    ):
                        out.append((first, last, shaped.value))
        # found as their openings end, which is the order of their starts but where a slice
        # ends inside a second word (a list in order sorts in one pass)
        out.sort(key=lambda hit: hit[0])
        return out
