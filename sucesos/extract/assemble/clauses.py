"""Clauses of a sentence that tells two events: where one event's words end and the other's
begin, and the asides ("–quien había sido asesinado un día antes–", "(ocurrido en 2019)",
", who had been kidnapped last year,") that hold an event of another time."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from sucesos.extract.lexicon import PhraseMatcher, load_data
from sucesos.extract.numbers import number_words

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc

CLAUSE_MARKS = ',;:—–("'
# A dash or a parenthesis opens an aside that a matching mark closes; a comma opens one
# when a relative pronoun follows it (", quien…,", ", who…,").
_PAIRED = {"–": "–", "—": "—", "(": ")"}
# a clause mark or the close of an aside, for `background_ends`
_MARK_OR_CLOSE = re.compile("[" + re.escape(CLAUSE_MARKS + ")") + "]")
_RELATIVE = re.compile(r",\s+(?:quien|quienes|el cual|la cual|who|which)\b", re.IGNORECASE)


# A relative adverb right before a date: the date opens the clause it introduces ("…en
# Macuspana, donde el sábado asesinaron a otras tres", "…in Culiacán, where on Saturday
# gunmen killed three"), so it dates the act after it, not the one before.
_RELATIVE_DATE = re.compile(r"\b(?:en donde|donde|where|en el que|en la que)\s+$")


def opens_relative(doc: Doc, position: int) -> bool:
    """Whether a date at `position` follows a relative adverb ("donde el sábado…")."""
    return bool(_RELATIVE_DATE.search(doc.folded, max(0, position - 16), position))


# A date that opens a clause of its own, after a semicolon or a joining word ("…fueron
# asesinados ayer; la semana pasada, en el mismo lugar, otras cuatro…", "…on Tuesday, and
# last week four others were killed"): it dates the act after it, not the one before.
_CLAUSE_DATE = re.compile(
    r"(?:;|\b(?:y|e|pero|mientras que|and|but|while))\s+(?:(?:la|el|los|las|the)\s+)?$"
)


# A "when" clause right after a date ("…since October 2019, when gunmen ambushed…", "…desde
# marzo de 2021, cuando un comando asesinó…"): it tells what happened on that date.
_WHEN_CLAUSE = re.compile(r"\s*,\s*(?:when|cuando|en que|en el que|en la que)\b")


def told_when(doc: Doc, end: int) -> bool:
    """Whether a date ending at `end` is followed by a "when" clause that tells its act."""
    return bool(_WHEN_CLAUSE.match(doc.folded, end))


def opens_clause(doc: Doc, position: int) -> bool:
    """Whether a date at `position` opens a clause: after a relative adverb ("donde el
    sábado…"), a semicolon or a joining word ("; la semana pasada…", "and last week…")."""
    before = max(0, position - 16)
    return opens_relative(doc, position) or bool(_CLAUSE_DATE.search(doc.folded, before, position))


def clause_end(doc: Doc, own: int, other: int) -> int:
    """Where the evidence of an event ends before another event's words at `other`: at the
    last clause mark after its own words at `own`, else right before the other words."""
    cut = max(doc.text.rfind(ch, own, other) for ch in CLAUSE_MARKS)
    return cut if cut > own else other


def before_earlier(doc: Doc, own: int, end: int, ahead_at: tuple[int, ...]) -> int:
    """Where the evidence of an event ends when a cue between its words (ending at `own`) and
    `end` dates the rest of the sentence as earlier ("The attack came two days after gunmen
    killed…", "…, semanas después de que…"): before the cue and the amount of time it
    counts, so the earlier happening is no evidence of the news."""
    cues = [p for p in ahead_at if own <= p < end]
    if not cues:
        return end
    cut = min(cues)
    while True:
        head = doc.folded[:cut].rstrip()
        found = _amounts().find(head, max(0, len(head) - 12))
        tail = re.search(r"(\S+)$", head)
        if found and found[-1].end == len(head):
            cut = found[-1].start
        elif tail and (tail.group(1).isdigit() or tail.group(1) in number_words().words):
            cut = tail.start(1)
        else:
            return max(cut, own)


@cache
def _amounts() -> PhraseMatcher[str]:
    words = load_data("lexicon/cues.toml")["background"]["after_amounts"]
    return PhraseMatcher((w, "amount") for w in words)


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
        if close < 0:
            # a relative clause that closes the sentence ("…el velorio de un joven, quien
            # apenas el martes había sido asesinado en el mismo barrio."): it runs to the end
            return opening, hi
    else:
        return None
    return (opening, close + 1) if close >= 0 else None


def background_ends(
    doc: Doc,
    span: tuple[int, int],
    own: list[int],
    is_background: Callable[[int, int], bool],
) -> tuple[int, int]:
    """`span` less the clauses at its ends that hold none of the event's own words (`own`,
    their starts) and tell background (`is_background` of the clause's start and end):
    "Un hombre fue asesinado este lunes en Zamora, a un año del homicidio de su hermano"
    keeps the news, and the evidence stops before the background clause."""
    lo, hi = span
    if not own:
        return span
    marks = [m.start() for m in _MARK_OR_CLOSE.finditer(doc.text, lo, hi)]
    if not marks:
        return span
    first, last = min(own), max(own)
    # a clause at an end goes while some of the event's words stay before (after) it
    for mark in reversed(marks):
        if mark < first or not is_background(mark, hi):
            break
        hi = mark
    for mark in marks:
        if mark > last or mark >= hi or not is_background(lo, mark):
            break
        lo = mark + 1
    return lo, hi
