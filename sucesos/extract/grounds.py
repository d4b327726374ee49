"""The grounds a warning gives are no events of their own.

A travel advisory or a security alert names the dangers it warns of ("raised its advisory
for Jalisco to Level 4, citing violent crime, road blockades and attacks on security
forces"; "emitió una alerta de viaje debido a los bloqueos y enfrentamientos"): those event
words report no happening. In a sentence with an advisory word, the event words from the
first of the `cues` (`cues.toml` [advisory_grounds]) up to where the sentence goes on to a
happening (`until`: "after", "tras"…) are dropped when that stretch holds no figure; the
advisory stays, and so does an act told with its figures or after "after" ("… in the days
after the killing of …").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from sucesos.extract.count_words import CountMention
from sucesos.extract.kinds import Trigger
from sucesos.extract.lexicon import PhraseMatcher, load_data
from sucesos.extract.text import Sentence

ADVISORY = "travel_advisory"


@cache
def _cues() -> PhraseMatcher[str]:
    data = load_data("lexicon/cues.toml")["advisory_grounds"]
    return PhraseMatcher(
        [(w, "grounds") for w in data["cues"]] + [(w, "until") for w in data["until"]]
    )


def drop_grounds(
    folded: str,
    sentences: Sequence[Sentence],
    triggers: list[Trigger],
    counts: Sequence[CountMention],
) -> list[Trigger]:
    """`triggers` less the event words an advisory sentence gives as its grounds."""
    advisory = [t for t in triggers if t.category == ADVISORY]
    if not advisory:
        return triggers
    dropped: set[int] = set()
    for sentence in sentences:
        if not any(sentence.start <= t.start < sentence.end for t in advisory):
            continue
        cues = _cues().find(folded, sentence.start, sentence.end)
        grounds = [c.end for c in cues if c.value == "grounds"]
        if not grounds:
            continue
        first = min(grounds)
        # the list of dangers ends where the sentence goes on to a happening ("… in the
        # days after the killing of …"), which keeps its own words
        last = min(
            [c.start for c in cues if c.value == "until" and c.start >= first], default=sentence.end
        )
        if any(first <= c.start < last for c in counts):
            continue  # figures after the cue: an act the sentence reports
        dropped |= {id(t) for t in triggers if t.category != ADVISORY and first <= t.start < last}
    return [t for t in triggers if id(t) not in dropped]
