"""Habits told in reported speech: an act in the present after a past reporting verb.

A report of a past happening puts the act's verb in the past ("denunciaron que los cárteles
asesinaron a dos", "said gunmen killed two"); the present after a past reporting verb
("denunciaron que los cárteles asesinan a quienes no pagan", "said armed groups kill farmers
who refuse to pay") tells what someone does as a rule, no happening. The tense of the act's
own verb decides, not the sentence's first verb. Words live in
`sucesos/data/lexicon/aspect.toml` [reported_habits].
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sucesos.extract.lexicon import PhraseMatcher, load_data
from sucesos.extract.lexicon_scan import share_scan

_WORD = re.compile(r"\w+")
# what ends the part of a sentence a reporting verb opens
_STOP = re.compile(r"[;:.!?\n]")


@dataclass(frozen=True)
class _Words:
    reporting: PhraseMatcher[str]
    not_present_es: frozenset[str]
    past_endings_es: tuple[str, ...]
    not_subjects_en: frozenset[str]
    determiners_es: frozenset[str]


@cache
def _words() -> _Words:
    data = load_data("lexicon/aspect.toml")["reported_habits"]
    return _Words(
        PhraseMatcher(
            [(w, "es") for w in data["past_reporting_es"]]
            + [(w, "en") for w in data["past_reporting_en"]]
        ),
        frozenset(data["not_present_es"]),
        tuple(data["past_endings_es"]),
        frozenset(data["not_subjects_en"]),
        frozenset(data["determiners_es"]),
    )


share_scan(lambda: _words().reporting)


def tells_reported(folded: str, start: int, end: int) -> bool:
    """Whether `folded[start:end]` holds a past reporting verb of `reported_habit`."""
    return bool(_words().reporting.find(folded, start, end))


def reported_habit(folded: str, start: int, end: int, floor: int) -> bool:
    """Whether the event word at `folded[start:end]`, in the sentence that starts at
    `floor`, is a verb in the present after a past reporting verb of its sentence (see the
    module doc): a Spanish plural ("asesinan", "secuestran"), an English verb after a plural
    subject ("groups kill")."""
    words = _words()
    told = [
        m
        for m in words.reporting.find(folded, floor, start)
        if not _STOP.search(folded, m.end, start)
    ]
    if not told:
        return False
    word = folded[start:end]
    before = _WORD.findall(folded, max(floor, start - 40), start)
    previous = before[-1] if before else ""
    if told[-1].value == "es":
        return (
            word.endswith(("an", "en"))
            and not word.endswith(words.past_endings_es)
            and word not in words.not_present_es
            and previous not in words.determiners_es
        )
    return (
        word.isalpha()
        and not word.endswith(("ed", "ing", "en", "s"))
        and previous.endswith("s")
        and previous not in words.not_subjects_en
    )
