"""A date mention (`DateMatch`) and whether it lies before the news window (`is_historical`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from sucesos.extract.dates.periods import add_months

Precision = Literal["day", "week", "month", "year"]

# Dates ending more than this many days before publication are background (`is_historical`).
HISTORICAL_DAYS = 45


@dataclass
class DateMatch:
    """One date mention: its span in the text and the date it stands for."""

    start: int
    end: int
    surface: str
    value: date
    precision: Precision
    relative: bool  # resolved with the publication date (weekday, "ayer", day without year)
    year_explicit: bool  # the text names the year
    future: bool = False  # after the publication date ("el próximo lunes")
    value_end: date | None = None  # last day of a range ("del 3 al 5 de mayo")
    rule: str = ""  # which rule found it, for debugging and evaluation


def period_end(match: DateMatch) -> date:
    if match.value_end is not None:
        return match.value_end
    if match.precision == "week":
        return match.value + timedelta(days=6)
    if match.precision == "month":
        return add_months(match.value, 1) - timedelta(days=1)
    if match.precision == "year":
        return date(match.value.year, 12, 31)
    return match.value


def is_historical(match: DateMatch, published: date | None) -> bool:
    """True when the mention is clearly before the news window, so its event is background.

    That is: the whole period it names ended more than 45 days before publication, or it
    names a past year on its own ("en 2014" in a 2024 article). Without a publication date
    nothing can be called historical, so this returns False.
    """
    if published is None:
        return False
    if match.precision == "year" and match.year_explicit and match.value.year < published.year:
        return True
    return period_end(match) < published - timedelta(days=HISTORICAL_DAYS)
