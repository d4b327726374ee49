"""What a date rule may ask about the text around a match: the window before it, letter
case, future-tense signals; and how a match becomes a `DateMatch`."""

from __future__ import annotations

import re
from datetime import date

from sucesos.extract.dates.match import DateMatch, Precision
from sucesos.extract.dates.rules import Rules

# How far back from a match the prefix patterns look, in characters.
WINDOW = 48
BOUNDARY_CHARS = ".!?;\n"
LONG_WORD = re.compile(r"[^\W\d_]{4,}")
NEXT_LETTER = re.compile(r"[\s'\"]{1,3}([^\W\d_])")


class ScanContext:
    """One call of `find_dates`: the text, its folded copy and the publication date."""

    def __init__(
        self, text: str, folded: str, pub: date | None, rules: Rules, reference: date | None = None
    ) -> None:
        self.text = text
        self.f = folded
        self.pub = pub
        # with no publication date, a day near it: the year of a month or day told without one
        self.year_base = pub or reference
        self.r = rules
        self.max_year = (pub.year if pub else date.today().year) + 1
        self.out: list[DateMatch] = []

    # context helpers

    def window(self, start: int) -> str:
        """Folded text right before `start`, for the end-anchored prefix patterns.

        Not cut at sentence ends: every prefix pattern is words and spaces only, so none
        can reach across punctuation.
        """
        return self.f[max(0, start - WINDOW) : start]

    def case_unreliable(self, pos: int) -> bool:
        """True when the line around `pos` is all capitals or title case (a headline)."""
        begin = self.text.rfind("\n", max(0, pos - 200), pos) + 1
        end = self.text.find("\n", pos, pos + 200)
        line = self.text[begin : end if end >= 0 else pos + 200]
        words = LONG_WORD.findall(line)
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
        m = NEXT_LETTER.match(self.text, end)
        return bool(m and m.group(1).isupper())

    def future_signal(self, start: int, end: int) -> bool:
        """True when the clause around [start, end) speaks of the future ("will", "será")."""
        left = self.text[max(0, start - 40) : start]
        right = self.text[end : end + 25]
        for ch in BOUNDARY_CHARS:
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
