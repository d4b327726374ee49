"""The date finder: one automaton pass over anchor words and digits dispatches to the rule
for each kind of mention, which turns a regex match into a `DateMatch` or rejects it."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from sucesos.extract.dates.context import ScanContext
from sucesos.extract.dates.match import DateMatch, Precision
from sucesos.extract.dates.periods import (
    add_months,
    last_holiday,
    latest_saturday,
    month_start,
    safe_date,
    two_digit_year,
    year_for,
    year_offset,
)
from sucesos.extract.dates.rules import (
    EN_ABBREVIATIONS,
    ISO_DATE,
    NUMERIC_DATE,
    YEAR_RANGE_PREFIX,
)

# How far before an anchored day ("la víspera", "the previous day") the day it counts from
# may be named, in characters: the same or the previous sentence.
ANCHOR_REACH = 300


class Scan(ScanContext):
    """Finds every candidate mention of one language in one text (`run`)."""

    # dispatch

    def run(self) -> list[DateMatch]:
        """All candidate mentions, found from anchor words and digits in one automaton pass."""
        f = self.f
        size = len(f)
        handlers: dict[str, Callable[[int, int], None]] = {
            "digit": self.on_digit,
            "day": self.on_digit,
            "month": self.on_month,
            "weekday": self.on_weekday,
            "rel": self.on_relative,
            "hace": self.on_hace,
            "back": self.on_back,
        }
        for last, (kind, length) in self.r.automaton.iter(f):
            start = last - length + 1
            end = last + 1
            if kind == "digit":
                if start > 0 and f[start - 1].isdigit():
                    continue
            elif (start > 0 and f[start - 1].isalnum()) or (end < size and f[end].isalnum()):
                continue
            handlers[kind](start, end)
        return self.out

    def add(self, found: DateMatch | None) -> None:
        if found is not None:
            self.out.append(found)

    def on_digit(self, start: int, end: int) -> None:
        f = self.f
        stop = start
        while stop < len(f) and f[stop].isdigit():
            stop += 1
        digits = stop - start
        r = self.r
        if digits == 4:
            m = ISO_DATE.match(f, start)
            if m:
                self.add(self.iso(m))
            m = r.year.match(f, start)
            if m:
                self.add(self.year(m))
        elif digits <= 2:
            m = NUMERIC_DATE.match(f, start)
            if m:
                self.add(self.numeric(m))
            m = r.day_month.match(f, start)
            if m:
                self.add(self.day_month(m))
            elif r.day_only is not None and r.day_only_prefix is not None:
                m = r.day_only.match(f, start)
                window = self.window(start)
                prefix = r.day_only_prefix.search(window) if m else None
                if m and prefix:
                    begin = start - (len(window) - prefix.start())
                    self.add(self.day_only(m, begin, prefix.groupdict().get("pre")))

    def on_month(self, start: int, end: int) -> None:
        r = self.r
        if r.month_day is not None:
            m = r.month_day.match(self.f, start)
            if m:
                self.add(self.day_month(m))
        m = r.month.match(self.f, start)
        if m:
            self.add(self.month(m))

    def on_weekday(self, start: int, end: int) -> None:
        m = self.r.weekday.match(self.f, start)
        if m:
            self.add(self.weekday(m))

    def on_relative(self, start: int, end: int) -> None:
        m = self.r.relative_re.match(self.f, start)
        if m:
            self.add(self.relative(m))

    def on_hace(self, start: int, end: int) -> None:
        if self.r.ago is None:
            return
        m = self.r.ago.match(self.f, start)
        if m:
            self.add(self.ago(m.start(), m.end(), m["n"], m["unit"]))

    def on_back(self, start: int, end: int) -> None:
        window = self.window(start)
        m = self.r.back.search(window)
        if m:
            unit = self.f[start:end].split()[0]
            self.add(self.ago(start - (len(window) - m.start()), end, m["n"], unit))

    # rules: each turns one regex match into a DateMatch, or None when it is not a date

    def iso(self, m: re.Match[str]) -> DateMatch | None:
        year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
        value = safe_date(year, month, day)
        if value is None or not self.year_ok(year):
            return None
        return self.make(
            m.start(), m.end(), value, "day", relative=False, year_explicit=True, rule="iso"
        )

    def numeric(self, m: re.Match[str]) -> DateMatch | None:
        a, b, y = int(m["a"]), int(m["b"]), m["y"]
        year = int(y) if len(y) == 4 else two_digit_year(int(y), self.pub)
        day, month = (a, b) if self.r.lang == "es" or a > 12 else (b, a)
        value = safe_date(year, month, day)
        if value is None or not self.year_ok(year):
            return None
        return self.make(
            m.start(), m.end(), value, "day", relative=False, year_explicit=True, rule="numeric"
        )

    def day_month(self, m: re.Match[str]) -> DateMatch | None:
        r = self.r
        day_text = m["day"]
        day = 1 if day_text == "primero" else int(day_text.rstrip("oer"))
        month = r.months[" ".join(m["mon"].split())]
        mon_start = m.start("mon")
        year_text = m["year"]
        year_rel = m.groupdict().get("yrel")
        window = self.window(m.start())
        prefix = r.date_prefix.search(window)
        det = prefix["det"] if prefix else None
        pre = prefix["pre"] if prefix else None
        weekday_word = prefix["wd"] if prefix else None
        start = m.start() - (len(window) - prefix.start()) if prefix else m.start()
        if r.lang == "es":
            if not (det or pre or year_text):
                if r.place_adjacent and r.place_adjacent.search(window):
                    return None
                if r.place_prefix and r.place_prefix.search(window):
                    return None
                if self.is_capitalized(mon_start):
                    return None
        else:
            mon_word = m["mon"]
            if m.re is not r.month_day and not year_text:
                if not m["of"] and not self.text[mon_start].isupper():
                    return None
                if mon_word in ("may", "march", "mar") and r.modal_after is not None:
                    if r.modal_after.match(self.f, m.end()):
                        return None
                    if r.quantity_prefix.search(window):
                        return None
        weekday = r.weekdays[weekday_word] if weekday_word else None
        mode = self.mode(pre, m.groupdict().get("post"))
        year_explicit = False
        if year_text:
            year = int(year_text)
            if not self.year_ok(year):
                return None
            value = safe_date(year, month, day)
            year_explicit = True
        elif year_rel:
            if self.year_base is None:
                return None
            value = safe_date(self.year_base.year + year_offset(year_rel), month, day)
        else:
            if self.year_base is None:
                return None
            if mode is None and self.future_signal(start, m.end()):
                mode = "future"  # "ahead of the June 2 elections": the coming June 2
            value = year_for(month, day, self.year_base, mode, weekday)
        if value is None:
            return None
        value_end = None
        if m["day2"]:
            end_day = safe_date(value.year, value.month, int(m["day2"]))
            if end_day is None or end_day <= value:
                return None
            value_end = end_day
        return self.make(
            start, m.end(), value, "day", relative=not year_explicit,
            year_explicit=year_explicit, rule="day_month", value_end=value_end,
        )  # fmt: skip

    def month(self, m: re.Match[str]) -> DateMatch | None:
        r = self.r
        month = r.months[m["mon"]]
        year_text = m["year"]
        year_rel = m.groupdict().get("yrel")
        post = m.groupdict().get("post")
        window = self.window(m.start())
        prefix = r.month_prefix.search(window)
        mon_word = m["mon"]
        if r.lang == "en" and not year_text:
            dotted = self.f.startswith(".", m.end("mon"))
            if mon_word in EN_ABBREVIATIONS and not dotted:
                return None  # "mar", "jan" and friends only as "Mar." or with a year
            lower = self.text[m.start()].islower()
            if mon_word in ("may", "march") and lower and not self.line_lowercase(m.start()):
                return None  # "this may lead to", "a march"
        if not (year_text or year_rel or post or prefix):
            return None
        if (
            r.lang == "es"
            and not year_text
            and self.is_capitalized(m.start())
            and self.next_word_capitalized(m.end())
        ):
            return None  # "en Mayo Zambada"
        start = m.start() - (len(window) - prefix.start()) if prefix else m.start()
        if year_text:
            year = int(year_text)
            if not self.year_ok(year):
                return None
            value = date(year, month, 1)
            relative = False
        else:
            if self.year_base is None:
                return None
            relative = True
            if year_rel:
                value = date(self.year_base.year + year_offset(year_rel), month, 1)
            else:
                prefix_words = prefix.group().split() if prefix else []
                value = month_start(month, self.year_base, self.mode(post, *prefix_words))
        return self.make(
            start, m.end(), value, "month", relative=relative,
            year_explicit=bool(year_text), rule="month",
        )  # fmt: skip

    def day_only(self, m: re.Match[str], start: int, pre: str | None) -> DateMatch | None:
        """A day of the month named by its number alone ("el día 10", "el pasado día 3"): of
        the month of the nearest date told before it within `ANCHOR_REACH` characters (a
        chronology: "El 4 de enero … El día 10 …"; the next month when the day is lower than
        that date's and the next month has begun), else of the latest month whose day it is
        on or before publication (the next when "próximo" or the verb says the future)."""
        text = m["day"]
        day = 1 if text == "primero" else int(text)
        pub = self.pub
        value: date | None = None
        for d in reversed(self.out):
            if d.end > start:
                continue
            if start - d.end > ANCHOR_REACH:
                break
            if d.future or d.precision not in ("day", "month"):
                continue
            value = safe_date(d.value.year, d.value.month, day)
            if value is not None and d.precision == "day" and day < d.value.day:
                first = add_months(d.value.replace(day=1), 1)
                later = safe_date(first.year, first.month, day)
                if later is not None and (pub is None or later <= pub):
                    value = later
            break
        if value is None and pub is not None:
            future = self.mode(pre) == "future" or self.future_signal(start, m.end())
            value = safe_date(pub.year, pub.month, day)
            if future and (value is None or value <= pub):
                first = add_months(pub.replace(day=1), 1)
                value = safe_date(first.year, first.month, day)
            elif not future and (value is None or value > pub):
                first = add_months(pub.replace(day=1), -1)
                value = safe_date(first.year, first.month, day)
        if value is None:
            return None
        return self.make(
            start, m.end(), value, "day", relative=True, year_explicit=False, rule="day_only"
        )

    def weekday(self, m: re.Match[str]) -> DateMatch | None:
        r = self.r
        pub = self.pub
        if pub is None:
            return None
        window = self.window(m.start())
        prefix = r.weekday_prefix.search(window)
        det = prefix["det"] if prefix else None
        pre = prefix["pre"] if prefix else None
        tod = prefix["tod"] if prefix else None
        post = m.groupdict().get("post")
        if r.lang == "es":
            if not (det or pre or tod or post):
                return None  # "Santo Domingo", "Domingo Pérez"
            if self.is_capitalized(m.start()) and self.next_word_capitalized(m.end()):
                return None  # "el Domingo Pérez"
        else:
            if r.weekday_block_before and r.weekday_block_before.search(window):
                return None
            if r.weekday_block_after and r.weekday_block_after.match(self.f, m.end()):
                return None
        start = m.start() - (len(window) - prefix.start()) if prefix else m.start()
        weekday = r.weekdays[m["wd"]]
        mode = self.mode(pre, post)
        if mode is None and self.future_signal(start, m.end()):
            mode = "soon"
        back = (pub.weekday() - weekday) % 7
        ahead = (weekday - pub.weekday()) % 7
        if mode == "past":
            value = pub - timedelta(days=back or 7)
        elif mode == "future":
            value = pub + timedelta(days=ahead or 7)
        elif mode == "soon":
            value = pub + timedelta(days=ahead)
        else:
            value = pub - timedelta(days=back)
        return self.make(
            start, m.end(), value, "day", relative=True, year_explicit=False, rule="weekday"
        )

    def relative(self, m: re.Match[str]) -> DateMatch | None:
        r = self.r
        pub = self.pub
        if pub is None:
            return None
        phrase = " ".join(m["rel"].split())
        blocked = r.relative_blocked.search(self.f, max(0, m.start() - 25), m.end() + 15)
        if blocked and blocked.start() < m.end() and m.start() < blocked.end():
            return None
        unit, offset = r.relative[phrase]
        if unit == "anchor":
            return self.anchored(m, offset)
        start = m.start()
        window = self.window(start)
        tod = r.tod_prefix.search(window)
        if tod:
            start -= len(window) - tod.start()
        precision: Precision
        if unit == "day":
            value, precision = pub + timedelta(days=offset), "day"
        elif unit == "week":
            monday = pub - timedelta(days=pub.weekday())
            value, precision = monday + timedelta(weeks=offset), "week"
        elif unit == "weekend":
            saturday = latest_saturday(pub)
            if offset < 0 and pub.weekday() >= 5:
                saturday -= timedelta(days=7)
            elif offset == 0 and pub.weekday() < 5 and self.future_signal(start, m.end()):
                saturday += timedelta(days=7)
            value, precision = saturday, "week"
        elif unit == "month":
            value, precision = add_months(pub.replace(day=1), offset), "month"
        elif unit == "holiday":
            value, precision = last_holiday(pub, *divmod(offset, 100)), "day"
            if value < pub and self.future_signal(start, m.end()):
                value = value.replace(year=value.year + 1)  # "se reforzará en Nochebuena"
        else:
            value, precision = date(pub.year + offset, 1, 1), "year"
        return self.make(
            start, m.end(), value, precision, relative=True, year_explicit=False, rule="relative"
        )

    def anchored(self, m: re.Match[str], offset: int) -> DateMatch | None:
        """A day told from another ("la víspera", "al día siguiente", "the previous day"):
        `offset` days from the nearest mention before it within `ANCHOR_REACH` characters
        (the day a source spoke, the day of the account before), else from the publication
        day; a coarser nearest mention (a month, a year) gives its own period. None when a
        word after it makes it date another thing ("the day before the vote")."""
        pub = self.pub
        if pub is None or self.r.anchor_blocked.match(self.f, m.end("rel")):
            return None
        base = pub
        for d in reversed(self.out):
            if d.end <= m.start() and m.start() - d.end <= ANCHOR_REACH:
                if d.future:
                    continue
                if d.precision != "day":
                    # "…took her away in February. The following day…": a day of that
                    # month, no more precise than it
                    return self.make(
                        m.start(), m.end(), d.value, d.precision,
                        relative=True, year_explicit=False, rule="anchored",
                    )  # fmt: skip
                base = d.value
                break
            elif d.end <= m.start():
                break
        return self.make(
            m.start(), m.end(), base + timedelta(days=offset), "day",
            relative=True, year_explicit=False, rule="anchored",
        )  # fmt: skip

    def ago(self, start: int, end: int, n_text: str, unit_word: str) -> DateMatch | None:
        r = self.r
        pub = self.pub
        if pub is None:
            return None
        n_key = " ".join(n_text.split())
        if n_key.isdigit():
            n = int(n_key)
        elif n_key in ("un par de", "a couple of"):
            n = 2
        else:
            n = r.numbers[n_key]
        unit = r.units[unit_word]
        precision: Precision
        if unit == "hour":
            value, precision = pub - timedelta(days=n // 24), "day"
        elif unit == "day":
            value, precision = pub - timedelta(days=n), "day"
        elif unit == "week":
            # a week mention gives the Monday of its week, as everywhere else
            day = pub - timedelta(weeks=n)
            value, precision = day - timedelta(days=day.weekday()), "week"
        elif unit == "month":
            value, precision = add_months(pub.replace(day=1), -n), "month"
        else:
            value, precision = date(pub.year - n, 1, 1), "year"
        if value.year < 1900:
            return None
        return self.make(
            start, end, value, precision, relative=True, year_explicit=False, rule="ago"
        )

    def year(self, m: re.Match[str]) -> DateMatch | None:
        r = self.r
        year = int(m["year"])
        if not self.year_ok(year):
            return None
        window = self.window(m.start())
        span = YEAR_RANGE_PREFIX.search(window)
        prefix = span or r.year_prefix.search(window)
        if not prefix or r.quantity_prefix.search(window):
            return None
        if r.count_after.match(self.f, m.end()):
            return None  # "de 2020 elementos"
        start = m.start() - (len(window) - prefix.start())
        value, value_end = date(year, 1, 1), None
        if span:
            first = int(span["first"])
            if not (self.year_ok(first) and first < year):
                return None
            value, value_end = date(first, 1, 1), date(year, 12, 31)
        return self.make(
            start, m.end(), value, "year", relative=False, year_explicit=True,
            rule="year", value_end=value_end,
        )  # fmt: skip
