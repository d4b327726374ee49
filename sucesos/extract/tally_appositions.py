"""Where a sentence turns from its news to a running total of it, after a comma ("Con el
homicidio de un taxista en X, ya son 41 los asesinatos del mes", "With the killing of a taxi
driver in X, the number of murders this month reached 41"): the figures after the turn count
the tally, not the news's people, who keep the figure their own words imply. Phrases:
`sucesos/data/lexicon/cues.toml` [statistic] `appositions` (also read by
`assemble.tallies`, which splits such a sentence into the news and its tally)."""

from __future__ import annotations

from functools import cache

from sucesos.extract.lexicon import PhraseMatcher, load_data, share_scan

# Appositions that pick one of many ("uno de los cuales", "one of 45 murders"): they may name
# one of the news's own people, so they turn to no tally here.
_ONE_AMONG = ("one", "uno", "una", "among", "entre")


@share_scan
@cache
def appositions() -> PhraseMatcher[str]:
    """The phrases that open a tally right after a comma (`[statistic] appositions`)."""
    words = load_data("lexicon/cues.toml")["statistic"]["appositions"]
    return PhraseMatcher((w, "apposition") for w in words)


def tally_turn(folded: str, start: int, end: int) -> int | None:
    """The offset of the first comma between `start` and `end` right after which a running
    total opens, or None."""
    for match in appositions().find(folded, start, end):
        if folded.startswith(_ONE_AMONG, match.start):
            continue
        before = folded[start : match.start].rstrip()
        if before.endswith(","):
            return start + len(before) - 1
    return None
