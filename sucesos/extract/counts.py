"""Figures in a sentence: how many were killed, injured, arrested, kidnapped, found...

A figure is a number (digits, number words, or a vague word that ACLED turns into a number)
tied to a word that says what it counts: after it ("siete muertos", "three killed") or before
it ("asesinan a dos", "killed three"). Phrases that report exactly one person ("hombre fue
asesinado", "hallan cuerpo") count 1. The people noun in between gives the group (soldiers,
gunmen, civilians). Lexicons live in `sucesos/data/lexicon/{counts,numbers}.toml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

from sucesos.extract.lexicon import PhraseMatcher, load_data

_TOKEN = re.compile(r"\d[\d.,]*\d|\d|\w+")
_BREAK = re.compile(r"[,;:.()\[\]!?¿¡\"“”]")
_YEAR_BEFORE = frozenset(
    {
        "en",
        "in",
        "de",
        "del",
        "of",
        "since",
        "desde",
        "ano",
        "year",
        "hasta",
        "until",
        "durante",
        "during",
        "el",
    }
)
_WINDOW = 10
_MAX_COUNT = 100_000  # larger figures are money, litres or statistics, not people


@dataclass(frozen=True)
class CountMention:
    start: int
    end: int
    what: str
    value: int
    group: str | None  # security_forces | armed_group | civilians
    additive: bool = False  # "y tres más": adds to the previous figure of the same kind


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    word: str
    after_break: bool = False  # punctuation stands between this token and the previous one


Side = Literal["after", "before", "singular", "plural", "verbs"]


@dataclass(frozen=True)
class _Lexicons:
    phrases: PhraseMatcher[tuple[Side, str]]
    groups: PhraseMatcher[str]
    vague: PhraseMatcher[int]
    number_words: dict[str, int]
    fillers: frozenset[str]
    additive: frozenset[str]
    collectives: dict[str, int]
    before_number: frozenset[str]


@cache
def _lexicons() -> _Lexicons:
    counts = load_data("lexicon/counts.toml")
    numbers = load_data("lexicon/numbers.toml")
    phrases: list[tuple[str, tuple[Side, str]]] = []
    for what, sides in counts["what"].items():
        for side in ("after", "before", "singular", "plural", "verbs"):
            phrases.extend((p, (side, what)) for p in sides.get(side, []))
    group_phrases = [(p, group) for group, words in counts["groups"].items() for p in words]
    return _Lexicons(
        phrases=PhraseMatcher(phrases),
        groups=PhraseMatcher(group_phrases),
        vague=PhraseMatcher(numbers["vague"].items()),
        number_words=dict(numbers["words"]),
        fillers=frozenset(counts["fillers"]["words"]),
        additive=frozenset(counts["fillers"]["additive"]),
        collectives={k: int(v) for k, v in counts["collectives"].items()},
        before_number=frozenset(counts["fillers"]["before_number"]),
    )


def _is_year(i: int, tokens: list[_Token]) -> bool:
    """A bare four-digit number after "en"/"in" or before punctuation is a year, not a count."""
    word = tokens[i].word
    if len(word) != 4 or not word.isdecimal() or not 1900 <= int(word) <= 2100:
        return False
    before = tokens[i - 1].word if i > 0 and not tokens[i].after_break else ""
    following_break = i + 1 >= len(tokens) or tokens[i + 1].after_break
    return before in _YEAR_BEFORE or following_break


# No head count in the news reaches ten million; longer digit strings are ids or phone
# numbers (and int() refuses strings over 4,300 digits).
_MAX_COUNT_DIGITS = 7


def _parse_digits(word: str) -> int | None:
    # "1,500" and "1.500" are thousands; "2.5" is not a head count. isdecimal, not isdigit:
    # "²" and "①" are digits to str.isdigit but not numbers int() can read.
    if len(word) > _MAX_COUNT_DIGITS + 3:
        return None
    if re.fullmatch(r"\d{1,3}([.,]\d{3})+", word):
        word = re.sub(r"[.,]", "", word)
    if word.isdecimal() and len(word) <= _MAX_COUNT_DIGITS:
        return int(word)
    return None


@dataclass
class _Number:
    first: int  # token index
    last: int
    value: int


def _numbers(
    tokens: list[_Token], lex: _Lexicons, vague_at: dict[int, tuple[int, int]]
) -> list[_Number]:
    found: list[_Number] = []
    i = 0
    while i < len(tokens):
        if i in vague_at:
            last, vague_value = vague_at[i]
            found.append(_Number(i, last, vague_value))
            i = last + 1
            continue
        word = tokens[i].word
        digits = _parse_digits(word) if word[0].isdigit() else None
        if digits is not None and _is_year(i, tokens):
            i += 1
            continue
        if digits is not None:
            last = i
            value_of_digits: int = digits
            if i + 1 < len(tokens) and tokens[i + 1].word in ("mil", "thousand"):
                value_of_digits *= 1000
                last = i + 1
            found.append(_Number(i, last, value_of_digits))
            i = last + 1
            continue
        # Articles ("un", "a") count 1 only through the singular phrases, not here.
        if word in lex.number_words and word not in ("un", "una", "a", "an", "uno", "one"):
            total, current, last = 0, 0, i
            j = i
            while j < len(tokens):
                w = tokens[j].word
                value = lex.number_words.get(w)
                if (
                    value is None
                    and w in ("y", "and")
                    and j + 1 < len(tokens)
                    and (tokens[j + 1].word in lex.number_words)
                    and current
                ):
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
    tokens = [_Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(folded, start, end)]
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
    for phrase in lex.phrases.find(folded, start, end, overlapping=True):
        where = span(phrase.start, phrase.end)
        if where is None:
            continue
        side, what = phrase.value
        phrase_starts.setdefault(where[0], []).append((where[1], side, what))
        phrase_ends.setdefault(where[1], []).append((where[0], side, what))
    group_at: dict[int, tuple[int, str]] = {}
    for noun in lex.groups.find(folded, start, end):
        where = span(noun.start, noun.end)
        if where is not None:
            group_at[where[0]] = (where[1], noun.value)
    vague_at: dict[int, tuple[int, int]] = {}
    for vague in lex.vague.find(folded, start, end):
        where = span(vague.start, vague.end)
        if where is not None:
            vague_at[where[0]] = (where[1], vague.value)

    counts: list[CountMention] = []
    consumed_to = -1  # a number inside the phrase of a previous figure ("de los 32 estados")
    for number in _numbers(tokens, lex, vague_at):
        if number.value <= 0 or number.value > _MAX_COUNT or number.first <= consumed_to:
            continue
        mention, consumed_to = _count_after(
            number, tokens, lex, phrase_starts, group_at, consumed_to
        )
        if mention is None:
            mention = _count_before(number, tokens, lex, phrase_ends, group_at)
        if mention is None:
            following = tokens[number.last + 1].word if number.last + 1 < len(tokens) else ""
            if following in lex.additive and counts:
                previous = counts[-1]
                mention = CountMention(
                    tokens[number.first].start,
                    tokens[number.last].end,
                    previous.what,
                    number.value,
                    previous.group,
                    additive=True,
                )
        if mention is not None:
            counts.append(mention)
    counts = _join_coordinated(folded, counts)
    counts.extend(_object_counts(tokens, phrase_starts, group_at, counts, text))
    counts.extend(_singular_counts(tokens, lex, phrase_starts, group_at, counts, text))
    counts.sort(key=lambda c: c.start)
    return counts


_COORDINATION = re.compile(r"\b(y|and|mientras que|while)\b")
_ATTRIBUTED = re.compile(r"\b(segun|according|de acuerdo|otros medios|other reports|sources)\b")


def _join_coordinated(folded: str, counts: list[CountMention]) -> list[CountMention]:
    """ "cuatro murieron en el lugar y tres en el hospital": the second figure of the same kind
    and group, joined by "y"/"and" in the same clause, adds to the first (7 in all), unless
    the two are attributed to different sources ("12 según la Fiscalía y 10 según medios")."""
    out: list[CountMention] = []
    for count in counts:
        previous = out[-1] if out else None
        if (
            previous is not None
            and not count.additive
            and previous.what == count.what
            and previous.group == count.group
            and count.start - previous.end < 80
        ):
            between = folded[previous.end : count.start]
            if _COORDINATION.search(between) and not _ATTRIBUTED.search(between):
                count = replace(count, additive=True)
        out.append(count)
    return out


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
        if tokens[i].after_break:
            break  # "En 2014, soldados mataron…": a figure does not reach across punctuation
        for last, side, what in phrase_starts.get(i, []):
            if side == "after":
                return CountMention(
                    tokens[number.first].start,
                    tokens[number.last].end,
                    what,
                    number.value,
                    group or _group_near(i, i + 3, tokens, group_at),
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
        if tokens[j + 1].after_break:
            break
        for _first, side, what in phrase_ends.get(j, []):
            if side == "before":
                group = _group_near(number.last + 1, number.last + 4, tokens, group_at)
                return CountMention(
                    tokens[number.first].start,
                    tokens[number.last].end,
                    what,
                    number.value,
                    group,
                )
        if tokens[j].word in lex.before_number:
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
    """Figures with no number: "ejecutan a un hombre" (1), "asesinan a taxista" (1),
    "detienen a presuntos narcomenudistas" (2: a plural without a number is at least two,
    the lowest figure consistent with the text, as ACLED prefers)."""
    have = {c.what for c in numeric}
    out: list[CountMention] = []
    for first, entries in sorted(phrase_starts.items()):
        for last, side, what in entries:
            if side not in ("singular", "plural") or what in have:
                continue
            implied = (
                (2, None)
                if side == "plural"
                else _implied_figure(first, last, tokens, group_at, text)
            )
            if implied is not None:
                value, group = implied
                out.append(CountMention(tokens[first].start, tokens[last].end, what, value, group))
                have.add(what)
    return out


def _object_counts(
    tokens: list[_Token],
    phrase_starts: dict[int, list[tuple[int, Side, str]]],
    group_at: dict[int, tuple[int, str]],
    numeric: list[CountMention],
    text: str | None,
) -> list[CountMention]:
    """Figures in the object of a verb set apart by the agent or the place:
    "Detiene SSC a un sujeto", "Captura la AEI a 6 prófugos", "detienen en Parral a menor"."""
    have = {c.what for c in numeric}
    out: list[CountMention] = []
    for first, entries in sorted(phrase_starts.items()):
        for last, side, what in entries:
            if side != "verbs" or what in have:
                continue
            j = next(
                (
                    k
                    for k in range(last + 1, min(len(tokens), last + 9))
                    if tokens[k].word in ("a", "al")
                ),
                None,
            )
            if j is None or j + 1 >= len(tokens):
                clitic = tokens[first - 1].word if first > 0 else ""
                if clitic in ("lo", "la", "los", "las", "les"):
                    people = 1 if clitic in ("lo", "la") else 2
                    out.append(
                        CountMention(tokens[first - 1].start, tokens[last].end, what, people, None)
                    )
                    have.add(what)
                continue
            value: int | None = None
            group: str | None = None
            following = tokens[j + 1].word
            if following[0].isdigit():
                value = _parse_digits(following)
            elif following in _lexicons().number_words and tokens[j].word == "a":
                value = _lexicons().number_words[following]
                if value == 1 and following in ("un", "una", "a", "an"):
                    implied = _implied_figure(j, j, tokens, group_at, text)
                    value, group = implied if implied else (1, None)
            elif tokens[j].word == "al":
                value = 1
            else:
                implied = _implied_figure(j, j, tokens, group_at, text)
                if implied is not None:
                    value, group = implied
            if value and 0 < value <= _MAX_COUNT:
                if group is None:
                    group = _group_near(j + 1, j + 4, tokens, group_at)
                out.append(CountMention(tokens[first].start, tokens[j + 1].end, what, value, group))
                have.add(what)
    return out


_SINGULAR_ARTICLES = frozenset(
    {"un", "una", "a", "an", "el", "la", "the", "otro", "otra", "another", "su", "lo", "al"}
)
_PLURAL_ARTICLES = frozenset({"los", "las", "unos", "unas", "sus", "otros", "otras", "les"})
# "ultiman a balazos a joven": how someone was killed may stand between the verb and the victim.
_MANNER = frozenset(
    {
        "a",
        "balazos",
        "tiros",
        "golpes",
        "punaladas",
        "machetazos",
        "pedradas",
        "de",
        "balazo",
        "disparo",
        "disparos",
        "quemarropa",
        "mansalva",
        "sangre",
        "fria",
        "y",
    }
)
# Words after "asesinan a" that are not the victim.
_NOT_A_VICTIM = frozenset(
    {
        "en",
        "de",
        "del",
        "la",
        "el",
        "por",
        "con",
        "tras",
        "para",
        "que",
        "y",
        "e",
        "o",
        "in",
        "on",
        "at",
        "after",
        "the",
    }
)


def _coordinated(
    i: int, tokens: list[_Token], group_at: dict[int, tuple[int, str]], text: str | None
) -> bool:
    """Whether a second person follows the one at token `i`: "a Rosel y Jesús",
    "a un tirador y a un asaltante", "adolescente y adulto"."""
    for k in range(i + 1, min(len(tokens) - 1, i + 4)):
        if tokens[k].after_break:
            return False
        if tokens[k].word not in ("y", "and", "e"):
            continue
        n = k + 1
        while (
            n < len(tokens)
            and n <= k + 2
            and tokens[n].word in ("a", "un", "una", "al", "otro", "otra")
        ):
            n += 1
        if n >= len(tokens):
            return False
        if n in group_at:
            return True
        original = text[tokens[n].start : tokens[n].end] if text is not None else ""
        return bool(original[:1].isupper()) and not original.isupper()
    return False


def _implied_figure(
    first: int,
    last: int,
    tokens: list[_Token],
    group_at: dict[int, tuple[int, str]],
    text: str | None,
) -> tuple[int, str | None] | None:
    """(value, group) for a phrase that reports people without a number, or None."""
    phrase_is_verb = tokens[last].word in ("a", "an")  # "asesinan a", "killed a"
    # The victim after the phrase: "asesinan a (un) hombre", "matan a comisario".
    i = last + 1
    while i < len(tokens) and i <= last + 5 and tokens[i].word in _MANNER and i not in group_at:
        i += 1
    plural_article = i < len(tokens) and tokens[i].word in _PLURAL_ARTICLES
    if i < len(tokens) and (tokens[i].word in _SINGULAR_ARTICLES or plural_article):
        i += 1
    collective = _lexicons().collectives.get(tokens[i].word) if i < len(tokens) else None
    if collective is not None:
        return collective, None  # "detienen a pareja", "cae banda de asaltantes"
    if i in group_at:
        noun = tokens[group_at[i][0]].word
        group = group_at[i][1]
        value = 2 if plural_article or (noun.endswith("s") and len(noun) > 3) else 1
        if value == 1 and _coordinated(group_at[i][0], tokens, group_at, text):
            value = 2
        return value, None if group == "people" else group
    if phrase_is_verb and i < len(tokens):
        word = tokens[i].word
        if word.isalpha() and word not in _NOT_A_VICTIM:
            if _coordinated(i, tokens, group_at, text):
                return 2, None  # "a Rosel y a Jesús", "a un expolicía e hijo"
            if (
                text is not None
                and text[tokens[i].start].isupper()
                and not text[tokens[i].start : tokens[i].end].isupper()
            ):
                return 1, None  # a named person
            return (2 if plural_article or (word.endswith("s") and len(word) > 3) else 1), None
        return None
    if first > 0 and tokens[first - 1].word in ("lo", "la", "le"):
        return 1, None  # "lo matan", "la detienen"
    if first > 0 and tokens[first - 1].word in ("los", "las", "les"):
        return 2, None
    # The person before the phrase: "hombre fue asesinado", "mujer muerta".
    for j in range(max(0, first - 3), first):
        if j in group_at and group_at[j][0] < first:
            noun = tokens[group_at[j][0]].word
            group = group_at[j][1]
            return (2 if noun.endswith("s") else 1), None if group == "people" else group
    if phrase_is_verb:
        return None
    if first > 0 and tokens[first - 1].word in _PLURAL_ARTICLES:
        return None
    # A participle or noun on its own ("es ultimado", "terminó detenido", "hallan cuerpo").
    return 1, None
