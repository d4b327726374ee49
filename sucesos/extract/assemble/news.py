"""News or background: whether a sentence reports current news (`reported`), background
(`historical`) or a tally (`statistic`).

A sentence is background when a background cue or a past date dates it and nothing dates it
in the news window, or when all its own dates lie more than a week before the article's news
date (its lead's date, else publication). Which event words of a sentence that mixes both
are background: `sucesos.extract.assemble.earlier`. Thresholds: `incidents.toml`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, partial
from typing import TYPE_CHECKING, Any

from sucesos.extract.assemble.period_tallies import period_tally
from sucesos.extract.assemble.running import (
    long_periods,
    ongoing_toll,
    perfect_total,
    tally_cues,
)
from sucesos.extract.assemble.spread_tallies import spread_tally
from sucesos.extract.assemble.tallies import (
    beyond_counts,
    has_figure,
    has_period,
    incident_counts,
    split_by_places,
    victim_ordinals,
)
from sucesos.extract.count_words import CountMention
from sucesos.extract.dates import DateMatch, is_historical, period_end
from sucesos.extract.kinds import Trigger
from sucesos.extract.lexicon import PhraseMatcher, alternation, load_data
from sucesos.extract.lexicon_scan import share_scan
from sucesos.extract.status import sentence_status

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc


@dataclass(frozen=True)
class TenseSettings:
    background_days: int
    earlier_days: int
    recall_days: int
    attach_chars: int
    ahead_chars: int


@cache
def tense_settings() -> TenseSettings:
    data: dict[str, Any] = load_data("incidents.toml")["tense"]
    return TenseSettings(
        int(data["background_days"]),
        int(data["earlier_days"]),
        int(data["recall_days"]),
        int(data["attach_chars"]),
        int(data["ahead_chars"]),
    )


def _statistic_words() -> tuple[PhraseMatcher[str], PhraseMatcher[str], PhraseMatcher[str]]:
    return tally_cues("strong"), tally_cues("aggregate_nouns"), tally_cues("running_totals")


# read on most sentences, or on many: one shared pass per article (`lexicon_scan.shared_scan`).
# Not "long_periods": a `PhraseSearch` (`long_periods`), asked of a few slices.
for _name in (
    "strong",
    "aggregate_nouns",
    "running_totals",
    "ordinal_incidents",
    "counting_in",
    "tally_periods",
    "tally_periods+day_sums",
    "separate_incidents",
    "total_periods",
    "rankings",
    "running_totals+total_periods",
    "perfect_totals",
    "total_periods+since_words",
    "total_periods+short_periods",
    "ongoing_subjects",
    "ongoing_tolls",
    "vague_tolls",
    "ongoing_spans",
):
    share_scan(partial(tally_cues, _name))


def news_day(doc: Doc, lead: DateMatch | None) -> date | None:
    """The day the article's news happened: its lead's date, else the publication date."""
    if lead is not None and lead.precision == "day":
        return lead.value
    return doc.published


def dated_before(match: DateMatch, day: date | None, days: int) -> bool:
    """Whether `match`'s period ended more than `days` days before the news day `day`."""
    return day is not None and period_end(match) < day - timedelta(days=days)


def _week_before(match: DateMatch, day: date | None) -> bool:
    """Whether `match` names a whole week that ended before the news day ("la semana
    pasada", "last week" when the lead dates its news to this Monday): before the news, even
    if fewer than `background_days` before it."""
    return match.precision == "week" and day is not None and period_end(match) < day


def _spans_years(match: DateMatch) -> bool:
    """Whether `match` is a range of years ("entre 2019 y 2025", "from 2019 to 2025")."""
    return (
        match.precision == "year"
        and match.value_end is not None
        and match.value_end.year > match.value.year
    )


def _month_before(match: DateMatch, published: date | None) -> bool:
    """Whether `match` names a month, or a part of one, that ended before the month of
    `published` began."""
    return (
        match.precision == "month"
        and published is not None
        and period_end(match) < published.replace(day=1)
    )


def sentence_news_status(
    doc: Doc,
    i: int,
    dates: list[DateMatch],
    counts: list[CountMention],
    day: date | None,
    local: bool = True,
    dated_news: bool = False,
    end: int | None = None,
    undated: bool = False,
    told_day: bool = False,
) -> str:
    """`reported`, `historical` or `statistic` for sentence `i` as a whole (`local`: whether
    it names a town or a finer place; `dated_news`: whether the lead dates the news to a
    day, `day`; `end`: where its part to judge ends, the cues and items before it alone;
    `undated`: whether the headline and lead name no date at all; `told_day`: whether,
    the lead naming no day, a sentence before this one told the day of the news)."""
    cues = doc.status[i]
    sentence = doc.sentences[i]
    stop = sentence.end if end is None else end
    settings = tense_settings()
    past = [
        d
        for d in dates
        if not d.future
        and (
            is_historical(d, doc.published)
            or dated_before(d, day, settings.background_days)
            # "last week" is before the news of a lead dated to a day, and, past the lead,
            # before the publication day of an article whose lead names no date
            or ((dated_news or (undated and sentence.paragraph > 1)) and _week_before(d, day))
            # when the lead, or the account before this sentence, dates the news to a day,
            # a happening told by its month alone ("Last month, a reporter was shot dead in
            # X", "En septiembre fue asesinado…") is not the news, even when that month
            # holds the news day
            or ((dated_news or told_day) and not sentence.is_headline and d.precision == "month")
            # a month, or a part of one, that ended before the publication month ("a finales
            # de mayo fue asesinado…", "in mid-May" in a June report): an earlier happening
            or (not sentence.is_headline and _month_before(d, doc.published))
        )
    ]
    current = [d for d in dates if not d.future and d not in past]
    background = cues.background and (
        end is None or any(p < stop and p not in cues.ahead_at for p in cues.background_at)
    )
    if background:
        # "this year", "este mes" hold the news day, but say no more than a background word
        # does: "a principios de este año", "earlier this year" are before the news.
        # A date that is the cue itself ("hace unos días") is no date of the news either.
        current = [
            d
            for d in current
            if d.precision in ("day", "week") and d.start not in cues.background_at
        ]
    if not any(d.precision == "day" for d in current) and ongoing_toll(
        doc.folded, sentence.start, stop
    ):
        # "la ola de violencia ha cobrado decenas de vidas", "clashes have been frequent for
        # months, claiming dozens of lives": the toll of a phenomenon, many happenings
        return "statistic"
    if counts or has_figure(doc, sentence.start, stop):
        strong, nouns, totals = _statistic_words()
        # a clause that sets the news against the times is judged apart ("…, as the state
        # struggles with a record murder rate"): its words of rates describe no figure
        head = _before_context(doc, i, counts, stop)
        told = cues if head == stop else sentence_status(doc.folded, sentence.start, head)
        span = (doc.folded, sentence.start, head)
        if totals.find(*span) or _counts_since(doc, dates) or _tally_size(counts):
            return "statistic"
        if beyond_counts(doc, *span[1:]):
            return "statistic"  # "over 120,000 people who have disappeared"
        # a count of incidents no single happening has ("more than 35,000 homicides")
        if incident_counts(doc, *span[1:], minimum=_tally_minimum()):
            return "statistic"
        # a perfect tense of toll over a month or a year ("han sido asesinadas en 2024")
        coarse = any(d.precision in ("month", "year") for d in dates)
        if perfect_total(*span, coarse) or tally_cues("counting_in").find(*span):
            return "statistic"
        if told.statistic and (strong.find(*span) or nouns.find(*span)):
            return "statistic"
        if counts and long_periods().occurs(*span):
            return "statistic"  # a figure over months or years sums many happenings
        if any(c.what in _DEATHS and c.value >= 2 for c in counts) and tally_cues(
            "campaign_spans"
        ).find(*span):
            return "statistic"  # "22 aspirantes fueron asesinados durante el proceso electoral"
        if any(c.value >= 2 for c in counts) and has_period(doc, *span[1:], long=True):
            return "statistic"  # "over the past 30 years, 50 were murdered" (not "a fugitive
            # for 14 years was arrested": one person is no tally)
        if any(c.value >= 2 for c in counts) and any(_spans_years(d) for d in dates):
            # "nueve militares han muerto por artefactos así entre 2019 y 2025": a figure
            # over years sums many happenings, dated or not by the publication day
            return "statistic"
        if (
            (not sentence.is_headline or len(doc.sentences) > 1)
            and any(c.what in _DEATHS and c.value >= 2 for c in counts)
            and has_period(doc, *span[1:], days=True)
        ):
            # "7 killed in 3 days in Celaya": the dead of several days sum several
            # happenings (a headline alone is all the news there is: it stays the news)
            return "statistic"
        if (
            not local
            and any(
                c.what in _DEATHS and (c.value >= 2 or not sentence.is_headline) for c in counts
            )
            and (not sentence.is_headline or len(doc.sentences) > 1)
            and tally_cues("tally_periods").find(*span)
        ):
            # a state's toll over a weekend or a day: several happenings; the first line of a
            # page whose title was lost too ("Durante las últimas 24 horas, nueve personas
            # fueron asesinadas en el sur del estado"), when it sums two dead or more
            return "statistic"
        if (not sentence.is_headline or len(doc.sentences) > 1) and (
            # "el fin de semana dejó 25 muertos", "85 homicides nationwide on Monday"
            period_tally(doc, sentence.start, head, counts, local)
            # "diez cuerpos en distintos puntos de la ciudad", "siete asesinados en A, B y C"
            or spread_tally(doc, sentence.start, head, counts, local)
        ):
            return "statistic"
        if (
            (not sentence.is_headline or len(doc.sentences) > 1)
            and any(c.what in _DEATHS for c in counts)
            and (
                (
                    (cues.aggregate or incident_counts(doc, *span[1:]))
                    and tally_cues("tally_periods").find(*span)
                )
                or (
                    split_by_places(doc, *span[1:], [c.value for c in counts if c.what in _DEATHS])
                    and tally_cues("tally_periods+day_sums").find(*span)
                )
            )
        ):
            # a toll over a weekend or a day summed over its happenings, a town's too ("En las
            # últimas 24 horas, cinco personas fueron asesinadas en Zamora en distintos hechos",
            # "la semana inició con nueve asesinatos en Zamora"), and as the first line of a
            # page whose title was lost (its body tells the happenings)
            return "statistic"
        if (
            local
            and any(c.what in _DEATHS and c.value >= 2 for c in counts)
            and tally_cues("separate_incidents").find(*span)
        ):
            # "nueve asesinados en distintos hechos en X": each its own toll (over states
            # or the country, the round-up rules read its clauses)
            return "statistic"
        # "En cinco días, sicarios han perpetrado cuatro ataques": incidents over a period.
        if incident_counts(doc, *span[1:]) and has_period(doc, *span[1:]):
            return "statistic"
    # incidents summed over a long period, with no figure ("a series of attacks on bars in
    # recent months", "una ola de ataques este año")
    if cues.aggregate and tally_cues("total_periods").find(doc.folded, sentence.start, stop):
        return "statistic"
    # "el estado con más homicidios del país": where a place stands, unless the sentence also
    # dates a happening to a day ("la ciudad más violenta vivió este domingo…")
    if (
        not sentence.is_headline
        and _ranks(doc, sentence.start, stop)
        and not any(d.precision == "day" for d in current)
    ):
        return "statistic"
    if (background or past) and not current and not sentence.is_headline:
        return "historical"
    if past and not current:
        return "historical"
    return "reported"


_DEATHS = ("killed", "bodies")


@cache
def _context_clause() -> re.Pattern[str]:
    """A clause that sets the news against the times (`cues.toml` [statistic]
    context_openers): after a comma, or bare for `context_bare`."""
    data = load_data("lexicon/cues.toml")["statistic"]
    return re.compile(
        rf",\s*(?:{alternation(data['context_openers'])})\b"
        rf"|\s(?:{alternation(data['context_bare'])})\b"
    )


def spans_months(doc: Doc, i: int) -> bool:
    """Whether sentence `i` names a span of months or more: an electoral process, "en lo
    que va del año", "in recent years" (`cues.toml` [statistic] campaign_spans,
    total_periods, long_periods)."""
    sentence = doc.sentences[i]
    span = (doc.folded, sentence.start, sentence.end)
    return bool(
        tally_cues("campaign_spans+total_periods").find(*span) or long_periods().occurs(*span)
    )


def _before_context(doc: Doc, i: int, counts: list[CountMention], stop: int) -> int:
    """Where the part of sentence `i` (up to `stop`) whose figures are judged ends: before a
    clause that sets the news against the times ("…killed eight on Sunday, as the state
    struggles with a record murder rate"), when every figure and an event word come before it
    and the clause states no figure of its own; else `stop`."""
    start = doc.sentences[i].start
    for m in _context_clause().finditer(doc.folded, start, stop):
        if any(c.start >= m.start() for c in counts) or has_figure(doc, m.start(), stop):
            return stop
        if counts and any(start <= t.start < m.start() for t in doc.triggers):
            return m.start()
        return stop
    apposition = _rank_apposition(doc, start, stop)
    if apposition is None:
        return stop
    cut, rank = apposition
    if (
        # a figure of the ranking's own (its opening "uno de los estados" is none)
        not any(c.start >= rank for c in counts)
        and not has_figure(doc, rank, stop)
        and any(start <= t.start < cut for t in doc.triggers)
    ):
        # "…killed a police officer in Celaya, one of the states with the most murders so
        # far this year": the period is the ranking's, the news's figures come before it
        return cut
    return stop


def _rank_apposition(doc: Doc, start: int, stop: int) -> tuple[int, int] | None:
    """Where an apposition that describes a place by its rank begins (`_RANK_APPOSITION`:
    ", uno de los estados con más homicidios en lo que va del año"), and where its ranking
    words do, if there is one."""
    for m in tally_cues("rankings").find(doc.folded, start, stop):
        opening = _RANK_APPOSITION.search(doc.folded, start, m.start)
        if opening is not None:
            return opening.start(), m.start
    return None


# What opens an apposition that describes a place by its rank ("…in Jalisco and Guanajuato,
# two of Mexico's most violent states, officials said", "…in Guanajuato -- considered
# Mexico's most violent state"): a description, not a ranking told.
_RANK_APPOSITION = re.compile(
    r"(?:,|\s--?|\s[\u2014\u2013])\s*(?:(?:considered|deemed|regarded as|described as|known as"
    r"|dubbed|considerad[oa]s?(?: como)?)\s[^,;:]*"
    r"|(?:(?:one|two|three|four|five|uno|una|dos|tres|cuatro|cinco) of|(?:uno|una|dos|tres"
    r"|cuatro|cinco) de|among|entre|the|el|la|los|las)\b[^,;:]*)$"
)
# A rank that opens the sentence describes its subject, whose act the sentence tells ("One
# of the world's most violent cartels injured two soldiers"): no ranking told either.
_RANKED_SUBJECT = re.compile(r"\W*(?:one|uno|una) (?:of|de)\s+(?:[\w'\u2019]+\s+){0,2}$")


def _ranks(doc: Doc, start: int, stop: int) -> bool:
    """Whether the part of a sentence from `start` to `stop` tells where a place ranks ("the
    state with the most homicides"), not in an apposition that only describes a place nor in
    the subject of the sentence's act (an event word after it)."""
    for m in tally_cues("rankings").find(doc.folded, start, stop):
        if _RANK_APPOSITION.search(doc.folded, start, m.start):
            continue
        if _RANKED_SUBJECT.fullmatch(doc.folded, start, m.start) and any(
            m.end < t.start < stop for t in doc.triggers
        ):
            continue
        return True
    return False


def running_total(folded: str, start: int, end: int) -> bool:
    """Whether `folded[start:end]` holds a running total or a period that sums many
    happenings ("suman 45 este año", "so far this year")."""
    return bool(tally_cues("running_totals+total_periods").find(folded, start, end))


def long_sum(folded: str, start: int, end: int) -> bool:
    """Whether `folded[start:end]` sums over more than a day or a weekend: a running total
    or a long period ("en lo que va del año", "in recent months"), or a perfect tense of toll
    ("han sido asesinadas")."""
    return (
        running_total(folded, start, end)
        or long_periods().occurs(folded, start, end)
        or bool(tally_cues("perfect_totals").find(folded, start, end))
    )


def ordinal_tally(doc: Doc, i: int, triggers: Sequence[Trigger]) -> bool:
    """Whether sentence `i` only counts incidents by an ordinal over a period ("es el cuarto
    ataque contra policías en lo que va del mes", "the third massacre this year"): a tally,
    unless another event word of the sentence reports what happened."""
    sentence = doc.sentences[i]
    span = (doc.folded, sentence.start, sentence.end)
    if not triggers or not tally_cues("total_periods+short_periods").find(*span):
        return False
    found = tally_cues("ordinal_incidents").find(*span)
    # "the 10th journalist to be killed this year": the victims' ordinal, its act after it
    # (a headline's "Segundo caso de desaparición en el mes" tells its news)
    ordinals = [] if sentence.is_headline else victim_ordinals(doc, sentence.start, sentence.end)
    if not (found or ordinals):
        return False
    reach = tense_settings().ahead_chars
    ends = [m.end for m in found] + ordinals
    # "…, luego del asesinato de X en enero", "…, following the killing of X": the earlier
    # happenings the ordinal counts, told after it
    earlier = [m.end for m in tally_cues("ordinal_earlier").find(*span) if m.start >= min(ends)]
    # "Su asesinato es el tercero…", "His murder marks the second…": the news named as the
    # subject the ordinal describes
    subjects = [
        m for m in tally_cues("ordinal_subjects").find(*span) if m.end <= min(ends) <= m.end + reach
    ]
    return all(
        any(m.start <= t.start < m.end for m in found)
        or any(0 <= t.start - e <= reach for e in ordinals)
        or any(t.start >= e for e in earlier)
        or any(m.start <= t.start < m.end for m in subjects)
        for t in triggers
    )


@share_scan
@cache
def _since() -> PhraseMatcher[str]:
    return PhraseMatcher(
        (w, "since") for w in load_data("lexicon/cues.toml")["statistic"]["since_words"]
    )


def _counts_since(doc: Doc, dates: list[DateMatch]) -> bool:
    """Whether a date of the sentence is where a count starts ("desde el domingo"), not the
    end of a comparison ("the deadliest attack since 2019", "la peor masacre desde 2019")."""
    for d in dates:
        since = _since().find(doc.folded, max(0, d.start - 12), min(d.end, d.start + 12))
        if since and not _compared(doc, since[0].start) and not _stay(doc, since[0].start):
            return True
    return False


def _stay(doc: Doc, since: int) -> bool:
    """Whether the clause before the "since" at `since` says someone lived or served there
    ("radicaba en Colima desde…", "had lived there since…"): a stay, not a running total."""
    opening = max(doc.folded.rfind(ch, max(0, since - 60), since) for ch in ",;:(")
    start = max(0, since - 60, opening + 1)
    return bool(tally_cues("stay_since").find(doc.folded, start, since))


def opens_a_stay(doc: Doc, d: DateMatch) -> bool:
    """Whether date `d` is where a stay began ("radicaba en Zamora desde febrero", "had lived
    there since 2019"): no date of what happened."""
    since = _since().find(doc.folded, max(0, d.start - 12), min(d.end, d.start + 12))
    return bool(since) and _stay(doc, since[0].start)


def _compared(doc: Doc, since: int) -> bool:
    """Whether a superlative or a first stands in the clause before the "since" at `since`."""
    opening = max(doc.folded.rfind(ch, max(0, since - 120), since) for ch in ",;:(")
    start = max(0, since - 120, opening + 1)
    return bool(tally_cues("compared_since").find(doc.folded, start, since))


def _tally_minimum() -> int:
    return int(load_data("incidents.toml")["statistic"]["tally_minimum"])


def _tally_size(counts: list[CountMention]) -> bool:
    data: dict[str, Any] = load_data("incidents.toml")["statistic"]
    return any(c.what in data["tally_figures"] and c.value >= _tally_minimum() for c in counts)
