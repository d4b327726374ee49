"""Figures in a sentence: how many were killed, injured, arrested, kidnapped, found...

A figure is a number (digits, number words, or a vague word that ACLED turns into a number)
tied to a word that says what it counts: after it ("siete muertos", "three killed") or before
it ("asesinan a dos", "killed three"). Phrases that report exactly one person ("hombre fue
asesinado", "hallan cuerpo") count 1. The people noun in between gives the group (soldiers,
gunmen, civilians). Lexicons live in `sucesos/data/lexicon/{counts,numbers}.toml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from sucesos.extract.lexicon import PhraseMatcher, load_data
from sucesos.models import Group

_TOKEN = re.compile(r"\d[\d.,]*\d|\d|\w+")
_WINDOW = 5
_MAX_COUNT = 100_000  # larger figures are money, litres or statistics, not people


@dataclass(frozen=True)
class CountMention:
    start: int
    end: int
    what: str
    value: int
    group: Group | None
    additive: bool = False  # "y tres más": adds to the previous figure of the same kind


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    word: str


Side = Literal["after", "before", "singular"]


@dataclass(frozen=True)
class _Lexicons:
    phrases: PhraseMatcher[tuple[Side, str]]
    groups: PhraseMatcher[str]
    vague: PhraseMatcher[int]
    number_words: dict[str, int]
    fillers: frozenset[str]
    additive: frozenset[str]


@cache
def _lexicons() -> _Lexicons:
    counts = load_data("lexicon/counts.toml")
    numbers = load_data("lexicon/numbers.toml")
    phrases: list[tuple[str, tuple[Side, str]]] = []
    for what, sides in counts["what"].items():
        for side in ("after", "before", "singular"):
            phrases.extend((p, (side, what)) for p in sides.get(side, []))
    group_phrases = [
        (p, group) for group, words in counts["groups"].items() for p in words
    ]
    return _Lexicons(
        phrases=PhraseMatcher(phrases),
        groups=PhraseMatcher(group_phrases),
        vague=PhraseMatcher(numbers["vague"].items()),
        number_words=dict(numbers["words"]),
        fillers=frozenset(counts["fillers"]["words"]),
        additive=frozenset(counts["fillers"]["additive"]),
    )


def _parse_digits(word: str) -> int | None:
    # "1,500" and "1.500" are thousands; "2.5" is not a head count.
    if re.fullmatch(r"\d{1,3}([.,]\d{3})+", word):
        return int(re.sub(r"[.,]", "", word))
    if word.isdigit():
        return int(word)
    return None


@dataclass
class _Number:
    first: int  # token index
    last: int
    value: int


def _numbers(tokens: list[_Token], lex: _Lexicons, vague_at: dict[int, tuple[int, int]]) -> list[_Number]:
    found: list[_Number] = []
    i = 0
    while i < len(tokens):
        if i in vague_at:
            last, value = vague_at[i]
            found.append(_Number(i, last, value))
            i = last + 1
            continue
        word = tokens[i].word
        digits = _parse_digits(word) if word[0].isdigit() else None
        if digits is not None:
            last = i
            if i + 1 < len(tokens) and tokens[i + 1].word in ("mil", "thousand"):
                digits *= 1000
                last = i + 1
            found.append(_Number(i, last, digits))
            i = last + 1
            continue
        # Articles ("un", "a") count 1 only through the singular phrases, not here.
        if word in lex.number_words and word not in ("un", "una", "a", "an", "uno", "one"):
            total, current, last = 0, 0, i
            j = i
            while j < len(tokens):
                w = tokens[j].word
                value = lex.number_words.get(w)
                if value is None and w in ("y", "and") and j + 1 < len(tokens) and (
                    tokens[j + 1].word in lex.number_words
                ) and current:
                    j += 1
                    continue
                if value is None:
                    break
                if value == 1000:
                    total += (current or 1) * 1000
                    current = 0
                elif value == 100 and w == "hundred":
                    current = (current or 1) * 100
                else:
                    current += value
                last = j
                j += 1
            found.append(_Number(i, last, total + current))
            i = last + 1
            continue
        if word in ("one", "uno") and i + 1 < len(tokens):
            found.append(_Number(i, i, 1))
        i += 1
    return found


def find_counts(
    folded: str, start: int = 0, end: int | None = None, *, text: str | None = None
) -> list[CountMention]:
    """Figures in `folded[start:end]` (folded text), in reading order.

    `text` is the original (unfolded) text; its capitals let "asesinan a Juan" count one.
    """
    lex = _lexicons()
    end = len(folded) if end is None else end
    tokens = [
        _Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(folded, start, end)
    ]
    if not tokens:
        return []
    index_at = {t.start: i for i, t in enumerate(tokens)}
    end_index = {t.end: i for i, t in enumerate(tokens)}

    def span(m_start: int, m_end: int) -> tuple[int, int] | None:
        first = index_at.get(m_start)
        last = end_index.get(m_end)
        if first is None or last is None:
            return None
        return first, last

    phrase_starts: dict[int, list[tuple[int, Side, str]]] = {}
    phrase_ends: dict[int, list[tuple[int, Side, str]]] = {}
    for m in lex.phrases.find(folded, start, end, overlapping=True):
        s = span(m.start, m.end)
        if s is None:
            continue
        side, what = m.value
        phrase_starts.setdefault(s[0], []).append((s[1], side, what))
        phrase_ends.setdefault(s[1], []).append((s[0], side, what))
    group_at: dict[int, tuple[int, str]] = {}
    for m in lex.groups.find(folded, start, end):
        s = span(m.start, m.end)
        if s is not None:
            group_at[s[0]] = (s[1], m.value)
    vague_at: dict[int, tuple[int, int]] = {}
    for m in lex.vague.find(folded, start, end):
        s = span(m.start, m.end)
        if s is not None:
            vague_at[s[0]] = (s[1], m.value)

    counts: list[CountMention] = []
    consumed_to = -1  # a number inside the phrase of a previous figure ("de los 32 estados")
    for number in _numbers(tokens, lex, vague_at):
        if number.value <= 0 or number.value > _MAX_COUNT or number.first <= consumed_to:
            continue
        mention, consumed_to = _count_after(number, tokens, lex, phrase_starts, group_at, consumed_to)
        if mention is None:
            mention = _count_before(number, tokens, lex, phrase_ends, group_at)
        if mention is None:
            following = tokens[number.last + 1].word if number.last + 1 < len(tokens) else ""
            if following in lex.additive and counts:
                previous = counts[-1]
                mention = CountMention(
                    tokens[number.first].start, tokens[number.last].end, previous.what,
                    number.value, previous.group, additive=True,
                )
        if mention is not None:
            counts.append(mention)
    counts.extend(_singular_counts(tokens, lex, phrase_starts, group_at, counts, text))
    counts.sort(key=lambda c: c.start)
    return counts


def _group_near(
    first: int, last: int, tokens: list[_Token], group_at: dict[int, tuple[int, str]]
) -> str | None:
    for i in range(max(0, first), min(len(tokens), last + 1)):
        if i in group_at:
            group = group_at[i][1]
            return None if group == "people" else group
    return None


def _count_after(
    number: _Number,
    tokens: list[_Token],
    lex: _Lexicons,
    phrase_starts: dict[int, list[tuple[int, Side, str]]],
    group_at: dict[int, tuple[int, str]],
    consumed_to: int,
) -> tuple[CountMention | None, int]:
    i = number.last + 1
    additive = i < len(tokens) and tokens[i].word in lex.additive
    group: str | None = None
    stop = min(len(tokens), number.last + 1 + _WINDOW)
    while i < stop:
        for last, side, what in phrase_starts.get(i, []):
            if side == "after":
                return CountMention(
                    tokens[number.first].start, tokens[number.last].end, what, number.value,
                    group or _group_near(i, i + 3, tokens, group_at),  # type: ignore[arg-type]
                    additive,
                ), last
        if i in group_at:
            g_last, g = group_at[i]
            if g != "people" and group is None:
                group = g
            i = g_last + 1
            continue
        if tokens[i].word in lex.fillers:
            i += 1
            continue
        break
    return None, consumed_to


def _count_before(
    number: _Number,
    tokens: list[_Token],
    lex: _Lexicons,
    phrase_ends: dict[int, list[tuple[int, Side, str]]],
    group_at: dict[int, tuple[int, str]],
) -> CountMention | None:
    j = number.first - 1
    skipped = 0
    while j >= 0 and skipped <= 3:
        for _first, side, what in phrase_ends.get(j, []):
            if side == "before":
                group = _group_near(number.last + 1, number.last + 4, tokens, group_at)
                return CountMention(
                    tokens[number.first].start, tokens[number.last].end, what, number.value,
                    group,  # type: ignore[arg-type]
                )
        if tokens[j].word in ("a", "al", "menos", "least", "at", "to", "de", "of", "the", "los", "las", "unos", "unas", "some", "about", "around", "cerca", "alrededor", "casi", "nearly", "almost", "mas", "more", "than", "que"):
            j -= 1
            skipped += 1
            continue
        break
    return None


def _singular_counts(
    tokens: list[_Token],
    lex: _Lexicons,
    phrase_starts: dict[int, list[tuple[int, Side, str]]],
    group_at: dict[int, tuple[int, str]],
    numeric: list[CountMention],
    text: str | None,
) -> list[CountMention]:
    """Figures of one: "ejecutan a un hombre", "mujer fue asesinada", "hallan cuerpo"."""
    have = {c.what for c in numeric}
    out: list[CountMention] = []
    for first, entries in sorted(phrase_starts.items()):
        for last, side, what in entries:
            if side != "singular" or what in have:
                continue
            if what == "bodies":
                ok, group = True, _group_near(last + 1, last + 3, tokens, group_at)
            else:
                ok, group = _singular_context(first, last, tokens, group_at, text)
            if ok:
                out.append(
                    CountMention(tokens[first].start, tokens[last].end, what, 1, group)  # type: ignore[arg-type]
                )
                have.add(what)
    return out


_SINGULAR_ARTICLES = frozenset({"un", "una", "a", "an", "el", "la", "the", "otro", "otra", "another", "su"})
# "ultiman a balazos a joven": how someone was killed may stand between the verb and the victim.
_MANNER = frozenset({"a", "balazos", "tiros", "golpes", "punaladas", "machetazos", "pedradas", "de", "un", "balazo", "disparo", "disparos", "quemarropa"})


def _singular_context(
    first: int,
    last: int,
    tokens: list[_Token],
    group_at: dict[int, tuple[int, str]],
    text: str | None,
) -> tuple[bool, str | None]:
    """A singular phrase counts one when a person noun or a name sits right before or after it."""
    # Noun after: "asesinan a (un) hombre", "killed a police officer", "asesinan a Juan".
    i = last + 1
    while i < len(tokens) and i <= last + 4 and tokens[i].word in _MANNER and i not in group_at:
        i += 1
    if i < len(tokens) and tokens[i].word in _SINGULAR_ARTICLES:
        i += 1
    if i in group_at and not tokens[group_at[i][0]].word.endswith("s"):
        group = group_at[i][1]
        return True, None if group == "people" else group
    if (
        text is not None
        and i < len(tokens)
        and i > last + 1 - 1
        and tokens[last].word in ("a",)
        and text[tokens[i].start].isupper()
        and not text[tokens[i].start : tokens[i].end].isupper()
    ):
        return True, "civilians"
    # Noun before: "hombre fue asesinado", "encuentran mujer muerta".
    for j in range(max(0, first - 3), first):
        if j in group_at:
            g_last, group = group_at[j]
            if g_last < first and not tokens[g_last].word.endswith("s"):
                return True, None if group == "people" else group
    return False, None
