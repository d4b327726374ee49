"""An alert an article tells once, however many sentences it spreads over.

A travel advisory is one act of one issuer, but its report tells it in pieces: the country
it covers in one sentence ("Washington alertó a sus viajeros sobre todo el país"), the
states of its highest level in another ("pide no viajar a Colima, Guerrero…"), the states
to reconsider or the towns it singles out further on ("Reconsider travel to Jalisco…").
Each piece names other places, so the incident test (no disjoint states) kept them apart
as two or three advisories of one day. Reported drafts of such a category
(`incidents.toml` [told_once]) join the first one the article tells, unless a day of their
own or a month of their own sets them apart ("Other warnings include X, issued in January
after…") or their sentence opens another happening ("Canadá emitió otra alerta…"):
`join_told_once`."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from sucesos.extract.assemble.draft import Draft, Found
from sucesos.extract.assemble.incidents import join_as_part
from sucesos.extract.lexicon import PhraseMatcher, load_data

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc


@cache
def _told_once() -> frozenset[str]:
    """The categories an article tells as one act over many places ([told_once])."""
    return frozenset(load_data("incidents.toml")["told_once"]["categories"])


@cache
def _others() -> PhraseMatcher[str]:
    """Words that tell another act of the kind ("otras alertas", "other warnings")."""
    cues = load_data("incidents.toml")["told_once"]["others"]
    return PhraseMatcher((c, "other") for c in cues)


def join_told_once(doc: Doc, drafts: list[Draft], found: Found) -> list[Draft]:
    """`drafts` with each reported draft of a [told_once] category joined to the first of
    its category the article tells, when no day sets the two apart and it opens no other
    happening."""
    categories = _told_once()
    first: dict[str, Draft] = {}
    joined: set[int] = set()
    for k, draft in enumerate(drafts):
        if draft.status != "reported" or draft.category not in categories:
            continue
        main = first.get(draft.category)
        if main is None:
            first[draft.category] = draft
            continue
        if draft.new_incident or draft.listed or _apart(doc, draft, main, found):
            continue
        if any(_others().find(doc.folded, *draft.span(doc, i)) for i in draft.sentences):
            continue
        join_as_part(main, draft)
        main.sentences.sort()
        joined.add(k)
    return [d for k, d in enumerate(drafts) if k not in joined]


def _apart(doc: Doc, draft: Draft, main: Draft, found: Found) -> bool:
    """Whether the days, or else the months, the two drafts' own words name differ (the
    report's own month standing for those of a first draft that names none)."""
    days, main_days = found.days_of(draft), found.days_of(main)
    if days and main_days:
        return not days & main_days
    months, main_months = _months(draft, found), _months(main, found)
    told = doc.stamp.value if doc.stamp is not None else doc.published
    if not main_months and told is not None:
        main_months = {(told.year, told.month)}
    return bool(months and main_months and not months & main_months)


def _months(draft: Draft, found: Found) -> set[tuple[int, int]]:
    """The months of the days or months `draft`'s words name (none in the future)."""
    return {
        (d.value.year, d.value.month)
        for d in found.dates_of(draft)
        if d.precision in ("day", "month") and not d.future
    }
