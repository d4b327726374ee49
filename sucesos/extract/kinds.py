"""Event categories: which kinds of event a sentence reports, from trigger words.

The taxonomy (`sucesos/data/taxonomy.toml`) maps each category to its ACLED event type and
sub-event type; the triggers (`sucesos/data/lexicon/triggers.toml`) say which words signal it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from sucesos.extract.lexicon import PhraseMatch, PhraseMatcher, load_data


@dataclass(frozen=True)
class Category:
    name: str
    event_type: str | None
    sub_event_type: str | None
    family: str
    priority: int
    label_es: str
    label_en: str


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    category: str


@cache
def taxonomy() -> dict[str, Category]:
    """Every category of the taxonomy by name."""
    out: dict[str, Category] = {}
    for name, entry in load_data("taxonomy.toml")["category"].items():
        label = entry.get("label", {})
        out[name] = Category(
            name=name,
            event_type=entry.get("event_type"),
            sub_event_type=entry.get("sub_event_type"),
            family=entry.get("family", "other"),
            priority=int(entry.get("priority", 0)),
            label_es=label.get("es", name),
            label_en=label.get("en", name),
        )
    return out


@cache
def _trigger_matcher() -> PhraseMatcher[str]:
    phrases: list[tuple[str, str]] = []
    for category, words in load_data("lexicon/triggers.toml").items():
        phrases.extend((w, category) for w in words)
    return PhraseMatcher(phrases)


@cache
def _refinements() -> dict[str, PhraseMatcher[str]]:
    out: dict[str, PhraseMatcher[str]] = {}
    categories: dict[str, Any] = load_data("taxonomy.toml")["category"]
    for name, entry in categories.items():
        refine = entry.get("refine")
        if refine:
            out[name] = PhraseMatcher(
                (word, sub_event) for sub_event, words in refine.items() for word in words
            )
    return out


def find_triggers(folded: str, start: int = 0, end: int | None = None) -> list[Trigger]:
    """Category triggers in `folded[start:end]`; phrases listed under `none` are dropped."""
    matches: list[PhraseMatch[str]] = _trigger_matcher().find(folded, start, end)
    return [Trigger(m.start, m.end, m.value) for m in matches if m.value != "none"]


def refine_sub_event(category: str, folded: str, start: int, end: int) -> str | None:
    """The ACLED sub-event type for `category` given the words of its evidence.

    Refinements are listed in `taxonomy.toml` from the most to the least specific; the first
    one with a cue in the text wins ("protesters killed" makes a protest "Excessive force"
    even when the police also "dispersed" it).
    """
    base = taxonomy()[category].sub_event_type
    matcher = _refinements().get(category)
    if matcher is None:
        return base
    found = {m.value for m in matcher.find(folded, start, end, overlapping=True)}
    for sub_event in _refinement_order()[category]:
        if sub_event in found:
            return sub_event
    return base


@cache
def _refinement_order() -> dict[str, list[str]]:
    categories: dict[str, Any] = load_data("taxonomy.toml")["category"]
    return {name: list(entry.get("refine", {})) for name, entry in categories.items()}
