"""Sentences that go on telling the article's incident without an event word or a figure of
their own ("Los hechos ocurrieron en la colonia Centro de Celaya", "It happened outside a
school in X"): they join the latest news draft before them, which gains their places, dates
and evidence. Without this, an incident whose lead names only the state loses the town
that the next sentence gives. Phrases: `cues.toml` [incident] `elaboration`.

Also: an event word named again with a determiner after a cue that only tells time going on
("minutos más tarde se generó el enfrentamiento", "minutes later the clash broke out") is the
happening already told (`named_again`, `told_before`; [incident] `named_again`, `sequence`);
and a sentence whose only event words are plural generic names of acts named again ("Los
ataques se centraron en…") goes on telling them (`mentions_again`, [incident] `generic_acts`)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from sucesos.extract import apposition
from sucesos.extract.assemble.draft import Draft, Found, sequence_cues
from sucesos.extract.kinds import Trigger, taxonomy
from sucesos.extract.lexicon import PhraseMatcher, load_data
from sucesos.extract.lexicon_scan import share_scan
from sucesos.extract.numbers import tokenize

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc
    from sucesos.extract.status import SentenceStatus
    from sucesos.extract.text import Sentence

# How far into a sentence its opening may run ("Según la fiscalía, los hechos ocurrieron").
_OPENING_CHARS = 60


@share_scan
@cache
def _openers() -> PhraseMatcher[str]:
    words = load_data("lexicon/cues.toml")["incident"]["elaboration"]
    return PhraseMatcher((w, "elaboration") for w in words)


@share_scan
@cache
def _scene_of_told() -> PhraseMatcher[str]:
    words = load_data("lexicon/cues.toml")["incident"]["scene_of_told"]
    return PhraseMatcher((w, "scene") for w in words)


@cache
def _determiners() -> frozenset[str]:
    return frozenset(load_data("lexicon/cues.toml")["incident"]["named_again"])


@cache
def _partitives() -> PhraseMatcher[str]:
    """ "otro de los", "una de las", "another of the" (`cues.toml` [incident] partitive)."""
    words = load_data("lexicon/cues.toml")["incident"]["partitive"]
    return PhraseMatcher((w, "partitive") for w in words)


def named_again(folded: str, start: int, end: int | None = None) -> bool:
    """Whether the event word at `start` of the folded text follows a definite article or a
    demonstrative ("el enfrentamiento", "dicha agresión", "the clash"): it names a happening
    the reader already knows. Not when "de"/"of" describes it right after ("los cuerpos de
    dos hombres", "the bodies of two men"): a new description, not a reference."""
    before = folded[max(0, start - 12) : start].split()
    if not before or before[-1] not in _determiners():
        return False
    after = folded[end : end + 5].split()[:1] if end is not None else []
    return after not in (["de"], ["del"], ["of"])


@cache
def _generic_acts() -> frozenset[str]:
    return frozenset(load_data("lexicon/cues.toml")["incident"]["generic_acts"])


def mentions_again(doc: Doc, triggers: Sequence[Trigger]) -> bool:
    """Whether every event word of a sentence is a generic name of acts named again ("los
    ataques", "las agresiones", "the attacks"): the sentence speaks of the acts already told."""
    for t in triggers:
        word = doc.folded[t.start : t.end]
        if word not in _generic_acts() or not named_again(doc.folded, t.start, t.end):
            return False
    return True


def elaborates(doc: Doc, i: int) -> bool:
    """Whether sentence `i` opens by telling where, when or how the happening told before it
    took place ("Los hechos se registraron cuando…", "The incident occurred near…"), or
    gives its place in a clause ("…del municipio de X, donde se registró la agresión")."""
    sentence = doc.sentences[i]
    stop = min(sentence.end, sentence.start + _OPENING_CHARS)
    return bool(
        _openers().find(doc.folded, sentence.start, stop)
        or _scene_of_told().find(doc.folded, sentence.start, sentence.end)
    )


def _towns(found: Found, i: int) -> set[str]:
    return {code for p in found.places[i] if (code := found.places_in_town(p))}


def told_draft(drafts: Sequence[Draft], found: Found, i: int) -> Draft | None:
    """The news draft that sentence `i` goes on telling: of the reported, single-incident
    drafts before it, the one of the latest sentence (the weightiest category there). None
    when the sentence places itself in another state or town than that draft."""
    earlier = [d for d in drafts if d.status == "reported" and not d.aggregate and d.first < i]
    if not earlier:
        return None
    draft = max(earlier, key=lambda d: (max(d.sentences), taxonomy()[d.category].priority))
    states = {p.location.admin1_code for p in found.places[i] if p.location.admin1_code}
    own_states = found.states_of(draft)
    if states and own_states and not states & own_states:
        return None
    towns, own_towns = _towns(found, i), found.municipalities_of(draft)
    if towns and own_towns and not towns & own_towns:
        return None
    return draft


# How far before an act a subject of one of a group told before may open and end ("otro de
# los heridos murió", "un tercero murió").
_SUBJECT_REACH = 40
_SUBJECT_GAP = 16

# How many characters may stand between an apposition and the act after it (its verb's
# auxiliaries: "una tercera víctima, un taxista de la zona, fue asesinada"), and between its
# commas.
_APPOSED_GAP = 16
_APPOSED_WIDTH = 60
# The punctuation that sets it off, closes or ends a clause (not brackets, dashes, quotes).
_MARKS = ",;:.!?"


def _before_apposition(doc: Doc, sentence: Sentence, first: int) -> int:
    """Where the subject of the act at `first`, in `sentence`, ends: at the opening comma of
    an apposition between commas that stands right before the act (`apposition.before`),
    else at `first`."""
    tokens = tokenize(doc.folded, sentence.start, sentence.end)
    k = bisect.bisect_left([t.start for t in tokens], first)
    if k >= len(tokens):
        return first
    apposed = apposition.before(
        doc.folded,
        tokens,
        k,
        between=apposition.ANY_WORD,
        gap=_APPOSED_GAP,
        reach=None,
        width=_APPOSED_WIDTH,
        marks=_MARKS,
    )
    if apposed is None or apposed.opening is None:
        return first
    return doc.folded.rindex(",", tokens[apposed.opening - 1].end, tokens[apposed.opening].start)


# "de la", "del" between a time cue and the act it counts from.
_FROM_ACT = re.compile(r"\s+(?:del|de(?:\s+(?:la|las|los|dicha|dicho|esta|este))?)\s+")


def _counted_from(folded: str, end: int, triggers: Sequence[Trigger]) -> int:
    """Where a time cue ending at `end` ends once it takes in the act it counts from
    ("minutos después" + "de la balacera"); `end` when no event word follows it so."""
    joint = _FROM_ACT.match(folded, end)
    if joint is None:
        return end
    return next((t.end for t in triggers if t.start == joint.end()), end)


def told_before(doc: Doc, cues: SentenceStatus, triggers: list[Trigger], category: str) -> bool:
    """Whether every event word of `category` lies inside a cue that opens another
    happening ("soldiers patrolled the area after the attack", "tras el ataque, los
    agresores huyeron"): the word names the happening told before, which the sentence's
    draft of that category joins; the sentence's other acts are the new happening.

    So is a category one of whose words such a cue holds while its other words tell how that
    act ended ("tras el ataque, el chofer lo llevó a un hospital, donde perdió la vida",
    "after the attack he died in hospital"), unless another cue of the sentence opens a new
    happening with no event word of its own ("tras el ataque, asesinaron a otro hombre").
    And so is a category whose every event word follows a determiner when every such cue
    only tells time going on ("minutos más tarde se generó el enfrentamiento"): it names the
    act already told (`named_again`), or whose words tell what befell one of a group told
    before ("minutos después, otro de los delincuentes murió"): the group's happening."""
    own = [t for t in triggers if t.category == category]
    sequence = all(doc.folded[a:b] in sequence_cues() for a, b in cues.new_incident_at)
    if own and sequence and all(named_again(doc.folded, t.start, t.end) for t in own):
        # "minutos más tarde se generó el enfrentamiento": the one told before (a cue of
        # another place or act, "en otra vivienda", "otro ataque", still opens a new one)
        return True
    if own and sequence and cues.new_incident_at:
        # "Minutos después, otro de los heridos murió": a partitive between the time cue and
        # the act names someone of the happening told before
        since = max(b for _, b in cues.new_incident_at)
        first = min(t.start for t in own)
        if since < first and _partitives().find(doc.folded, since, first):
            return True
        # "Un tercero murió horas después", "another of the wounded died hours later": the
        # subject right before the act, the cue after it
        opens = min(a for a, _ in cues.new_incident_at)
        sentence = next((x for x in doc.sentences if x.start <= first < x.end), None)
        lo = first if sentence is None else sentence.start
        subject_end = first if sentence is None else _before_apposition(doc, sentence, first)
        if first < opens and any(
            subject_end - m.end <= _SUBJECT_GAP
            for m in _partitives().find(
                doc.folded, max(lo, subject_end - _SUBJECT_REACH), subject_end
            )
        ):
            return True
    # Only a cue of time going on names the act told before ("tras el ataque"), or the act
    # it counts from ("minutos después de la balacera"); an event word inside another cue is
    # the new act itself ("otra agresión", "el segundo ataque").
    spans: list[tuple[int, int]] = []
    naming: list[tuple[int, int]] = []
    for a, b in cues.new_incident_at:
        if doc.folded[a:b] in sequence_cues():
            b = _counted_from(doc.folded, b, triggers)
            naming.append((a, b))
        spans.append((a, b))

    def inside(t: Trigger) -> bool:
        return any(a <= t.start < b for a, b in naming)

    if not any(inside(t) for t in own):
        return False
    return all(any(a <= t.start < b for t in triggers) for a, b in spans)
