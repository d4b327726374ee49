"""Running totals told by their verb: a perfect tense of toll over a long period, or the
toll of an ongoing phenomenon ("la violencia ha dejado decenas de muertos", "han sido
asesinadas en 2024", "the turf war that has claimed hundreds of lives"). Also the loaders of
the `cues.toml` [statistic] lists that the news-or-background decision reads (`tally_cues`,
`long_periods`); the decision itself: `sucesos.extract.assemble.news`.
"""

from __future__ import annotations

import re
from functools import cache

from sucesos.extract.lexicon import PhraseMatcher, load_data
from sucesos.extract.lexicon_search import PhraseSearch


@cache
def tally_cues(name: str) -> PhraseMatcher[str]:
    """The phrases of one list of `cues.toml` [statistic] ("strong", "rankings", …)."""
    data = load_data("lexicon/cues.toml")["statistic"]
    names = name.split("+")  # "total_periods+short_periods": several lists as one
    return PhraseMatcher((w, name) for n in names for w in data[n])


@cache
def long_periods() -> PhraseSearch:
    """`cues.toml` [statistic] long_periods: some 700,000 phrases, asked only whether one
    occurs (`lexicon_search`)."""
    return PhraseSearch(load_data("lexicon/cues.toml")["statistic"]["long_periods"])


def perfect_total(folded: str, start: int, end: int, over_period: bool = False) -> bool:
    """Whether a figure is a running total: a perfect tense of toll ("ha dejado", "have been
    killed") over a long period ("este año", "so far", "in recent months", a month or a year
    the sentence names: `over_period`) or with an
    ongoing phenomenon as its subject ("la violencia ha dejado", "fighting has left")."""
    verbs = tally_cues("perfect_totals").find(folded, start, end)
    if not verbs:
        return False
    if over_period or tally_cues("total_periods+since_words").find(folded, start, end):
        return True
    ongoing = tally_cues("ongoing_subjects")
    for verb in verbs:
        # the subject: in the verb's clause (after the last clause mark before it)
        opening = max(folded.rfind(ch, start, verb.start) for ch in ",;:(")
        if ongoing.find(folded, max(start, opening, verb.start - 100), verb.start):
            return True
    return False


# A perfect auxiliary right before a verb of toll ("ha cobrado", "have claimed").
_PERFECT_BEFORE = re.compile(r"\b(?:ha|han|habia|habian|has|have|had)\s+$")
# A gerund: its subject is the sentence's ("Los enfrentamientos…, cobrando la vida de…").
_GERUND = re.compile(r"\w+(?:ando|iendo|ing)\b")


def ongoing_toll(folded: str, start: int, end: int) -> bool:
    """Whether `folded[start:end]` tells the toll of an ongoing phenomenon (`cues.toml`
    [statistic] ongoing_subjects, then ongoing_tolls) with a vague quantity of dead, a span
    or frequency (ongoing_spans) or in a perfect tense: "la ola de violencia ha cobrado
    decenas de vidas", "los enfrentamientos se han dado de manera constante, cobrando la
    vida de varias personas", "the turf war that has claimed hundreds of lives". The
    subject of a gerund is the sentence's; of another verb, its clause's."""
    verbs = tally_cues("ongoing_tolls").find(folded, start, end)
    if not verbs:
        return False
    ongoing = tally_cues("ongoing_subjects")
    spans = bool(tally_cues("ongoing_spans").find(folded, start, end))
    for verb in verbs:
        if _GERUND.match(folded, verb.start):
            opening = start
        else:
            opening = max(folded.rfind(ch, start, verb.start) for ch in ",;:(") + 1
        if not ongoing.find(folded, max(start, opening, verb.start - 160), verb.start):
            continue
        perfect = bool(_PERFECT_BEFORE.search(folded, max(start, verb.start - 8), verb.start))
        perfect = perfect or folded.startswith(("ha ", "han ", "has ", "have "), verb.start)
        vague = tally_cues("vague_tolls").find(folded, verb.end, min(end, verb.end + 80))
        if spans or perfect or vague:
            return True
    return False
