"""Earlier happenings inside current sentences, and which event word owns an item.

Inside a sentence that also reports current news, a date or background word dates the event
word right before it ("la marcha por el asesinato de los hermanos, ocurrido el pasado lunes";
"after last year's massacre in Y") else the next one; the categories whose every event word
is so dated are background there, with their own places and figures (the items nearest to
their words, `owning_trigger`). Also here: a pluperfect that conjugates an event word, a
sentence that names again what was told before it, acts someone is only accused of (the news
named again among other happenings: `recaps`). Thresholds: `incidents.toml`; the
news-or-background decision of a whole sentence: `sucesos.extract.assemble.news`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from sucesos.extract.assemble.clauses import opens_clause, opens_relative, same_clause, told_when
from sucesos.extract.assemble.news import dated_before, tense_settings
from sucesos.extract.dates import DateMatch, is_historical, period_end
from sucesos.extract.kinds import Trigger
from sucesos.extract.lexicon import PhraseMatcher, alternation, load_data
from sucesos.extract.numbers import number_words, parse_digits

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc


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


def _earlier_date(doc: Doc, d: DateMatch, day: date | None, stamped: bool) -> bool:
    """Whether date `d` dates a happening before the news: historical (`is_historical`), or
    at least `earlier_days` before the news day (`background_days` when the news day is only
    the day the report was stamped with; see `earlier_triggers`)."""
    settings = tense_settings()
    margin = settings.background_days if stamped else settings.earlier_days
    return is_historical(d, doc.published) or dated_before(d, day, margin)


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
    pluperfects = pluperfects_at(doc, i)
    for d in dates:
        if d.future:
            continue
        if any(
            d.start < p and not any(d.start <= t.start < p for t in triggers) for p in pluperfects
        ):
            # the day of a pluperfect's act, told before its auxiliary ("quien apenas el
            # martes había sido asesinado"): before the news, however near its day
            continue
        relative = opens_clause(doc, d.start) or told_when(doc, d.end)
        k = (
            _attach_ahead(d.end, triggers, settings.ahead_chars)
            if relative
            else _attach(d.start, d.end, triggers, settings.attach_chars)
        )
        if k is not None:
            is_earlier = _earlier_date(doc, d, day, stamped)
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
            if (
                position in cues.accused_at
                and position not in cues.demanded_at
                and triggers[k].start >= position
            ):
                # what someone is arrested or accused for came before the accusation, on
                # whatever day its own date names ("detienen al presunto responsable de la
                # masacre ocurrida el pasado lunes"): the date dates the earlier crime
                dated[k] = {True}
            else:
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
            and (
                _one_clause(doc, triggers[j], triggers[k])
                or (by_cue[j] >= 0 and _relative_to(doc, triggers[j], triggers[k]))
            )
            and not (by_cue[j] in accused and main_predicate(doc, triggers[k]))
        }
    if len(earlier) == len(triggers):
        return set()  # the whole sentence is of one time: the sentence's status decides
    return earlier


@cache
def _pluperfect_cues() -> tuple[str, ...]:
    return tuple(load_data("lexicon/cues.toml")["background"]["pluperfect"])


def pluperfects_at(doc: Doc, i: int) -> list[int]:
    """Where the pluperfects of sentence `i` start ("había sido", "had been"): the cues that
    date the act after them ahead (`SentenceStatus.ahead_at`) which are pluperfects."""
    cues = _pluperfect_cues()
    return [p for p in doc.status[i].ahead_at if doc.folded.startswith(cues, p)]


@cache
def _already_cues() -> tuple[str, ...]:
    return tuple(load_data("lexicon/cues.toml")["background"]["already_done"])


def done_before(
    doc: Doc, i: int, triggers: Sequence[Trigger], dates: list[DateMatch], day: date | None
) -> bool:
    """Whether sentence `i` tells its event words in a pluperfect of "already" ("el pasado
    jueves los vecinos ya habían bloqueado la carretera", "on Thursday they had already
    blocked the road") and dates them by days of its own, all before the news day `day`: a
    stage before the news, however near its day. A pluperfect alone says no such thing (a
    narrative tells the news's own steps in it), nor does one after a verb of saying ("dijo
    que ya habían detenido…": the speaker's tense moved back)."""
    own = [d for d in dates if not d.future]
    if not triggers or day is None or not own or any(period_end(d) >= day for d in own):
        return False
    start = doc.sentences[i].start
    already = [
        p
        for p in pluperfects_at(doc, i)
        if doc.folded.startswith(_already_cues(), p) and not _said_before(doc, start, p)
    ]
    reach = tense_settings().ahead_chars
    return bool(already) and all(
        any(0 <= t.start - p <= reach and same_clause(doc, p, t.start) for p in already)
        for t in triggers
    )


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
# ("a 11 días después de una masacre", "weeks after the killing of", "since the arrest of",
# "desde la captura de": what has gone on since): "se suma a", "a días de que" say no such
# order, and a clause ("después de que…") may be the news itself.
_LATER = re.compile(
    r"(?:(?P<days>dias?)|semanas?|mes(?:es)?|anos?) despues "
    r"(?:de (?:que )?(?:una?|el|la|los|las|(?P<other>otro|otra|otros|otras))|del) "
    r"|(?:(?P<days_en>days?)|weeks?|months?|years?) after (?:the|an?|(?P<other_en>another)) "
    r"|since (?:the|his|her|their|its) |desde (?:la|el|su) "
    # "a siete meses del primer hallazgo", "a dos meses y medio de la desaparición": weeks,
    # months or years after it
    r"|a (?:menos de |mas de |casi |apenas |poco mas de |solo )?\w+ (?:semanas?|mes(?:es)?|anos?)"
    r" (?:y medio )?de"
)
_COUNT_BEFORE = re.compile(r"(\w+)\s+$")


def _later_than_news(folded: str, position: int) -> bool:
    """Whether the "after" word at `position` puts an earlier happening outside the news
    window: weeks, months or years after it, more days than `background_days` ("a 11
    días después de"; "días después de" alone may be two days: news still), or any time
    after another happening ("days after another reporter was found dead")."""
    match = _LATER.match(folded, position)
    if match is None:
        return False
    if match.group("other") or match.group("other_en"):
        return True  # "days after another journalist was killed": another happening, before
    if not (match.group("days") or match.group("days_en")):
        return True
    count = _COUNT_BEFORE.search(folded, max(0, position - 16), position)
    if count is None:
        return False
    word = count.group(1)
    value = parse_digits(word) if word[:1].isdigit() else number_words().words.get(word)
    return value is not None and value > tense_settings().background_days


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


def relative_earlier(
    doc: Doc,
    i: int,
    triggers: Sequence[Trigger],
    dates: list[DateMatch],
    day: date | None,
    stamped: bool = False,
) -> bool:
    """Whether every event word of sentence `i` lies in a relative clause that an earlier
    date opens ("The shooting took place near Loreto, where last week two officers were
    abducted", "…en Tlapa, donde en marzo fue asesinado un regidor"): the sentence places
    the news by an earlier happening, which is background, whatever other day it names."""
    if not triggers:
        return False
    opened = [
        d
        for d in dates
        if not d.future and opens_relative(doc, d.start) and _earlier_date(doc, d, day, stamped)
    ]
    return bool(opened) and all(
        any(d.end <= t.start and same_clause(doc, d.end, t.start) for d in opened) for t in triggers
    )


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
    if any(
        not d.future and not dated_before(d, day, tense_settings().background_days) for d in dates
    ):
        return False  # a date of the news window dates some of it
    cues = [p for p in doc.status[i].ahead_at if _later_than_news(doc.folded, p)]
    reach = tense_settings().ahead_chars
    return bool(cues) and all(
        any(0 <= t.start - p <= reach and same_clause(doc, p, t.start) for p in cues)
        for t in triggers
    )


def _one_clause(doc: Doc, a: Trigger, b: Trigger) -> bool:
    return same_clause(doc, min(a.end, b.end), max(a.start, b.start))


# A comma, then a relative word: the clause tells more of what the word before it names.
_RELATIVE_CLAUSE = re.compile(
    r",\s*(?:en donde|donde|en el que|en la que|en el cual|en la cual|cuando|where|in which"
    r"|when|during which|quien|quienes|el cual|la cual|los cuales|las cuales|who|which"
    # the toll of what the word before names ("…, ocurridos el domingo, que dejaron ocho
    # muertos"), as "which left" does
    r"|que (?:dejo|dejaron|cobro|cobraron|causo|causaron))\b"
)


def _relative_to(doc: Doc, a: Trigger, b: Trigger) -> bool:
    """Whether event word `b` tells more of `a` in a relative clause after it, with only
    commas between ("…del ataque ocurrido en Tecomatlán, en Ajacuba, donde un comando abrió
    fuego", "the ambush in X, where gunmen killed…", "el asesinato del tesorero, quien fue
    ultimado…"): the same earlier happening."""
    if b.start <= a.end:
        return False
    between = doc.folded[a.end : b.start]
    if any(ch in between for ch in ';:()–—"'):
        return False
    last = between.rfind(",")
    return last >= 0 and bool(_RELATIVE_CLAUSE.match(between, last))


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


@cache
def _relative_end() -> re.Pattern[str]:
    words = load_data("lexicon/cues.toml")["background"]["relative_pronouns"]
    return re.compile(rf"\b(?:{alternation(words)})\s*$")


def main_predicate(doc: Doc, t: Trigger) -> bool:
    """Whether an auxiliary stands right before event word `t` ("were lynched", "fueron
    linchados"): the verb of the sentence's subject, unless a relative pronoun opens it
    ("…del alcalde que fue decapitado", "a reporter who was shot"): that verb tells about
    someone the accusation names."""
    head = doc.folded[max(0, t.start - 28) : t.start].rstrip()
    found = _auxiliaries().find(head)
    if not found or found[-1].end != len(head):
        return False
    return not _relative_end().search(head, 0, found[-1].start)


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
    position: int, triggers: Sequence[Trigger], bounds: Sequence[int] = (), doc: Doc | None = None
) -> int | None:
    """The trigger an item at `position` belongs to when cues at `bounds` open clauses about
    an earlier event ("the killings came a day after five people were shot dead", "detenido
    como presunto responsable del homicidio de dos policías"): the nearest trigger on the
    same side of every such cue, else the nearest one (`nearest_trigger`). With `doc`, a
    trigger of the item's own clause comes first ("…fueron asesinados ayer en Uriangato; la
    semana pasada, otras cuatro personas fueron asesinadas": the four are the later verb's)."""

    def side(p: int) -> int:
        return sum(1 for b in bounds if b <= p)

    here = side(position)
    same = [k for k, t in enumerate(triggers) if side(t.start) == here]
    if not bounds or not same:
        same = list(range(len(triggers)))
    if doc is not None:
        mine = [k for k in same if _clause_of(doc, position, triggers[k])]
        same = mine or same
    if len(same) == len(triggers):
        return nearest_trigger(position, triggers)
    best = nearest_trigger(position, [triggers[k] for k in same])
    return None if best is None else same[best]


def _clause_of(doc: Doc, position: int, t: Trigger) -> bool:
    """Whether no clause mark stands between an item at `position` and trigger `t`."""
    if t.start <= position < t.end:
        return True
    if t.end <= position:
        return same_clause(doc, t.end, position)
    return same_clause(doc, position, t.start)


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
