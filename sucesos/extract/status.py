"""Status of what a sentence reports: news, a disputed account, background or a statistic.

Cues live in `sucesos/data/lexicon/cues.toml`. Dates decide too: an explicit past year or a
date well before publication makes a sentence background (see `sucesos.extract.dates`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sucesos.extract.lexicon import PhraseMatcher, load_data


@dataclass(frozen=True)
class SentenceStatus:
    disputed: bool = False
    background: bool = False
    judicial: bool = False
    statistic: bool = False


@cache
def _matcher() -> PhraseMatcher[str]:
    cues = load_data("lexicon/cues.toml")
    phrases: list[tuple[str, str]] = []
    phrases += [(c, "disputed") for c in cues["dispute"]["cues"]]
    phrases += [(c, "background") for c in cues["background"]["cues"]]
    phrases += [(c, "judicial") for c in cues["background"]["judicial"]]
    phrases += [(c, "statistic") for c in cues["statistic"]["cues"]]
    return PhraseMatcher(phrases)


def sentence_status(folded: str, start: int, end: int) -> SentenceStatus:
    """Which status cues the sentence `folded[start:end]` carries."""
    kinds = {m.value for m in _matcher().find(folded, start, end, overlapping=True)}
    return SentenceStatus(
        disputed="disputed" in kinds,
        background="background" in kinds,
        judicial="judicial" in kinds,
        statistic="statistic" in kinds,
    )
