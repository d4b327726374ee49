"""Drafts that tell figures the article's aggregates sum, and so are aggregates too.

A sentence that names no place and gives figures right after a summed sentence sums the same
happenings (`continue_sums`); a sentence whose figures of people are all figures of the
article's aggregates tells the same sum again (`repeated_sums`). Either way its drafts are
aggregates, never the toll of the article's incident.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sucesos.extract.assemble.background import PEOPLE_FIGURES as _PEOPLE_FIGURES
from sucesos.extract.assemble.draft import Draft, Found

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc


def continue_sums(doc: Doc, found: Found, drafts: list[Draft]) -> None:
    """A sentence that names no place and gives figures right after a summed sentence (one
    whose only acts are aggregates) ("25 agents were killed in ambushes across the state. The
    ministry said 21 had died.") sums the same happenings: its drafts are aggregates too,
    never figures of the article's incident."""
    by_sentence: dict[int, list[Draft]] = {}
    for draft in drafts:
        if len(draft.sentences) == 1:
            by_sentence.setdefault(draft.first, []).append(draft)
    for i in sorted(by_sentence):
        before = [d for d in by_sentence.get(i - 1, []) if d.status == "reported"]
        if not any(d.aggregate for d in before) or any(not d.aggregate for d in before if d.counts):
            continue
        here = [d for d in by_sentence[i] if d.status == "reported" and not d.aggregate]
        if not here or found.places[i] or found.sites[i] or doc.status[i].new_incident:
            continue
        if all(d.counts for d in here):
            for d in here:
                d.aggregate = True


def repeated_sums(drafts: list[Draft], found: Found) -> None:
    """A sentence whose figures of people are all figures of the article's aggregates (the
    headline "21 soldiers killed, schools shut" over the body's "21 soldiers were killed in
    attacks across three states") tells the same sum again: its drafts are aggregates too,
    never the toll of the article's incident. A sentence set in a town of its own that gives
    only some of a sum's figures is one of the incidents summed ("three soldiers and two
    police were killed in separate attacks… In Uruapan, gunmen killed three soldiers"): it
    stays an incident."""
    sums = [
        {(c.what, c.value, c.group) for _, c in d.counts if not c.lower_bound}
        for d in drafts
        if d.aggregate
    ]
    summed = set().union(*sums) if sums else set()
    if not summed:
        return
    for draft in drafts:
        if draft.aggregate or draft.status != "reported" or len(draft.sentences) != 1:
            continue
        people = [c for _, c in draft.counts if c.what in _PEOPLE_FIGURES and not c.lower_bound]
        told = {(c.what, c.value, c.group) for c in people}
        if not people or not told <= summed:
            continue
        if found.municipalities_of(draft) and not any(
            {f for f in whole if f[0] in _PEOPLE_FIGURES} <= told for whole in sums
        ):
            continue  # in a town of its own, a part of each sum: one of the incidents summed
        draft.aggregate = True
