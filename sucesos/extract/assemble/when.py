"""When an event happens: the dates its own words name ("ayer lunes 9 de marzo", "la
madrugada del sábado", "on Nov. 3"), else the lead's, else the publication date at week
precision (the text does not say the day)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from sucesos.extract.assemble.background import recalls_before, sentence_dates, told_news_day
from sucesos.extract.assemble.clauses import CLAUSE_MARKS, same_clause
from sucesos.extract.assemble.draft import Draft, Found
from sucesos.extract.assemble.news import opens_a_stay, running_total
from sucesos.extract.assemble.running import tally_cues
from sucesos.extract.assemble.tallies import victim_ordinals
from sucesos.extract.dates import DateMatch, is_historical
from sucesos.extract.dates.stamp import is_archive_stamp
from sucesos.extract.kinds import Trigger, taxonomy
from sucesos.extract.lexicon import PhraseMatcher, load_data
from sucesos.extract.lexicon_scan import share_scan

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc


def lead_date_of(doc: Doc, found: Found) -> DateMatch | None:
    """The first current date of the headline and lead, else the report's stamp (a dateline
    says when the report was filed: nearer the events than a publication date). Not the date
    of what someone is arrested for ("detienen al presunto responsable de la masacre ocurrida
    el pasado lunes"): that is the crime's (`background.sentence_dates`), nor a year a
    count of the news among others spans (`_count_span`)."""
    for sentence in doc.sentences:
        if sentence.paragraph > 1:
            break
        i = sentence.index
        kept = {d.start for d in sentence_dates(doc, i, found.dates[i], found.triggers[i])}
        for d in found.dates[i]:
            if d.start not in kept and _in_accusation(doc, i, d):
                continue
            if _count_span(doc, d):
                continue
            if not d.future and not is_historical(d, doc.published):
                return d
    return doc.stamp


def _count_span(doc: Doc, d: DateMatch, ordinal: bool = False) -> bool:
    """Whether `d` is a year that spans a count in its clause: a running total ("en lo que
    va de 2024 suman 40 homicidios", "desde 2015 a la fecha", "the second of its kind this
    year") or an ordinal that counts the news among others ("…, the fifth reporter killed in
    2024", "the fifth of its kind in 2024"); with `ordinal`, only the latter. Such a year
    dates many happenings, not the news's day."""
    if d.precision != "year":
        return False
    sentence = next((s for s in doc.sentences if s.start <= d.start < s.end), None)
    if sentence is None:
        return False
    text = doc.text
    lo = max(sentence.start, *(text.rfind(ch, sentence.start, d.start) + 1 for ch in CLAUSE_MARKS))
    ends = [text.find(ch, d.end, sentence.end) for ch in CLAUSE_MARKS]
    hi = min((x for x in ends if x >= 0), default=sentence.end)
    if not ordinal and running_total(doc.folded, lo, hi):
        return True
    return bool(
        victim_ordinals(doc, lo, d.start)
        or tally_cues("ordinal_incidents+ordinal_kinds").find(doc.folded, lo, d.start)
    )


def _in_accusation(doc: Doc, i: int, d: DateMatch) -> bool:
    """Whether date `d` stands in the clause of what someone is accused of, with no clause
    mark between the cue and it ("…responsable de la masacre ocurrida el pasado lunes"), not
    in a clause of its own ("…acusados de secuestro, informaron el miércoles")."""
    return any(p < d.start and same_clause(doc, p, d.start) for p in doc.status[i].accused_at)


def opening_dates(
    found: Found,
    i: int,
    triggers: list[Trigger],
    skip: set[int],
    other_aside: tuple[int, int] | None = None,
) -> set[int]:
    """Starts of the dates that open sentence `i` before all its event words ("On Nov. 3,
    gunmen burned trucks across three states, the day soldiers killed a leader in X", "El
    domingo, …"), when the sentence names no other day and the part of it an event has (all
    items but `skip`) names none: such a date dates every event the sentence tells, not only
    the nearest.
    Not a day a source spoke ("said on Tuesday that…"), nor one inside another event's aside."""
    if not triggers or any(d.start not in skip for d in found.dates[i]):
        return set()
    first = min(t.start for t in triggers)
    if any(d.start > first for d in found.dates[i]):
        return set()  # a later day may open the event's own clause ("; on Saturday …")
    return {
        d.start
        for d in found.dates[i]
        if d.start not in found.reporting
        and not (other_aside and other_aside[0] <= d.start < other_aside[1])
    }


def event_date(
    doc: Doc, draft: Draft, found: Found, lead_date: DateMatch | None
) -> tuple[str | None, str | None, bool]:
    """(date, precision, whether the text named it) for the event."""
    candidates = [d for d in found.dates_of(draft) if not d.future]
    if draft.status == "historical":
        past = [d for d in candidates if is_historical(d, doc.published)] or candidates
        if past:
            return past[0].value.isoformat(), past[0].precision, True
        return None, None, False
    # (a day someone's stay began, "radicaba allí desde febrero", dates nothing that happened)
    # (nor does a year an ordinal counts the news over, "…, the fifth killed in 2024", in a
    # record that tells the news in other sentences too: one told by that sentence alone
    # is the count's)
    told_apart = len(set(draft.sentences)) > 1
    current = [
        d
        for d in candidates
        if not is_historical(d, doc.published)
        and not opens_a_stay(doc, d)
        and not (told_apart and _count_span(doc, d, ordinal=True))
    ]
    if draft.status == "statistic" and not current:
        current = candidates
    told = [d for d in current if d.start not in found.reporting]
    if told and all(_recalls_others(doc, found, draft, d) for d in told):
        # its only days are those of people its clauses recall ("…los reos que se fugaron
        # el domingo"): the account's running day, when one is told before it
        previous = sequel_day(doc, draft, found) or account_day(doc, draft, found)
        if previous is not None:
            return previous.value.isoformat(), previous.precision, True
    if current and not told:
        # its only day is the day a source spoke ("…, authorities said Wednesday"): the
        # incident's own day, told in the sentences after, comes first
        later = elaboration_day(doc, draft, found)
        if later is not None:
            return later.value.isoformat(), later.precision, True
    if current:
        # the incident's own day before the day a source spoke of it ("said Tuesday"); a
        # whole year ("the tenth reporter killed this year") says less than either
        best = min(
            current,
            key=lambda d: (
                d.precision == "year",
                d.start in found.reporting,
                _PRECISION_ORDER[d.precision],
                d.start,
            ),
        )
        return best.value.isoformat(), best.precision, True
    previous = sequel_day(doc, draft, found)
    if previous is None and not _lead_dates(doc, draft, found, lead_date):
        previous = account_day(doc, draft, found) or elaboration_day(doc, draft, found)
    if previous is not None:
        return previous.value.isoformat(), previous.precision, True
    if lead_date is not None and lead_date.start not in draft.skip:
        # (not a date its own sentence gives another event: "…was killed, one of six
        # murdered this year")
        return lead_date.value.isoformat(), lead_date.precision, True
    if draft.status == "reported" and (lead_date is None or lead_date is doc.stamp):
        # neither the event's words nor the lead name its day: the day the account dates its
        # news to ("Ocho personas fueron asesinadas en Guerrero. […] En El Pelillo, el martes,
        # …"), as the day of the account's other happenings
        account = told_news_day(doc, found)
        if account is not None:
            return account.value.isoformat(), account.precision, True
    if doc.published is not None:
        # The text names no time: the event happened around publication, not on that day.
        return doc.published.isoformat(), "week", False
    return None, None, False


_PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}


@dataclass(frozen=True)
class _Relatives:
    openers: PhraseMatcher[str]  # pronouns, and "que" after an article and its noun
    articles: frozenset[str]
    occurrence: PhraseMatcher[str]


@cache
def _relatives() -> _Relatives:
    data = load_data("lexicon/cues.toml")["recalled_relatives"]
    return _Relatives(
        PhraseMatcher(
            [(w, "pronoun") for w in data["openers"]]
            + [(w, "after_noun") for w in data["after_noun"]]
        ),
        frozenset(data["articles"]),
        PhraseMatcher((w, "occurrence") for w in data["occurrence"]),
    )


def _after_a_noun(doc: Doc, relatives: _Relatives, start: int) -> bool:
    """Whether the words before `start` are an article and its noun, a number between them
    may be ("los reos", "los 30 reos"): a "que" there opens a relative clause."""
    words = doc.folded[max(0, start - 60) : start].split()
    if len(words) >= 3 and words[-2].isdigit():
        words = words[:-2] + words[-1:]
    return len(words) >= 2 and words[-2] in relatives.articles and words[-1].isalpha()


def _recalls_others(doc: Doc, found: Found, draft: Draft, d: DateMatch) -> bool:
    """`_recalled_in` for a day of the draft's sentences."""
    i = next((k for k in set(draft.sentences) if d in found.dates[k]), None)
    return i is not None and _recalled_in(doc, found, i, d)


def _recalled_in(doc: Doc, found: Found, i: int, d: DateMatch) -> bool:
    """Whether day `d` of sentence `i` stands in a relative clause that opens after the
    sentence's act and tells no act of its own, nor the act's occurrence (`cues.toml`
    [recalled_relatives]: "…a dos agentes que buscaban a los reos que se fugaron el
    domingo"): it dates the people the clause describes, not any act of the account."""
    acts = [t.end for t in found.triggers[i] if t.act and t.end <= d.start]
    if not acts:
        return False
    relatives = _relatives()
    near = [
        m
        for m in relatives.openers.find(doc.folded, max(acts), d.start)
        if same_clause(doc, m.end, d.start)
        and (m.value == "pronoun" or _after_a_noun(doc, relatives, m.start))
    ]
    if not near:
        return False
    opens = near[-1].end
    if any(opens <= t.start < d.start for t in found.triggers[i]):
        return False  # "…a dos hombres que fueron asesinados el domingo": an act's own day
    return not relatives.occurrence.find(doc.folded, opens, d.start)


# A sequel's opener starts within this many characters of its sentence ("A las 18:30 horas,
# del mismo día, …").
_OPENER_REACH = 25
# How many sentences back the day of the account before a sequel is looked for.
_SEQUEL_REACH = 4


@share_scan
@cache
def _sequel_openers() -> PhraseMatcher[str]:
    return PhraseMatcher(
        (w, "sequel") for w in load_data("lexicon/cues.toml")["sequels"]["openers"]
    )


def opens_as_sequel(doc: Doc, i: int) -> bool:
    """Whether sentence `i` opens by setting itself just before, after or at the time of the
    account told before it ("Minutos más tarde…", "Hours later…", "Mientras tanto…")."""
    sentence = doc.sentences[i]
    reach = min(sentence.end, sentence.start + _OPENER_REACH)
    found = _sequel_openers().find(doc.folded, sentence.start, reach + 40)
    return any(m.start < reach for m in found)


def sequel_day(doc: Doc, draft: Draft, found: Found) -> DateMatch | None:
    """The day of the account told just before a draft that opens as its sequel ("Minutos
    más tarde…", "Hours later…", "Mientras tanto…"; `cues.toml` [sequels]): the current day
    of the nearest sentence before it that names one, up to `_SEQUEL_REACH` sentences back,
    passing over background (pluperfect, tallies) and not past a sentence that tells an act
    with no day; None when the draft opens otherwise or no such day is near."""
    first = draft.first
    if not opens_as_sequel(doc, first):
        return None
    for i in range(first - 1, max(-1, first - 1 - _SEQUEL_REACH), -1):
        told = doc.status[i]
        if told.background or told.pluperfect or told.statistic:
            continue  # what had happened before ("el vehículo había sido robado el día 24")
        days = [
            d
            for d in found.dates[i]
            if d.precision == "day"
            and not d.future
            and d.start not in found.reporting
            and not is_historical(d, doc.published)
        ]
        if days and all(_recalled_in(doc, found, i, d) for d in days):
            continue  # only the day of people its clauses recall: the account goes on before
        if days:
            return days[-1]
        if found.triggers[i]:
            return None  # the account before names no day: the lead's dates both
    return None


# How many sentences back the running day of an account is looked for.
_ACCOUNT_REACH = 6
# How many sentences after a draft the day that elaborates it is looked for.
_ELABORATION_REACH = 2


def _told_days(doc: Doc, found: Found, i: int) -> list[DateMatch]:
    """The current days sentence `i` tells an act on (not a day a source spoke)."""
    recalled = recalls_before(doc, found, i)
    return [
        d
        for d in found.dates[i]
        if d.precision == "day"
        and not d.future
        and d.start not in found.reporting
        and not is_historical(d, doc.published)
        and not opens_a_stay(doc, d)
        and not recalled(d)
    ]


def _background(doc: Doc, i: int) -> bool:
    told = doc.status[i]
    return told.background or told.pluperfect or told.statistic


def account_day(doc: Doc, draft: Draft, found: Found) -> DateMatch | None:
    """The running day of the account a draft with no day of its own goes on telling: the
    last current day of the nearest sentence before it that names one, up to
    `_ACCOUNT_REACH` sentences back, passing over background ("El sábado por la tarde
    mataron a un hombre en X. […] Más tarde hirieron a otro en Y": Saturday; "The unrest
    began on Thursday, October 3. One incident involved…": the 3rd)."""
    own = set(draft.sentences)
    for first in sorted(own):
        # (a draft merged with the headline goes on from its first sentence in the body)
        for i in range(first - 1, max(-1, first - 1 - _ACCOUNT_REACH), -1):
            if i in own or _background(doc, i):
                continue
            days = _told_days(doc, found, i)
            if days and all(_recalled_in(doc, found, i, d) for d in days):
                continue  # only the day of people its clauses recall ("…los reos que se
                # fugaron el domingo"): the account's day is told before it
            if days:
                return days[-1]
    return None


def elaboration_day(doc: Doc, draft: Draft, found: Found) -> DateMatch | None:
    """The day the sentences just after a draft with no day of its own tell its incident on
    ("Gunmen killed three officers, the agency said. The officers were on patrol on
    Thursday when they came under fire"; "Fue asesinado un exsíndico. […] alrededor de las
    17 horas del lunes viajaban…"): the first current day of the next sentence (or the one
    after) whose acts, if any, are of the families of the draft's own acts; None past an
    opener of another happening ("En otro hecho…"), an act of another family, or another
    state."""
    own = {draft.category, *draft.kinds}
    own.update(t.category for i in set(draft.sentences) for t in found.triggers[i])
    families = {_family(c) for c in own}
    states = found.named(draft).states
    last = max(draft.sentences)
    for i in range(last + 1, min(len(doc.sentences), last + 1 + _ELABORATION_REACH)):
        if i in found.openers or _background(doc, i):
            return None
        if any(_family(t.category) not in families for t in found.triggers[i] if t.act):
            return None
        if states and any(
            p.location.admin1_code and p.location.admin1_code not in states for p in found.places[i]
        ):
            return None
        days = _told_days(doc, found, i)
        if days:
            return days[0]
    return None


def _lead_dates(doc: Doc, draft: Draft, found: Found, lead_date: DateMatch | None) -> bool:
    """Whether the lead's date dates a draft told from the lead: the lead's own day, or its
    dateline's ("CHILPANCINGO, Gro., 23 de septiembre.-"); not an archive's stamp, nor the
    day a source spoke ("…, authorities said Saturday")."""
    first = draft.first
    if lead_date is None or (
        doc.sentences[first].paragraph > 1 and any(found.triggers[i] for i in range(first))
    ):
        return False  # (a lead may follow page furniture: no act is told before it)
    if lead_date.start in found.reporting:
        return False
    return lead_date is not doc.stamp or not is_archive_stamp(doc.text, lead_date)


def _family(category: str) -> str:
    kind = taxonomy().get(category)
    return kind.family if kind is not None else category
