"""The words attribution is read with: the cue words of `lexicon/cues.toml`
([attribution]), compiled once, and the `SourceMention` a source is kept as.

`sucesos.extract.attribution` finds the cues of a sentence; `sucesos.extract.speakers` reads the
name each cue points to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sucesos.extract.lexicon import PhraseMatcher, load_data
from sucesos.extract.lexicon_scan import share_scan


@dataclass(frozen=True)
class SourceMention:
    start: int
    end: int
    name: str
    # A generic noun ("la dependencia", "the agency") that stands for an institution named
    # earlier; `resolve_references` replaces its name by that institution's.
    refers_back: bool = False
    # False for the agent of an act who reports it ("la Sedena localizó…"): a source of the
    # figures, and still a side of the event, unlike a speaker ("police said").
    speaks: bool = True
    # One capitalised word at the start of a sentence ("Tello informó…"): a surname only when
    # an earlier source holds it ("el secretario Omar Tello"), else dropped.
    needs_antecedent: bool = False


# The kinds of actor that are authorities: what a generic back-reference ("la dependencia")
# names, and agents whose report of their own act is a source ("la Sedena localizó…").
AUTHORITY_KINDS = frozenset({"state_forces", "police", "official"})


@dataclass(frozen=True)
class Cues:
    before: PhraseMatcher[str]  # the source follows: "cue", "passive", "verb"
    after: PhraseMatcher[str]  # the source precedes
    between: PhraseMatcher[str]  # a time or channel between a verb and its source
    skip: PhraseMatcher[str]  # an auxiliary or adverb between a speaker and the verb
    anaphoric: PhraseMatcher[str]
    nouns: PhraseMatcher[str]
    not_speaker_start: frozenset[str]  # a clause opening with these is not a speaker
    speaker_asides: frozenset[str]  # "however": a connective between a speaker and its verb
    leading: frozenset[str]  # articles dropped from a name's front
    name_links: frozenset[str]  # lower-case words inside a proper name
    clause_openers: frozenset[str]  # "que", "that": what follows is what was said
    not_said: frozenset[str]  # "no informó": a verb of saying negated right before it
    not_said_auxiliaries: frozenset[str]  # "no se había informado"
    passive_auxiliaries: frozenset[str]  # "were found", "fue localizado": no one's act
    phrase_verbs: frozenset[str]  # "were", "who": a speaker's phrase ends before them
    own_verb: re.Pattern[str]  # the shape of a verb of its own inside a name ("desplegaron")
    own_verb_not_after: frozenset[str]  # "the", "those": an "-ed" word after them is no verb
    own_verb_not_verbs: frozenset[str]  # "armed", "hundred": "-ed" words that are no verb
    cut_name_not_start: frozenset[str]  # "al", "aunque": a name cut at its verb opening so is none
    acts: PhraseMatcher[str]  # acts whose agent, an authority, reports them
    collectives: PhraseMatcher[str]  # nouns of reporting groups that act themselves


@cache
def cues() -> Cues:
    cues = load_data("lexicon/cues.toml")["attribution"]
    before = [(c, "cue") for c in cues["before_source"]]
    before += [(c, "passive") for c in cues["passive_source"]]
    before += [(c, "verb") for c in cues["verb_then_source"]]
    before += [(c, "verb_en") for c in cues["verb_then_source_en"]]
    return Cues(
        before=PhraseMatcher(before),
        after=PhraseMatcher((c, "after") for c in cues["after_source"]),
        between=PhraseMatcher((c, "between") for c in cues["between_verb_and_source"]),
        skip=PhraseMatcher((c, "skip") for c in cues["before_verb_skip"]),
        anaphoric=PhraseMatcher((c, "refers") for c in cues["anaphoric_sources"]),
        nouns=PhraseMatcher((n, "noun") for n in cues["source_nouns"]),
        not_speaker_start=frozenset(cues["not_a_speaker_start"]),
        speaker_asides=frozenset(cues["speaker_asides"]),
        leading=frozenset(cues["articles"]),
        name_links=frozenset(cues["name_links"]),
        clause_openers=frozenset(cues["clause_openers"]),
        not_said=frozenset(cues["not_said"]),
        not_said_auxiliaries=frozenset(cues["not_said_auxiliaries"]),
        passive_auxiliaries=frozenset(cues["passive_auxiliaries"]),
        phrase_verbs=frozenset(cues["phrase_verbs"]),
        own_verb=re.compile("|".join(f"(?:{p})" for p in cues["own_verb_shapes"])),
        own_verb_not_after=frozenset(cues["own_verb_not_after"]),
        own_verb_not_verbs=frozenset(cues["own_verb_not_verbs"]),
        cut_name_not_start=frozenset(cues["cut_name_not_start"])
        | frozenset(cues["not_a_speaker_start"]),
        acts=PhraseMatcher((c, "act") for c in cues["agent_reports"]),
        collectives=PhraseMatcher((c, "group") for c in cues["acting_groups"]),
    )


# read on every sentence (before, after, acts) or on many: one shared pass per article
# (`lexicon_scan.shared_scan`)
share_scan(lambda: cues().before)
share_scan(lambda: cues().after)
share_scan(lambda: cues().acts)
share_scan(lambda: cues().between)
share_scan(lambda: cues().skip)
share_scan(lambda: cues().anaphoric)
share_scan(lambda: cues().nouns)
share_scan(lambda: cues().collectives)
