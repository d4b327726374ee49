"""Tolls a stretch of time or the whole country sums (issue 9, aggregates are not incidents):
the round-ups' day, weekend and week totals that are no one happening.

- A stretch of time told as what left or closed with a toll, or as its owner ("el fin de
  semana dejó 25 muertos en la entidad", "una jornada violenta con 14 asesinatos", "the week's
  violence left 40 dead", "the deadliest day of the year", "on Sunday alone"): a tally at
  whatever place it names, a town's too.
- In a sentence that names no town: homicides counted with a verb of record ("there were 85
  murders"), a toll over the whole country ("nationwide", "en todo el país"), a state's over
  a weekend or a week ("25 personas fueron asesinadas este fin de semana en Guanajuato",
  "during the past week") or over the region ("across the entire state", "en seis
  estados"), and one state's dead "in different events": a tally.

Neither holds for a sentence that tells one act ("cinco murieron en un ataque a un bar este
fin de semana": `incidents.toml` [roundup_leads] one_act) or for a single death: the
incidents a round-up tells one by one stay news with their own figures. Word lists:
`cues.toml` [statistic] period_tolls, recorded_*, national_tolls, national_superlatives,
week_periods, region_tolls, separate_incidents.
"""

from __future__ import annotations

import re
from functools import cache, partial
from typing import TYPE_CHECKING, Any

from sucesos.extract.assemble.running import tally_cues
from sucesos.extract.lexicon import PhraseMatcher, load_data
from sucesos.extract.lexicon_scan import share_scan
from sucesos.extract.numbers import span_numbers, tokenize

if TYPE_CHECKING:
    from sucesos.extract.count_words import CountMention
    from sucesos.extract.pipeline import Doc

# figures of the dead a tally sums (as `leads`' people)
_DEAD = ("killed", "homicides", "bodies")

for _name in (
    "period_tolls",
    "headline_periods",
    "headline_toll_verbs",
    "national_tolls",
    "week_periods",
    "recorded_verbs",
    "separate_incidents",
    "region_tolls",
):
    share_scan(partial(tally_cues, _name))

# how many words before a national scope a comparison's word is looked for
_COMPARED_WITHIN = 6
_WORD = re.compile(r"\w+")
# how many words may stand between a headline's stretch of time and its verb of toll (its
# place: "en el sur de Sonora", "que")
_PLACE_WORDS = 8


@share_scan
@cache
def _one_act() -> PhraseMatcher[str]:
    data: dict[str, Any] = load_data("incidents.toml")["roundup_leads"]
    return PhraseMatcher((w, "one") for w in data["one_act"])


def period_tally(doc: Doc, start: int, end: int, counts: list[CountMention], local: bool) -> bool:
    """Whether `doc.text[start:end]`, with `counts` its figures, gives the toll of a stretch
    of time (at any place) or, when it names no town (`local` false), homicides recorded as
    happenings, or the toll of a state over a weekend or a week, of one state's separate
    happenings or of the whole country: two dead or more, and no one act told."""
    dead = tally_dead(doc, start, end, counts)
    if not dead:
        return False
    span = (doc.folded, start, end)
    if tally_cues("period_tolls").find(*span) or _headline_period(doc.folded, start, end):
        return True
    if local:
        return False  # "En Celaya se perpetraron dos homicidios; en Silao, uno": items
    if _recorded(doc, start, end) or tally_cues("week_periods").find(*span):
        return True  # "…se cometieron otros cuatro homicidios", "…this weekend in the state"
    if all(c.group == "security_forces" for c in dead):
        # "18 soldiers were killed in attacks on patrols across the country": the day's wave
        # of attacks on the forces, an aggregate event placed at the country or its states
        return False
    if tally_cues("separate_incidents").find(*span) and len(states_of(doc, start, end)) <= 1:
        return True  # "…in different events in the state": one state's sum
    if tally_cues("region_tolls").find(*span):
        return True  # "…across the entire state", "…en seis estados", "…en cinco municipios"
    return any(
        not _compared(doc.folded, start, m.start) for m in tally_cues("national_tolls").find(*span)
    )


def tally_dead(doc: Doc, start: int, end: int, counts: list[CountMention]) -> list[CountMention]:
    """The figures among `counts` of two dead or more that a tally of `doc.text[start:end]`
    may sum; none when the span tells one act ("cinco murieron en un ataque a un bar el fin
    de semana": `incidents.toml` [roundup_leads] one_act)."""
    dead = [c for c in counts if c.what in _DEAD and c.value >= 2]
    if dead and _one_act().find(doc.folded, start, end):
        return []
    return dead


def _headline_period(folded: str, start: int, end: int) -> bool:
    """Whether a stretch of time told with no article ("Jornada violenta en la sierra deja 8
    muertos", "Violent weekend in the state leaves 14 dead") is followed in `folded[start:end]`,
    within a few words (its place), by a verb of toll."""
    verbs = tally_cues("headline_toll_verbs")
    for period in tally_cues("headline_periods").find(folded, start, end):
        found = verbs.find(folded, period.end, end)
        if found and len(_WORD.findall(folded, period.end, found[0].start)) <= _PLACE_WORDS:
            return True
    return False


def states_of(doc: Doc, start: int, end: int) -> set[str]:
    """The states of the places named in `doc.text[start:end]`."""
    return {
        p.location.admin1_code
        for p in doc.places
        if start <= p.start < end and p.location.admin1_code
    }


@cache
def _recorded_words() -> tuple[frozenset[str], ...]:
    data = load_data("lexicon/cues.toml")["statistic"]
    keys = ("recorded_homicides", "recorded_qualifiers", "recorded_named_again")
    units = ("recorded_units", "recorded_crimes")
    return tuple(frozenset(data[k]) for k in keys + units)


def _recorded(doc: Doc, start: int, end: int) -> bool:
    """Whether `doc.text[start:end]` records two or more homicides as happenings with a verb
    of record ("se registraron 16 homicidios dolosos", "there were 85 murders"): a count of
    the crimes, never the toll of one act."""
    numbers = [n for n in span_numbers(doc.folded, start, end) if n.value >= 2]
    if not numbers or not tally_cues("recorded_verbs").find(doc.folded, start, end):
        return False
    tokens = tokenize(doc.folded, start, end)
    nouns, qualifiers, again, units, crimes = _recorded_words()
    for number in numbers:
        if number.first > 0 and tokens[number.first - 1].word in again:
            continue  # "los tres homicidios se registraron…": the news's own again
        at = number.last + 1
        if at < len(tokens) and tokens[at].word in qualifiers:
            at += 1
        if at >= len(tokens) or tokens[at].after_break:
            continue
        if tokens[at].word in nouns:
            return True
        # "230 víctimas de homicidio doloso", "14 cases of intentional homicide"
        if tokens[at].word in units and any(
            t.word in crimes for t in tokens[at + 1 : at + 4] if not t.after_break
        ):
            return True
    return False


@cache
def _superlatives() -> frozenset[str]:
    return frozenset(load_data("lexicon/cues.toml")["statistic"]["national_superlatives"])


def _compared(folded: str, start: int, at: int) -> bool:
    """Whether a word of comparison stands among the few words before `at` (from `start`):
    "the worst attack on police in the country", where the country is no sum's place."""
    before = _WORD.findall(folded, max(start, at - 80), at)[-_COMPARED_WITHIN:]
    return any(w in _superlatives() for w in before)
