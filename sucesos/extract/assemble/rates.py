"""Rates and comparisons: a sentence that measures a crime tells no happening.

"Colima has one of the highest murder rates in the world", "la tasa de homicidios creció 17
por ciento", "los robos se han duplicado respecto al año pasado": the event words name the
crime a rate or a comparison measures; the sentence is a tally (`statistic`), not the news
nor a part of it. Word lists: `cues.toml` [statistic] rate_nouns_after, rate_nouns_before,
change_verbs, compared_periods.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from sucesos.extract.kinds import Trigger
from sucesos.extract.lexicon import PhraseMatcher, alternation, load_data
from sucesos.extract.lexicon_scan import share_scan

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc


@dataclass(frozen=True)
class _Rates:
    after: re.Pattern[str]  # right after a crime word: its rate's noun ("murder rates")
    before: re.Pattern[str]  # right before it: its rate's noun ("la tasa de homicidios")
    changes: PhraseMatcher[str]
    periods: PhraseMatcher[str]


@cache
def _rates() -> _Rates:
    data: dict[str, Any] = load_data("lexicon/cues.toml")["statistic"]
    return _Rates(
        # the crime word's own ending, then the rest of a list of crimes that "and" or "or"
        # closes ("homicide, kidnapping and extortion rates"), then the rate's noun
        after=re.compile(
            r"\w*(?:(?:,\s*[\w-]+){0,2},?\s+(?:and|or)\s+[\w-]+)?\s+"
            rf"(?:{alternation(data['rate_nouns_after'])})\b"
        ),
        # the rate's noun, an adjective at most ("incidencia delictiva de"), then "de"
        before=re.compile(
            rf"\b(?:{alternation(data['rate_nouns_before'])})(?:\s+\w+)?\s+de\s+(?:la\s+|las\s+|los\s+)?$"
        ),
        changes=PhraseMatcher((c, "change") for c in data["change_verbs"]),
        periods=PhraseMatcher((c, "period") for c in data["compared_periods"]),
    )


# asked on every sentence or draft: one shared pass per article (`lexicon_scan.shared_scan`)
share_scan(lambda: _rates().changes)
share_scan(lambda: _rates().periods)


def _in_rate(doc: Doc, t: Trigger, start: int) -> bool:
    """Whether event word `t` names the crime a rate measures ("murder rates", "tasa de
    homicidios")."""
    rates = _rates()
    if rates.after.match(doc.folded, t.end):
        return True
    return rates.before.search(doc.folded, max(start, t.start - 40), t.start) is not None


def measures_only(doc: Doc, i: int, triggers: Sequence[Trigger]) -> bool:
    """Whether sentence `i` only measures crimes: each of its event words names the crime a
    rate measures, or the sentence compares a count with an earlier period (a change verb and
    the period it is measured against)."""
    if not triggers:
        return False
    sentence = doc.sentences[i]
    if all(_in_rate(doc, t, sentence.start) for t in triggers):
        return True
    rates = _rates()
    span = (doc.folded, sentence.start, sentence.end)
    return bool(rates.changes.find(*span)) and bool(rates.periods.find(*span))
