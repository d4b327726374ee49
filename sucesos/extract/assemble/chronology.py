"""A dated list of earlier incidents: the lines of a chronology told after the news.

Local crime pages often close with the month's incidents so far, one headline a line, each
opened by its day ("Hasta el momento suman once homicidios en marzo: / 02 de marzo. Matan a
un conductor en la colonia Centro. / 05 de marzo. Pistoleros irrumpen en una vivienda…").
Each line is an incident of its own day, told before the article's news: background, even
when its day falls within the week of the news, which alone would not make it so. A line
that opens with a day is a list item only when another line of the text does too; a lone
dated line is a dateline or a lead, never a chronology.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc

# What ends an item's day before its headline: "05 de marzo. Matan…", "5 de marzo - …".
_ITEM_MARK = re.compile(r"[ \t]*[.:\-–—]")
# Lines opened by a day it takes to make a list.
_LIST_MINIMUM = 2


def _line_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def chronology_days(doc: Doc) -> dict[int, date]:
    """Sentence index → the day of the chronology line the sentence tells (the headline of a
    line opened by its day, as in "12 de marzo. Joven mujer es asesinada en una boutique"),
    for the sentences of a list of two such lines or more. Empty when the text has none."""
    text = doc.text
    days: dict[int, date] = {}
    for d in doc.dates:
        start = _line_start(text, d.start)
        if (
            d.precision == "day"
            and not text[start : d.start].strip()
            and _ITEM_MARK.match(text, d.end)
        ):
            days.setdefault(start, d.value)
    if len(days) < _LIST_MINIMUM:
        return {}
    return {
        s.index: days[start] for s in doc.sentences if (start := _line_start(text, s.start)) in days
    }


def listed_before(item_day: date | None, news: date | None) -> bool:
    """Whether a chronology line of `item_day` tells an incident before the news day."""
    return item_day is not None and news is not None and item_day < news
