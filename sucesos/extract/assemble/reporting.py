"""Dates of the reporting, not of the event: "informó este martes la Fiscalía", "the
prosecutor's office said Tuesday that…", "confirmed the attack on social media early
Sunday", "Este lunes, el secretario rechazó la versión". Such a date says when a source
spoke; the incident may be a day or more older. These dates neither split an incident told
over several sentences nor date it while the text names the incident's own day."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from sucesos.extract.dates import DateMatch
from sucesos.extract.kinds import Trigger
from sucesos.extract.lexicon import PhraseMatcher, load_data
from sucesos.extract.lexicon_scan import share_scan

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc

# A reporting verb this far before a date may be the one it qualifies ("said early on
# Tuesday"), or this far after a date that opens its sentence ("Este lunes, el fiscal dijo").
REACH = 80
_OPENING = 12  # a date that opens its sentence starts within this many characters of it
_OPENER = re.compile(r"\b(que|that)\b")
_DETERMINER = re.compile(
    r"\b(el|la|los|las|un|una|del|al|su|sus|este|esta|dicho|dicha|the|a|an|this|that|its|their)\s+$"
)


@share_scan
@cache
def _reporting_verbs() -> PhraseMatcher[str]:
    data = load_data("lexicon/cues.toml")
    background = data["background"]
    verbs = data["attribution"]["after_source"] + background["reporting_verbs"]
    verbs += background["response_verbs"]
    return PhraseMatcher((v, "verb") for v in verbs)


@share_scan
@cache
def _happened_verbs() -> PhraseMatcher[str]:
    cues = load_data("lexicon/cues.toml")["background"]
    verbs = cues["happened_verbs"] + cues["said_clause_verbs"]
    return PhraseMatcher((v, "happened") for v in verbs)


def _no_event_verb(doc: Doc, triggers: Sequence[Trigger], start: int, end: int) -> bool:
    """Whether no event word between `start` and `end` is a verb: a noun after a determiner
    ("confirmed the attack") is what was said, not another happening. What follows "que",
    "that" is what was said, with its own dates ("detalló que la violencia comenzó el
    viernes"). Nor is it after a verb of happening ("said the shooting occurred Friday")."""
    if _OPENER.search(doc.folded, start, end) or _happened_verbs().find(doc.folded, start, end):
        return False
    return all(
        _DETERMINER.search(doc.folded, max(0, t.start - 12), t.start)
        for t in triggers
        if start <= t.start < end
    )


def reporting_dates(
    doc: Doc, start: int, dates: Sequence[DateMatch], triggers: Sequence[Trigger]
) -> set[int]:
    """The starts of the dates of one sentence (starting at `start`) that date its
    reporting verb rather than an event."""
    out: set[int] = set()
    verbs = _reporting_verbs()
    for d in dates:
        low = max(start, d.start - REACH)
        clause = max(doc.folded.rfind(ch, low, d.start) for ch in ";:\n")
        before = [
            v
            for v in verbs.find(doc.folded, max(low, clause + 1), d.start)
            if _no_event_verb(doc, triggers, v.end, d.start)
        ]
        if before:
            out.add(d.start)
            continue
        if d.start - start <= _OPENING:
            after = verbs.find(doc.folded, d.end, min(len(doc.folded), d.end + REACH))
            if after and _no_event_verb(doc, triggers, d.end, after[0].start):
                out.add(d.start)
    return out
