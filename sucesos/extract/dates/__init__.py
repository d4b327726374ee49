"""Date mentions in Spanish and English news text, resolved to calendar dates.

`find_dates(text, published)` finds phrases such as "la madrugada de este sábado",
"el pasado 3 de mayo", "hace tres días", "en 2014", "last Sunday" or "May 3, 2024" and
resolves each against the publication date. The rules are regular expressions compiled
once from `sucesos/data/lexicon/dates.toml`; every pattern is anchored on a required word or
digit and has no nested repetition, so the cost stays linear in the text length (well
under a millisecond for a 1,000-word article). Words before a match (determiners, "pasado",
"la noche del", street words) are read from a short window with small end-anchored
patterns instead of being part of the main expressions, which keeps those fast.

Conventions: week, month and year mentions give the first day of the period (Monday, the
1st, 1 January; a weekend gives its Saturday), not ACLED's midpoint. A bare weekday is the
latest such day on or before publication unless the text signals the future ("próximo",
"next", a future-tense verb nearby), in which case it is the next one and `future` is set.
"""

from __future__ import annotations

from datetime import date

from sucesos.extract.dates.match import (
    HISTORICAL_DAYS,
    DateMatch,
    Precision,
    is_historical,
    period_end,
)
from sucesos.extract.dates.rules import rules_for
from sucesos.extract.dates.scan import Scan
from sucesos.extract.text import fold

__all__ = ["HISTORICAL_DAYS", "DateMatch", "Precision", "find_dates", "is_historical", "period_end"]


def _select(candidates: list[DateMatch]) -> list[DateMatch]:
    """Non-overlapping matches, the longer one winning where two overlap, sorted by start."""
    candidates.sort(key=lambda d: (d.start, d.start - d.end))
    out: list[DateMatch] = []
    for cand in candidates:
        if out and cand.start < out[-1].end:
            if cand.end - cand.start > out[-1].end - out[-1].start:
                out[-1] = cand
            continue
        out.append(cand)
    return out


def _languages(language: str | None) -> tuple[str, ...]:
    code = (language or "").lower()[:2]
    if code in ("es", "en"):
        return (code,)
    return ("es", "en")


def find_dates(
    text: str,
    published: date | None,
    language: str | None = "es",
    *,
    folded: str | None = None,
    reference: date | None = None,
) -> list[DateMatch]:
    """Every date mention in `text`, resolved against `published`, sorted by start.

    With `published=None` only mentions that carry their own year are returned (full dates,
    "mayo de 2019", "en 2014"). `language` picks the rule set ("es" or "en"); anything else
    runs both. `folded` may pass `sucesos.extract.text.fold(text)`
    when the caller already has it. `reference`, for a text with no publication date, is a
    day near it (the one its page's address gives): it gives the year of a month or a day and
    month told without one ("in late January", "el 15 de diciembre"), never a relative day.
    Where two mentions overlap the longer one is kept, so
    "el lunes 5 de agosto" is one mention, not a weekday and a date.
    """
    if not text:
        return []
    folded = fold(text) if folded is None else folded
    if len(folded) != len(text):
        raise ValueError("[E010] folded text must have the same length as the text")
    candidates: list[DateMatch] = []
    for lang in _languages(language):
        candidates.extend(Scan(text, folded, published, rules_for(lang), reference).run())
    return _select(candidates)
