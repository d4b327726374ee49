"""Sentences that go on telling the article's incident without an event word or a figure of
their own ("Los hechos ocurrieron en la colonia Centro de Celaya", "It happened outside a
school in X"): they join the latest news draft before them, which gains their places, dates
and evidence. Without this, an incident whose lead names only the state loses the town
that the next sentence gives. Phrases: `cues.toml` [incident] `elaboration`."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from sucesos.extract.assemble.draft import Draft, Found
from sucesos.extract.kinds import taxonomy
from sucesos.extract.lexicon import PhraseMatcher, load_data

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc

# How far into a sentence its opening may run ("Según la fiscalía, los hechos ocurrieron").
_OPENING_CHARS = 60


@cache
def _openers() -> PhraseMatcher[str]:
    words = load_data("lexicon/cues.toml")["incident"]["elaboration"]
    return PhraseMatcher((w, "elaboration") for w in words)


def elaborates(doc: Doc, i: int) -> bool:
    """Whether sentence `i` opens by telling where, when or how the happening told before it
    took place ("Los hechos se registraron cuando…", "The incident occurred near…")."""
    sentence = doc.sentences[i]
    stop = min(sentence.end, sentence.start + _OPENING_CHARS)
    return bool(_openers().find(doc.folded, sentence.start, stop))


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
