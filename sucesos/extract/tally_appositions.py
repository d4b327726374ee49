"""Where a sentence turns from its news to a running total of it, after a comma ("Con el
homicidio de un taxista en X, ya son 41 los asesinatos del mes", "With the killing of a taxi
driver in X, the number of murders this month reached 41"): the figures after the turn count
the tally, not the news's people, who keep the figure their own words imply. Phrases:
`sucesos/data/lexicon/cues.toml` [statistic] `appositions` (also read by
`assemble.tallies`, which splits such a sentence into the news and its tally)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from sucesos.extract.lexicon import PhraseMatch, PhraseMatcher, load_data
from sucesos.extract.lexicon_scan import share_scan

# Appositions that pick one of many ("uno de los cuales", "one of 45 murders"): they may name
# one of the news's own people, so they turn to no tally here (`assemble.tallies` reads them
# as one when they say how many).
ONE_AMONG = ("one", "uno", "una", "among", "entre")


@share_scan
@cache
def appositions() -> PhraseMatcher[str]:
    """The phrases that open a tally right after a comma (`[statistic] appositions`)."""
    words = load_data("lexicon/cues.toml")["statistic"]["appositions"]
    return PhraseMatcher((w, "apposition") for w in words)


def after_commas(folded: str, start: int, end: int) -> Iterator[tuple[int, PhraseMatch[str]]]:
    """The appositions (`appositions`) between `start` and `end` that open right after a
    comma, in order, each with the offset of its comma."""
    for match in appositions().find(folded, start, end):
        before = folded[start : match.start].rstrip()
        if before.endswith(","):
            yield start + len(before) - 1, match


def one_among(folded: str, match: PhraseMatch[str]) -> bool:
    """Whether an apposition picks one of many ("uno de los cuales", "one of 45 murders")."""
    return folded.startswith(ONE_AMONG, match.start)


def tally_turn(folded: str, start: int, end: int) -> int | None:
    """The offset of the first comma between `start` and `end` right after which a running
    total opens, or None."""
    return next((c for c, m in after_commas(folded, start, end) if not one_among(folded, m)), None)
