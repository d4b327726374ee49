"""News or background: whether a sentence reports current news (`reported`), background
(`historical`) or a tally (`statistic`), and which events of a sentence that mixes both are
background.

A sentence is background when a background cue or a past date dates it and nothing dates it
in the news window, or when all its own dates lie more than a week before the article's news
date (its lead's date, else publication). Inside a sentence that also reports current news,
a date or background word dates the event word right before it ("la marcha por el asesinato
de los hermanos, ocurrido el pasado lunes"; "after last year's massacre in Y") else the
next one; the categories whose every event word is so dated are background there, with their
own places and figures (the items nearest to their words). Thresholds: `incidents.toml`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any

from sucesos.extract.assemble.clauses import opens_relative, same_clause
from sucesos.extract.assemble.tallies import (
    has_figure,
    has_period,
    incident_counts,
    victim_ordinals,
)
from sucesos.extract.counts import CountMention
from sucesos.extract.dates import DateMatch, is_historical, period_end
from sucesos.extract.kinds import Trigger
from sucesos.extract.lexicon import PhraseMatcher, load_data, share_scan
from sucesos.extract.numbers import number_words, parse_digits

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc


@dataclass(frozen=True)
class TenseSettings:
    background_days: int
    earlier_days: int
    attach_chars: int
    ahead_chars: int


@cache
def tense_settings() -> TenseSettings:
    data: dict[str, Any] = load_data("incidents.toml")["tense"]
    return TenseSettings(
        int(data["background_days"]),
        int(data["earlier_days"]),
        int(data["attach_chars"]),
        int(data["ahead_chars"]),
    )


@cache
def _tally_cues(name: str) -> PhraseMatcher[str]:
    """The phrases of one list of `cues.toml` [statistic] ("strong", "rankings", …)."""
    data = load_data("lexicon/cues.toml")["statistic"]
    names = name.split("+")  # "total_periods+short_periods": several lists as one
    return PhraseMatcher((w, name) for n in names for w in data[n])


def _statistic_words() -> tuple[PhraseMatcher[str], PhraseMatcher[str], PhraseMatcher[str]]:
    return _tally_cues("strong"), _tally_cues("aggregate_nouns"), _tally_cues("running_totals")


# read on most sentences: one shared pass per article (`lexicon.shared_scan`)
for _name in ("strong", "aggregate_nouns", "running_totals", "ordinal_incidents"):
    share_scan(lambda name=_name: _tally_cues(name))


def news_day(doc: Doc, lead: DateMatch | None) -> date | None:
    """The day the article's news happened: its lead's date, else the publication date."""
    if lead is not None and lead.precision == "day":
        return lead.value
    return doc.published


def _before(match: DateMatch, day: date | None, days: int) -> bool:
    return day is not None and period_end(match) < day - timedelta(days=days)


def _week_before(match: DateMatch, day: date | None) -> bool:
    """Whether `match` names a whole week that ended before the news day ("la semana
    pasada", "last week" when the lead dates its news to this Monday): before the news, even
    if fewer than `background_days` before it."""
    return match.precision == "week" and day is not None and period_end(match) < day


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
) -> str:
    """`reported`, `historical` or `statistic` for sentence `i` as a whole (`local`: whether
    it names a town or a finer place; `dated_news`: whether the lead dates the news to a
    day, `day`; `end`: where its part to judge ends, the cues and items before it alone;
    `undated`: whether the headline and lead name no date at all)."""
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
            or _before(d, day, settings.background_days)
            # "last week" is before the news of a lead dated to a day, and, past the lead,
            # before the publication day of an article whose lead names no date
            or ((dated_news or (undated and sentence.paragraph > 1)) and _week_before(d, day))
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
    if counts or has_figure(doc, sentence.start, stop):
        strong, nouns, totals = _statistic_words()
        span = (doc.folded, sentence.start, stop)
        if totals.find(*span) or _counts_since(doc, dates) or _tally_size(counts):
            return "statistic"
        # a count of incidents no single happening has ("more than 35,000 homicides")
        if incident_counts(doc, *span[1:], minimum=_tally_minimum()):
            return "statistic"
        # a perfect tense of toll over a month or a year ("han sido asesinadas en 2024")
        coarse = any(d.precision in ("month", "year") for d in dates)
        if _perfect_total(*span, coarse) or _tally_cues("counting_in").find(*span):
            return "statistic"
        if cues.statistic and (strong.find(*span) or nouns.find(*span)):
            return "statistic"
        if counts and _tally_cues("long_periods").find(*span):
            return "statistic"  # a figure over months or years sums many happenings
        if any(c.value >= 2 for c in counts) and has_period(doc, *span[1:], long=True):
            return "statistic"  # "over the past 30 years, 50 were murdered" (not "a fugitive
            # for 14 years was arrested": one person is no tally)
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
            and not sentence.is_headline
            and any(c.what in _DEATHS for c in counts)
            and _tally_cues("tally_periods").find(*span)
        ):
            return "statistic"  # a state's toll over a weekend or a day: several happenings
        # "En cinco días, sicarios han perpetrado cuatro ataques": incidents over a period.
        if incident_counts(doc, *span[1:]) and has_period(doc, *span[1:]):
            return "statistic"
    # incidents summed over a long period, with no figure ("a series of attacks on bars in
    # recent months", "una ola de ataques este año")
    if cues.aggregate and _tally_cues("total_periods").find(doc.folded, sentence.start, stop):
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
    for m in _tally_cues("rankings").find(doc.folded, start, stop):
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
    return bool(_tally_cues("running_totals+total_periods").find(folded, start, end))


def _perfect_total(folded: str, start: int, end: int, over_period: bool = False) -> bool:
    """Whether a figure is a running total: a perfect tense of toll ("ha dejado", "have been
    killed") over a long period ("este año", "so far", "in recent months", a month or a year
    the sentence names: `over_period`) or with an
    ongoing phenomenon as its subject ("la violencia ha dejado", "fighting has left")."""
    verbs = _tally_cues("perfect_totals").find(folded, start, end)
    if not verbs:
        return False
    if over_period or _tally_cues("total_periods+since_words").find(folded, start, end):
        return True
    ongoing = _tally_cues("ongoing_subjects")
    for verb in verbs:
        # the subject: in the verb's clause (after the last clause mark before it)
        opening = max(folded.rfind(ch, start, verb.start) for ch in ",;:(")
        if ongoing.find(folded, max(start, opening, verb.start - 100), verb.start):
            return True
    return False


def ordinal_tally(doc: Doc, i: int, triggers: Sequence[Trigger]) -> bool:
    """Whether sentence `i` only counts incidents by an ordinal over a period ("es el cuarto
    ataque contra policías en lo que va del mes", "the third massacre this year"): a tally,
    unless another event word of the sentence reports what happened."""
    sentence = doc.sentences[i]
    span = (doc.folded, sentence.start, sentence.end)
    if not triggers or not _tally_cues("total_periods+short_periods").find(*span):
        return False
    found = _tally_cues("ordinal_incidents").find(*span)
    # "the 10th journalist to be killed this year": the victims' ordinal, its act after it
    # (a headline's "Segundo caso de desaparición en el mes" tells its news)
    ordinals = [] if sentence.is_headline else victim_ordinals(doc, sentence.start, sentence.end)
    if not (found or ordinals):
        return False
    reach = tense_settings().ahead_chars
    return all(
        any(m.start <= t.start < m.end for m in found)
        or any(0 <= t.start - e <= reach for e in ordinals)
        for t in triggers
    )


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
        if since and not _compared(doc, since[0].start):
            return True
    return False


def _compared(doc: Doc, since: int) -> bool:
    """Whether a superlative or a first stands in the clause before the "since" at `since`."""
    opening = max(doc.folded.rfind(ch, max(0, since - 120), since) for ch in ",;:(")
    start = max(0, since - 120, opening + 1)
    return bool(_tally_cues("compared_since").find(doc.folded, start, since))


def _tally_minimum() -> int:
    return int(load_data("incidents.toml")["statistic"]["tally_minimum"])


def _tally_size(counts: list[CountMention]) -> bool:
    data: dict[str, Any] = load_data("incidents.toml")["statistic"]
    return any(c.what in data["tally_figures"] and c.value >= _tally_minimum() for c in counts)


def _attach(position: int, end: int, triggers: Sequence[Trigger], reach: int) -> int | None:
    """The index of the trigger a time word at [position, end) dates: the nearest one ending
    before it within `reach` characters, else the nearest one after it."""
    before = [k for k, t in enumerate(triggers) if t.end <= position and position - t.end <= reach]
    if before:
        return max(before, key=lambda k: triggers[k].end)
    after = [k for k, t in enumerate(triggers) if t.start >= end]
    if after:
        return min(after, key=lambda k: triggers[k].start)
    return None


def _attach_ahead(position: int, triggers: Sequence[Trigger], reach: int) -> int | None:
    """The trigger a cue at `position` dates when it looks ahead: the event word a pluperfect
    conjugates ("había sido asesinado", "had been kidnapped") or that "weeks after" introduces,
    else as any background word."""
    after = _next_trigger(position, triggers, reach)
    return after if after is not None else _attach(position, position + 1, triggers, reach)


def _next_trigger(position: int, triggers: Sequence[Trigger], reach: int) -> int | None:
    """The first trigger starting at `position` or at most `reach` characters after it."""
    after = [k for k, t in enumerate(triggers) if 0 <= t.start - position <= reach]
    return min(after, key=lambda k: triggers[k].start) if after else None


def earlier_triggers(
    doc: Doc,
    i: int,
    triggers: Sequence[Trigger],
    dates: list[DateMatch],
    day: date | None,
    stamped: bool = False,
) -> set[int]:
    """The triggers of sentence `i` (by index) that report an earlier event while the rest of
    the sentence reports current news; empty when the sentence is all of one time.

    `stamped`: the news day is only the day the report was stamped with (its lead names no
    day), which may come days after the news ("…said Sunday the killings occurred
    Saturday"): a date then dates an earlier event only when it lies `background_days` before.

    A category is earlier when every date or background word that dates one of its words is
    earlier than the news. A background word or a pluperfect also splits one category in two
    at a clause mark ("cinco muertos en el funeral de un joven –quien había sido asesinado un
    día antes–"); a date alone does not (the news day may be only the publication day).
    """
    if len(triggers) < 2:
        return set()
    settings = tense_settings()
    dated: dict[int, set[bool]] = {}
    by_cue: dict[int, int] = {}  # trigger → where the clause its cue dates begins
    for d in dates:
        if d.future:
            continue
        relative = opens_relative(doc, d.start)
        k = (
            _attach_ahead(d.end, triggers, settings.ahead_chars)
            if relative
            else _attach(d.start, d.end, triggers, settings.attach_chars)
        )
        if k is not None:
            margin = settings.background_days if stamped else settings.earlier_days
            is_earlier = is_historical(d, doc.published) or _before(d, day, margin)
            dated.setdefault(k, set()).add(is_earlier)
            if relative and is_earlier:
                by_cue[k] = -1  # "…, donde el sábado asesinaron a otras tres": a clause apart
    _share_manner_dates(doc, triggers, dated)
    cues = doc.status[i]
    for position in cues.background_at:
        if position in cues.demanded_at:  # what a protest is about: only a word after it
            k = _next_trigger(position, triggers, settings.ahead_chars)
        elif position in cues.ahead_at:
            k = _attach_ahead(position, triggers, settings.ahead_chars)
        else:
            k = _attach(position, position + 1, triggers, settings.attach_chars)
        if k is not None:
            dated.setdefault(k, set()).add(True)
            # what an "after" word or a pluperfect dates begins at it ("el ataque ocurre
            # semanas después de que un comando asesinara…")
            by_cue[k] = position if position in cues.ahead_at else -1
    past_words = {k for k, tenses in dated.items() if tenses == {True}}
    if not past_words:
        return set()
    by_category: dict[str, list[int]] = {}
    for k, t in enumerate(triggers):
        by_category.setdefault(t.category, []).append(k)
    earlier = {k for ks in by_category.values() if all(k in past_words for k in ks) for k in ks}
    # A background word splits its category at a clause mark: the undated words of its
    # clause go with it ("el asesinato de los hermanos a balazos, ocurrido hace un año").
    # What an "after" word or a pluperfect opens is one earlier happening, whatever the
    # kinds of its words ("came a year after a bomb wounded three investigators").
    accused = set(cues.accused_at)
    for j in past_words & set(by_cue):
        earlier.add(j)
        earlier |= {
            k
            for k in (by_category[triggers[j].category] if by_cue[j] < 0 else range(len(triggers)))
            if k not in dated
            and triggers[k].start > max(by_cue[j], triggers[j].start)
            and _one_clause(doc, triggers[j], triggers[k])
            and not (by_cue[j] in accused and main_predicate(doc, triggers[k]))
        }
    if len(earlier) == len(triggers):
        return set()  # the whole sentence is of one time: the sentence's status decides
    return earlier


# An event word that tells how the one right before it happened: "was killed in an operation
# by the Army… on Sunday", "murió durante un enfrentamiento": one happening, one time.
_MANNER = re.compile(r"\s+(?:in|during|en|durante)\s+(?:a|an|the|un|una|el|la)\s+(?:\w+\s+)?$")


def _share_manner_dates(doc: Doc, triggers: Sequence[Trigger], dated: dict[int, set[bool]]) -> None:
    """Let an event word and the one that tells how it happened ("killed in an operation")
    share the dates that date either: a date next to one dates the happening."""
    for k in range(1, len(triggers)):
        a, b = triggers[k - 1], triggers[k]
        if a.end <= b.start and _MANNER.fullmatch(doc.folded, a.end, b.start):
            shared = dated.get(k - 1, set()) | dated.get(k, set())
            if shared:
                dated[k - 1] = dated[k] = set(shared)


# The "after" words that put the sentence's happening later than the one they introduce
# ("a 11 días después de una masacre", "weeks after the killing of"): "se suma a", "a días
# de que" say no such order, and a clause ("después de que…") may be the news itself.
_LATER = re.compile(
    r"(?:(?P<days>dias?)|semanas?|mes(?:es)?|anos?) despues de (?:una?|el|la|los|las) "
    r"|(?:(?P<days_en>days?)|weeks?|months?|years?) after (?:the|an?) "
)
_COUNT_BEFORE = re.compile(r"(\w+)\s+$")


def _later_than_news(folded: str, position: int) -> bool:
    """Whether the "after" word at `position` puts an earlier happening outside the news
    window: weeks, months or years after it, or more days than `background_days` ("a 11
    días después de"; "días después de" alone may be two days: news still)."""
    match = _LATER.match(folded, position)
    if match is None:
        return False
    if not (match.group("days") or match.group("days_en")):
        return True
    count = _COUNT_BEFORE.search(folded, max(0, position - 16), position)
    if count is None:
        return False
    word = count.group(1)
    value = parse_digits(word) if word[:1].isdigit() else number_words().words.get(word)
    return value is not None and value > tense_settings().background_days


# "…se suma a los 45 asesinatos de este año", "…is the latest in a string of attacks": the
# news counted among earlier happenings.
_JOINS = re.compile(
    r"se (?:suma|suman|sumo|sumaron) a|(?:the|its|el|la) (?:latest|most recent|mas reciente"
    r"|ultimo|ultima)\b"
)
# What may stand before such words when it only names the news again ("Este ataque armado",
# "The killing is"): a determiner and a few words.
_NEWS_AGAIN = re.compile(
    r"\W*(?:con |with )?(?:este|esta|estos|estas|dicho|dicha|el|la|los|las|this|that|the|these"
    r"|it|its)\b(?:\s+\w+){0,3}\s*,?\s*$"
)


def joins_tally(doc: Doc, i: int, triggers: Sequence[Trigger]) -> bool:
    """Whether sentence `i` only counts the news, named again, among earlier happenings
    ("Este ataque armado se suma a la lista de hechos violentos de este año", "The killing
    is the latest in a string of attacks on reporters"): a tally, not a part of the news;
    its event words before the cue name the news again, and those after it the others."""
    if not triggers:
        return False
    start = doc.sentences[i].start
    for position in doc.status[i].ahead_at:
        if not _JOINS.match(doc.folded, position):
            continue
        if _NEWS_AGAIN.match(doc.folded, start, position) and not any(
            c.start < position for c in doc.counts if start <= c.start
        ):
            return True
    return False


@cache
def _anaphora() -> PhraseMatcher[str]:
    words = load_data("lexicon/cues.toml")["background"]["anaphora"]
    return PhraseMatcher((w, "again") for w in words)


def names_again(doc: Doc, i: int) -> bool:
    """Whether sentence `i` opens by naming again the happening told before it ("Por ese
    crimen…", "In that attack…"): it goes on telling that happening."""
    sentence = doc.sentences[i]
    found = _anaphora().find(doc.folded, sentence.start, min(sentence.end, sentence.start + 60))
    return any(m.start <= sentence.start + 3 for m in found)


def told_earlier(
    doc: Doc, i: int, triggers: Sequence[Trigger], dates: list[DateMatch], day: date | None
) -> bool:
    """Whether every event word of sentence `i` tells a happening before the news, as an
    "after" word of its clause says ("La agresión ocurre días después de una masacre que
    dejó 20 muertos", "weeks after the killing of five men in X"): the sentence is
    background even though no date or background word dates it as a whole. A pluperfect
    alone does not say so: a narrative uses it for the steps of the news itself ("los
    hombres habían sido detenidos y trasladados a la comandancia")."""
    if not triggers:
        return False
    if any(not d.future and not _before(d, day, tense_settings().background_days) for d in dates):
        return False  # a date of the news window dates some of it
    cues = [p for p in doc.status[i].ahead_at if _later_than_news(doc.folded, p)]
    reach = tense_settings().ahead_chars
    return bool(cues) and all(
        any(0 <= t.start - p <= reach and same_clause(doc, p, t.start) for p in cues)
        for t in triggers
    )


def _one_clause(doc: Doc, a: Trigger, b: Trigger) -> bool:
    return same_clause(doc, min(a.end, b.end), max(a.start, b.start))


def accused_only(doc: Doc, i: int, triggers: Sequence[Trigger]) -> bool:
    """Whether every event word of sentence `i` is what someone is accused of ("el detenido
    también participó en el asesinato de dos policías"): an earlier crime, not news. The verb
    of the accused people themselves is news ("men accused of kidnapping were lynched")."""
    accused = doc.status[i].accused_at
    if not accused or not triggers:
        return False
    reach = tense_settings().ahead_chars
    return all(
        any(
            # a protest is what a "protested against the…" cue opens, not what it dates
            (t.start == p and t.category != "protest")
            or (0 < t.start - p <= reach and not main_predicate(doc, t))
            for p in accused
        )
        for t in triggers
    )


@cache
def _auxiliaries() -> PhraseMatcher[str]:
    words = load_data("lexicon/cues.toml")["background"]["predicate_auxiliaries"]
    return PhraseMatcher((w, "aux") for w in words)


def main_predicate(doc: Doc, t: Trigger) -> bool:
    """Whether an auxiliary stands right before event word `t` ("were lynched", "fueron
    linchados"): the verb of the sentence's subject."""
    head = doc.folded[max(0, t.start - 16) : t.start].rstrip()
    found = _auxiliaries().find(head)
    return bool(found) and found[-1].end == len(head)


def pluperfect_act(doc: Doc, i: int, triggers: Sequence[Trigger]) -> bool:
    """Whether a pluperfect of sentence `i` conjugates one of its event words ("habían sido
    detenidos", "had been kidnapped"): what had happened before the news. A pluperfect of
    another verb ("no había informado si el cuerpo había sido identificado") dates none."""
    cues = doc.status[i]
    if not cues.pluperfect:
        return False
    reach = tense_settings().ahead_chars
    start = doc.sentences[i].start
    return any(
        0 <= t.start - p <= reach and not _said_before(doc, start, p)
        for p in cues.ahead_at
        for t in triggers
    )


@cache
def _saying_verbs() -> PhraseMatcher[str]:
    """Verbs of saying (`cues.toml` [attribution]): a pluperfect after one in its sentence is
    the speaker's tense moved back ("police said six people had been killed", "informó que
    habían sido atacados"), not an earlier happening."""
    data = load_data("lexicon/cues.toml")["attribution"]
    return PhraseMatcher(
        (w, "says") for n in ("verb_then_source", "verb_then_source_en") for w in data[n]
    )


def _said_before(doc: Doc, start: int, position: int) -> bool:
    return bool(_saying_verbs().find(doc.folded, start, position))


def owning_trigger(
    position: int, triggers: Sequence[Trigger], bounds: Sequence[int] = ()
) -> int | None:
    """The trigger an item at `position` belongs to when cues at `bounds` open clauses about
    an earlier event ("the killings came a day after five people were shot dead", "detenido
    como presunto responsable del homicidio de dos policías"): the nearest trigger on the
    same side of every such cue, else the nearest one (`nearest_trigger`)."""

    def side(p: int) -> int:
        return sum(1 for b in bounds if b <= p)

    here = side(position)
    same = [k for k, t in enumerate(triggers) if side(t.start) == here]
    if not bounds or not same or len(same) == len(triggers):
        return nearest_trigger(position, triggers)
    best = nearest_trigger(position, [triggers[k] for k in same])
    return None if best is None else same[best]


def nearest_trigger(position: int, triggers: Sequence[Trigger]) -> int | None:
    """The trigger an item at `position` (a place, a figure) most likely belongs to: the
    nearest one before it, else the nearest one after it."""
    if not triggers:
        return None
    inside = [k for k, t in enumerate(triggers) if t.start <= position < t.end]
    if inside:
        return inside[0]  # a figure read off an event word ("killing a woman") is its own
    return min(
        range(len(triggers)),
        key=lambda k: (
            0 if triggers[k].end <= position else 1,
            abs(position - triggers[k].end)
            if triggers[k].end <= position
            else abs(triggers[k].start - position),
        ),
    )
