"""Sequels: what the attackers did right after a clash or an attack, told as what followed it.

"Policías y sicarios se enfrentaron en Cajeme; tras el enfrentamiento, los agresores
bloquearon la carretera con vehículos incendiados", "The first was a shootout, after which
gunmen blockaded a road": the roadblock and the arson are kinds of the clash (issue 9, one
event per incident), at its place and on its day, not incidents of their own. A sequel is
told after one of the cues of `incidents.toml` [sequels], in the sentence of the act it
follows or the next one, hurts no one of its own and sets itself in no other town, site or
day; it joins the act told last before it.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from sucesos.extract.assemble.draft import Draft, Found
from sucesos.extract.assemble.incidents import HURT, compatible, join_as_part
from sucesos.extract.lexicon import PhraseMatcher, load_data

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc


@cache
def _rules() -> tuple[PhraseMatcher[str], frozenset[str], frozenset[str]]:
    """(the cues of what followed, the acts a sequel follows, the categories a sequel may
    be) (`incidents.toml` [sequels])."""
    data: dict[str, Any] = load_data("incidents.toml")["sequels"]
    cues = PhraseMatcher((c, "sequel") for c in data["cues"])
    return cues, frozenset(data["mains"]), frozenset(data["parts"])


def join_sequels(doc: Doc, drafts: list[Draft], found: Found) -> list[Draft]:
    """`drafts` less the sequels of a violent act, which join that act as its kinds."""
    cues, mains, parts = _rules()
    absorbed: set[int] = set()
    for k, part in enumerate(drafts):
        if not _candidate(part, parts):
            continue
        main = _followed(doc, drafts, k, _cues_at(doc, part, cues), mains, absorbed, found)
        if main is None:
            continue
        join_as_part(main, part)
        absorbed.add(k)
    return [d for k, d in enumerate(drafts) if k not in absorbed]


def _candidate(part: Draft, parts: frozenset[str]) -> bool:
    """Whether `part` may be a sequel: reported news of one place, a disorder that hurts no
    one."""
    return (
        part.category in parts
        and part.status == "reported"
        and not part.aggregate
        and not any(c.what in HURT for _, c in part.counts)
    )


def _cues_at(doc: Doc, part: Draft, cues: PhraseMatcher[str]) -> dict[int, int]:
    """{sentence of the part: where the first cue of what followed lies in the part's own
    words of it}, for each of its sentences that has one."""
    out: dict[int, int] = {}
    for i in part.sentences:
        hits = cues.find(doc.folded, *part.span(doc, i))
        if hits:
            out[i] = hits[0].start
    return out


def _followed(
    doc: Doc,
    drafts: list[Draft],
    k: int,
    cued: dict[int, int],
    mains: frozenset[str],
    absorbed: set[int],
    found: Found,
) -> Draft | None:
    """The violent act the sequel `drafts[k]` follows, given where its cues lie (`cued`, by
    sentence): told before a cue in its sentence, or in the sentence before, at a compatible
    place and day; the one told last."""
    if not cued:
        return None
    part = drafts[k]
    best: tuple[int, Draft] | None = None
    for m, main in enumerate(drafts):
        if (
            m == k
            or m in absorbed
            or main.category not in mains
            or main.status != "reported"
            or main.aggregate
        ):
            continue
        told = [
            j
            for j in main.sentences
            if j + 1 in cued or (j in cued and _before(doc, main, j, cued[j]))
        ]
        if not told or not compatible(main, part, found):
            continue
        last = max(told)
        if best is None or last > best[0]:
            best = (last, main)
    return best[1] if best is not None else None


def _before(doc: Doc, main: Draft, i: int, at: int) -> bool:
    """Whether the act's own words in sentence `i` start before the cue at `at`."""
    return main.span(doc, i)[0] < at
