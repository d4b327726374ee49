"""The date a report is stamped with, printed before its text: an archive stamp ("date
2026-01-06 Cinco jóvenes…"), a dateline ("CHILPANCINGO, Gro., 23 de septiembre de 2016.-
Luego del ataque…") or a date glued to the first words ("March 3, 2021Gunmen killed…").

It dates the report, not what the report tells: it stands for the publication date when the
article has none, and is never an event's date (the events' own words, else the lead's,
date them).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from sucesos.extract.dates.match import DateMatch
from sucesos.extract.dates.periods import add_months, safe_date

# What may stand before a stamp: nothing, the word "date", or a dateline's place ("CULIACÁN,
# Sin.,"; in ordinary case, its names each followed by a comma: "Salamanca/Irapuato,
# Guanajuato,", "Ciudad de México,").
_NAME = r"[A-ZÁÉÍÓÚÑÜ][\w.'’-]*"
_BEFORE = re.compile(
    r"\s*(?:date:?\s+)?"
    r"(?:[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ .'’-]{2,40}(?:,\s*[A-Z][\w.]{1,14}\.?)?,?\s*"
    rf"|(?:{_NAME}(?:(?: |/|-| de | del | la | el ){_NAME}){{0,4}},\s*){{1,2}})?"
)
# What follows a dateline's date: ".-", "—", "–" (after the agency that filed it, "(EFE).-");
# or the first word, glued to it.
_DASH = re.compile(r"(?:\s*\([^()\n]{1,40}\))?\.?\s*[-—–]{1,2}")
_AFTER = re.compile(_DASH.pattern + r"|[A-ZÁÉÍÓÚÑ¿¡\"“]")
STAMP_REACH = 400  # a stamp ends within this many characters of the text


def stamp_of(text: str, dates: list[DateMatch]) -> DateMatch | None:
    """The first date of `dates` (sorted by start) if it is the text's stamp: a full date
    (day, month and year) near the start of the text that opens a line, after nothing but
    the word "date" or a dateline's place, and is followed by a dateline's dash or glued to
    the first word; or a dateline's day and month with no year, followed by its dash."""
    if not dates:
        return None
    first = dates[0]
    if first.end > STAMP_REACH or first.precision != "day":
        return None
    line = text.rfind("\n", 0, first.start) + 1  # a stamp opens a line (a headline may precede)
    if _BEFORE.fullmatch(text, line, first.start) is None:
        return None
    archive = is_archive_stamp(text, first)
    if not first.year_explicit:
        # a dateline may leave out the year ("VERACRUZ, 29 de agosto (EFE).-"): then only
        # its dash says it is one
        return first if not archive and _DASH.match(text, first.end) else None
    if archive or _AFTER.match(text, first.end):
        return first
    return None


def is_archive_stamp(text: str, stamp: DateMatch) -> bool:
    """Whether a stamp is an archive's ("date 2026-01-06 …"): the day a page was stored,
    not a dateline's day of filing."""
    line = text.rfind("\n", 0, stamp.start) + 1
    return text[line : stamp.start].strip().lower().startswith("date")


# A page address's date: "/2024/02/", "/2024/02/05/" (year and month, and maybe the day).
_ADDRESS_DATE = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(?:(0?[1-9]|[12]\d|3[01])/)?")


def address_day(url: str | None) -> date | None:
    """The day a page's address dates it to ("…/2024/02/05/…"), or the last day of the month
    it gives ("…/2024/02/slug"): when the page has no publication date, the years of the
    months and days it tells without one come from it."""
    m = _ADDRESS_DATE.search(url or "")
    if m is None:
        return None
    year, month = int(m[1]), int(m[2])
    if m[3]:
        return safe_date(year, month, int(m[3]))
    return add_months(date(year, month, 1), 1) - timedelta(days=1)
