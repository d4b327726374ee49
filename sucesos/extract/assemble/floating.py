"""Reports with no publication date: the days they name without a year.

With no publication date (nor a stamp standing for one) the dates stage keeps only the
mentions that carry their own year: "Friday", "ayer", "On April 1", "En enero" are not
found, so nothing dates a recalled happening before the news. Yet such a report still says
which is which: it dates its news by a near day ("were killed Monday", "el ataque ocurrió
el sábado") and what it recalls by a month ("In January, drivers staged strikes", "On April
1, the consulate issued an alert", "a finales de junio"). English news style names a day of
the last week by its weekday and an older one by its month and day; Spanish reports often
name a recent day by its date too ("el pasado 10 de mayo"), so there only a month alone
dates an earlier happening. Past the lead that dates the news by a near day, a sentence
dated only so tells an earlier happening, unless it sets itself by the news ("Mientras
tanto…", "Meanwhile…") or names the current month or a span up to now ("este mes de
junio", "since March").

A month the report names as past ("a finales de octubre pasado", "el 31 de octubre pasado")
lies before the report's own month whatever its day: past the first sentence that tells an
act, what it dates is an earlier happening, with or without a near day in the lead.

An archive may stamp such a report with its month alone ("date 2022-05"): no day to resolve
"ayer" against, but enough to tell that "en marzo de 2020" lies well before the news.

The dates such a report tells with their year compare with nothing, yet they too say which
is which: the report was written no earlier than the latest of them, and past a lead dated
by a weekday, English tells an earlier happening by its month and year ("In February, 2012,
…") or by a date whose weekday is far from the lead's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from sucesos.extract.assemble.nights import part_of_day
from sucesos.extract.assemble.reporting import reporting_dates
from sucesos.extract.assemble.when import opens_as_sequel
from sucesos.extract.dates import DateMatch, find_dates, is_historical
from sucesos.extract.dates.match import period_end
from sucesos.extract.lexicon import PhraseMatcher, load_data

if TYPE_CHECKING:
    from sucesos.extract.assemble.draft import Found
    from sucesos.extract.pipeline import Doc

# Any day serves to find the mentions: their values are never used, only what they name.
_ANCHOR = date(2000, 12, 31)
# The rules (`sucesos.extract.dates.scan`) of a mention that names a month, with or without
# its day ("On April 1", "in early May", "el 25 de junio"), and of one that names a near day
# ("Friday", "ayer", "this weekend", "hoy").
_MONTH_RULES = frozenset({"day_month", "month"})
_MONTH_ALONE = frozenset({"month"})
_NEAR_RULES = frozenset({"weekday", "relative"})
# The rules of a mention that names one day the same way wherever it is told: a weekday, or
# a month's day ("el lunes", "On April 1"; not "ayer", told from the report's day).
_DAY_RULES = frozenset({"weekday", "day_month"})
# The near day dates the news when told in the headline or in one of the first sentences
# that tell an act.
_LEAD_ACTS = 2
# An archive's stamp of a month alone, opening the text ("date 2022-05 …").
_MONTH_STAMP = re.compile(r"\s*date:?\s+(\d{4})-(\d{2})(?![\d-])")


@cache
def _current_words() -> PhraseMatcher[str]:
    words = load_data("lexicon/cues.toml")["background"]["floating_current"]
    return PhraseMatcher((w, "current") for w in words)


# A word of the current month or of a span up to now stands this many characters before
# the month's name at most ("este mes de enero", "desde el pasado mes de mayo").
_CURRENT_REACH = 16


def _current(doc: Doc, d: DateMatch, sentence_start: int) -> bool:
    """Whether month mention `d` names the current month or the start of a span up to now
    (the words before it within its own sentence: "…este jueves. En marzo…" names no
    current month)."""
    reach = max(sentence_start, d.start - _CURRENT_REACH)
    return bool(_current_words().find(doc.folded, reach, d.end))


# The rules of a mention counted back from the report's day ("la semana pasada", "last
# month", "hace dos semanas", "el año pasado").
_COUNTED_RULES = frozenset({"relative", "ago"})
_SATURDAY = 5


def _earlier_period(d: DateMatch) -> bool:
    """Whether `d` names a whole week, month or year before the report's own ("la semana
    pasada", "last month", "hace dos semanas", "el año pasado"), not a weekend, which a
    round-up's news may be ("el fin de semana pasado")."""
    return (
        not d.future
        and d.rule in _COUNTED_RULES
        and d.precision in ("week", "month", "year")
        and period_end(d) < _ANCHOR
        and not (d.precision == "week" and d.value.weekday() == _SATURDAY)
    )


@cache
def _weekdays() -> dict[str, int]:
    """Each weekday's folded name, Spanish and English → its number (Monday 0)."""
    data = load_data("lexicon/dates.toml")
    return {w: k for lang in ("es", "en") for k, w in enumerate(data[lang]["weekdays"])}


def weekday_named(doc: Doc, d: DateMatch) -> int | None:
    """The weekday (Monday 0) mention `d` names ("el viernes 26 de junio"), else None."""
    for w in doc.folded[d.start : d.end].split():
        day = _weekdays().get(w.strip(",."))
        if day is not None:
            return day
    return None


def _names_weekday(doc: Doc, d: DateMatch) -> bool:
    return weekday_named(doc, d) is not None


def _near(doc: Doc, d: DateMatch) -> bool:
    """Whether `d` names a day near the report: a weekday, "ayer", "hoy", "this weekend",
    or a month's day told with its weekday ("el viernes 8 de diciembre")."""
    return (
        not d.future
        and not _earlier_period(d)
        and (d.rule in _NEAR_RULES or (d.rule == "day_month" and _names_weekday(doc, d)))
    )


@cache
def _past_words() -> frozenset[str]:
    return frozenset(load_data("lexicon/dates.toml")["es"]["past_words"])


def _past_month(doc: Doc, d: DateMatch) -> bool:
    """Whether `d` names a month, or a day of it, as past by a word after the month ("a
    finales de octubre pasado", "el 31 de octubre pasado", "en septiembre anterior"): a month
    before the report's own, whatever day the report was written."""
    words = doc.folded[d.start : d.end].split()
    return d.rule in _MONTH_RULES and bool(words) and words[-1].strip(",.") in _past_words()


def _latest_told(found: Found) -> date | None:
    """The last day of the latest day or month an undated report names with its year (a
    year alone, "in 2023", may be a report's or a plan's): the report was written no
    earlier, so a date well before it lies before the news."""
    ends = [
        period_end(d)
        for dates in found.dates
        for d in dates
        if d.year_explicit and not d.future and d.precision in ("day", "month")
    ]
    return max(ends, default=None)


@dataclass(frozen=True)
class FloatingDays:
    """The year-less mentions of an undated report, by sentence, from which sentence on
    the news is dated by a near day (None: it is not), and the first day of the month an
    archive stamped it with, if it did."""

    by_sentence: list[list[DateMatch]]
    news_from: int | None
    stamped_month: date | None
    first_act: int | None = None  # the first sentence past the headline that tells an act
    latest: date | None = None  # the latest day or month the report names with its year
    latest_at: int | None = None  # the sentence that first names it

    @classmethod
    def of(cls, doc: Doc, found: Found) -> FloatingDays | None:
        """The report's year-less mentions; None when it has a publication date."""
        if doc.published is not None:
            return None
        mentions = find_dates(doc.text, _ANCHOR, doc.language, folded=doc.folded)
        by_sentence: list[list[DateMatch]] = [[] for _ in doc.sentences]
        k = 0
        for d in mentions:
            if d.year_explicit:
                continue
            while k + 1 < len(doc.sentences) and doc.sentences[k + 1].start <= d.start:
                k += 1
            by_sentence[k].append(d)
        news_from = None
        acts = 0
        first_act = next(
            (s.index for s in doc.sentences if found.triggers[s.index] and not s.is_headline),
            None,
        )
        for sentence in doc.sentences:
            i = sentence.index
            if any(_near(doc, d) for d in by_sentence[i]):
                news_from = i
                break
            if found.triggers[i] and not sentence.is_headline:
                acts += 1
                if acts >= _LEAD_ACTS:
                    break
        stamp = _MONTH_STAMP.match(doc.text)
        month = None
        if stamp is not None and 1 <= int(stamp.group(2)) <= 12:
            month = date(int(stamp.group(1)), int(stamp.group(2)), 1)
        latest = _latest_told(found)
        latest_at = next(
            (
                k
                for k, dates in enumerate(found.dates)
                if any(d.year_explicit and period_end(d) == latest for d in dates)
            ),
            None,
        )
        return cls(by_sentence, news_from, month, first_act, latest, latest_at)

    def name_days(self, doc: Doc, found: Found) -> None:
        """Tell `found` the weekdays and months' days each sentence names with no year (the
        days an account of one day names, `Found.loose`), less those of the future or of
        whole periods and those that date a source's words ("dijo el lunes"), with the part
        of the day told with each ("la noche del domingo")."""
        found.loose = []
        for s in doc.sentences:
            days = [
                d
                for d in self.by_sentence[s.index]
                if d.precision == "day" and not d.future and d.rule in _DAY_RULES
            ]
            talk = reporting_dates(doc, s.start, days, found.triggers[s.index])
            found.loose.append([d for d in days if d.start not in talk])
            for d in found.loose[-1]:
                day = weekday_named(doc, d)
                if day is not None:
                    found.loose_weekdays[d.start] = day
                part = part_of_day(doc.folded, d, s.start, s.end)
                if part:
                    found.day_parts[d.start] = part

    def recalled(self, doc: Doc, found: Found, i: int) -> bool:
        """Whether sentence `i`, past the sentence whose near day dates the news, is dated
        only by months ("On April 1, the consulate issued an alert", "En enero, los
        transportistas hicieron un paro"), or, in English, by months or days told with their
        year (`_older_than_lead`), or, in a report an archive stamped with its month, only by
        dates well before it ("En marzo de 2020 fue asesinada…" stamped "date 2022-05"), or,
        past the first act, only by dates well before the latest day the report names with
        its year: an earlier happening the report recalls."""
        dated = [d for d in found.dates[i] if not d.future]
        if dated:
            # a date with its year: before the news only if well before the stamp's month,
            # or, past the first act, well before the latest day the report names ("On
            # March 3, 2017, she was shot…" in a report that names a day of 2019)
            month = self.stamped_month
            if month is not None:
                return all(is_historical(d, month) for d in dated)
            latest = self.latest
            if (
                latest is not None
                and self.first_act is not None
                and i > self.first_act
                and all(is_historical(d, latest) for d in dated)
            ):
                return True
            return self._older_than_lead(doc, i, dated)
        if doc.sentences[i].is_headline or opens_as_sequel(doc, i):
            return False  # "Mientras tanto, el 10 de mayo…", "Meanwhile, on May 10…": now
        own = [d for d in self.by_sentence[i] if not d.future]
        if (
            own
            and self.first_act is not None
            and i > self.first_act
            and all(_past_month(doc, d) for d in own)
        ):
            # "Un motín dejó tres muertos. A finales de agosto pasado murieron cinco
            # internos…": past the lead, a month the report names as past is an earlier one's
            return True
        if own and self._months_before_latest(doc, i, own):
            # "On February 5, 2024, four drivers were shot… In late January, drivers went
            # on strike": a month before the latest one the report names with its year,
            # told after it, is an earlier one's
            return True
        if self.news_from is None or i <= self.news_from:
            return False
        rules = _MONTH_RULES if (doc.language or "").startswith("en") else _MONTH_ALONE
        start = doc.sentences[i].start
        return bool(own) and all(
            _earlier_period(d)
            or (d.rule in rules and not _near(doc, d) and not _current(doc, d, start))
            for d in own
        )

    def _months_before_latest(self, doc: Doc, i: int, own: list[DateMatch]) -> bool:
        """Whether sentence `i`, past the one that names the latest day or month the report
        names with its year ("On February 5, 2024, …"), is dated only by months with no day
        nor year ("In late January", "en enero") before that month, none of them the current
        month or a span up to now ("since January"): the report was written no earlier than
        that day, so such a month is over and tells an earlier happening (a later month's
        name may be a plan's, or a year's before: left as it was)."""
        latest = self.latest
        if latest is None or self.latest_at is None or i <= self.latest_at:
            return False
        start = doc.sentences[i].start
        return all(
            d.rule in _MONTH_ALONE
            and d.precision == "month"
            and d.value.month < latest.month
            and not _current(doc, d, start)
            for d in own
        )

    def _older_than_lead(self, doc: Doc, i: int, dated: list[DateMatch]) -> bool:
        """Whether English sentence `i`, past the sentence whose near day dates the news, is
        dated only by months or days told with their year and no weekday ("In February,
        2012, the prison saw three stabbings", "eight bodies in September 2023"): English
        news names a day of its week by its weekday, so such a date is an earlier one's,
        unless a day's weekday is the lead's or next to it ("on Tuesday night" and "on June
        24, 2025": the news told again) or the lead names no weekday to tell. Spanish names
        a recent day by its date too: no such rule."""
        if (
            self.news_from is None
            or i <= self.news_from
            or not (doc.language or "").startswith("en")
            or opens_as_sequel(doc, i)
        ):
            return False
        lead = [weekday_named(doc, m) for m in self.by_sentence[self.news_from]]
        weekdays = [w for w in lead if w is not None]
        start = doc.sentences[i].start
        return all(
            d.precision in ("day", "month")
            and not _names_weekday(doc, d)
            and not _current(doc, d, start)
            and (
                d.precision == "month"
                or (
                    bool(weekdays)
                    and all((d.value.weekday() - w) % 7 not in (0, 1, 6) for w in weekdays)
                )
            )
            for d in dated
        )
