"""Figures that sum several incidents: a count of incidents ("cuatro ataques", "three
attacks"), the period a figure covers ("en cinco días", "over the past week"), and whether a
sentence states a figure at all (a tally counts things `counts` has no name for: "133,497
casos", "30 granadas"). Word lists: `incidents.toml`, [statistic]."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from sucesos.extract.count_words import lexicons
from sucesos.extract.lexicon import PhraseMatcher, load_data
from sucesos.extract.lexicon_scan import share_scan
from sucesos.extract.lexicon_search import PhraseSearch
from sucesos.extract.numbers import (
    MAX_COUNT,
    Token,
    number_words,
    parse_digits,
    span_has_numbers,
    span_has_share,
    span_numbers,
    tokenize,
)
from sucesos.extract.tally_appositions import after_commas, one_among
from sucesos.extract.tolls import names_toll

if TYPE_CHECKING:
    from sucesos.extract.kinds import Trigger
    from sucesos.extract.pipeline import Doc


@dataclass(frozen=True)
class TallyWords:
    incident_nouns: frozenset[str]
    incident_adjectives: frozenset[str]
    period_units: frozenset[str]
    period_openers: frozenset[str]
    incident_frames: frozenset[str]
    long_period_units: frozenset[str]
    day_period_units: frozenset[str]
    day_period_openers: frozenset[str]
    day_span_nouns: frozenset[str]
    day_span_of: frozenset[str]
    day_units_describing: frozenset[str]
    period_modifiers: frozenset[str]
    period_articles: frozenset[str]
    place_split: frozenset[str]


@cache
def tally_words() -> TallyWords:
    data: dict[str, Any] = load_data("incidents.toml")["statistic"]
    return TallyWords(
        frozenset(data["incident_nouns"]),
        frozenset(data["incident_adjectives"]),
        frozenset(data["period_units"]),
        frozenset(data["period_openers"]),
        frozenset(data["incident_frames"]),
        frozenset(data["long_period_units"]),
        frozenset(data["day_period_units"]),
        frozenset(data["day_period_openers"]),
        frozenset(data["day_span_nouns"]),
        frozenset(data["day_span_of"]),
        frozenset(data["day_units_describing"]),
        frozenset(data["period_modifiers"]),
        frozenset(data["period_articles"]),
        frozenset(data["place_split"]),
    )


def has_figure(doc: Doc, start: int, end: int) -> bool:
    """Whether `doc.text[start:end]` states a figure (not a year, date, age or address): a
    count, or a share ("40%"), which counts no one but is a statistic's figure."""
    return span_has_numbers(doc.folded, start, end) or span_has_share(doc.folded, start, end)


def incident_counts(
    doc: Doc, start: int, end: int, *, framed: bool = False, minimum: int = 2
) -> list[int]:
    """Where a count of two (`minimum`) or more incidents starts ("cuatro ataques", "12
    homicides"). With `framed`, only counts that frame the whole sentence ("En dos hechos distintos,
    fueron asesinadas cuatro personas", "In two attacks, …"): a word of `incident_frames`
    opens them."""
    numbers = span_numbers(doc.folded, start, end)
    if not numbers:
        return []  # most spans: not tokenized for nothing
    tokens = tokenize(doc.folded, start, end)
    nouns = tally_words().incident_nouns
    frames = tally_words().incident_frames
    adjectives = tally_words().incident_adjectives
    out: list[int] = []
    for number in numbers:
        following = number.last + 1
        # "two separate attacks": past a word that sets the incidents apart
        if (
            following + 1 < len(tokens)
            and tokens[following].word in adjectives
            and not tokens[following].after_break
        ):
            following += 1
        if (
            number.value >= minimum
            and following < len(tokens)
            and not tokens[following].after_break
            and tokens[following].word in nouns
            and (not framed or (number.first > 0 and tokens[number.first - 1].word in frames))
        ):
            out.append(tokens[number.first].start)
    return out


@cache
def _beyond_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data: dict[str, Any] = load_data("incidents.toml")["statistic"]
    return (
        frozenset(data["victim_nouns"]),
        frozenset(data["people_nouns"]),
        frozenset(data["people_then"]),
    )


def beyond_counts(doc: Doc, start: int, end: int) -> bool:
    """Whether `doc.text[start:end]` gives people past what a count reads ("there are over
    120,000 people who have disappeared", "más de 450,000 víctimas"): `counts` skips
    figures that large as money or litres, yet before victims they sum many happenings."""
    numbers = span_numbers(doc.folded, start, end)
    if not numbers:
        return False  # most spans: not tokenized for nothing
    tokens = tokenize(doc.folded, start, end)
    victims, people, then = _beyond_words()
    for number in numbers:
        at = number.last + 1
        if number.value <= MAX_COUNT or at >= len(tokens) or tokens[at].after_break:
            continue
        word = tokens[at].word
        if word in victims or (
            word in people and at + 1 < len(tokens) and tokens[at + 1].word in then
        ):
            return True
    return False


@share_scan
@cache
def _several_incidents() -> PhraseMatcher[str]:
    words = load_data("incidents.toml")["statistic"]["several_incidents"]
    return PhraseMatcher((w, "several") for w in words)


def frames_incidents(doc: Doc, start: int, end: int) -> bool:
    """Whether `doc.text[start:end]` frames its figures as the sum of several incidents: a
    count of them opened by a frame word ("En dos hechos distintos, …") or words of several
    incidents told as one ("un doble ataque armado")."""
    return bool(incident_counts(doc, start, end, framed=True)) or bool(
        _several_incidents().find(doc.folded, start, end)
    )


def split_by_places(doc: Doc, start: int, end: int, tolls: list[int]) -> bool:
    """Whether `doc.text[start:end]` splits one of `tolls` among places: two or more numbers,
    each right before a word of `place_split`, that add up to it or to less ("13 personas
    en la ciudad; 7 dentro de la ciudad y 6 en la periferia", "20 killed, 12 in one town and
    8 in another"). A toll shared out among places sums the happenings of each."""
    numbers = span_numbers(doc.folded, start, end)
    if len(numbers) < 3:
        return False  # most sentences: not tokenized for nothing
    tokens = tokenize(doc.folded, start, end)
    split = tally_words().place_split
    parts = [
        n.value
        for n in numbers
        if n.last + 1 < len(tokens)
        and tokens[n.last + 1].word in split
        and not tokens[n.last + 1].after_break
    ]
    return len(parts) >= 2 and any(sum(parts) <= toll for toll in tolls)


def has_period(doc: Doc, start: int, end: int, *, long: bool = False, days: bool = False) -> bool:
    """Whether the text names a span of time a figure covers ("en cinco días", "in the past
    two weeks", "durante las últimas 48 horas"); with `long`, a span of months or years
    ("over the past 30 years"); with `days`, two or more days or weeks right after one of
    `day_period_openers` ("killed in 3 days", not "in the past two days") or named as a
    stretch of time ("in the span of three days", "during a 3-day period")."""
    tokens = tokenize(doc.folded, start, end)
    words = tally_words()
    if days and _day_span(tokens):
        return True
    if long:
        units = words.long_period_units
    elif days:
        units = words.day_period_units
    else:
        units = words.period_units
    for k, token in enumerate(tokens):
        if token.word not in units or k < 2:
            continue
        amount, opener = tokens[k - 1], tokens[_opener_at(tokens, k - 2)]
        if opener.word not in (words.day_period_openers if days else words.period_openers):
            continue
        value = _amount(amount)
        if value is not None and (not days or value >= 2):
            return True
    return False


def _opener_at(tokens: list[Token], k: int) -> int:
    """Where the opener of a span whose amount ends at `k` + 1 stands: `k`, or before the
    words that say the span is short or the first of a month ("en solo dos días", "en los
    primeros ocho días de junio", "in just three days", "in the first five days": one of
    `period_modifiers`, with the articles of `period_articles` around it)."""
    words = tally_words()
    modifiers, around = words.period_modifiers, words.period_modifiers | words.period_articles
    j, modified = k, False
    while j > 0 and tokens[j].word in around:
        modified = modified or tokens[j].word in modifiers
        j -= 1
    return j if modified else k


def _day_span(tokens: list[Token]) -> bool:
    """Whether the tokens name a stretch of two or more days or weeks: "span of three days",
    "lapso de tres días" (a noun of `day_span_nouns`, "of"/"de", the days), or "a 3-day
    period" (a day unit in the singular right before such a noun)."""
    words = tally_words()
    for k, token in enumerate(tokens):
        if k < 1:
            continue
        amount = _amount(tokens[k - 1])
        if amount is None or amount < 2:
            continue
        if token.word in words.day_period_units and k >= 3:
            of, noun = tokens[k - 2].word, tokens[k - 3].word
            if of in words.day_span_of and noun in words.day_span_nouns:
                return True
        elif token.word in words.day_units_describing and k + 1 < len(tokens):
            following = tokens[k + 1]
            if following.word in words.day_span_nouns and not following.after_break:
                return True
    return False


def _amount(token: Token) -> int | None:
    if token.word[0].isdigit():
        return parse_digits(token.word)
    return number_words().words.get(token.word)


_NUMBERED = re.compile(r",\s+the \d+(?:st|nd|rd|th)\b")
# An apposition that picks one of many ("one of", "uno de", "among": `one_among`) is a tally
# only with how many ("one of at least six politicians", "uno de los 45 asesinatos"), and
# none picks one of the news's own people ("uno de los cuales murió", "one of whom died").
_RELATIVE = (" cuales", " quienes", " ellos", " ellas", " whom", " them", " which")
_CLAUSE_END = ";:()"


def tally_apposition(doc: Doc, i: int, triggers: list[Trigger]) -> int | None:
    """Where sentence `i` turns from its news to an apposition that counts it among many
    happenings ("A mayoral hopeful was killed on Tuesday, one of at least six politicians
    murdered this year"): the comma that opens it, when an event word stands before it and
    another inside it. None otherwise."""
    if len(triggers) < 2:
        return None  # no event word both before a comma and inside its apposition
    sentence = doc.sentences[i]
    folded = doc.folded
    commas = [m.start() for m in _NUMBERED.finditer(folded, sentence.start, sentence.end)]
    for comma, match in after_commas(folded, sentence.start, sentence.end):
        if folded.startswith(_RELATIVE, match.end):
            continue  # "uno de los cuales murió", "one of whom died": one of the news's own
        if one_among(folded, match) and not _how_many(
            folded, match.end, _clause_end(folded, comma, sentence.end)
        ):
            continue
        commas.append(comma)
    for comma in sorted(commas):
        end = _clause_end(folded, comma, sentence.end)
        inside = any(comma < t.start < end for t in triggers)
        if inside and any(t.end <= comma for t in triggers) and not _own_toll(doc, comma, end):
            return comma
    return None


@cache
def _total_periods() -> PhraseSearch:
    """The periods a running total covers (`cues.toml` [statistic] total_periods,
    long_periods, tally_periods), asked only whether one occurs (`lexicon_search`)."""
    data = load_data("lexicon/cues.toml")["statistic"]
    keys = ("total_periods", "long_periods", "tally_periods")
    return PhraseSearch(w for key in keys for w in data[key])


def _own_toll(doc: Doc, comma: int, end: int) -> bool:
    """Whether the clause raises the toll of the news itself ("…, elevando la cifra de
    muertos a cuatro", "…, bringing the death toll to four"): a toll noun with no period,
    date or several happenings a running total would cover ("…, elevando a 45 la cifra de
    muertos este año", "…, bringing the toll to six in the recent clashes")."""
    if not names_toll(doc.folded, comma, end) or _total_periods().occurs(doc.folded, comma, end):
        return False
    # several happenings named ("…to six in the recent clashes"): a total over them
    several = tally_words().incident_nouns - _ONE_HAPPENING
    if any(w in several for w in re.findall(r"\w+", doc.folded[comma:end])):
        return False
    return not any(comma < d.start < end for d in doc.dates)


# plural nouns that Spanish uses for one happening ("los hechos")
_ONE_HAPPENING = frozenset({"hechos", "eventos"})


def _clause_end(folded: str, comma: int, limit: int) -> int:
    ahead = [folded.find(ch, comma + 1, limit) for ch in _CLAUSE_END + ","]
    return min((x for x in ahead if x >= 0), default=limit)


@cache
def _many() -> frozenset[str]:
    return frozenset(load_data("lexicon/cues.toml")["statistic"]["apposition_many"])


def _how_many(folded: str, start: int, end: int) -> bool:
    """Whether `folded[start:end]` says how many: digits, a number word or a vague count."""
    words = number_words()
    if words.vague.find(folded, start, end):
        return True
    for token in tokenize(folded, start, end):
        word = token.word
        if word[:1].isdigit() or word in _many():
            return True
        if word in words.words and word not in words.articles:
            return True
    return False


_NTH = re.compile(r"\d+(?:st|nd|rd|th)")
_ORDINAL_TOKEN = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|[^\W\d_]+)\b")
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _ordinal_words() -> tuple[frozenset[str], frozenset[str]]:
    data = load_data("lexicon/cues.toml")["statistic"]
    return frozenset(data["ordinal_words"]), frozenset(data["ordinal_not_victims"])


def victim_ordinals(doc: Doc, start: int, end: int) -> list[int]:
    """Where each ordinal of `doc.folded[start:end]` that counts victims ends ("the 10th
    journalist killed", "el décimo periodista asesinado"): a word of `ordinal_words` or
    digits with an ordinal ending, not followed by a time or a place ("the third day")."""
    words, not_victims = _ordinal_words()
    folded = doc.folded
    out: list[int] = []
    for match in _ORDINAL_TOKEN.finditer(folded[start:end]):
        word = match.group()
        if word not in words and not _NTH.fullmatch(word):
            continue
        after = _WORD.search(folded, start + match.end(), end)
        if after is None or after.group() in not_victims:
            continue
        out.append(start + match.end())
    return out


def broken_down(doc: Doc, i: int) -> int | None:
    """The figure sentence `i` opens by taking a part of ("De los 94 periodistas asesinados,
    87 son hombres y siete mujeres", "Of the 40 candidates killed, 12 were women"): a
    breakdown of a figure told before, no count of a happening of its own; else None. The
    partitive that opens it ("de los", "of the") is one of `counts.toml` partitive, after
    an optional `breakdown_joiners` word."""
    sentence = doc.sentences[i]
    tokens = tokenize(doc.folded, sentence.start, sentence.end)
    skip = 1 if tokens and tokens[0].word in _breakdown_joiners() else 0
    if tuple(t.word for t in tokens[skip : skip + 2]) not in lexicons().partitive:
        return None
    for number in span_numbers(doc.folded, sentence.start, sentence.end):
        if number.first == skip + 2:
            return number.value
    return None


@cache
def _breakdown_joiners() -> frozenset[str]:
    return frozenset(load_data("lexicon/cues.toml")["statistic"]["breakdown_joiners"])


def sentence_figures(doc: Doc, i: int) -> set[int]:
    """The figures sentence `i` states (not years, dates, ages or addresses)."""
    sentence = doc.sentences[i]
    return {n.value for n in span_numbers(doc.folded, sentence.start, sentence.end)}
