"""Clauses of a sentence that tells two events: where one event's words end and the other's
begin, and the asides ("–quien había sido asesinado un día antes–", "(ocurrido en 2019)",
", who had been kidnapped last year,") that hold an event of another time."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc

CLAUSE_MARKS = ',;:—–("'
# A dash or a parenthesis opens an aside that a matching mark closes; a comma opens one
# when a relative pronoun follows it (", quien…,", ", who…,").
_PAIRED = {"–": "–", "—": "—", "(": ")"}
_RELATIVE = re.compile(r",\s+(?:quien|quienes|el cual|la cual|who|which)\b", re.IGNORECASE)


def clause_end(doc: Doc, own: int, other: int) -> int:
    """Where the evidence of an event ends before another event's words at `other`: at the
    last clause mark after its own words at `own`, else right before the other words."""
    cut = max(doc.text.rfind(ch, own, other) for ch in CLAUSE_MARKS)
    return cut if cut > own else other


def clause_start(doc: Doc, other: int, own: int) -> int:
    """Where the evidence of an event starts after another event's words ending at `other`."""
    marks = [x for x in (doc.text.find(ch, other, own) for ch in CLAUSE_MARKS) if x >= 0]
    return min(marks) + 1 if marks else other


def same_clause(doc: Doc, end: int, start: int) -> bool:
    """Whether no clause mark stands between two words (the first ends at `end`)."""
    return not any(ch in CLAUSE_MARKS or ch in ")" for ch in doc.text[end:start])


def aside(doc: Doc, limit: tuple[int, int], first: int, last: int) -> tuple[int, int] | None:
    """The aside within `limit` (a sentence's start and end) that holds the words from
    `first` to `last`: from its opening mark to its closing mark, both included."""
    lo, hi = limit
    opening = max(doc.text.rfind(ch, lo, first) for ch in CLAUSE_MARKS)
    if opening < lo:
        return None
    mark = doc.text[opening]
    if mark in _PAIRED:
        close = doc.text.find(_PAIRED[mark], last, hi)
    elif mark == "," and _RELATIVE.match(doc.text, opening, first):
        close = doc.text.find(",", last, hi)
    else:
        return None
    return (opening, close + 1) if close >= 0 else None
