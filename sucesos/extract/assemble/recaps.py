"""Sentences that name the news again to set it among other happenings: "Este ataque se
suma a la lista de hechos violentos de este año" (a tally: `joins_tally`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sucesos.extract.kinds import Trigger

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc


# "…se suma a los 45 asesinatos de este año", "…is the latest in a string of attacks", "…was
# part of a series of shootings": the news counted among earlier happenings.
_JOINS = re.compile(
    r"se (?:suma|suman|sumo|sumaron) a|(?:the|its|el|la) (?:latest|most recent|mas reciente"
    r"|ultimo|ultima)\b|(?:forma|forman|formo|formaron|formaria) parte de"
    r"|(?:is|was|are|were) part of|(?:adds|added) to"
)
# What may stand before such words when it only names the news again ("Este ataque armado",
# "The killing is"): a determiner and a few words.
_NEWS_AGAIN = re.compile(
    r"\W*(?:con |with )?(?:este|esta|estos|estas|dicho|dicha|el|la|los|las|this|that|the|these"
    r"|it|its)\b(?:\s+\w+){0,3}\s*,?\s*$"
)


def joins_tally(doc: Doc, i: int, triggers: Sequence[Trigger]) -> bool:
    """Whether sentence `i` only counts the news, named again, among earlier happenings
    ("Este ataque armado se suma a la lista de hechos violentos de este año", "The killing
    is the latest in a string of attacks on reporters"): a tally, not a part of the news;
    its event words before the cue name the news again, and those after it the others."""
    if not triggers:
        return False
    start = doc.sentences[i].start
    for position in doc.status[i].ahead_at:
        if not _JOINS.match(doc.folded, position):
            continue
        if _NEWS_AGAIN.match(doc.folded, start, position) and not any(
            c.start < position for c in doc.counts if start <= c.start
        ):
            return True
    return False
