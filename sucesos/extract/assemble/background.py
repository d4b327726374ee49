"""Background inside news: the clauses at the ends of a sentence's news that tell
background ("…, donde en 2023 su hermano también fue ejecutado"), and a sentence that gives
again the figures of the background told right before it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any

from sucesos.extract.assemble.draft import Draft, Found
from sucesos.extract.assemble.earlier import pluperfects_at
from sucesos.extract.assemble.elaboration import elaborates
from sucesos.extract.assemble.news import dated_before, running_total, tense_settings
from sucesos.extract.count_words import CountMention, is_number
from sucesos.extract.dates import DateMatch, is_historical, period_end
from sucesos.extract.kinds import Trigger
from sucesos.extract.lexicon import PhraseMatcher, alternation, load_data
from sucesos.extract.lexicon_scan import share_scan

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc

PEOPLE_FIGURES = frozenset({"killed", "injured", "arrested", "kidnapped", "missing", "bodies"})


def background_clause(doc: Doc, found: Found, i: int, start: int, end: int) -> bool:
    """Whether the clause of sentence `i` from `start` to `end` tells background: a
    background word, a date well before the news or a running total, and no current date."""
    if any(start <= c.start < end for c in found.counts[i]):
        return False  # ", killing six officers in the deadliest attack since 2019": news
    published = doc.published
    dates = [d for d in found.dates[i] if start <= d.start < end and not d.future]
    past = [d for d in dates if is_historical(d, published) or _long_before(d, published)]
    if len(past) < len(dates):
        return False  # a date of the news window
    if past or any(start <= p < end for p in doc.status[i].background_at):
        return True
    return bool(running_total(doc.folded, start, end))


def sentence_dates(
    doc: Doc, i: int, dates: list[DateMatch], acts: list[Trigger]
) -> list[DateMatch]:
    """The dates of sentence `i` that date it as a whole: not those inside what someone is
    accused of when an act of the sentence comes before the accusation ("Detienen a dos por
    el homicidio de un comerciante, ocurrido el pasado 3 de enero"). That date is the
    crime's, which `earlier.earlier_triggers` splits off as background; the arrest is news."""
    accused = doc.status[i].accused_at
    if not accused or not any(t.start < min(accused) for t in acts):
        return dates
    return [d for d in dates if d.start < min(accused)]


def recalled_day(
    doc: Doc, found: Found, i: int, dates: list[DateMatch], lead: DateMatch | None
) -> bool:
    """Whether sentence `i`, past the sentence whose date dates the news to a day, names only
    days more than `recall_days` before that day ("…fue asesinado hoy. […] El pasado lunes
    fue asesinado el regidor de otro municipio", "…was shot dead on Friday. […] On Monday,
    gunmen killed a reporter in another state"): an earlier happening the report recalls.
    Not when the news day is only the report's stamp or the day a source spoke ("said on
    Tuesday that the bodies found on Saturday…"): the news itself may lie days before it.
    `lead` is the day that dates the news: the lead's own, or, when the lead names none or
    only the stamp, the day the account tells (`told_news_day`, found once by the caller)."""
    if (
        lead is None
        or lead.precision != "day"
        or lead.start in found.reporting
        or lead.start >= doc.sentences[i].start
    ):
        return False
    own = [d for d in dates if not d.future and d.start not in found.reporting]
    days = tense_settings().recall_days
    return bool(own) and all(dated_before(d, lead.value, days) for d in own)


def told_news_day(doc: Doc, found: Found) -> DateMatch | None:
    """The day the article's account dates its news to when its lead names none ("Otra vez
    fueron hallados tres cuerpos en la comunidad. El hallazgo ocurrió el domingo 31 de
    enero"): the first date of a day, from the first sentence with an event word on, in a
    sentence with an event word or one that tells when the happening told took place
    (`elaborates`), that is neither a day a source spoke, nor `background_days` before
    publication, nor in a sentence a background word or an accusation dates."""
    published = doc.published
    told = False  # whether a sentence so far told a happening
    for sentence in doc.sentences:
        j = sentence.index
        told = told or bool(found.triggers[j])
        if not told or doc.status[j].background or doc.status[j].accused_at:
            continue
        if doc.status[j].statistic and found.counts[j]:
            continue  # a tally's day ("Tan solo el domingo se registraron dos homicidios más")
        if not found.triggers[j] and not elaborates(doc, j):
            continue  # a byline's or a statement's day ("By AFP, 2 hours ago")
        recalled = recalls_before(doc, found, j)
        for d in found.dates[j]:
            if (
                d.precision == "day"
                and not d.future
                and d.start not in found.reporting
                and not is_historical(d, published)
                and not _long_before(d, published)
                and not recalled(d)
            ):
                return d
    return None


@cache
def _recalled_cues() -> tuple[PhraseMatcher[str], PhraseMatcher[str], PhraseMatcher[str]]:
    data: dict[str, Any] = load_data("lexicon/cues.toml")["background"]
    return (
        PhraseMatcher((w, "recalled") for w in data["recalled_others"]),
        PhraseMatcher((w, "counted") for w in data["recalled_counted"]),
        PhraseMatcher((w, "reminder") for w in data["reminders"]),
    )


# asked on every sentence or draft: one shared pass per article (`lexicon_scan.shared_scan`)
share_scan(lambda: _recalled_cues()[2])

# A reminder opens its sentence within this many characters.
_REMINDER_REACH = 3


def reminds(doc: Doc, i: int) -> bool:
    """Whether sentence `i` opens as a reminder ("Cabe recordar que…", "It is worth
    recalling that…"): it tells what happened before the news."""
    sentence = doc.sentences[i]
    found = _recalled_cues()[2].find(doc.folded, sentence.start, sentence.end)
    return any(m.start <= sentence.start + _REMINDER_REACH for m in found)


def reminded(doc: Doc, found: Found, i: int) -> bool:
    """Whether sentence `i` is a reminder (`reminds`) whose days all lie before the day of
    publication: background, not the news."""
    if not reminds(doc, i):
        return False
    days = [d for d in found.dates[i] if not d.future]
    published = doc.published
    return published is None or all(period_end(d) < published for d in days)


def recalls_before(doc: Doc, found: Found, i: int) -> Callable[[DateMatch], bool]:
    """A test of the days of sentence `i`: whether day `d` dates a happening the report
    recalls, not its news. Every day of the sentence does when the sentence tells other
    happenings (`_tells_others`: read once, when the test is first asked); a day does when
    a pluperfect conjugates the act it dates, no other act between them ("…un joven, quien
    apenas el martes había sido asesinado", "had been kidnapped on May 2")."""
    others: list[bool] = []  # the sentence's own answer, once asked

    def recalled(d: DateMatch) -> bool:
        if not others:
            others.append(_tells_others(doc, i))
        if others[0]:
            return True
        acts = [t.start for t in found.triggers[i]]
        for p in pluperfects_at(doc, i):  # not the other cues that date an act ahead
            if p > d.start and not any(d.start <= a < p for a in acts):
                return True  # the day before the pluperfect and its act
            if p < d.start and len([a for a in acts if p <= a < d.start]) <= 1:
                return True  # the day right after the pluperfect's act
        return False

    return recalled


def _tells_others(doc: Doc, i: int) -> bool:
    """Whether sentence `i` tells other happenings than the news ("El 18 de noviembre, otros
    diez cuerpos fueron hallados", "another six bodies were found", "previamente", "ya
    habían sido"), a number of them, or opens as a reminder (`reminds`)."""
    sentence = doc.sentences[i]
    recalled, counted, _ = _recalled_cues()
    if recalled.find(doc.folded, sentence.start, sentence.end) or reminds(doc, i):
        return True
    for m in counted.find(doc.folded, sentence.start, sentence.end):
        after = doc.folded[m.end : sentence.end].split()
        if after and is_number(after[0].strip(",.;:")):
            return True
    return False


def _long_before(d: DateMatch, published: date | None) -> bool:
    days = tense_settings().background_days
    return published is not None and period_end(d) < published - timedelta(days=days)


# A background figure told again this many sentences later at most is the same happening.
_REPEAT_WINDOW = 2


def _figure_key(c: CountMention) -> tuple[str, int]:
    # "19 cuerpos" told again as "la muerte de 19 personas": the same dead
    return ("dead" if c.what in ("killed", "bodies") else c.what, c.value)


def repeated_background(drafts: list[Draft], found: Found) -> None:
    """A sentence that gives again the figures of the background item told right before it,
    with no day of its own ("…el hallazgo de hace un mes, cuando 19 cuerpos fueron
    colgados. La disputa entre dos grupos desencadenó la muerte de 19 personas"), goes on
    telling that background: its drafts take its status. Figures of one person, too
    common to tell one happening from another, are left alone."""
    told: dict[tuple[str, int], tuple[str, int]] = {}  # figure → (status, sentence)
    for draft in drafts:
        people = [
            c
            for _, c in draft.counts
            if c.what in PEOPLE_FIGURES and not c.lower_bound and c.value >= 2
        ]
        earlier = [told.get(_figure_key(c)) for c in people]
        if (
            draft.status == "reported"
            and len(draft.sentences) == 1
            and people
            and all(
                e is not None and e[0] != "reported" and draft.first - e[1] <= _REPEAT_WINDOW
                for e in earlier
            )
            and not found.days_of(draft)
        ):
            draft.status = earlier[0][0]  # type: ignore[index]
        for c in people:
            told[_figure_key(c)] = (draft.status, draft.first)


# How a sentence ends; a title line (the headline) has none of these.
_SENTENCE_END = (".", "!", "?", "…", ":", ";")


def headline_tallies(doc: Doc, drafts: list[Draft]) -> None:
    """A headline (a title line: no final punctuation) whose figures of people are all
    figures the article's tallies give ("Abril violento deja 140 asesinatos en el estado" over
    the body's "durante el mes de abril se cometieron 140 asesinatos") announces that tally,
    not a happening: its drafts become `statistic` too. A lead sentence tells its own news,
    whatever figure a later tally repeats; figures of one person are left alone."""
    tallied = {
        _figure_key(c)
        for d in drafts
        if d.status == "statistic"
        for _, c in d.counts
        if c.what in PEOPLE_FIGURES and not c.lower_bound and c.value >= 2
    }
    if not tallied:
        return
    for draft in drafts:
        if draft.status != "reported" or not title_line(doc, draft):
            continue  # a lead sentence tells its news, not the title of the tally
        people = [c for _, c in draft.counts if c.what in PEOPLE_FIGURES and not c.lower_bound]
        if people and all(c.value >= 2 and _figure_key(c) in tallied for c in people):
            draft.status = "statistic"


def headline_sums(doc: Doc, drafts: list[Draft]) -> None:
    """A headline (a title line) whose dead are the sum of two or more accounts the body
    tells, each with fewer dead of its own ("Matan a cinco en Zamora" over three men shot on
    Saturday and two women on Sunday), sums them: its drafts become aggregates, which join
    no incident (its toll is not the first account's) and become the tally of those told
    after it (`article_tallies.summaries_as_tallies`)."""
    titles: list[Draft] = []
    tolls: list[int] = []
    for d in drafts:
        if d.status == "reported" and not d.aggregate:
            if title_line(doc, d):
                titles.append(d)
            elif dead := _killed(d):
                tolls.append(dead)
    if len(tolls) < 2:
        return
    total = sum(tolls)
    for draft in titles:
        if _killed(draft) == total and max(tolls) < total:
            draft.aggregate = True


def _killed(draft: Draft) -> int:
    return max(
        (c.value for _, c in draft.counts if c.what == "killed" and not c.lower_bound), default=0
    )


def title_line(doc: Doc, draft: Draft) -> bool:
    """Whether the draft is told in a title line alone (a headline: no final punctuation)."""
    sentence = doc.sentences[draft.first]
    return (
        len(draft.sentences) == 1
        and sentence.is_headline
        and not sentence.text.rstrip().endswith(_SENTENCE_END)
    )


@dataclass(frozen=True)
class _RunOn:
    openers: PhraseMatcher[str]
    pluperfect: re.Pattern[str]
    determiners: frozenset[str]
    pronoun: re.Pattern[str]  # a pronoun for the happening before, then a comma


@cache
def _run_on() -> _RunOn:
    data: dict[str, Any] = load_data("lexicon/cues.toml")["background"]
    openers = PhraseMatcher(
        [(w, "then") for w in data["run_on_openers"]]
        + [(w, "relative") for w in data["run_on_relative"]]
    )
    auxiliaries = alternation(data["run_on_auxiliaries"])
    not_participles = alternation(data["run_on_not_participles"])
    return _RunOn(
        openers=openers,
        pluperfect=re.compile(rf"\b(?:{auxiliaries})\s+(?!(?:{not_participles})\b)[a-z]"),
        determiners=frozenset(data["run_on_determiners"]),
        pronoun=re.compile(rf"\W*(?:{alternation(data['run_on_pronouns'])})\s*,"),
    )


# Words of the noun phrase that opens a sentence, after its determiner, that may repeat a
# noun of the sentence before ("The dead bodies").
_HEAD_WORDS = 3
_WORD = re.compile(r"[a-z]{4,}")


def runs_on(doc: Doc, i: int) -> bool:
    """Whether sentence `i`, right after a background sentence and with no date of its own,
    goes on telling that background: it opens with "then", "later", "luego"… or with a
    pronoun for that happening ("En él, …", "In it, …"), counts its
    time from the sentence before ("the following day", "días después"), conjugates a
    pluperfect ("…they had set fire to the trucks"), or opens with a determiner and a noun of
    the sentence before ("…seven bodies were recovered. The bodies were found in a truck")."""
    if i == 0:
        return False
    rules = _run_on()
    sentence, before = doc.sentences[i], doc.sentences[i - 1]
    folded = doc.folded
    text = folded[sentence.start : sentence.end]
    opening = rules.openers.find(folded, sentence.start, sentence.end)
    if any(m.value == "relative" or m.start <= sentence.start + 3 for m in opening):
        return True
    if rules.pluperfect.search(text) or rules.pronoun.match(text):
        return True
    words = text.split()
    if not words or words[0] not in rules.determiners:
        return False
    earlier = set(_WORD.findall(folded[before.start : before.end]))
    return any(w.strip(",.;:") in earlier for w in words[1 : 1 + _HEAD_WORDS] if _WORD.match(w))


@share_scan
@cache
def _named_openers() -> PhraseMatcher[str]:
    words = load_data("lexicon/cues.toml")["background"]["named_again_openers"]
    return PhraseMatcher((w, "opener") for w in words)


# How many sentences back the happening a sentence names again by its event noun may lie.
_NAMED_BACK = 4


def event_named_again(doc: Doc, found: Found, i: int, acts: dict[int, str]) -> str | None:
    """The status of the happening sentence `i` names again when it opens with a determiner
    and an event noun, or with "after" and them ("La masacre fue perpetrada por…", "The
    killing of the reporter drew condemnation", "After the kidnapping, the state took over
    the town's police"): that of the nearest event word of the same kind in the few sentences
    before it (`acts`: each event word's status, by its start). A noun told again refers to
    the last happening of its kind, background or news."""
    start = doc.sentences[i].start
    words = doc.folded[start : doc.sentences[i].end].split()
    determiners = _run_on().determiners
    # after a word that sets the sentence after it ("After the kidnapping, the state took
    # over the police", "Tras el secuestro, …")
    opener = _named_openers().find(doc.folded, start, start + 40)
    if opener and opener[0].start == start:
        start = opener[0].end + 1
        words = doc.folded[start : doc.sentences[i].end].split()
    if len(words) < 2 or words[0] not in determiners:
        return None
    # the noun right after the determiner, or after one word describing it
    head = start + len(words[0]) + 1
    reach = head + len(words[1]) + 1
    opening = [t for t in found.triggers[i] if t.start in (head, reach)]
    if not opening:
        return None
    word, kind = doc.folded[opening[0].start : opening[0].end], opening[0].category
    back = range(i - 1, max(-1, i - 1 - _NAMED_BACK), -1)
    # the same word told before, else the nearest word of the same kind
    for same in (
        lambda t: doc.folded[t.start : t.end] == word,
        lambda t: t.category == kind,
    ):
        for j in back:
            told = [t for t in found.triggers[j] if same(t)]
            if told:
                return acts.get(told[-1].start)
    return None
