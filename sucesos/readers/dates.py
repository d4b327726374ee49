"""Publication dates from the many shapes news data gives them.

Fast paths (no dateparser): ISO 8601 (``2024-03-12``, ``2024-03-12T21:30:00-06:00``,
``...Z``), numeric day-first dates as written in Mexico (``12/03/2024``, ``12-03-2024``,
``12.03.2024``; month-first only when day-first is impossible), RFC 2822 as in RSS
(``Tue, 12 Mar 2024 21:30:00 GMT``) and Unix timestamps (seconds or milliseconds).
Anything else (``12 de marzo de 2024``, ``March 12, 2024``) goes to dateparser, limited
to Spanish and English and to complete absolute dates, so the result never depends on
the day it runs ("ayer", "12 de marzo" give None).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}")
# Epoch values beyond this are milliseconds (1e11 seconds is the year 5138).
_MILLIS = 100_000_000_000
# No written date is longer; longer values are not dates (and would cost dateparser time).
MAX_DATE_CHARS = 100


def parse_date(value: Any) -> date | datetime | None:
    """A date (no time given) or datetime (time given, timezone kept if given), or None
    when the value is empty or cannot be read as a date.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime | date):
        return value
    if isinstance(value, int | float):
        try:
            return _from_epoch(float(value))
        except OverflowError:  # an integer too large for a float
            return None
    text = str(value).strip()
    if not text or len(text) > MAX_DATE_CHARS:
        return None
    return _fast(text) or _slow(text)


def _from_epoch(seconds: float) -> datetime | None:
    if seconds > _MILLIS:
        seconds /= 1000
    try:
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _fast(text: str) -> date | datetime | None:
    if _ISO_DAY.match(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            return None
    if text[:4].isascii() and text[:4].isdigit() and len(text) > 10:
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            pass
    match = _NUMERIC.match(text)
    if match:
        first, second, year = (int(g) for g in match.groups())
        for day, month in ((first, second), (second, first)):
            try:
                return date(year, month, day)
            except ValueError:
                continue
        return None
    if text.isascii() and text.isdigit() and len(text) >= 9:
        return _from_epoch(float(text))
    if "," in text or text[:3].isalpha():
        try:
            return parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            pass
    return None


def _slow(text: str) -> date | datetime | None:
    # Imported here: dateparser takes a while to import and most inputs never need it.
    import dateparser

    parsed = dateparser.parse(
        text,
        languages=["es", "en"],
        # Only absolute, complete dates: "ayer" or "12 de marzo" would depend on today.
        settings={
            "DATE_ORDER": "DMY",
            "PARSERS": ["custom-formats", "absolute-time"],
            "REQUIRE_PARTS": ["day", "month", "year"],
        },
    )
    if parsed is None:
        return None
    if not _HAS_TIME.search(text) and parsed.time() == datetime.min.time():
        return parsed.date()
    return parsed
