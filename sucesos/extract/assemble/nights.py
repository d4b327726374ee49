"""The same night told on two days.

A report often dates its incident by the evening and, a paragraph later, by the small hours
after it ("la noche del domingo" and "la madrugada del lunes", "late Saturday" and "shortly
after midnight early Sunday"), or tells when the victim was attacked and when the body was
found the next morning ("el lunes por la noche" and "la mañana de este martes"). Two days
so told are one night: the later one is told as the small hours, or the earlier as the
night and the later as the morning. Words in `cues.toml` [incident] `night_words`,
`small_hours_words`, `morning_words`.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from sucesos.extract.dates import DateMatch
from sucesos.extract.lexicon import PhraseMatcher, load_data

# The parts of the day a date may be told with.
_PARTS = ("night", "small_hours", "morning")

# How far from a date its part of the day may be told ("la madrugada de este lunes", "el
# lunes por la noche", "early Sunday").
_REACH = 24


@cache
def _parts() -> PhraseMatcher[str]:
    data: dict[str, Any] = load_data("lexicon/cues.toml")["incident"]
    return PhraseMatcher((w, part) for part in _PARTS for w in data[f"{part}_words"])


def part_of_day(folded: str, d: DateMatch, lo: int, hi: int) -> str | None:
    """The part of the day ("night", "small_hours", "morning") told next to the date `d`,
    within its sentence [lo, hi): the nearest such words, else None."""
    start, end = max(lo, d.start - _REACH), min(hi, d.end + _REACH)
    found = _parts().find(folded, start, end)
    if not found:
        return None

    def distance(m: Any) -> int:
        return max(0, d.start - m.end, m.start - d.end)

    return str(min(found, key=distance).value)


def one_night(earlier: set[str], later: set[str]) -> bool:
    """Whether a day told as `earlier` (its parts of the day) and the next, told as
    `later`, are one night."""
    return "small_hours" in later or ("night" in earlier and "morning" in later)


def night_before(days: dict[date, set[str]], later: dict[date, set[str]]) -> bool:
    """Whether an account's days (each with the parts of the day told with it) include a day
    whose night goes on in the next day of the `later` account's days."""
    return any(
        (e - d).days == 1 and one_night(parts, later_parts)
        for d, parts in days.items()
        for e, later_parts in later.items()
    )


def weekday_night_before(days: dict[int, set[str]], later: dict[int, set[str]]) -> bool:
    """`night_before` for weekdays with no date (Monday 0, each with its parts of the day):
    whether a night of one of `days` goes on in the next weekday, one of `later`."""
    return any(
        (e - d) % 7 == 1 and one_night(parts, later_parts)
        for d, parts in days.items()
        for e, later_parts in later.items()
    )
