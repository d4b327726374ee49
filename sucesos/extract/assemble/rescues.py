"""Captives rescued: a sentence that tells a rescue names the people it freed by what was
done to them ("rescued 73 kidnap victims", "two kidnapped Texans were rescued", "migrants
being held captive", "rescatan a cinco personas secuestradas"). That is their state, not a
kidnapping the sentence reports: its abduction words go, and its figures of the kidnapped
count the rescued. A kidnapping the sentence tells as an act ("gunmen abducted them on
Friday; police freed them") keeps its event. Word lists: `incidents.toml`, [rescues]."""

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
RESCUE = "security_operation"  # the category a rescue reports


@cache
def _data() -> tuple[PhraseMatcher[str], PhraseMatcher[str]]:
    data: dict[str, Any] = load_data("incidents.toml")["rescues"]
    return (
        PhraseMatcher((w, "rescue") for w in data["rescue_words"]),
        PhraseMatcher((w, "captives") for w in data["captive_words"]),
    )


def captives_rescued(doc: Doc, triggers: list[Trigger], start: int, end: int) -> bool:
    """Whether `doc.text[start:end]` tells a rescue (an operation with a rescue word), names
    captives (or their captors), and each of its abduction `triggers` lies in such a phrase:
    no kidnapping told."""
    rescue, captives = _data()
    rescued = any(t.category == RESCUE for t in triggers) and rescue.find(doc.folded, start, end)
    if not rescued:
        return False
    spans = [(m.start, m.end) for m in captives.find(doc.folded, start, end)]
    abductions = [t for t in triggers if t.category == ABDUCTION]
    return bool(spans) and all(
        any(a <= t.start and t.end <= b for a, b in spans) for t in abductions
    )


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
