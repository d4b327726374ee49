"""A tally told by the rank of the news's victim among others over a period ("es el octavo
periodista asesinado en lo que va del año", "Lopez is the fifth journalist killed in the
country this year", "at least the sixth reporter to be murdered since March"): the rank
counts the dead of the tally (8, 5, 6), not the one victim its singular noun names. Only a
rank after a definite article ("el", "the") and before people and a death word, with a
period in the rest of the sentence; "a second journalist was killed" tells one more dead
(`more_dead.ranked_more`). Words: `sucesos/data/lexicon/counts.toml` [victims] ordinals and
[ranked_tally], periods from `cues.toml` [statistic]."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sucesos.extract.count_words import CountMention, Sentence, lexicons
from sucesos.extract.lexicon import PhraseMatcher, load_data
from sucesos.extract.lexicon_scan import share_scan
from sucesos.extract.negation import is_negated

# How many words may stand between the people and their death word besides `fillers`
# ("periodista veracruzano asesinado", "journalist in the state killed" is too far).
_ADJECTIVES = 1
_NTH = re.compile(r"(\d+)(?:st|nd|rd|th)")


@dataclass(frozen=True)
class _Words:
    ranks: dict[str, int]
    articles: frozenset[str]
    fillers: frozenset[str]
    periods: PhraseMatcher[str]
    toll_articles: frozenset[str]
    dead_nouns: frozenset[str]
    victim_nouns: frozenset[str]
    fatal: frozenset[str]
    ranked_nouns: PhraseMatcher[str]  # a rank and a noun of the dead, either way round


@cache
def _words() -> _Words:
    counts = load_data("lexicon/counts.toml")
    data = counts["ranked_tally"]
    statistic = load_data("lexicon/cues.toml")["statistic"]
    periods = [
        w for key in ("total_periods", "short_periods", "since_words") for w in statistic[key]
    ]
    return _Words(
        {k: int(v) for k, v in counts["victims"]["ordinals"].items()},
        frozenset(data["articles"]),
        frozenset(data["fillers"]),
        PhraseMatcher((w, "period") for w in periods),
        frozenset(data["toll_articles"]),
        frozenset(data["dead_nouns"]),
        frozenset(data["victim_nouns"]),
        frozenset(data["fatal"]),
        PhraseMatcher(
            (phrase, "ranked")
            for rank in counts["victims"]["ordinals"]
            for noun in (*data["dead_nouns"], *data["victim_nouns"])
            for phrase in (f"{rank} {noun}", f"{noun} {rank}")
        ),
    )


# read on every sentence with no other figure: one shared pass per article
share_scan(lambda: _words().ranked_nouns)


def may_rank(folded: str, start: int, end: int) -> bool:
    """Whether `folded[start:end]` holds a rank next to a noun of the dead ("segunda
    víctima", "víctima décima"), which `ranked_tolls` starts from."""
    return bool(_words().ranked_nouns.find(folded, start, end))


def _rank(word: str, ranks: dict[str, int]) -> int | None:
    if word in ranks:
        return ranks[word]
    if not word[:1].isdecimal():
        return None  # most words: no "4th" (`\d` is a decimal digit)
    nth = _NTH.fullmatch(word)
    return int(nth.group(1)) if nth else None


def ranked_tally(s: Sentence, counts: list[CountMention]) -> list[CountMention]:
    """`counts` and the dead of each ranked tally ("el cuarto periodista asesinado este año":
    4, `ranked`; `for_status` chooses between it and the one victim its words name)."""
    words = _words()
    tokens = s.tokens
    out = list(counts)
    for i, token in enumerate(tokens):
        rank = _rank(token.word, words.ranks)
        if rank is None or rank < 2 or i == 0 or tokens[i - 1].word not in words.articles:
            continue
        death = _death_after(s, i, words)
        if death is None:
            continue
        group, last = death
        end = tokens[last].end
        if not words.periods.find(s.folded, end, tokens[-1].end):
            continue
        if is_negated(s.folded, token.start, s.floor, s.text):
            continue  # "no es el cuarto periodista asesinado este año"
        floor = _floor_before(s, i - 1)
        out.append(
            CountMention(
                token.start, end, "killed", rank, group, total=True, at_least=floor, ranked=True
            )
        )
    return out


def ranked_tolls(s: Sentence, counts: list[CountMention]) -> list[CountMention]:
    """`counts` and the toll each rank of one act's dead tells, with no period after it ("el
    ataque cobró su segunda víctima mortal" 2, "la muerte de la víctima décima" 10, "the
    third victim died in hospital" 3): the whole count so far (`total`), which the deaths of
    its sentence do not add to. A rank with a period is a tally (`ranked_tally`)."""
    words = _words()
    tokens = s.tokens
    out = list(counts)
    for i, token in enumerate(tokens):
        rank = _rank(token.word, words.ranks)
        if rank is None or rank < 2 or i == 0:
            continue
        span = _ranked_dead(s, i, words)
        if span is None:
            continue
        first, last = span
        end = tokens[last].end
        if words.periods.find(s.folded, end, tokens[-1].end):
            continue  # "la cuarta víctima mortal en lo que va del año": a tally
        if is_negated(s.folded, tokens[first].start, s.floor, s.text):
            continue
        if any(c.ranked and c.start <= token.start < c.end for c in counts):
            continue
        out.append(CountMention(tokens[first].start, end, "killed", rank, None, total=True))
    return out


def _ranked_dead(s: Sentence, i: int, words: _Words) -> tuple[int, int] | None:
    """The first and last tokens of the dead the rank at token `i` names after an article
    ("su segunda víctima mortal", "el cuarto fallecido", "la víctima décima", "la tercera
    persona… murió"), or None."""
    tokens = s.tokens
    before = tokens[i - 1].word
    if before in words.victim_nouns | words.dead_nouns:
        # the noun before the rank: "la víctima décima", "el muerto número…" is no rank
        if i < 2 or tokens[i - 2].word not in words.toll_articles or tokens[i].after_break:
            return None
        noun, first, last = i - 1, i - 2, i
    elif before in words.toll_articles and i + 1 < len(tokens):
        noun, first, last = i + 1, i - 1, i + 1
        if tokens[noun].after_break:
            return None
    else:
        return None
    word = tokens[noun].word
    if word in words.dead_nouns:
        return first, last
    if word not in words.victim_nouns:
        return None
    if noun + 1 < len(tokens) and tokens[noun + 1].word in words.fatal:
        return first, max(last, noun + 1)  # "su segunda víctima mortal"
    return (first, last) if _death_near(s, first, last) else None


# Tokens after a ranked victim that its death word may stand ("the third victim, a woman,
# died in hospital"), and before it ("la muerte de la víctima décima").
_DEATH_AFTER = 8
_DEATH_BEFORE = 3


def _death_near(s: Sentence, first: int, last: int) -> bool:
    """Whether a death word of the clause of the ranked victim at tokens `first`..`last`
    comes right before it ("la muerte de la víctima décima") or after it, within a few
    words of its clause ("la tercera víctima falleció en el hospital")."""
    tokens = s.tokens
    for k in range(max(0, first - _DEATH_BEFORE), first):
        ends = [e for e, _side, what in s.starts.get(k, []) if what == "killed"]
        if any(e >= first - 2 for e in ends) and not tokens[first].after_break:
            return True
    for k in range(last + 1, min(len(tokens), last + 1 + _DEATH_AFTER)):
        if any(what == "killed" for _e, _side, what in s.starts.get(k, [])):
            return True
    return False


def for_status(counts: list[CountMention], status: str) -> list[CountMention]:
    """The figures of a draft of `status` from its sentence's `counts`: a statistic takes a
    ranked tally's dead in place of the victim its words name; any other status keeps the
    victim and drops the tally."""
    ranked = [c for c in counts if c.ranked]
    if not ranked:
        return counts
    if status != "statistic":
        return [c for c in counts if not c.ranked]
    return [
        c
        for c in counts
        if c.ranked or not (c.what == "killed" and any(r.start <= c.start < r.end for r in ranked))
    ]


def _death_after(s: Sentence, i: int, words: _Words) -> tuple[str | None, int] | None:
    """The group of the people right after the rank at token `i` (one word may come first:
    "the fifth Mexican journalist") and the last token of the death word that follows them,
    or None."""
    tokens = s.tokens
    for first in (i + 1, i + 2):
        if first in s.groups and not tokens[first].after_break:
            break
    else:
        return None
    last, group = s.groups[first]
    others = 0
    for k in range(last + 1, min(len(tokens), last + 6)):
        if tokens[k].after_break:
            return None
        killed = [end for end, _side, what in s.starts.get(k, []) if what == "killed"]
        if killed:
            return (None if group == "people" else group), max(killed)
        if tokens[k].word in words.fillers:
            continue
        others += 1
        if others > _ADJECTIVES:
            return None
    return None


def _floor_before(s: Sentence, k: int) -> bool:
    """Whether a floor ("al menos", "at least") ends right before token `k`."""
    before = tuple(t.word for t in s.tokens[max(0, k - 2) : k])
    return any(before[-len(floor) :] == floor for floor in lexicons().floors)
