"""Date mentions in Spanish and English news text, resolved to calendar dates.

`find_dates(text, published)` finds phrases such as "la madrugada de este sábado",
"el pasado 3 de mayo", "hace tres días", "en 2014", "last Sunday" or "May 3, 2024" and
resolves each against the publication date. The rules are regular expressions compiled
once from `sucesos/data/lexicon/dates.toml`; every pattern is anchored on a required word or
digit and has no nested repetition, so the cost stays linear in the text length (well
under a millisecond for a 1,000-word article). Words before a match (determiners, "pasado",
"la noche del", street words) are read from a short window with small end-anchored
patterns instead of being part of the main expressions, which keeps those fast.

Conventions: week, month and year mentions give the first day of the period (Monday, the
1st, 1 January; a weekend gives its Saturday), not ACLED's midpoint. A bare weekday is the
latest such day on or before publication unless the text signals the future ("próximo",
"next", a future-tense verb nearby), in which case it is the next one and `future` is set.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any, Literal

import ahocorasick

from sucesos.extract.lexicon import load_data
from sucesos.extract.text import fold

Precision = Literal["day", "week", "month", "year"]

LEXICON = "lexicon/dates.toml"
# A day-and-month without a year takes the publication year unless it would then lie more
# than this many days after publication (then it is last year's).
FUTURE_SLACK_DAYS = 31
# Dates ending more than this many days before publication are background (`is_historical`).
HISTORICAL_DAYS = 45
# How far back from a match the prefix patterns look, in characters.
_WINDOW = 48


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


# --- lexicon and compiled rules --------------------------------------------------------


def _alt(words: Iterable[str]) -> str:
    """A regex matching any of the phrases, written as a trie so the engine tries few branches.

    A space in a phrase matches any run of whitespace. Longer phrases are tried first.
    """
    trie: dict[str, Any] = {}
    for word in set(words):
        node = trie
        for ch in " ".join(word.split()):
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict[str, Any]) -> str:
        branches = [
            (r"\s+" if ch == " " else re.escape(ch)) + render(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return "(?:" + render(trie) + ")"


def _tail(words: Iterable[str]) -> re.Pattern[str]:
    """Matches one of `words` (as whole words) ending right before the end of a window."""
    return re.compile(r"(?<![a-z0-9])" + _alt(words) + r"\s*\Z")


_BOUNDARY_CHARS = ".!?;\n"
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
_NEXT_LETTER = re.compile(r"[\s'\"]{1,3}([^\W\d_])")


@dataclass(frozen=True)
class _Rules:
    lang: str
    automaton: Any  # ahocorasick.Automaton: anchor word → (kind, length)
    back: re.Pattern[str]
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    units: dict[str, str]
    past: frozenset[str]
    future: frozenset[str]
    relative: dict[str, tuple[str, int]]
    day_month: re.Pattern[str]
    month_day: re.Pattern[str] | None
    month: re.Pattern[str]
    weekday: re.Pattern[str]
    relative_re: re.Pattern[str]
    ago: re.Pattern[str] | None
    year: re.Pattern[str]
    date_prefix: re.Pattern[str]
    month_prefix: re.Pattern[str]
    weekday_prefix: re.Pattern[str]
    year_prefix: re.Pattern[str]
    quantity_prefix: re.Pattern[str]
    count_after: re.Pattern[str]
    tod_prefix: re.Pattern[str]
    place_prefix: re.Pattern[str] | None
    place_adjacent: re.Pattern[str] | None
    weekday_block_before: re.Pattern[str] | None
    weekday_block_after: re.Pattern[str] | None
    modal_after: re.Pattern[str] | None
    future_context: re.Pattern[str]
    relative_blocked: re.Pattern[str]


_FUTURE_ES = re.compile(
    r"\b(?:\w+(?:ará|erá|irá|arán|erán|irán)|será|serán|habrá|va a|van a|próxim[oa]s?"
    r"|se espera|está previst[oa]|programad[oa]s?)\b",
    re.IGNORECASE,
)
_FUTURE_EN = re.compile(
    r"\b(?:will|won't|'ll|is expected to|are expected to|is scheduled|are scheduled|is set to"
    r"|are set to|plans? to|is due to|are due to|upcoming|coming)\b",
    re.IGNORECASE,
)


@cache
def _rules(lang: str) -> _Rules:
    data: dict[str, Any] = load_data(LEXICON)[lang]
    months = dict(zip(data["months"], data["month_numbers"], strict=True))
    weekdays = {w: i for i, w in enumerate(data["weekdays"])}
    numbers: dict[str, int] = dict(data["numbers"])
    units: dict[str, str] = dict(data["units"])
    past = frozenset(data["past_words"])
    future = frozenset(data["future_words"])
    relative: dict[str, tuple[str, int]] = {}
    for phrase, spec in data["relative"].items():
        unit, offset = spec.split(":")
        relative[" ".join(phrase.split())] = (unit, int(offset))

    month_alt = _alt(months)
    weekday_alt = _alt(weekdays)
    mods = _alt(past | future)
    tod = _alt(data["times_of_day"])
    number_alt = r"(?:\d{1,3}|" + _alt(numbers) + ")"
    unit_alt = _alt(units)

    if lang == "es":
        year_words = (
            r"(?P<yrel>ano\s+pasado|este\s+ano|ano\s+en\s+curso|presente\s+ano|ano\s+anterior"
            r"|ano\s+antepasado)"
        )
        day_month = re.compile(
            r"(?<![\w.,/$#-])(?P<day>\d{1,2}(?:o|ro|ero)?|primero)"
            r"(?:\s*(?:y|al|a|-)\s*(?:el\s+)?(?P<day2>\d{1,2}))?"
            rf"\s+de\s+(?P<mon>{month_alt})\b"
            rf"(?:\s*(?:de|del|,)\s*(?:(?:ano\s+)?(?P<year>\d{{4}})\b|{year_words}))?"
            rf"(?:\s+(?P<post>{mods})\b)?"
        )
        month_day = None
        month = re.compile(
            rf"\b(?P<mon>{month_alt})\b"
            rf"(?:\s*(?:de\s+|del\s+|,\s*)?(?:(?P<year>(?:19|20)\d{{2}})\b|{year_words}))?"
            rf"(?:\s+(?P<post>{mods})\b)?"
        )
        weekday = re.compile(
            rf"\b(?P<wd>{weekday_alt})\b(?:\s+(?P<post>{mods})\b)?"
            rf"(?:\s+(?:por|en|durante|a)\s+la\s+{tod}\b)?"
        )
        relative_re = re.compile(
            rf"\b(?P<rel>{_alt(relative)})\b(?:\s+(?:por|en|durante|a)\s+la\s+{tod}\b)?"
        )
        ago: re.Pattern[str] | None = re.compile(
            r"hace\s+(?:(?:unos|unas|alrededor\s+de|cerca\s+de|mas\s+de|casi|poco\s+mas\s+de)\s+)?"
            rf"(?P<n>un\s+par\s+de|{number_alt})\s+(?P<unit>{unit_alt})\b"
        )
        back_words = [f"{unit} atras" for unit in units]
        back = re.compile(rf"(?<![a-z0-9])(?P<n>un\s+par\s+de|{number_alt})\s+\Z")
        date_prefix = re.compile(
            rf"(?<![a-z0-9])(?:(?:(?:la|las|el|en\s+la|durante\s+la|por\s+la)\s+)?{tod}\s+)?"
            r"(?:(?P<det>el|del|al|este|desde\s+el|hasta\s+el|para\s+el|a\s+partir\s+del"
            r"|durante\s+el|de\s+este)\s+)?"
            rf"(?:(?P<pre>{mods})\s+)?(?:(?P<wd>{weekday_alt})\s*,?\s+)?\Z"
        )
        weekday_prefix = re.compile(
            rf"(?<![a-z0-9])(?:(?:(?:la|las|el|en\s+la|durante\s+la|por\s+la)\s+)?(?P<tod>{tod})"
            r"\s+(?:de\s+|del\s+))?"
            rf"(?:(?P<det>{_alt(data['weekday_determiners'])})\s+)?"
            rf"(?:(?P<pre>{mods})\s+)?\Z"
        )
        tod_prefix = re.compile(
            rf"(?<![a-z0-9])(?:(?:la|las|el|en\s+la|durante\s+la|por\s+la)\s+)?{tod}"
            r"\s+(?:de|del)\s+\Z"
        )
        place_prefix: re.Pattern[str] | None = re.compile(
            r"(?<![a-z0-9])" + _alt(data["place_words"]) + r"\.?(?:\s+[^\s,.;:()\"]+){0,3}\s+\Z"
        )
        place_adjacent: re.Pattern[str] | None = _tail(data["place_words_adjacent"])
        block_before = block_after = modal = None
        future_context = _FUTURE_ES
        relative_blocked = re.compile(
            r"hoy\s+(?:en\s+dia|por\s+hoy|no\s+circula)|(?:hasta|al\s+dia\s+de)\s+(?:el\s+dia\s+de\s+)?hoy"
        )
    else:
        day_month = re.compile(
            r"(?<![\w.,/$#-])(?P<day>\d{1,2})(?:st|nd|rd|th)?"
            r"(?:\s*(?:-|to|and)\s*(?P<day2>\d{1,2})(?:st|nd|rd|th)?)?"
            rf"\s+(?P<of>of\s+)?(?P<mon>{month_alt})\b\.?"
            r"(?:(?:\s*,\s*|\s+)(?P<year>\d{4})\b)?"
        )
        month_day = re.compile(
            rf"\b(?P<mon>{month_alt})\b\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
            r"(?![.,:]\d|%)"
            r"(?:\s*(?:-|to|and)\s*(?P<day2>\d{1,2})(?:st|nd|rd|th)?\b)?"
            r"(?:(?:\s*,\s*|\s+)(?P<year>\d{4})\b)?"
        )
        month = re.compile(
            rf"\b(?P<mon>{month_alt})\b\.?(?:,?\s+(?:of\s+)?(?P<year>(?:19|20)\d{{2}})\b)?"
        )
        weekday = re.compile(rf"\b(?P<wd>{weekday_alt})\b(?P<poss>'s)?(?:\s+(?P<tod>{tod})\b)?")
        relative_re = re.compile(rf"\b(?P<rel>{_alt(relative)})\b(?:\s+{tod}\b)?")
        ago = None
        back_words = [f"{unit} ago" for unit in units]
        back = re.compile(
            r"(?<![a-z0-9])(?:(?:about|around|some|nearly|almost|more\s+than|over)\s+)?"
            rf"(?P<n>a\s+couple\s+of|{number_alt})\s+\Z"
        )
        date_prefix = re.compile(
            r"(?<![a-z0-9])(?:(?P<det>on|since|until|till|by|from|before|after|early|late|of"
            r"|the|this\s+past)\s+)?"
            rf"(?:(?P<pre>{mods})\s+)?(?:(?P<wd>{weekday_alt}),?\s+)?\Z"
        )
        weekday_prefix = re.compile(
            r"(?<![a-z0-9])(?:(?P<tod>early|late)\s+(?:on\s+)?)?"
            r"(?:(?P<det>on|since|until|till|by|from|before|after)\s+)?"
            rf"(?:(?P<pre>{mods})\s+)?\Z"
        )
        tod_prefix = re.compile(r"(?<![a-z0-9])(?:early|late)\s+(?:on\s+)?\Z")
        place_prefix = place_adjacent = None
        block_before = _tail(data["weekday_blockers_before"])
        block_after = re.compile(r"\s+" + _alt(data["weekday_blockers_after"]) + r"\b")
        modal = re.compile(r"\s+" + _alt(data["modal_followers"]) + r"\b")
        future_context = _FUTURE_EN
        relative_blocked = re.compile(r"usa\s+today|today\s+show")

    anchors: dict[str, tuple[str, int]] = {}
    for kind, keys in (
        ("month", months),
        ("weekday", weekdays),
        ("rel", relative),
        ("back", back_words),
        ("hace", ["hace"] if lang == "es" else []),
        ("day", ["primero"] if lang == "es" else []),
        ("digit", "0123456789"),
    ):
        for key in keys:
            anchors.setdefault(key, (kind, len(key)))
    automaton = ahocorasick.Automaton()
    for key, value in anchors.items():
        automaton.add_word(key, value)
    automaton.make_automaton()

    return _Rules(
        lang=lang,
        automaton=automaton,
        back=back,
        months=months,
        weekdays=weekdays,
        numbers=numbers,
        units=units,
        past=past,
        future=future,
        relative=relative,
        day_month=day_month,
        month_day=month_day,
        month=month,
        weekday=weekday,
        relative_re=relative_re,
        ago=ago,
        year=re.compile(r"(?<![\w.,$#/-])(?P<year>(?:19|20)\d{2})(?![\w%]|[.,]\d)"),
        date_prefix=date_prefix,
        month_prefix=_tail(data["month_prepositions"]),
        weekday_prefix=weekday_prefix,
        year_prefix=_tail(data["year_prepositions"]),
        quantity_prefix=re.compile(
            r"(?<![a-z0-9])" + _alt(data["quantity_words"]) + r"\s+(?:de\s+|del\s+)?\Z"
        ),
        count_after=re.compile(r"\s+" + _alt(data["count_nouns"]) + r"\b"),
        tod_prefix=tod_prefix,
        place_prefix=place_prefix,
        place_adjacent=place_adjacent,
        weekday_block_before=block_before,
        weekday_block_after=block_after,
        modal_after=modal,
        future_context=future_context,
        relative_blocked=relative_blocked,
    )


# --- calendar helpers ------------------------------------------------------------------


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _latest_saturday(pub: date) -> date:
    return pub - timedelta(days=(pub.weekday() - 5) % 7)


def _period_end(match: DateMatch) -> date:
    if match.value_end is not None:
        return match.value_end
    if match.precision == "week":
        return match.value + timedelta(days=6)
    if match.precision == "month":
        return _add_months(match.value, 1) - timedelta(days=1)
    if match.precision == "year":
        return date(match.value.year, 12, 31)
    return match.value


def _year_for(
    month: int, day: int, pub: date, mode: str | None, weekday: int | None = None
) -> date | None:
    """The year that a day-and-month without one most plausibly has, given publication."""
    candidates = [
        d for d in (_safe_date(y, month, day) for y in (pub.year - 1, pub.year, pub.year + 1)) if d
    ]
    if weekday is not None:
        agreeing = [d for d in candidates if d.weekday() == weekday]
        if agreeing:
            candidates = agreeing
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


def _month_start(month: int, pub: date, mode: str | None) -> date:
    if mode == "past":
        return date(pub.year if month < pub.month else pub.year - 1, month, 1)
    if mode == "future":
        return date(pub.year if month > pub.month else pub.year + 1, month, 1)
    this_year = date(pub.year, month, 1)
    if this_year > pub + timedelta(days=FUTURE_SLACK_DAYS):
        return date(pub.year - 1, month, 1)
    return this_year


def _two_digit_year(value: int, pub: date | None) -> int:
    pivot = (pub.year if pub else date.today().year) % 100 + 1
    return 2000 + value if value <= pivot else 1900 + value


# --- the finder ------------------------------------------------------------------------


class _Scan:
    """One call of `find_dates`: the text, its folded copy and the publication date."""

    def __init__(self, text: str, folded: str, pub: date | None, rules: _Rules) -> None:
        self.text = text
        self.f = folded
        self.pub = pub
        self.r = rules
        self.max_year = (pub.year if pub else date.today().year) + 1
        self.out: list[DateMatch] = []

    # context helpers

    def window(self, start: int) -> str:
        """Folded text right before `start`, for the end-anchored prefix patterns.

        Not cut at sentence ends: every prefix pattern is words and spaces only, so none
        can reach across punctuation.
        """
        return self.f[max(0, start - _WINDOW) : start]

    def case_unreliable(self, pos: int) -> bool:
        """True when the line around `pos` is all capitals or title case (a headline)."""
        begin = self.text.rfind("\n", max(0, pos - 200), pos) + 1
        end = self.text.find("\n", pos, pos + 200)
        line = self.text[begin : end if end >= 0 else pos + 200]
        words = _LONG_WORD.findall(line)
        if not words:
            return True
        capitals = sum(1 for w in words if w[0].isupper())
        return capitals / len(words) > 0.6 or not any(c.islower() for c in line)

    def line_lowercase(self, pos: int) -> bool:
        """True when the line around `pos` has no capitals (a lower-cased headline)."""
        begin = self.text.rfind("\n", max(0, pos - 200), pos) + 1
        end = self.text.find("\n", pos, pos + 200)
        line = self.text[begin : end if end >= 0 else pos + 200]
        return not any(c.isupper() for c in line)

    def is_capitalized(self, pos: int) -> bool:
        return self.text[pos].isupper() and not self.case_unreliable(pos)

    def next_word_capitalized(self, end: int) -> bool:
        m = _NEXT_LETTER.match(self.text, end)
        return bool(m and m.group(1).isupper())

    def future_signal(self, start: int, end: int) -> bool:
        """True when the clause around [start, end) speaks of the future ("will", "será")."""
        left = self.text[max(0, start - 40) : start]
        right = self.text[end : end + 25]
        for ch in _BOUNDARY_CHARS:
            left = left.rsplit(ch, 1)[-1]
            right = right.split(ch, 1)[0]
        return bool(self.r.future_context.search(left + self.text[start:end] + right))

    def make(
        self,
        start: int,
        end: int,
        value: date,
        precision: Precision,
        *,
        relative: bool,
        year_explicit: bool,
        rule: str,
        value_end: date | None = None,
    ) -> DateMatch:
        future = self.pub is not None and value > self.pub
        return DateMatch(
            start=start,
            end=end,
            surface=self.text[start:end],
            value=value,
            precision=precision,
            relative=relative,
            year_explicit=year_explicit,
            future=future,
            value_end=value_end,
            rule=rule,
        )

    def mode(self, *words: str | None) -> str | None:
        for word in words:
            if not word:
                continue
            key = " ".join(word.split())
            if key in self.r.past:
                return "past"
            if key in self.r.future:
                return "future"
        return None

    def year_ok(self, year: int) -> bool:
        return 1900 <= year <= self.max_year

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
            m = _ISO.match(f, start)
            if m:
                self.add(self.iso(m))
            m = r.year.match(f, start)
            if m:
                self.add(self.year(m))
        elif digits <= 2:
            m = _NUMERIC.match(f, start)
            if m:
                self.add(self.numeric(m))
            m = r.day_month.match(f, start)
            if m:
                self.add(self.day_month(m))

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
        value = _safe_date(year, month, day)
        if value is None or not self.year_ok(year):
            return None
        return self.make(
            m.start(), m.end(), value, "day", relative=False, year_explicit=True, rule="iso"
        )

    def numeric(self, m: re.Match[str]) -> DateMatch | None:
        a, b, y = int(m["a"]), int(m["b"]), m["y"]
        year = int(y) if len(y) == 4 else _two_digit_year(int(y), self.pub)
        day, month = (a, b) if self.r.lang == "es" or a > 12 else (b, a)
        value = _safe_date(year, month, day)
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
            value = _safe_date(year, month, day)
            year_explicit = True
        elif year_rel:
            if self.pub is None:
                return None
            value = _safe_date(self.pub.year + _year_offset(year_rel), month, day)
        else:
            if self.pub is None:
                return None
            value = _year_for(month, day, self.pub, mode, weekday)
        if value is None:
            return None
        value_end = None
        if m["day2"]:
            end_day = _safe_date(value.year, value.month, int(m["day2"]))
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
            if mon_word in _EN_ABBREVIATIONS and not dotted:
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
            if self.pub is None:
                return None
            relative = True
            if year_rel:
                value = date(self.pub.year + _year_offset(year_rel), month, 1)
            else:
                prefix_words = prefix.group().split() if prefix else []
                value = _month_start(month, self.pub, self.mode(post, *prefix_words))
        return self.make(
            start, m.end(), value, "month", relative=relative,
            year_explicit=bool(year_text), rule="month",
        )  # fmt: skip

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
            saturday = _latest_saturday(pub)
            if offset < 0 and pub.weekday() >= 5:
                saturday -= timedelta(days=7)
            elif offset == 0 and pub.weekday() < 5 and self.future_signal(start, m.end()):
                saturday += timedelta(days=7)
            value, precision = saturday, "week"
        elif unit == "month":
            value, precision = _add_months(pub.replace(day=1), offset), "month"
        else:
            value, precision = date(pub.year + offset, 1, 1), "year"
        return self.make(
            start, m.end(), value, precision, relative=True, year_explicit=False, rule="relative"
        )

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
            value, precision = pub - timedelta(weeks=n), "week"
        elif unit == "month":
            value, precision = _add_months(pub.replace(day=1), -n), "month"
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
        span = _YEAR_RANGE_PREFIX.search(window)
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


def _year_offset(words: str) -> int:
    """Years back from publication meant by "año pasado" (-1), "año antepasado" (-2), ..."""
    if "antepasado" in words:
        return -2
    if "pasado" in words or "anterior" in words:
        return -1
    return 0


_EN_ABBREVIATIONS = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)
# The second year of "entre 2006 y 2012", "from 2006 to 2012".
_YEAR_RANGE_PREFIX = re.compile(
    r"(?<![a-z0-9])(?:entre|de|desde|del|between|from)\s+(?P<first>(?:19|20)\d\d)\s*(?:y|a|al|-|and|to)\s*\Z"
)
_ISO = re.compile(r"(?<![\w/-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\w/-]|-\d)")
_NUMERIC = re.compile(
    r"(?<![\w/.-])(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\w/-])"
)


def _select(candidates: list[DateMatch]) -> list[DateMatch]:
    """Non-overlapping matches, the longer one winning where two overlap, sorted by start."""
    candidates.sort(key=lambda d: (d.start, d.start - d.end))
    out: list[DateMatch] = []
    for cand in candidates:
        if out and cand.start < out[-1].end:
            if cand.end - cand.start > out[-1].end - out[-1].start:
                out[-1] = cand
            continue
        out.append(cand)
    return out


def _languages(language: str | None) -> tuple[str, ...]:
    code = (language or "").lower()[:2]
    if code in ("es", "en"):
        return (code,)
    return ("es", "en")


def find_dates(
    text: str,
    published: date | None,
    language: str | None = "es",
    *,
    folded: str | None = None,
) -> list[DateMatch]:
    """Every date mention in `text`, resolved against `published`, sorted by start.

    With `published=None` only mentions that carry their own year are returned (full dates,
    "mayo de 2019", "en 2014"). `language` picks the rule set ("es" or "en"); anything else
    runs both. `folded` may pass `sucesos.extract.text.fold(text)`
    when the caller already has it. Where two mentions overlap the longer one is kept, so
    "el lunes 5 de agosto" is one mention, not a weekday and a date.
    """
    if not text:
        return []
    folded = fold(text) if folded is None else folded
    if len(folded) != len(text):
        raise ValueError("[E010] folded text must have the same length as the text")
    candidates: list[DateMatch] = []
    for lang in _languages(language):
        candidates.extend(_Scan(text, folded, published, _rules(lang)).run())
    return _select(candidates)


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
    return _period_end(match) < published - timedelta(days=HISTORICAL_DAYS)
