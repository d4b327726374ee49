"""How much to trust an extracted event: lead position, place, date, figures, sources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sucesos.extract.assemble.draft import Draft
from sucesos.extract.kinds import taxonomy
from sucesos.models import Count, Location, SourceRef

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc


def confidence_of(
    doc: Doc,
    draft: Draft,
    locations: list[Location],
    date_explicit: bool,
    counts: list[Count],
    sources: dict[str, SourceRef],
) -> float:
    category = taxonomy()[draft.category]
    score = 0.35 + category.priority / 1000
    if any(doc.sentences[i].paragraph <= 1 for i in draft.sentences):
        score += 0.2
    if locations and locations[0].precision in ("locality", "municipality"):
        score += 0.1
    elif locations:
        score += 0.05
    if date_explicit:
        score += 0.05
    if counts:
        score += 0.1
    if sources:
        score += 0.05
    score += min(0.1, 0.02 * (len(set(draft.sentences)) - 1))
    if draft.status != "reported":
        score -= 0.2
    return round(max(0.05, min(0.98, score)), 3)
