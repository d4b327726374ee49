"""Calendar arithmetic for date mentions: which year a day-and-month has, month starts,
weekends, two-digit years. Pure functions of dates, no text."""

from __future__ import annotations

from datetime import date, timedelta

# How many days before publication a weekday and day that name the wrong month may lie.
SLIP_DAYS = 7
# A day-and-month without a year takes the publication year unless it would then lie more
# than this many days after publication (then it is last year's).
FUTURE_SLACK_DAYS = 31


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def last_holiday(pub: date, month: int, day: int) -> date:
    """The latest `month`/`day` (a holiday with a fixed day: "Nochebuena", "New Year's Eve")
    on or before the day after `pub`: a report tells the holiday just past, or the one it
    came out on the eve of ("el Día de Muertos" in a report of 1 November)."""
    value = date(pub.year, month, day)
    return value if value <= pub + timedelta(days=1) else date(pub.year - 1, month, day)


def latest_saturday(pub: date) -> date:
    return pub - timedelta(days=(pub.weekday() - 5) % 7)


def year_for(
    month: int, day: int, pub: date, mode: str | None, weekday: int | None = None
) -> date | None:
    """The year that a day-and-month without one most plausibly has, given publication."""
    candidates = [
        d for d in (safe_date(y, month, day) for y in (pub.year - 1, pub.year, pub.year + 1)) if d
    ]
    if weekday is not None:
        agreeing = [d for d in candidates if d.weekday() == weekday]
        if agreeing:
            candidates = agreeing
        elif (slip := _month_slip(day, pub, weekday)) is not None:
            return slip
    if not candidates:
        return None
    if mode == "past":
        past = [d for d in candidates if d <= pub]
        return max(past) if past else None
    if mode == "future":
        ahead = [d for d in candidates if d >= pub]
        return min(ahead) if ahead else None
    limit = pub + timedelta(days=FUTURE_SLACK_DAYS)
    plausible = [d for d in candidates if d <= limit]
    return max(plausible) if plausible else min(candidates)


def _month_slip(day: int, pub: date, weekday: int) -> date | None:
    """The day a weekday and a day number name when the month the text gives them fits
    neither ("este sábado 1 de enero" in a report of Saturday 1 February, "el último sábado
    13 de octubre" in one of Sunday 14 November: the writer kept last month's name): that day
    of the publication month or the one before, if it falls on that weekday within
    `SLIP_DAYS` days before publication; else None."""
    for month_back in (0, 1):
        first = add_months(pub.replace(day=1), -month_back)
        d = safe_date(first.year, first.month, day)
        if d is not None and d.weekday() == weekday and 0 <= (pub - d).days <= SLIP_DAYS:
            return d
    return None


def month_start(month: int, pub: date, mode: str | None) -> date:
    if mode == "past":
        return date(pub.year if month < pub.month else pub.year - 1, month, 1)
    if mode == "future":
        return date(pub.year if month > pub.month else pub.year + 1, month, 1)
    this_year = date(pub.year, month, 1)
    if this_year > pub + timedelta(days=FUTURE_SLACK_DAYS):
        return date(pub.year - 1, month, 1)
    return this_year


def two_digit_year(value: int, pub: date | None) -> int:
    pivot = (pub.year if pub else date.today().year) % 100 + 1
    return 2000 + value if value <= pivot else 1900 + value


def year_offset(words: str) -> int:
    """Years back from publication meant by "año pasado" (-1), "año antepasado" (-2), ..."""
    if "antepasado" in words:
        return -2
    if "pasado" in words or "anterior" in words:
        return -1
    return 0
