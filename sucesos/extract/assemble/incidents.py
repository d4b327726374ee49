"""Drafts (one category of one sentence) grouped into the article's events: drafts of the
same category, status and compatible place merge; a questioned account joins the main event."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sucesos.extract.counts import CountMention
from sucesos.extract.dates import DateMatch
from sucesos.extract.kinds import taxonomy
from sucesos.extract.lexicon import load_data


@cache
def merges_into_rules() -> dict[str, str]:
    data: dict[str, Any] = load_data("taxonomy.toml")
    return dict(data.get("merges_into", {}))


@dataclass
class Draft:
    category: str
    status: str  # reported | historical | statistic
    sentences: list[int]
    disputed: bool = False
    counts: list[tuple[int, CountMention]] = field(default_factory=list)  # (sentence, figure)

    @property
    def first(self) -> int:
        return self.sentences[0]


def merge_drafts(
    drafts: list[Draft], states_of: list[set[str]], dates: list[list[DateMatch]]
) -> list[Draft]:
    merged: list[Draft] = []
    merges_into = merges_into_rules()
    for draft in drafts:
        for existing in merged:
            if existing.status != draft.status:
                continue
            if existing.category != draft.category and not (
                merges_into.get(draft.category) == existing.category
                or merges_into.get(existing.category) == draft.category
            ):
                continue
            if draft.status == "historical" and _years(existing, dates) != _years(draft, dates):
                continue
            a = set().union(*(states_of[i] for i in existing.sentences))
            b = set().union(*(states_of[i] for i in draft.sentences))
            if a and b and not a & b:
                continue
            if merges_into.get(existing.category) == draft.category:
                existing.category = draft.category
            existing.sentences.extend(draft.sentences)
            existing.counts.extend(draft.counts)
            existing.disputed = existing.disputed or draft.disputed
            break
        else:
            merged.append(draft)
    return merged


def _years(draft: Draft, dates: list[list[DateMatch]]) -> set[int]:
    return {d.value.year for i in draft.sentences for d in dates[i]}


def attach_disputes(drafts: list[Draft], disputed_sentences: list[int]) -> list[Draft]:
    """A questioned account joins the main reported event of the same family."""
    reported = [d for d in drafts if d.status == "reported"]
    if not reported:
        return drafts
    main = max(reported, key=lambda d: (taxonomy()[d.category].priority, -d.first))
    family = taxonomy()[main.category].family
    out: list[Draft] = []
    for draft in drafts:
        is_questioning = draft is not main and draft.disputed and draft.status == "reported"
        if is_questioning and taxonomy()[draft.category].family == family:
            main.sentences.extend(draft.sentences)
            main.disputed = True
            continue
        out.append(draft)
    for i in disputed_sentences:
        if i not in main.sentences and not any(i in d.sentences for d in out):
            main.sentences.append(i)
            main.disputed = True
    return out
