"""A toll raised to a new figure, its number far after the toll's noun: "the death toll from
the attack on the prison has risen to 17", "officials raised the death toll from the attack
to 17", "la cifra de muertos por el ataque al penal ascendió a 17". The number follows a verb
of rising, or the first "to"/"a" after a toll that a verb raises, or stands between a verb
of rising and the toll it opens ("se elevó a 16 la cifra de cuerpos", "aumentó a nueve el
número de muertos"); it counts the dead, or the bodies of a toll of bodies.
Lexicon: `lexicon/counts.toml` [tolls]."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from sucesos.extract.count_words import CountMention, Sentence, is_number, lexicons
from sucesos.extract.lexicon import PhraseMatcher, expand, load_data
from sucesos.extract.lexicon_scan import share_scan
from sucesos.extract.negation import is_negated
from sucesos.extract.numbers import Token, number_words, parse_digits

# Tokens from a toll's noun to its figure ("the death toll from a shooting attack on a drug
# rehabilitation center in the city has risen to 26").
_REACH = 30
# Characters from a raising verb to the toll it raises ("elevó este lunes la cifra").
_RAISED_GAP = 25


@dataclass(frozen=True)
class _TollWords:
    nouns: PhraseMatcher[str]
    counted: PhraseMatcher[str]
    dead: frozenset[str]
    rises: PhraseMatcher[str]
    raised: PhraseMatcher[str]
    to: frozenset[str]
    not_after: frozenset[str]
    articles: frozenset[str]


@cache
def _words() -> _TollWords:
    data = load_data("lexicon/counts.toml")["tolls"]
    return _TollWords(
        PhraseMatcher(
            [*((w, "killed") for w in data["nouns"]), *((w, "bodies") for w in data["body_nouns"])]
        ),
        PhraseMatcher((w, "counted") for w in data["counted"]),
        frozenset(data["dead"]),
        PhraseMatcher((w, "rise") for w in data["rises"]),
        PhraseMatcher((w, "raised") for w in data["raised"]),
        frozenset(f for w in data["to"] for f in expand(w)),
        frozenset(data["not_after"]),
        frozenset(data["articles"]),
    )


# read on many sentences: one shared pass per article (`lexicon_scan.shared_scan`)
share_scan(lambda: _words().nouns)
share_scan(lambda: _words().counted)
share_scan(lambda: _words().rises)
share_scan(lambda: _words().raised)


def toll_nouns() -> PhraseMatcher[str]:
    """The nouns of a toll ("la cifra de muertos", "the death toll"; "bodies" for a toll of
    the bodies found, else "killed")."""
    return _words().nouns


def names_toll(folded: str, start: int, end: int) -> bool:
    """Whether `folded[start:end]` holds a noun of a toll ("la cifra de muertos", "the death
    toll")."""
    return bool(_words().nouns.find(folded, start, end))


def may_raise(folded: str, start: int, end: int) -> bool:
    """Whether `folded[start:end]` names a toll (a noun of one, or a count a death word may
    make one), which `toll_counts` starts from: without one it finds nothing."""
    words = _words()
    return bool(words.nouns.find(folded, start, end) or words.counted.find(folded, start, end))


def toll_counts(s: Sentence, counts: list[CountMention]) -> list[CountMention]:
    """`counts` with the figures of the raised tolls of sentence `s`: a figure read already
    becomes a toll (`total`), one not read yet is added."""
    words = _words()
    tokens = s.tokens
    if not tokens:
        return []
    start, end = tokens[0].start, tokens[-1].end
    out = list(counts)
    nouns = list(words.nouns.find(s.folded, start, end))
    counted = words.counted.find(s.folded, start, end)
    if not nouns and not counted:
        return out  # every toll starts from one of them (most sentences have neither)
    index_at, end_index = s.index_at, s.end_index
    raised_ends = {m.end for m in words.raised.find(s.folded, start, end)}
    rise_ends = {
        end_index[m.end]
        for m in words.rises.find(s.folded, start, end)
        if m.end in end_index and m.start in index_at
    }
    taken = {c.start: k for k, c in enumerate(counts)}
    covered = {m.start for m in nouns}
    for m in counted:
        # "the number of soldiers killed in…": a toll once a death word follows the count
        first = end_index.get(m.end)
        if m.start not in covered and first is not None:
            ahead = tokens[first + 1 : first + 1 + _REACH]
            dead = next((t for t in ahead if t.word in words.dead), None)
            if dead is not None:
                nouns.append(m._replace(end=dead.end))
    for noun in nouns:
        last = end_index.get(noun.end)
        if last is None or is_negated(s.folded, noun.start, start):
            continue
        if last + 1 < len(tokens) and tokens[last + 1].word in words.not_after:
            continue  # "a toll road"
        what = "bodies" if noun.value == "bodies" else "killed"
        k = _inverted_figure(tokens, index_at.get(noun.start), rise_ends, raised_ends, words)
        if k is not None:
            # "se elevó a 16 la cifra de cuerpos": the figure before the toll it raises
            _add_toll(out, taken, tokens[k], noun.start, what)
            continue
        # "raised the death toll", "elevó este lunes la cifra de muertos"
        by_to = any(0 <= noun.start - m <= _RAISED_GAP for m in raised_ends)
        for j in range(last + 1, min(len(tokens), last + 1 + _REACH)):
            opens = j in rise_ends or (by_to and tokens[j].word in words.to)
            if not opens:
                continue
            k = j + 1
            while k < len(tokens) and tokens[k].word in lexicons().before_number:
                k += 1
            if k >= len(tokens) or not is_number(tokens[k].word):
                continue  # "…on a state prison…": a Spanish "a" that opens no figure
            _add_toll(out, taken, tokens[k], noun.start, what)
            break
    return out


def _inverted_figure(
    tokens: list[Token],
    first: int | None,
    rise_ends: set[int],
    raised_ends: set[int],
    words: _TollWords,
) -> int | None:
    """The token of the figure between a verb of rising and the toll noun at token `first`
    ("se elevó a 16 la cifra de…", "aumentó a nueve el número de…"), or between a verb that
    raises a toll, its "a"/"to", and the toll ("la Fiscalía elevó este jueves a 11 el número
    de muertos", "officials raised to nine the death toll"), or None."""
    if first is None:
        return None
    k = first - 1
    if k >= 0 and tokens[k].word in words.articles and not tokens[first].after_break:
        k -= 1
    if k < 1 or tokens[k + 1].after_break or not is_number(tokens[k].word):
        return None
    if tokens[k].after_break:
        return None
    if k - 1 in rise_ends:
        return k
    to = tokens[k - 1]
    raised = to.word in words.to and any(0 <= to.start - m <= _RAISED_GAP for m in raised_ends)
    return k if raised else None


def _add_toll(
    out: list[CountMention], taken: dict[int, int], token: Token, at: int, what: str
) -> None:
    """The figure at `token` made the toll of `what`: a figure read there already becomes a
    toll (`total`), one not read yet is added where the toll is named (its event words follow:
    "the death toll from the attack…", "the number of soldiers killed…")."""
    value = word_value(token.word)
    read = taken.get(token.start)
    if read is not None and out[read].what == what:
        out[read] = replace(out[read], total=True)
    elif value and read is None:
        out.append(CountMention(at, at, what, value, None, total=True))
        taken[token.start] = len(out) - 1


def word_value(word: str) -> int | None:
    """The number a token of digits or a number word gives."""
    if word[0].isdigit():
        return parse_digits(word)
    return number_words().words.get(word)
