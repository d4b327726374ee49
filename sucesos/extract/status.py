"""Status of what a sentence reports: news, a disputed account, background or a statistic.

Cues live in `sucesos/data/lexicon/cues.toml`. Dates decide too: an explicit past year or a
date well before publication makes a sentence background (see `sucesos.extract.dates` and
`sucesos.extract.assemble.news`). Where each background cue sits is kept, so assembly can
tell which event of a sentence it dates ("tras el homicidio de la regidora hace un año").
A background word that only qualifies a reporting verb ("had said", "anteriormente
informó") is no background: the news it introduces is current.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from sucesos.extract.lexicon import PhraseMatch, PhraseMatcher, alternation, load_data
from sucesos.extract.lexicon_scan import share_scan


@dataclass(frozen=True)
class SentenceStatus:
    disputed: bool = False
    background: bool = False
    judicial: bool = False
    statistic: bool = False
    aggregate: bool = False  # figures over several places ("en 14 estados", "across the state")
    new_incident: bool = False  # opens another happening ("otro ataque", "hours later")
    # Where each such cue lies: an event word inside one ("after the attack") names the
    # happening told before, not the new one.
    new_incident_at: tuple[tuple[int, int], ...] = field(default=())
    # names another victim of the same kind ("otra mujer", "another man"): another happening
    # only where the sentence places it (`assemble.sentence_drafts`)
    another_victim: bool = False
    victim_scene: bool = False  # where a victim was hit, unnamed ("frente a su casa")
    street_scene: bool = False  # a street or road the act was on ("en la avenida Juárez")
    # opens with a word that adds one more item to the account ("También…", "Asimismo,…",
    # "Meanwhile, …"): where it places its act, another happening (`assemble.incidents`)
    item_opener: bool = False
    with_told: bool = False  # told with the victim before ("junto con él", "with him")
    # tells that someone wounded died later ("later died in hospital", "murió en el
    # hospital"): one more of the incident's dead, however few beside its toll
    later_death: bool = False
    pluperfect: bool = False  # tells what had happened before ("habían sido detenidos")
    # Where each background cue starts, pluperfects included ("había sido", "had been"):
    # these date one event of a sentence that also reports current news, never a sentence.
    background_at: tuple[int, ...] = field(default=())
    # Where each cue that dates the event word right after it starts: pluperfects ("un
    # joven, quien había sido asesinado") and "semanas después de que…", "weeks after…".
    ahead_at: tuple[int, ...] = field(default=())
    aggregate_at: tuple[int, ...] = field(default=())  # start of each aggregate cue
    # Where each cue of what someone is accused of starts ("presunto responsable del")
    accused_at: tuple[int, ...] = field(default=())
    # where what a protest or a demand is about begins: it dates only an event word after it
    demanded_at: tuple[int, ...] = field(default=())


@share_scan
@cache
def _matcher() -> PhraseMatcher[str]:
    cues = load_data("lexicon/cues.toml")
    phrases: list[tuple[str, str]] = []
    phrases += [(c, "disputed") for c in cues["dispute"]["cues"]]
    phrases += [(c, "background") for c in cues["background"]["cues"]]
    phrases += [(c, "counted_past") for c in cues["background"]["counted_past"]]
    phrases += [(c, "opener") for c in cues["background"]["openers"]]
    phrases += [(c, "counted_back") for c in cues["background"]["counted_back"]]
    phrases += [(c, "clock_time") for c in cues["background"]["clock_times"]]
    phrases += [(c, "pluperfect") for c in cues["background"]["pluperfect"]]
    phrases += [(c, "after") for c in cues["background"]["after"]]
    phrases += [(c, "after") for c in cues["background"]["since_acts"]]
    phrases += [(c, "series") for c in cues["background"]["series"]]
    phrases += [(c, "accused") for c in cues["background"]["accused"]]
    phrases += [(c, "accused_act") for c in cues["background"]["accused_after_act"]]
    phrases += [(c, "crime_object") for c in cues["background"]["crime_objects"]]
    phrases += [(c, "crime_object_day") for c in cues["background"]["crime_object_days"]]
    # a habit ("gangs often bury…") dates its event word as an accusation does
    phrases += [(c, "accused") for c in cues["background"]["habitual"]]
    # what a demand of justice is about dates its event word as an accusation does
    phrases += [(c, "demanded") for c in cues["background"]["demanded"]]
    phrases += [(c, "judicial") for c in cues["background"]["judicial"]]
    phrases += [(c, "judicial_role") for c in cues["background"]["judicial_roles"]]
    phrases += [(c, "judicial_victim") for c in cues["background"]["judicial_victims"]]
    phrases += [(c, "statistic") for c in cues["statistic"]["cues"]]
    phrases += [(c, "one_record") for c in cues["statistic"]["one_record"]]
    phrases += [(c, "aggregate") for c in cues["aggregate"]["cues"]]
    phrases += [(c, "summing_subject") for c in cues["aggregate"]["summing_subjects"]]
    phrases += [(c, "summing_verb") for c in cues["aggregate"]["summing_verbs"]]
    phrases += [(c, "body_part") for c in cues["aggregate"]["body_parts"]]
    phrases += [(c, "new_incident") for c in cues["incident"]["new_incident"]]
    phrases += [(c, "new_incident_opener") for c in cues["incident"]["new_incident_openers"]]
    phrases += [(c, "another_victim") for c in cues["incident"]["another_victim"]]
    phrases += [(c, "item_opener") for c in cues["incident"]["item_openers"]]
    phrases += [(c, "victim_scene") for c in cues["incident"]["victim_scenes"]]
    phrases += [(c, "street_scene") for c in cues["incident"]["street_scenes"]]
    phrases += [(c, "with_told") for c in cues["incident"]["with_told"]]
    phrases += [(c, "later_death") for c in cues["incident"]["later_deaths"]]
    return PhraseMatcher(phrases)


@share_scan
@cache
def _reporting_verbs() -> PhraseMatcher[str]:
    verbs = load_data("lexicon/cues.toml")["background"]["reporting_verbs"]
    return PhraseMatcher((v, "verb") for v in verbs)


# What ends a clause: an "after" cue's clause holds the earlier happening's words.
_CLAUSE_MARK = re.compile(r"[,;:()]")
# A cue in `openers` counts where it starts within this many characters of its sentence.
_OPENING = 3
# What starts a span up to now before a counted past time ("desde hace dos años").
_SPAN_START = ("desde ", "since ")
_NEXT_WORDS = re.compile(r"[ \t]+\w+(?:[ \t]+\w+)?")
_PREVIOUS_WORD = re.compile(r"\w+[ \t]+$")


@cache
def _counted_back_followers() -> frozenset[str]:
    return frozenset(load_data("lexicon/cues.toml")["background"]["counted_back_followers"])


@cache
def _news_days() -> re.Pattern[str]:
    """The words of a day of the news (`cues.toml` counted_back_news_days, the weekdays)."""
    dates = load_data("lexicon/dates.toml")
    words = [*load_data("lexicon/cues.toml")["background"]["counted_back_news_days"]]
    words += [*dates["es"]["weekdays"], *dates["en"]["weekdays"]]
    return re.compile(rf"\b(?:{alternation(words)})\b")


_NEXT_WORD = re.compile(r"[ \t]*(\w*)")


def _closes_clause(folded: str, end: int, limit: int) -> bool:
    """Whether a time counted back from the news ending at `end` closes its clause: a
    punctuation mark, the sentence's end or a word of `counted_back_followers` comes next
    ("…three weeks earlier, residents said", "…a month before in the same town"), not what
    it counts from ("weeks before the attack", "meses antes de su muerte")."""
    ahead = _NEXT_WORD.match(folded, end, limit)
    word = ahead.group(1) if ahead else ""
    return not word or word in _counted_back_followers()


def _qualifies_reporting(folded: str, start: int, end: int, limit: int) -> bool:
    """Whether the cue at [start, end) qualifies a reporting verb right next to it
    ("previously said", "had previously reported", "informó anteriormente")."""
    ahead = _NEXT_WORDS.match(folded, end, limit)
    if ahead and _reporting_verbs().find(folded, end, ahead.end()):
        return True
    before = _PREVIOUS_WORD.search(folded, max(0, start - 24), start)
    return bool(before and _reporting_verbs().find(folded, before.start(), start))


# What may stand between a clause's start and its subject: spaces and opening quotes.
_CLAUSE_LEAD = re.compile(r"[\s\"'“«¡¿-]*")


def _summing_subjects(folded: str, start: int, matches: list[PhraseMatch[str]]) -> list[int]:
    """Where each clause opens whose subject is violence itself and whose verb sums what it
    did ("La violencia en la sierra dejó siete muertos", "Violence across the state left
    eleven dead"): such a clause's figures sum a place's happenings. The subject opens its
    sentence or a clause, and the summing verb follows it in the same clause."""
    verbs = [m for m in matches if m.value == "summing_verb"]
    out: list[int] = []
    for m in matches:
        if m.value != "summing_subject":
            continue
        marks = [folded.rfind(ch, start, m.start) for ch in ",;:("]
        opening = max([start, *(x + 1 for x in marks if x >= 0)])
        lead = _CLAUSE_LEAD.match(folded, opening, m.start)
        if not lead or lead.end() != m.start:
            continue
        if any(v.start >= m.end and not _CLAUSE_MARK.search(folded, m.end, v.start) for v in verbs):
            out.append(m.start)
    return out


# The status of a sentence with no cue (most): one frozen value, not a new one each time.
_NO_CUE = SentenceStatus()


def sentence_status(folded: str, start: int, end: int) -> SentenceStatus:
    """Which status cues the sentence `folded[start:end]` carries."""
    matches = _matcher().find(folded, start, end, overlapping=True)
    if not matches:
        return _NO_CUE
    kinds: set[str] = set()
    background_at: list[int] = []
    ahead_at: list[int] = []
    aggregate_at: list[int] = []
    accused_at: list[int] = []
    demanded_at: list[int] = []
    new_incident_at: list[tuple[int, int]] = []
    # an aggregate cue that a series cue opens ("the latest in a string of killings") sums
    # earlier acts: no aggregate of the news
    series = [(m.start, m.end) for m in matches if m.value == "series"]
    # "un día después de que…" dates an earlier act; it opens no new happening
    after = [(m.start, m.end) for m in matches if m.value == "after"]
    # the wounded who died later end the incident that wounded them: no new happening
    later_death = any(m.value == "later_death" for m in matches)
    aggregate_at += _summing_subjects(folded, start, matches)
    # "se registró el ataque…": a record verb of one happening is no tally cue
    one_record = [(m.start, m.end) for m in matches if m.value == "one_record"]
    # "poco antes de la medianoche": an opener that tells the clock dates nothing earlier
    clock = [(m.start, m.end) for m in matches if m.value == "clock_time"]
    # "en distintas partes del cuerpo": a place on a body sums no places
    body = [(m.start, m.end) for m in matches if m.value == "body_part"]
    if aggregate_at:
        kinds.add("aggregate")
    for m in matches:
        if m.value in (
            "later_death",
            "summing_subject",
            "summing_verb",
            "one_record",
            "body_part",
            "crime_object_day",
        ):
            continue
        if m.value == "aggregate" and any(a <= m.start < b for a, b in body):
            continue
        if m.value == "item_opener" and m.start > start + _OPENING:
            continue  # "…y también hirió a su hijo": only an opening word adds an item
        if m.value == "new_incident_opener":
            if m.start > start + _OPENING:
                continue  # "died later, …" times the act told; only "Later, …" moves on
            m = m._replace(value="new_incident")
        if m.value == "clock_time" or (
            # "poco antes de la medianoche", "shortly after midnight": the clock of the act
            m.value in ("opener", "new_incident") and any(a <= m.start < b for a, b in clock)
        ):
            continue
        if m.value == "statistic" and any(a <= m.start < b for a, b in one_record):
            continue
        if m.value == "new_incident" and (
            later_death
            or any(a < m.end and m.start < b for a, b in after)
            # "…weeks after gunmen killed five at another bar": the earlier happening's place
            or any(a < m.start and not _CLAUSE_MARK.search(folded, b, m.start) for a, b in after)
        ):
            continue
        if m.value == "new_incident":
            new_incident_at.append((m.start, m.end))
        if m.value == "series":
            m = m._replace(value="after")
        if m.value == "aggregate" and any(a <= m.start <= b + 2 for a, b in series):
            continue
        if m.value == "counted_past":
            if folded.endswith(_SPAN_START, start, m.start):
                continue  # "desde hace dos años denunciaba amenazas": a span up to now
            m = m._replace(value="background")
        if m.value == "counted_back":
            if not _closes_clause(folded, m.end, end):
                continue
            if _news_days().search(folded, start, m.start):
                # the sentence's own act is of a day of the news: only the act before the
                # time is earlier (`assemble.earlier.earlier_triggers`)
                if not _qualifies_reporting(folded, m.start, m.end, end):
                    background_at.append(m.start)
                continue
            m = m._replace(value="background")
        if m.value == "opener":
            if m.start > start + _OPENING:
                continue  # inside the sentence it dates the event next to it, not the sentence
            m = m._replace(value="background")
        if m.value == "accused_act":
            # the arrest or the charge is news; what it is for begins at the next word
            m = m._replace(value="accused", start=folded.index(" ", m.start, m.end) + 1)
        if m.value == "crime_object":
            # a crime today's act is for, told after it with an earlier day ("por el
            # asesinato de un médico, ocurrido la semana pasada"): accused, else no cue
            if not any(d.start > m.start for d in matches if d.value == "crime_object_day"):
                continue
            m = m._replace(value="accused")
        if m.value == "demanded":
            # what a protest is about comes after the cue, whose own words may be the protest
            # ("vecinos protestaron por la falta de agua"): it dates from the cue's end
            m = m._replace(value="accused", start=m.end)
            demanded_at.append(m.start)
        if m.value in ("background", "pluperfect", "after", "accused"):
            if _qualifies_reporting(folded, m.start, m.end, end):
                continue
            background_at.append(m.start)
            if m.value != "background":
                ahead_at.append(m.start)
            if m.value == "accused":
                accused_at.append(m.start)
        elif m.value == "aggregate":
            aggregate_at.append(m.start)
        kinds.add(m.value)
    return SentenceStatus(
        disputed="disputed" in kinds,
        background="background" in kinds,
        # a judge is court news unless the judge is the one attacked
        judicial="judicial" in kinds
        or ("judicial_role" in kinds and "judicial_victim" not in kinds),
        statistic="statistic" in kinds,
        aggregate="aggregate" in kinds,
        new_incident="new_incident" in kinds,
        new_incident_at=tuple(new_incident_at),
        another_victim="another_victim" in kinds,
        victim_scene="victim_scene" in kinds,
        street_scene="street_scene" in kinds,
        item_opener="item_opener" in kinds,
        with_told="with_told" in kinds,
        later_death=later_death,
        pluperfect="pluperfect" in kinds,
        background_at=tuple(sorted(set(background_at))),
        ahead_at=tuple(sorted(set(ahead_at))),
        aggregate_at=tuple(sorted(set(aggregate_at))),
        accused_at=tuple(sorted(set(accused_at))),
        demanded_at=tuple(sorted(set(demanded_at))),
    )
