"""Explosives among what was seized or found: an explosive the sentence names only as an
object ("aseguraron dos granadas y un fusil", "se localizaron armas largas, cargadores y
explosivos", "troops seized rifles and grenades") is no explosion. An explosion needs
something that exploded, was detonated, thrown or planted. Word lists: `incidents.toml`,
[seized_objects]."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from sucesos.extract.kinds import Trigger
from sucesos.extract.lexicon import PhraseMatcher, alternation, expand, load_data
from sucesos.extract.lexicon_scan import share_scan

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc

EXPLOSION = "explosion"
SEIZURE = "seizure"
# how far an explosive and a weapon of one inventory may stand apart (characters)
_LIST_REACH = 50
_CLAUSE_BREAK = re.compile(r"[.;:?!\n]")


@cache
def _data() -> tuple[re.Pattern[str], PhraseMatcher[str], re.Pattern[str]]:
    data: dict[str, Any] = load_data("incidents.toml")["seized_objects"]
    objects = [p for w in data["objects"] for p in expand(w)]
    joints = [p for w in data["joints"] for p in expand(w) if p != ","]
    return (
        re.compile(rf"(?:{alternation(objects, stars=True)})"),
        PhraseMatcher(
            [(w, "weapon") for w in data["weapons"]]
            + [(w, "found") for w in data["found"]]
            + [(w, "act") for w in data["acts"]]
        ),
        re.compile(rf",|\b(?:{alternation(joints)})\b"),
    )


share_scan(lambda: _data()[1])  # read on many sentences (`lexicon_scan.shared_scan`)


def _object_word(doc: Doc, trigger: Trigger) -> bool:
    return _data()[0].fullmatch(doc.folded, trigger.start, trigger.end) is not None


def _listed_with_weapon(doc: Doc, trigger: Trigger, weapons: list[tuple[int, int]]) -> bool:
    """Whether the explosive stands in one list with a weapon ("cargadores y explosivos",
    "rifles, grenades and ammunition")."""
    joint = _data()[2]
    for start, end in weapons:
        lo, hi = (end, trigger.start) if end <= trigger.start else (trigger.end, start)
        if hi - lo > _LIST_REACH or hi < lo:
            continue
        between = doc.folded[lo:hi]
        if not _CLAUSE_BREAK.search(between) and joint.search(between):
            return True
    return False


def objects_only(doc: Doc, triggers: list[Trigger], start: int, end: int) -> bool:
    """Whether every explosion word of `doc.text[start:end]` names an explosive seized or
    found, with no act of exploding, throwing or planting told."""
    blasts = [t for t in triggers if t.category == EXPLOSION]
    if not blasts or not all(_object_word(doc, t) for t in blasts):
        return False
    hits = _data()[1].find(doc.folded, start, end)
    if any(m.value == "act" for m in hits):
        return False
    if any(t.category == SEIZURE for t in triggers) or any(m.value == "found" for m in hits):
        return True
    weapons = [(m.start, m.end) for m in hits if m.value == "weapon"]
    return all(_listed_with_weapon(doc, t, weapons) for t in blasts)
