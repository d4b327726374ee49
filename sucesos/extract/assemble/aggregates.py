"""Figures summed over several places or incidents, inside a sentence that may also tell one.

Which event words of a sentence share a clause with an aggregate cue, a count of states, a
frame of several incidents ("En dos hechos distintos…") or places in several states or towns
(`aggregate_categories`), and which triggers of a sentence that tells an act as well belong to
the summed clause (`aggregate_clause_triggers`). Those categories become aggregate events at
the precision the text gives, never an incident's toll.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from sucesos.extract.assemble.draft import Found
from sucesos.extract.assemble.tallies import frames_incidents, incident_counts
from sucesos.extract.count_words import CountMention
from sucesos.extract.kinds import Trigger
from sucesos.extract.lexicon import PhraseMatcher, load_data

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc

# "and" with a new subject opens a clause as a comma does
_NEW_SUBJECT = re.compile(r"\b(?:and|y|e) (?:the|el|la|los|las|its|their|sus)\b")


@cache
def _continuation() -> re.Pattern[str]:
    """The opening, right after a comma, of a clause that goes on with the summed clause
    (`cues.toml` [aggregate] continuations: "que", "which", "dejando"…)."""
    words = load_data("lexicon/cues.toml")["aggregate"]["continuations"]
    return re.compile(r" (?:" + "|".join(map(re.escape, words)) + r")\b")


def aggregate_categories(
    doc: Doc, found: Found, i: int, triggers: list[Trigger], counts: list[CountMention]
) -> set[str]:
    """Categories of sentence `i` whose figures sum over several places or incidents: those
    whose event words share a clause (up to a comma, ";" or ":") with an aggregate cue or a
    count of states ("Abaten al líder en Tapalpa; responden con 252 bloqueos en 20 estados")."""
    marks = list(doc.status[i].aggregate_at)
    marks += [c.start for c in counts if c.what == "states_affected"]
    sentence = doc.sentences[i]
    marks += incident_counts(doc, sentence.start, sentence.end)
    if counts and frames_incidents(doc, sentence.start, sentence.end):
        marks.append(sentence.start)
    states = {
        p.location.admin1_code
        for p in found.places[i]
        if p.location.admin1_code and p.start in found.locative
    }
    if counts and len(states) >= 2:
        # One incident happens in one place: figures of a sentence that spans two states sum
        # several ("six civilians died, one in Ocotlán, Jalisco, another near Uruapan,
        # Michoacán").
        marks += [c.start for c in counts]
    elif counts and _summed_over_towns(doc, found, i):
        marks += [c.start for c in counts]
    if not marks:
        return set()
    if not triggers:
        return {"*"}
    if counts and frames_incidents(doc, sentence.start, sentence.end):
        # "En dos hechos distintos, … fueron asesinadas cuatro personas": every figure of
        # the sentence sums the incidents its frame counts
        return {t.category for t in triggers}
    marks += _trailing_sums(doc, i, marks, counts)
    return {triggers[k].category for k in _in_marked_clauses(doc, i, triggers, marks)}


# A clause that opens with a preposition: an adjunct of the clause before it.
_ADJUNCT = re.compile(r"(?:en|in)\b")


def _trailing_sums(doc: Doc, i: int, marks: list[int], counts: list[CountMention]) -> list[int]:
    """Where the clause before a comma ends, for each aggregate cue that opens the clause
    after it as an adjunct ("Al menos cinco personas fueron asesinadas el sábado, en hechos
    distintos", "six people were killed on Sunday, in separate attacks"): the cue sums what
    that clause tells, when it gives a figure of two or more."""
    sentence = doc.sentences[i]
    out: list[int] = []
    for position in marks:
        comma = doc.text.rfind(",", sentence.start, position)
        if comma < 0 or doc.text[comma + 1 : position].strip():
            continue  # the cue does not open its clause
        if not _ADJUNCT.match(doc.folded, position):
            continue
        left = max(doc.text.rfind(ch, sentence.start, comma) for ch in ",;:")
        if any(left < c.start < comma and c.value >= 2 for c in counts):
            out.append(comma - 1)
    return out


@cache
def _day_spans() -> PhraseMatcher[str]:
    return PhraseMatcher(
        (w, "span") for w in load_data("lexicon/cues.toml")["aggregate"]["day_spans"]
    )


@cache
def _national_scopes() -> PhraseMatcher[str]:
    return PhraseMatcher(
        (w, "scope") for w in load_data("lexicon/cues.toml")["aggregate"]["national_scopes"]
    )


def national_scope(doc: Doc, spans: list[tuple[int, int]]) -> bool:
    """Whether any of `spans` (an aggregate's own words) sets its sum over the whole country
    or several states ("en buena parte del país", "across the country")."""
    return any(_national_scopes().find(doc.folded, start, end) for start, end in spans)


def _summed_over_towns(doc: Doc, found: Found, i: int) -> bool:
    """Whether the figures of sentence `i` sum several towns' happenings: it places them in
    three municipalities or more ("en Celaya, León e Irapuato fueron asesinadas 14
    personas"), or in two over a day or a weekend ("throughout the weekend, 23 people were
    killed in Zamora and Jacona"). Two towns alone may be the ends of one road."""
    towns = {
        p.location.admin2_code
        for p in found.places[i]
        if p.location.admin2_code and p.location.precision in ("municipality", "locality")
    }
    if len(towns) >= 3:
        return True
    return len(towns) == 2 and sums_a_day(doc, i)


def sums_a_day(doc: Doc, i: int) -> bool:
    """Whether sentence `i` gives its figures over a day or a weekend ("durante la jornada",
    "este fin de semana", "over the weekend"; `cues.toml` [aggregate] day_spans)."""
    sentence = doc.sentences[i]
    return bool(_day_spans().find(doc.folded, sentence.start, sentence.end))


def _in_marked_clauses(doc: Doc, i: int, triggers: list[Trigger], marks: list[int]) -> set[int]:
    """Indexes of the triggers that share a clause (up to a comma, ";" or ":") of sentence
    `i` with one of the positions in `marks`."""
    sentence = doc.sentences[i]
    out: set[int] = set()
    for position in marks:
        left = max(doc.text.rfind(ch, sentence.start, position) for ch in ",;:")
        # "…killed the leader and the group responded with roadblocks across the country":
        # "and" with a new subject opens a clause as a comma does
        for joint in _NEW_SUBJECT.finditer(doc.folded, max(left, sentence.start), position):
            left = max(left, joint.start())
        right = _clause_end(doc, position, sentence.end)
        if left < sentence.start and _opening_adjunct(doc, sentence.start, right, triggers):
            # "En cinco municipios de Guerrero, fueron asesinadas nueve personas": the
            # sentence's opening adjunct frames the clause after its comma
            right = _clause_end(doc, right + 1, sentence.end)
        # "…vivió un fin de semana de cruda violencia, que dejó 29 muertos": a relative
        # clause of the marked one tells what it did, in the same sum
        while right < sentence.end and _continuation().match(doc.folded, right + 1):
            right = _clause_end(doc, right + 1, sentence.end)
        out |= {k for k, t in enumerate(triggers) if left < t.start < right}
    return out


def _opening_adjunct(doc: Doc, start: int, right: int, triggers: list[Trigger]) -> bool:
    """Whether the clause of a sentence from `start` to the comma at `right` is an adjunct
    ("En distintos puntos de la ciudad,", "In several towns of the state,") that tells no
    act of its own."""
    return (
        doc.text[right : right + 1] == ","
        and _ADJUNCT.match(doc.folded, start) is not None
        and not any(start <= t.start < right for t in triggers)
    )


def _clause_end(doc: Doc, position: int, end: int) -> int:
    """Where the clause holding `position` ends: its next comma, ";" or ":", else `end`."""
    ahead = [doc.text.find(ch, position, end) for ch in ",;:"]
    return min((x for x in ahead if x >= 0), default=end)


def aggregate_clause_triggers(doc: Doc, i: int, triggers: list[Trigger]) -> list[int]:
    """The triggers of sentence `i` told in a clause with an aggregate cue ("…, lo que
    desató ataques en buena parte del país"), when the sentence also tells an act outside
    such a clause: the two are two events (the incident, and figures summed over several
    places), each with the places, dates and figures nearest to it. Empty otherwise."""
    marks = list(doc.status[i].aggregate_at)
    if not marks or len(triggers) < 2:
        return []
    inside = _in_marked_clauses(doc, i, triggers, marks)
    if not inside or len(inside) == len(triggers):
        return []
    return sorted(inside)
