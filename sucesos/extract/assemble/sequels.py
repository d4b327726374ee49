"""Sequels: what the attackers did right after a clash or an attack, told as what followed it.

"Policías y sicarios se enfrentaron en Cajeme; tras el enfrentamiento, los agresores
bloquearon la carretera con vehículos incendiados", "The first was a shootout, after which
gunmen blockaded a road": the roadblock and the arson are kinds of the clash (issue 9, one
event per incident), at its place and on its day, not incidents of their own. A sequel is
told after one of the cues of `incidents.toml` [sequels] (what followed or went on at the
time, "para impedir la llegada de refuerzos", the attackers named again as its doers, "la
camioneta en la que huyeron"), in the sentence of the act it follows or the next one, or
with no cue after the act's words in the act's own sentence ("se enfrentaron…, y la
carretera quedó bloqueada"); it hurts no one of its own, sets itself in no other town, site
or day, names no town the act's sentences do not, carries no cue of another happening or a
later day ("al día siguiente", "en otro hecho"), and joins the act told last before it.
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
    """(the cues of what followed and of another happening, the acts a sequel follows, the
    categories a sequel may be) (`incidents.toml` [sequels])."""
    data: dict[str, Any] = load_data("incidents.toml")["sequels"]
    cues = PhraseMatcher(
        [(c, "sequel") for c in data["cues"]] + [(c, "apart") for c in data["apart"]]
    )
    return cues, frozenset(data["mains"]), frozenset(data["parts"])


def join_sequels(doc: Doc, drafts: list[Draft], found: Found) -> list[Draft]:
    """`drafts` less the sequels of a violent act, which join that act as its kinds."""
    cues, mains, parts = _rules()
    absorbed: set[int] = set()
    for k, part in enumerate(drafts):
        if not _candidate(part, parts):
            continue
        cued = _cues_at(doc, part, cues)
        if cued is None:
            continue  # "al día siguiente", "en otro hecho": a happening of its own
        # a disorder told with no cue in the act's own sentence, after the act's words
        # ("se enfrentaron con los policías y bloquearon la carretera"): done in that act
        own = not cued and len(part.sentences) == 1
        if own:
            cued = {part.first: _first_word(found, part, part.first)}
        main = _followed(doc, drafts, k, cued, mains, absorbed, found, same_sentence=own)
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


def _cues_at(doc: Doc, part: Draft, cues: PhraseMatcher[str]) -> dict[int, int] | None:
    """{sentence of the part: where the first cue of what followed lies in the part's own
    words of it}, for each of its sentences that has one."""
    out: dict[int, int] = {}
    for i in part.sentences:
        hits = cues.find(doc.folded, *part.span(doc, i))
        if any(h.value == "apart" for h in hits):
            return None
        sequel = [h for h in hits if h.value == "sequel"]
        if sequel:
            out[i] = sequel[0].start
    return out


def _followed(
    doc: Doc,
    drafts: list[Draft],
    k: int,
    cued: dict[int, int],
    mains: frozenset[str],
    absorbed: set[int],
    found: Found,
    *,
    same_sentence: bool = False,
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
            if (j + 1 in cued and not same_sentence)
            or (j in cued and _before(doc, main, j, cued[j], found))
        ]
        if not told or not compatible(main, part, found) or _elsewhere(main, part, found):
            continue
        last = max(told)
        if best is None or last > best[0]:
            best = (last, main)
    return best[1] if best is not None else None


def _elsewhere(main: Draft, part: Draft, found: Found) -> bool:
    """Whether the sequel sets itself in a town the act's sentences do not name at all
    ("Horas más tarde, en Celaya, incendiaron…" after a killing told "en un bar de
    Salamanca"): another happening, however the act's own town was named."""
    named = {p.location.admin2_code for i in main.sentences for p in found.places[i]}
    return not found.municipalities_of(part) <= named


def _first_word(found: Found, draft: Draft, i: int) -> int:
    """Where the first event word of `draft`'s category lies in its sentence `i`."""
    return min((t.start for t in found.triggers[i] if t.category == draft.category), default=0)


def _before(doc: Doc, main: Draft, i: int, at: int, found: Found) -> bool:
    """Whether the act's own words in sentence `i` start before the cue at `at` (the act's
    first event word, where the act's words are the whole sentence)."""
    start = main.span(doc, i)[0]
    if start == doc.sentences[i].start:
        start = _first_word(found, main, i) if found.triggers[i] else start
    return start < at
