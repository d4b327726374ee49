"""The date rules of one language, compiled once from `sucesos/data/lexicon/dates.toml`.

Each pattern is anchored on a required word or digit and has no nested repetition, so the
cost stays linear in the text length. Words before a match (determiners, "pasado", "la
noche del", street words) are read by small end-anchored patterns over a short window.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

import ahocorasick

from sucesos.extract.lexicon import load_data

LEXICON = "lexicon/dates.toml"


def alternation(words: Iterable[str]) -> str:
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


def tail_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Matches one of `words` (as whole words) ending right before the end of a window."""
    return re.compile(r"(?<![a-z0-9])" + alternation(words) + r"\s*\Z")


@dataclass(frozen=True)
class Rules:
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
    anchor_blocked: re.Pattern[str]  # after "la víspera", "the day before": not an event's day
    # a day of the month by its number alone ("el día 10"), and the words before it
    day_only: re.Pattern[str] | None = None
    day_only_prefix: re.Pattern[str] | None = None


_FUTURE_ES = re.compile(
    r"\b(?:\w+(?:ará|erá|irá|arán|erán|irán)|será|serán|habrá|va a|van a|próxim[oa]s?"
    r"|se espera|está previst[oa]|programad[oa]s?|de cara a|rumbo a)\b",
    re.IGNORECASE,
)
_FUTURE_EN = re.compile(
    r"\b(?:will|won't|'ll|is expected to|are expected to|is scheduled|are scheduled|is set to"
    r"|are set to|plans? to|is due to|are due to|upcoming|coming"
    # a day something is scheduled for, or that events lead up to ("ahead of the June 2
    # elections", "the trial is set for May 4")
    r"|ahead of|in the (?:run|lead)-up to|(?:scheduled|set|slated|planned) for)\b",
    re.IGNORECASE,
)


@cache
def rules_for(lang: str) -> Rules:
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

    month_alt = alternation(months)
    weekday_alt = alternation(weekdays)
    mods = alternation(past | future)
    tod = alternation(data["times_of_day"])
    number_alt = r"(?:\d{1,3}|" + alternation(numbers) + ")"
    unit_alt = alternation(units)

    if lang == "es":
        year_words = (
            r"(?P<yrel>ano\s+pasado|este\s+ano|ano\s+en\s+curso|presente\s+ano|ano\s+anterior"
            r"|ano\s+antepasado)"
        )
        day_month = re.compile(
            r"(?<![\w.,/$#-])(?P<day>\d{1,2}(?:o|ro|ero)?|primero)"
            r"(?:\s*(?:y|al|a|-)\s*(?:el\s+)?(?P<day2>\d{1,2}))?"
            rf"\s+de\s+(?P<mon>{month_alt})\b"
            rf"(?:\s*(?:de|del|,)\s*(?:(?:ano\s+)?(?P<year>\d{{4}})(?!\d)|{year_words}))?"
            rf"(?:\s+(?P<post>{mods})\b)?"
        )
        month_day = None
        month = re.compile(
            rf"\b(?P<mon>{month_alt})\b"
            rf"(?:\s*(?:de\s+|del\s+|,\s*)?(?:(?P<year>(?:19|20)\d{{2}})(?!\d)|{year_words}))?"
            rf"(?:\s+(?P<post>{mods})\b)?"
        )
        weekday = re.compile(
            rf"\b(?P<wd>{weekday_alt})\b(?:\s+(?P<post>{mods})\b)?"
            rf"(?:\s+(?:por|en|durante|a)\s+la\s+{tod}\b)?"
        )
        relative_re = re.compile(
            rf"\b(?P<rel>{alternation(relative)})\b(?:\s+(?:por|en|durante|a)\s+la\s+{tod}\b)?"
        )
        ago: re.Pattern[str] | None = re.compile(
            r"hace\s+(?:(?:tan\s+solo|solo|solamente|apenas|unos|unas|alrededor\s+de|cerca\s+de"
            r"|mas\s+de|menos\s+de|casi|poco\s+mas\s+de|poco\s+menos\s+de)\s+)?"
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
            rf"(?:(?P<det>{alternation(data['weekday_determiners'])})\s+)?"
            # "el día lunes", "a las 23:20 horas del día lunes", "el pasado día domingo"
            rf"(?:(?P<pre>{mods})\s+)?(?:dia\s+)?\Z"
        )
        tod_prefix = re.compile(
            rf"(?<![a-z0-9])(?:(?:la|las|el|en\s+la|durante\s+la|por\s+la)\s+)?{tod}"
            r"\s+(?:de|del)\s+\Z"
        )
        place_prefix: re.Pattern[str] | None = re.compile(
            r"(?<![a-z0-9])"
            + alternation(data["place_words"])
            + r"\.?(?:\s+[^\s,.;:()\"]+){0,3}\s+\Z"
        )
        place_adjacent: re.Pattern[str] | None = tail_pattern(data["place_words_adjacent"])
        block_before = block_after = modal = None
        future_context = _FUTURE_ES
        relative_blocked = re.compile(
            r"hoy\s+(?:en\s+dia|por\s+hoy|no\s+circula)|(?:hasta|al\s+dia\s+de)\s+(?:el\s+dia\s+de\s+)?hoy"
        )
        # "el día 10", "el pasado día 3": no month after it ("el día 10 de marzo" is a
        # day_month), nor a time or a count
        day_only: re.Pattern[str] | None = re.compile(
            r"(?P<day>\d{1,2}|primero)(?![\w%]|[.,:/]\d|\s+(?:de|del|al|y|horas?|hrs?)\b)"
        )
        day_only_prefix: re.Pattern[str] | None = re.compile(
            rf"(?<![a-z0-9])(?:{alternation(data['day_only_determiners'])})\s+"
            rf"(?:(?P<pre>{mods})\s+)?dia\s+\Z"
        )
    else:
        day_month = re.compile(
            r"(?<![\w.,/$#-])(?P<day>\d{1,2})(?:st|nd|rd|th)?"
            r"(?:\s*(?:-|to|and)\s*(?P<day2>\d{1,2})(?:st|nd|rd|th)?)?"
            rf"\s+(?P<of>of\s+)?(?P<mon>{month_alt})\b\.?"
            r"(?:(?:\s*,\s*|\s+)(?P<year>\d{4})(?!\d))?"
        )
        month_day = re.compile(
            rf"\b(?P<mon>{month_alt})\b\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
            r"(?![.,:]\d|%)"
            r"(?:\s*(?:-|to|and)\s*(?P<day2>\d{1,2})(?:st|nd|rd|th)?\b)?"
            r"(?:(?:\s*,\s*|\s+)(?P<year>\d{4})(?!\d))?"
        )
        month = re.compile(
            rf"\b(?P<mon>{month_alt})\b\.?(?:,?\s+(?:of\s+)?(?P<year>(?:19|20)\d{{2}})(?!\d))?"
        )
        weekday = re.compile(rf"\b(?P<wd>{weekday_alt})\b(?P<poss>'s)?(?:\s+(?P<tod>{tod})\b)?")
        relative_re = re.compile(rf"\b(?P<rel>{alternation(relative)})\b(?:\s+{tod}\b)?")
        ago = None
        back_words = [f"{unit} ago" for unit in units]
        back = re.compile(
            r"(?<![a-z0-9])(?:(?:just|only|barely|about|around|some|nearly|almost|more\s+than"
            r"|less\s+than|over)\s+)?"
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
        block_before = tail_pattern(data["weekday_blockers_before"])
        block_after = re.compile(r"\s+" + alternation(data["weekday_blockers_after"]) + r"\b")
        modal = re.compile(r"\s+" + alternation(data["modal_followers"]) + r"\b")
        future_context = _FUTURE_EN
        relative_blocked = re.compile(r"usa\s+today|today\s+show")
        # "on the 26th": an ordinal day after "on the", not a rank ("the 5th district")
        day_only = re.compile(
            r"(?P<day>\d{1,2})(?:st|nd|rd|th)\b(?!\s*[-,]?\s*(?:of|"
            + alternation(data["ordinal_nouns"])
            + r")\b)"
        )
        day_only_prefix = re.compile(
            r"(?<![a-z0-9])(?:on|since|until|till|by|from|before|after)\s+the\s+\Z"
        )

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

    return Rules(
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
        month_prefix=tail_pattern(data["month_prepositions"]),
        weekday_prefix=weekday_prefix,
        year_prefix=tail_pattern(data["year_prepositions"]),
        quantity_prefix=re.compile(
            r"(?<![a-z0-9])" + alternation(data["quantity_words"]) + r"\s+(?:de\s+|del\s+)?\Z"
        ),
        count_after=re.compile(r"\s+" + alternation(data["count_nouns"]) + r"\b"),
        tod_prefix=tod_prefix,
        place_prefix=place_prefix,
        place_adjacent=place_adjacent,
        weekday_block_before=block_before,
        weekday_block_after=block_after,
        modal_after=modal,
        future_context=future_context,
        relative_blocked=relative_blocked,
        anchor_blocked=re.compile(r"\s+" + alternation(data["anchor_blockers"]) + r"\b"),
        day_only=day_only,
        day_only_prefix=day_only_prefix,
    )


EN_ABBREVIATIONS = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)
# The second year of "entre 2006 y 2012", "from 2006 to 2012".
YEAR_RANGE_PREFIX = re.compile(
    r"(?<![a-z0-9])(?:entre|de|desde|del|between|from)\s+(?P<first>(?:19|20)\d\d)\s*(?:y|a|al|-|and|to)\s*\Z"
)
ISO_DATE = re.compile(r"(?<![\w/-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\w/-]|-\d)")
NUMERIC_DATE = re.compile(
    r"(?<![\w/.-])(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\w/-])"
)
