"""Captives rescued, found or held: a sentence that tells a rescue names the people it freed
by what was done to them ("rescued 73 kidnap victims", "two kidnapped Texans were rescued",
"migrants being held captive", "rescatan a cinco personas secuestradas"); one that tells a
finding or an arrest names the people found or the captors taken the same way ("discovered
two hostages bound and gagged", "hallaron el cuerpo de un hombre reportado como
desaparecido", "detienen a secuestradores"). That is their state or their past, not a
kidnapping the sentence reports: its abduction words go, and its figures of the kidnapped
count the rescued (a rescue) or nothing (a finding, an arrest). A kidnapping the sentence
tells as an act ("gunmen abducted them on Friday; police freed them") keeps its event. Word
lists: `incidents.toml`, [rescues]."""

from __future__ import annotations

import dataclasses
from functools import cache
from typing import TYPE_CHECKING, Any

from sucesos.extract.lexicon import PhraseMatcher, load_data

if TYPE_CHECKING:
    from sucesos.extract.count_words import CountMention
    from sucesos.extract.kinds import Trigger
    from sucesos.extract.pipeline import Doc

ABDUCTION = "abduction"
ARREST = "arrest"
RESCUED = "rescued"  # what `captives_named` says of captives freed
HELD = "held"  # ... of captives found, or of captors arrested


@cache
def _data() -> tuple[PhraseMatcher[str], ...]:
    data: dict[str, Any] = load_data("incidents.toml")["rescues"]
    return (
        PhraseMatcher((w, "rescue") for w in data["rescue_words"]),
        PhraseMatcher((w, "captives") for w in data["captive_words"]),
        PhraseMatcher((w, "finding") for w in data["finding_words"]),
        PhraseMatcher((w, "held") for w in data["held_words"]),
    )


def captives_named(doc: Doc, triggers: list[Trigger], start: int, end: int) -> str | None:
    """`RESCUED` when `doc.text[start:end]` tells a rescue (a rescue word), `HELD` when it
    tells a finding or an arrest, and it names captives (or their captors) with each of its
    abduction `triggers` in such a phrase: no kidnapping told. None otherwise."""
    rescue, captives, finding, held = _data()
    spans = [(m.start, m.end) for m in captives.find(doc.folded, start, end)]
    if rescue.find(doc.folded, start, end):
        named = RESCUED
    elif finding.find(doc.folded, start, end) or any(t.category == ARREST for t in triggers):
        named = HELD
        # the found named by their captivity ("hallaron a dos hombres privados de su libertad")
        spans += [(m.start, m.end) for m in held.find(doc.folded, start, end)]
    else:
        return None
    abductions = [t for t in triggers if t.category == ABDUCTION]
    told = all(any(a <= t.start and t.end <= b for a, b in spans) for t in abductions)
    return named if spans and told else None


def as_named(counts: list[CountMention], named: str) -> list[CountMention]:
    """`counts` with the figures of the kidnapped counting the rescued (`RESCUED`) or, for
    captives found or captors arrested, counting nothing."""
    if named == RESCUED:
        return as_rescued(counts)
    return [c for c in counts if c.what != "kidnapped"]


def as_rescued(counts: list[CountMention]) -> list[CountMention]:
    """`counts` with the figures of the kidnapped counting the rescued; a figure of the
    rescued no number gives ("rescataron a", 1 at least) yields to them."""
    captives = [dataclasses.replace(c, what="rescued") for c in counts if c.what == "kidnapped"]
    if not captives:
        return counts
    if any(c.what == "rescued" and not c.lower_bound for c in counts):
        return [c for c in counts if c.what != "kidnapped"]
    kept = [c for c in counts if c.what not in ("kidnapped", "rescued")]
    return sorted([*kept, *captives], key=lambda c: c.start)
