"""A disorder with no crowd: the general words of a riot ("disturbios", "unrest") in an article
that names no crowd (protesters, inmates, villagers, a mob) and no other word of a riot tell the
violence of armed men (burning cars, roadblocks, shootings), which its own acts report; no
riot. ACLED codes a riot only where demonstrators or a mob do the violence. Word lists:
`incidents.toml` [disorder]."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from sucesos.extract.assemble.draft import Found
from sucesos.extract.lexicon import PhraseMatcher, load_data
from sucesos.extract.lexicon_scan import share_scan

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc

RIOT = "riot"


@cache
def _data() -> tuple[frozenset[str], PhraseMatcher[bool]]:
    data: dict[str, Any] = load_data("incidents.toml")["disorder"]
    return frozenset(data["words"]), PhraseMatcher((w, True) for w in data["crowds"])


share_scan(lambda: _data()[1])  # read on many sentences (`lexicon_scan.shared_scan`)


def disorder_without_crowd(doc: Doc, found: Found) -> bool:
    """Whether every riot word of the article is a general word of a disorder and the
    article names no crowd."""
    words, crowds = _data()
    riots = [t for triggers in found.triggers for t in triggers if t.category == RIOT]
    if not riots or any(doc.folded[t.start : t.end] not in words for t in riots):
        return False
    return not crowds.find(doc.folded)
