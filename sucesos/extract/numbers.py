"""Numbers in folded text: words and digits a figure of people can be read from.

The tokens of a sentence, and the numbers among them ("7", "1,500", "treinta y dos", "dozens
of"), less those that are not head counts: years, dates, ages, times, addresses, calibres,
distances, money, phone numbers and percentages ("un hombre de 36 años", "calibre 9", "a 30
kilómetros", "911", "40%"). The words that tell them apart live in
`sucesos/data/lexicon/{numbers,counts}.toml`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from sucesos.extract.lexicon import PhraseMatcher, alternation, load_data
from sucesos.extract.lexicon_scan import share_scan
from sucesos.extract.shares import a_share, share_at

# A figure written with a percent sign is one token ("50%", "12.5 %"): a share, never a count.
_TOKEN = r"\d[\d.,]*\d(?: ?%)?|\d(?: ?%)?|\w+"
# A gap (no word character: any would open a token) and the token after it, or the gap
# that ends the text: with it every attempt matches, so a long run of punctuation at the
# end costs linear time, not one failed attempt per character.
_GAP_TOKEN = re.compile(rf"(\W*+)({_TOKEN}|\Z)")
# Punctuation between two tokens that breaks a phrase (not quotes: they wrap names). Tokens
# are read on the folded text, where a dash is "-": a dash with a space on either side sets off
# an aside ("trece personas —cinco mujeres y ocho hombres— murieron"); one inside a word
# ("CJNG-aligned", "10-15") does not.
_BREAK = re.compile(r"[,;:.()\[\]!?¿¡—–]|\s-|-\s")
_THOUSANDS = re.compile(r"\d{1,3}([.,]\d{3})+")
MAX_COUNT = 100_000  # larger figures are money, litres or statistics, not people


class Token(NamedTuple):
    start: int
    end: int
    word: str
    after_break: bool = False  # punctuation stands between this token and the previous one


@dataclass
class Number:
    first: int  # token index
    last: int
    value: int


@dataclass(frozen=True)
class NumberWords:
    words: dict[str, int]
    vague: PhraseMatcher[int]
    articles: frozenset[str]  # "un", "a": one only through the phrases that say so
    lone_one: frozenset[str]  # "one killed", "uno murió": the word one on its own
    joiners: frozenset[str]  # "treinta y dos", "one hundred and five"
    year_before: frozenset[str]
    months: frozenset[str]  # "September 22, 2018": the number after a month's day is its year
    not_before: frozenset[str]  # "calibre 9", "calle 5", "km 30", "tel. 911"
    not_after: frozenset[str]  # "36 años", "30 kilómetros", "5 de marzo", "3 horas"
    times: frozenset[str]  # "las 3 de la tarde"
    # "10 p.m.", "6 a.m.": an abbreviation written with dots reads as two words
    not_after_pairs: frozenset[tuple[str, str]]
    range_joiners: frozenset[str]  # "aged 17 to 35", "de 18 y 40 años"
    range_openers: frozenset[str]  # "aged between 20 and 45"
    day_before: frozenset[str]  # "el domingo 3", "el día 12": a day of the month
    age_nouns: frozenset[str]  # "un joven de 19": a person's age
    name_openers: frozenset[str]  # "del Agrupamiento 21": a name's number
    age_cues: frozenset[str]  # "aged", "años": an apposition of ages names them
    age_apposition: frozenset[str]  # ", de 24 y 31 años,": its other words


@cache
def number_words() -> NumberWords:
    numbers = load_data("lexicon/numbers.toml")
    guards = numbers["not_a_count"]
    return NumberWords(
        words=dict(numbers["words"]),
        vague=PhraseMatcher(numbers["vague"].items()),
        articles=frozenset(numbers["articles"]),
        lone_one=frozenset(numbers["lone_one"]),
        joiners=frozenset(numbers["joiners"]),
        year_before=frozenset(guards["year_before"]),
        months=frozenset(
            m for lang in ("es", "en") for m in load_data("lexicon/dates.toml")[lang]["months"]
        ),
        not_before=frozenset(guards["before"]),
        not_after=frozenset(guards["after"]),
        times=frozenset(guards["times"]),
        not_after_pairs=frozenset(tuple(p.split()) for p in guards["after_pairs"]),
        range_joiners=frozenset(guards["range_joiners"]),
        range_openers=frozenset(guards["range_openers"]),
        day_before=frozenset(guards["day_before"]),
        age_nouns=frozenset(guards["age_nouns"]),
        name_openers=frozenset(guards["name_openers"]),
        age_cues=frozenset(guards["age_cues"]),
        age_apposition=frozenset(guards["age_apposition"]),
    )


share_scan(lambda: number_words().vague)  # read on every sentence (`lexicon_scan.shared_scan`)


@lru_cache(maxsize=1024)
def tokenize(folded: str, start: int, end: int) -> list[Token]:
    """Word and number tokens of `folded[start:end]`, each marked when punctuation precedes it.

    Cached: the counts stage and the assembly's tallies read the same sentences, so each span
    is tokenized once (callers never change the list)."""
    tokens: list[Token] = []
    search = _BREAK.search
    make = tuple.__new__
    position = start
    # One findall of (gap, token) pairs: no match objects, offsets by adding lengths.
    for gap, word in _GAP_TOKEN.findall(folded[start:end]):
        if not word:
            break  # the gap at the end
        first = position + len(gap)
        # most gaps are one space: look for punctuation only in the others
        broken = position > start and gap != " " and search(gap) is not None
        position = first + len(word)
        tokens.append(make(Token, (first, position, word, broken)))
    return tokens


# No head count in the news reaches ten million; longer digit strings are ids or phone
# numbers (and int() refuses strings over 4,300 digits).
_MAX_COUNT_DIGITS = 7


def parse_digits(word: str) -> int | None:
    """The value of a digit token: "1,500" and "1.500" are thousands; "2.5" is no head count.
    isdecimal, not isdigit: "²" and "①" are digits to str.isdigit but not numbers int() reads."""
    if len(word) > _MAX_COUNT_DIGITS + 3:
        return None
    if _THOUSANDS.fullmatch(word):
        word = re.sub(r"[.,]", "", word)
    if word.isdecimal() and len(word) <= _MAX_COUNT_DIGITS:
        return int(word)
    return None


def _is_year(i: int, tokens: list[Token], words: NumberWords) -> bool:
    """A bare four-digit number after "en"/"in" or before punctuation is a year, not a count."""
    word = tokens[i].word
    if len(word) != 4 or not word.isdecimal() or not 1900 <= int(word) <= 2100:
        return False
    before = tokens[i - 1].word if i > 0 and not tokens[i].after_break else ""
    following_break = i + 1 >= len(tokens) or tokens[i + 1].after_break
    return before in words.year_before or following_break or _after_month_day(i, tokens, words)


def _after_month_day(i: int, tokens: list[Token], words: NumberWords) -> bool:
    """Whether the number at `i` follows a month and its day ("September 22, 2018 gunmen
    killed…", "on Sept. 22 2018"): a date's year, whatever word comes after it."""
    if i < 2 or tokens[i - 2].word not in words.months:
        return False
    day = tokens[i - 1].word
    return day.isdecimal() and 1 <= int(day) <= 31


def _in_a_range(first: int, last: int, tokens: list[Token], words: NumberWords) -> bool:
    """Whether the digits at tokens[first:last+1] end a range of ages or measures: the lower
    end after a cue and an opener ("aged between 20"), the upper end after a guarded lower end
    ("aged 17 to 35", "aged between 20 and 45"), or the lower end before an upper end a
    measure word follows ("de entre 18 y 40 años")."""

    def joined(i: int, j: int) -> bool:  # tokens i..j with no punctuation between them
        return all(not tokens[k].after_break for k in range(i + 1, j + 1))

    if (  # the lower end: "aged between 20 and 45"
        first >= 2
        and tokens[first - 1].word in words.range_openers
        and tokens[first - 2].word in words.not_before
        and joined(first - 2, first)
    ):
        return True
    lower = first - 2
    if (
        lower >= 1
        and tokens[first - 1].word in words.range_joiners
        and tokens[lower].word.isdigit()
        and joined(lower - 1, first)
    ):
        cue = lower - 1
        if tokens[cue].word in words.range_openers and cue >= 1 and joined(cue - 1, cue):
            cue -= 1
        if tokens[cue].word in words.not_before:
            return True
    upper = last + 2
    return (
        upper + 1 < len(tokens)
        and tokens[last + 1].word in words.range_joiners
        and tokens[upper].word.isdigit()
        and tokens[upper + 1].word in words.not_after
        and joined(last, upper + 1)
    )


def _one_mark_apart(a: Token, b: Token) -> bool:
    return b.after_break and b.start == a.end + 1


def _numeric_date(i: int, tokens: list[Token]) -> bool:
    """Whether tokens[i] is a part of a date written in digits ("2023-07-16", "16/07/2023",
    "16.07.2023"): three or more digit groups one mark apart, with no space between them."""

    def linked(a: Token, b: Token) -> bool:
        return b.start == a.end + 1 and a.word.isdecimal() and b.word.isdecimal()

    if not tokens[i].word.isdecimal():
        return False
    first = last = i
    while first > 0 and linked(tokens[first - 1], tokens[first]):
        first -= 1
    while last + 1 < len(tokens) and linked(tokens[last], tokens[last + 1]):
        last += 1
    return last - first >= 2


def _clock(i: int, tokens: list[Token]) -> bool:
    """Whether tokens[i] is the hour or the minutes of a time written "9:15" or "18.30": an
    hour up to 24 and two-digit minutes, one mark between them and no space."""
    if i + 1 < len(tokens) and _one_mark_apart(tokens[i], tokens[i + 1]):
        hour, minutes = tokens[i], tokens[i + 1]
    elif i > 0 and _one_mark_apart(tokens[i - 1], tokens[i]):
        hour, minutes = tokens[i - 1], tokens[i]
    else:
        return False
    return (
        hour.word.isdecimal()
        and len(hour.word) <= 2
        and int(hour.word) <= 24
        and len(minutes.word) == 2
        and minutes.word.isdecimal()
        and int(minutes.word) < 60
    )


def not_a_count(first: int, last: int, tokens: list[Token], words: NumberWords) -> bool:
    """Whether the number at tokens[first:last+1] is a year, date, age, address, calibre,
    distance, time, amount or phone number rather than a figure of people or things."""
    if first == last and _is_year(first, tokens, words):
        return True
    word = tokens[first].word
    if word.isdigit() and len(word) >= 7:
        return True  # a phone or file number
    if first == last and _clock(first, tokens):
        return True
    if first == last and _numeric_date(first, tokens):
        return True
    if first > 0 and not tokens[first].after_break and tokens[first - 1].word in words.not_before:
        return True
    if word.isdigit() and _in_a_range(first, last, tokens, words):
        return True
    if a_share(first, last, tokens):
        return True
    if first == last and word.isdigit() and _a_bare_age(first, tokens, words):
        return True
    following = last + 1
    if following < len(tokens) and not tokens[following].after_break:
        nxt = tokens[following].word
        if nxt in words.not_after:
            return True
        if (
            following + 1 < len(tokens)
            and (nxt, tokens[following + 1].word) in words.not_after_pairs
        ):
            return True
        if nxt == "por" and following + 1 < len(tokens):
            return tokens[following + 1].word == "ciento"  # "20 por ciento"
        # "el 5 de marzo", "a las 3 de la tarde": a day of the month, an hour of the day
        if nxt == "de" and following + 1 < len(tokens):
            then = [t.word for t in tokens[following + 1 : following + 3]]
            if then[0] in words.not_after and word.isdigit():
                return True
            return len(then) == 2 and then[0] == "la" and then[1] in words.times
    return False


def _a_bare_age(i: int, tokens: list[Token], words: NumberWords) -> bool:
    """Whether the digits at `i` give one person's age with no "años" ("un joven de 19
    murió", "una mujer de 45 fue asesinada")."""
    return (
        i >= 2
        and tokens[i - 1].word == "de"
        and tokens[i - 2].word in words.age_nouns
        and not tokens[i].after_break
        and not tokens[i - 1].after_break
    )


def a_name_number(
    number: Number, tokens: list[Token], text: str | None, words: NumberWords
) -> bool:
    """Whether the digits are the number in a name ("dos policías del Agrupamiento 21
    murieron", "members of Battalion 19"): right after a word written with a capital that
    `name_openers` opens. `text` is the original text (None: no capitals to read)."""
    first = number.first
    if text is None or first < 2 or number.last != first or not tokens[first].word.isdigit():
        return False
    name = tokens[first - 1]
    return (
        text[name.start : name.start + 1].isupper()
        and not tokens[first].after_break
        and not name.after_break
        and tokens[first - 2].word in words.name_openers
        and name.word not in words.months
    )


def a_day_of_month(number: Number, tokens: list[Token], words: NumberWords) -> bool:
    """Whether the number is digits from 1 to 31 right after a weekday or "día" ("el domingo
    3 fueron asesinados dos hombres", "el día 12 murieron…"): the day of a month, when no
    noun of the people counted follows it (which the caller, knowing them, checks)."""
    first = number.first
    word = tokens[first].word
    return (
        first > 0
        and number.last == first
        and word.isdecimal()
        and 1 <= int(word) <= 31
        and not tokens[first].after_break
        and tokens[first - 1].word in words.day_before
    )


def find_numbers(
    tokens: list[Token], vague_at: dict[int, tuple[int, int]], words: NumberWords
) -> list[Number]:
    """The head-count numbers among `tokens`, in reading order."""
    return list(_numbers(tokens, vague_at, words))


def _numbers(
    tokens: list[Token], vague_at: dict[int, tuple[int, int]], words: NumberWords
) -> Iterator[Number]:
    """`find_numbers`, one at a time: whether a span has any reads up to its first."""
    # Read once: this loop runs over every token of every sentence.
    number_values, articles, lone_one = words.words, words.articles, words.lone_one
    n = len(tokens)
    i = 0
    while i < n:
        if i in vague_at:
            last, vague_value = vague_at[i]
            yield Number(i, last, vague_value)
            i = last + 1
            continue
        word = tokens[i].word
        digits = parse_digits(word) if word[0].isdigit() else None
        if digits is not None:
            last = i
            value = digits
            if i + 1 < n and number_values.get(tokens[i + 1].word) == 1000:
                value *= 1000
                last = i + 1
                # "15 mil 723": the hundreds written in digits after "mil"
                rest = tokens[last + 1].word if last + 1 < n else ""
                if rest.isdigit() and len(rest) <= 3:
                    value += int(rest)
                    last += 1
            if not not_a_count(i, last, tokens, words):
                yield Number(i, last, value)
            i = last + 1
            continue
        # Articles ("un", "a") count 1 only through the singular phrases, not here.
        if word in number_values and word not in articles:
            last = _number_words_end(i, tokens, words)
            value = _number_words_value(tokens[i : last + 1], words)
            hundreds = tokens[last + 1] if last + 1 < n else None
            if (
                hundreds is not None
                and number_values.get(tokens[last].word) == 1000
                and hundreds.word.isdigit()
                and len(hundreds.word) <= 3
                and not hundreds.after_break
            ):
                # "mil 721", "dos mil 500": the hundreds written in digits after "mil"
                value += int(hundreds.word)
                last += 1
            if not not_a_count(i, last, tokens, words):
                yield Number(i, last, value)
            i = last + 1
            continue
        if word in lone_one and i + 1 < n:
            yield Number(i, i, 1)
        i += 1


@lru_cache(maxsize=1024)
def span_numbers(folded: str, start: int, end: int) -> list[Number]:
    """`find_numbers` over the tokens of `folded[start:end]` with no vague words: cached, as
    counts (for a sentence with no vague word) and the assembly's tallies both ask for it
    (callers never change the list)."""
    span = folded[start:end]
    if _DIGIT.search(span) is None and _number_word().search(span) is None:
        return []  # most spans: not tokenized for nothing
    return find_numbers(tokenize(folded, start, end), {}, number_words())


@lru_cache(maxsize=1024)
def span_has_numbers(folded: str, start: int, end: int) -> bool:
    """Whether `span_numbers` finds any number in `folded[start:end]`: read up to the first
    (the assembly asks this of every sentence with no figure of the counts stage)."""
    span = folded[start:end]
    if _DIGIT.search(span) is None and _number_word().search(span) is None:
        return False
    return next(_numbers(tokenize(folded, start, end), {}, number_words()), None) is not None


def span_has_share(folded: str, start: int, end: int) -> bool:
    """Whether `folded[start:end]` gives a percentage ("40%", "40 por ciento", "40
    percent"): a figure of a statistic, though no count of people (`shares.a_share`)."""
    span = folded[start:end]
    if "%" not in span and "ciento" not in span and "cent" not in span:
        return False
    tokens = tokenize(folded, start, end)
    return any(share_at(i, tokens) for i in range(len(tokens)))


# A span with a digit may have a figure. Looked for apart from the number words: a pattern
# that opens with a character class is tried only at its characters, one with an alternative
# of either at every position.
_DIGIT = re.compile(r"\d")


@cache
def _number_word() -> re.Pattern[str]:
    """A whole word `find_numbers` reads as a number with no vague word (a number word that
    is no article, or "one" on its own). A span with neither a digit nor one has no figure:
    with no digit, its tokens are its runs of word characters, which this finds when they are
    one."""
    words = number_words()
    names = {w for w in words.words if w not in words.articles} | words.lone_one
    return re.compile(rf"(?<!\w)(?:{alternation(names)})(?!\w)")


def _number_words_end(i: int, tokens: list[Token], words: NumberWords) -> int:
    """The last token of a number written in words: "treinta y dos", "two hundred"."""
    last = j = i
    while j < len(tokens):
        w = tokens[j].word
        if w in words.words:
            last = j
            j += 1
        elif (
            w in words.joiners
            and j > i
            and j + 1 < len(tokens)
            and tokens[j + 1].word in words.words
            and tokens[j + 1].word not in words.articles
        ):
            j += 1
        else:
            break
    return last


def _number_words_value(parts: list[Token], words: NumberWords) -> int:
    total = current = 0
    for token in parts:
        value = words.words.get(token.word)
        if value is None:
            continue
        if value == 1000:
            total += (current or 1) * 1000
            current = 0
        elif value == 100 and token.word == "hundred":
            current = (current or 1) * 100
        else:
            current += value
    return total + current
