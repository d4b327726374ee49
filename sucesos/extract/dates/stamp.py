"""The date a report is stamped with, printed before its text: an archive stamp ("date
2026-01-06 Cinco jóvenes…"), a dateline ("CHILPANCINGO, Gro., 23 de septiembre de 2016.-
Luego del ataque…") or a date glued to the first words ("March 3, 2021Gunmen killed…").

It dates the report, not what the report tells: it stands for the publication date when the
article has none, and is never an event's date (the events' own words, else the lead's,
date them).
"""

from __future__ import annotations

import re

from sucesos.extract.dates.match import DateMatch

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
