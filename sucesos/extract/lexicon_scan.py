"""One pass per text over every shared phrase matcher (`sucesos.extract.lexicon`).

Stages ask some fifteen matchers about every sentence of an article: each walked the whole
text once, in slices, some twice, and those walks were a fifth of extraction. Inside
`shared_scan(text)` one automaton holding the keys of the matchers registered with
`share_scan` walks the text once; `find` on that text then reads the hits of its slice (the
whole text's hits that lie inside it: the same matches in the same order) instead of walking
it again. A matcher too large to copy into that automaton (more than `_UNION_MAX_KEYS` keys
would make it slow to load) walks the text alone, once, when first asked; every registered
matcher fits today, the triggers' 72,516 keys too (they had grown past the old limit of
60,000 and walked every text alone: a second walk of an automaton as large as the shared
one, which the rest of extraction has pushed out of the processor's caches by then). Only the
keys of a matcher's automaton are copied: the phrases of the patterns it keeps as shapes
(`lexicon_search.ShapedPhrases`) are found apart, so a matcher of a few thousand keys and a
hundred thousand shaped phrases takes part in the one walk.
"""

from __future__ import annotations

import bisect
import hashlib
import threading
from collections.abc import Callable, Iterable
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import ahocorasick

from sucesos.extract import build_cache

if TYPE_CHECKING:
    from sucesos.extract.lexicon import PhraseMatcher

_UNION_MAX_KEYS = 200_000

_SHARED: list[Callable[[], PhraseMatcher[Any]]] = []
G = TypeVar("G", bound="Callable[[], PhraseMatcher[Any]]")


def share_scan(getter: G) -> G:
    """Register a (cached) matcher getter: its matcher takes part in `shared_scan`. Returns
    the getter, so it can decorate it."""
    _SHARED.append(getter)
    return getter


def _keys(matcher: PhraseMatcher[Any]) -> int:
    """The keys of a matcher's automaton: those the union would copy (its patterns kept
    as shapes are found apart, `TextScan.shaped_hits`)."""
    return len(matcher._automaton)


# A matcher's hits in one text: the ends of its keys (ascending) and their rows.
_Hits = tuple[list[int], list[int]]
_NO_HITS: _Hits = ([], [])


class _Union(NamedTuple):
    matchers: list[PhraseMatcher[Any]]  # kept so their ids stay theirs
    # id(matcher) -> no hits, for every matcher whose keys are in `automaton`: a text's hits
    # start as a copy of it, so a matcher with none finds that in one lookup
    empty: dict[int, _Hits]
    alone: frozenset[int]  # the ids of the matchers that walk the text alone
    automaton: Any  # keys -> union row numbers
    rows: list[tuple[tuple[int, int], ...]]  # union row -> ((id(matcher), its row), ...)
    # the openings of every matcher's shaped phrases (`ShapedPhrases.openings`), to
    # ((id(matcher), its value), ...): one walk finds them for all (None: no shaped phrases)
    openings: Any
    opening: frozenset[int]  # the ids of the matchers whose openings it holds


def _build_union(matchers: list[PhraseMatcher[Any]]) -> tuple[Any, list[Any]]:
    entries: dict[str, list[tuple[int, int]]] = {}
    for i, matcher in enumerate(matchers):
        if 0 < _keys(matcher) <= _UNION_MAX_KEYS:
            for key, row in matcher._automaton.items():
                entries.setdefault(key, []).append((i, row))
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    rows: list[tuple[tuple[int, int], ...]] = []
    numbers: dict[tuple[tuple[int, int], ...], int] = {}
    for key, pairs in entries.items():
        number = numbers.setdefault(tuple(pairs), len(rows))
        if number == len(rows):
            rows.append(tuple(pairs))
        automaton.add_word(key, number)
    if entries:
        automaton.make_automaton()
    return automaton, rows


def _union() -> _Union:
    """The automaton of every registered matcher's keys (built once, kept in the build
    cache under the matchers' digests); again when an import registered more."""
    return _union_of(len(_SHARED))


@cache
def _union_of(registered: int) -> _Union:
    matchers = list(dict.fromkeys(getter() for getter in _SHARED[:registered]))
    digests = [m.digest for m in matchers]
    if None in digests:
        automaton, rows = _build_union(matchers)
    else:
        joined = hashlib.sha256(" ".join(str(d) for d in digests).encode()).hexdigest()
        automaton, rows = build_cache.cached(f"union-{joined[:32]}", lambda: _build_union(matchers))
    ids = [id(m) for m in matchers]
    alone = frozenset(id(m) for m in matchers if _keys(m) > _UNION_MAX_KEYS)
    empty = {key: _NO_HITS for key in ids if key not in alone}
    # the built rows name matchers by index (they pickle); a scan looks them up by id
    by_id = [tuple((ids[i], row) for i, row in pairs) for pairs in rows]
    openings = _openings(matchers)
    opening = frozenset(id(m) for m in matchers if m._shaped is not None and openings is not None)
    return _Union(matchers, empty, alone, automaton, by_id, openings, opening)


def _openings(matchers: list[PhraseMatcher[Any]]) -> Any:
    """One automaton of the openings of every matcher's shaped phrases, each to the pairs
    (id(matcher), the value its own opening automaton holds); None when none has any."""
    entries: dict[str, list[tuple[int, tuple[str, int]]]] = {}
    for matcher in matchers:
        if matcher._shaped is not None:
            for opening, value in matcher._shaped.openings():
                entries.setdefault(opening, []).append((id(matcher), value))
    if not entries:
        return None
    automaton = ahocorasick.Automaton()
    for opening, pairs in entries.items():
        automaton.add_word(opening, tuple(pairs))
    automaton.make_automaton()
    return automaton


class TextScan:
    """Every registered matcher's hits in one text: (end, row) in the order of their ends.
    Also the context manager of `shared_scan`."""

    __slots__ = ("_alone", "_opened", "_previous", "_shaped", "_union", "per", "text")

    def __init__(self, text: str) -> None:
        union = _union()
        # {id(matcher): (ends, rows)}: every matcher in the union, with no hits unless it
        # has some; a matcher that walks alone has its entry once it is first asked
        per = dict(union.empty)
        rows = union.rows
        for last, number in union.automaton.iter(text) if rows else ():
            for member, row in rows[number]:
                hits = per[member]
                if not hits[0]:  # the shared `_NO_HITS` (a test of identity fails compiled)
                    hits = per[member] = ([], [])
                hits[0].append(last + 1)
                hits[1].append(row)
        self.text = text
        self.per = per
        self._alone = union.alone
        self._previous: TextScan | None = None
        # id(matcher) -> the phrases of its shaped patterns in the text: their starts, and
        # (start, end, value) in the order of their starts
        self._shaped: dict[int, tuple[list[int], list[tuple[int, int, Any]]]] = {}
        self._union = union
        # id(matcher) -> the openings of its shaped phrases in the text, (last character,
        # value) as its own opening automaton finds them: all walked when one is first asked
        self._opened: dict[int, list[tuple[int, tuple[str, int]]]] | None = None

    def __enter__(self) -> TextScan:
        self._previous = current.scan
        current.scan = self
        return self

    def __exit__(self, *exc: object) -> None:
        current.scan = self._previous

    def first_asked(self, matcher: PhraseMatcher[Any]) -> _Hits | None:
        """The hits of a matcher not in `per`: one that walks the text alone walks it now
        (once); None for a matcher that takes no part."""
        key = id(matcher)
        if key not in self._alone:
            return None
        automaton = matcher._automaton
        found = list(automaton.iter(self.text)) if automaton.kind != ahocorasick.EMPTY else []
        hits = self.per[key] = ([last + 1 for last, _ in found], [r for _, r in found])
        return hits

    def shaped_hits(
        self, matcher: PhraseMatcher[Any], start: int, end: int
    ) -> list[tuple[int, int, Any]]:
        """The phrases of the matcher's shaped patterns inside `text[start:end]`: those of
        the whole text (found once) that lie there."""
        key = id(matcher)
        known = self._shaped.get(key)
        if known is None:
            opened = None  # a matcher not in the union walks its own openings
            if key in self._union.opening:
                if self._opened is None:
                    self._opened = self._open()
                opened = self._opened.get(key, [])
            found = matcher._shaped.find(self.text, 0, len(self.text), opened)
            known = self._shaped[key] = ([first for first, _, _ in found], found)
        firsts, found = known
        lo = bisect.bisect_left(firsts, start)
        hi = bisect.bisect_right(firsts, end, lo)
        if lo == hi:
            return []  # most questions
        return [hit for hit in found[lo:hi] if hit[1] <= end]

    def _open(self) -> dict[int, list[tuple[int, tuple[str, int]]]]:
        """The openings of every shared matcher's shaped phrases in the text, by matcher."""
        opened: dict[int, list[tuple[int, tuple[str, int]]]] = {}
        for last, pairs in self._union.openings.iter(self.text):
            for member, value in pairs:
                found = opened.get(member)
                if found is None:
                    found = opened[member] = []
                found.append((last, value))
        return opened

    def hits(
        self, matcher: PhraseMatcher[Any], text: str, start: int, end: int
    ) -> Iterable[tuple[int, int]] | None:
        """The matcher's hits ending in `text[start:end]` (some may begin before `start`),
        or None when `text` is not the scanned text or the matcher takes no part; an empty
        tuple when there is none (most questions). Only the keys of its automaton: patterns
        kept as shapes are found by `find`, which reads `per` itself."""
        if text is not self.text:
            return None
        hits = self.per.get(id(matcher))
        if hits is None:
            hits = self.first_asked(matcher)
            if hits is None:
                return None
        ends, rows = hits
        lo = bisect.bisect_right(ends, start)
        hi = bisect.bisect_right(ends, end, lo)
        if lo == hi:
            return ()
        return zip(ends[lo:hi], rows[lo:hi], strict=True)


class _Current(threading.local):
    scan: TextScan | None = None


current = _Current()  # the scan the running thread is inside, if any


def shared_scan(text: str) -> TextScan:
    """`with shared_scan(text):` within the block, `find` on `text` (that very string) reads
    one shared pass over it."""
    return TextScan(text)
