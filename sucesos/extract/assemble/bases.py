"""Places named as where an armed group is based or operates, not as where its act was.

"Detuvieron en Monterrey a dos integrantes de un grupo con operaciones en el estado de
Zacatecas", "una célula con centro de operaciones en Jalisco", "a cartel faction based in the
border city of Matamoros": the place says where the group works from, not where the incident
the record tells happened. `off_bases` drops such a place from a record's places when the
record names another place that may be the scene and the based place is named nowhere else
in the record (a second mention of it, "la balacera en Zacatecas", keeps it). The words
live in `incidents.toml` [base_places].
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from sucesos.extract.assemble.not_scene import names_no_scene
from sucesos.extract.lexicon import alternation, load_data

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc
    from sucesos.extract.places import PlaceMatch

# Characters before a place in which its base words are looked for.
_REACH = 80


@cache
def _base_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A base word up to the place after it (a kind of place, "el estado de", "the border
    city of", may stand between), and the words that join the items of a list."""
    data: dict[str, Any] = load_data("incidents.toml")["base_places"]
    towns = alternation(data["town_words"])
    before = re.compile(
        rf"\b(?:{alternation(data['cues'])})\s+(?:(?:el|la|los|las|the)\s+)?"
        rf"(?:(?:\w+\s+){{0,2}}?(?:{towns})\s+(?:de|del|of)\s+(?:(?:la|el|the)\s+)?)?$"
    )
    links = re.compile(rf"\s*(?:,|,?\s*(?:{alternation(data['list_links'])}))\s*")
    return before, links


def _based(doc: Doc, found: list[PlaceMatch]) -> set[int]:
    """The starts of the places of `found` told as a group's base, and the places listed
    right after one ("con presencia en Zacatecas, Durango y Sinaloa")."""
    before, links = _base_words()
    based: set[int] = set()
    last = None
    for p in sorted(found, key=lambda q: q.start):
        head = doc.folded[max(0, p.start - _REACH) : p.start]
        listed = last is not None and links.fullmatch(doc.folded, last.end, p.start) is not None
        if before.search(head) or (listed and last is not None and last.start in based):
            based.add(p.start)
        last = p
    return based


def place_key(p: PlaceMatch) -> tuple[str | None, str | None, str]:
    """One place however often named: its state, its municipality and, for a locality, its
    name (`where.pick_places` keeps one match of each)."""
    loc = p.location
    return (loc.admin1_code, loc.admin2_code, loc.name if loc.precision == "locality" else "")


def off_bases(doc: Doc, found: list[PlaceMatch]) -> list[PlaceMatch]:
    """`found` without the places told only as where a group is based or operates
    (`_based`) when another place of `found` may be the scene: one named otherwise, not
    where someone was cared for or was heading (`names_no_scene`), below the country."""
    based = _based(doc, found)
    if not based:
        return found
    off_keys = {place_key(p) for p in found if p.start in based} - {
        place_key(p) for p in found if p.start not in based
    }
    scenes = [
        p
        for p in found
        if place_key(p) not in off_keys
        and p.location.precision != "country"
        and not names_no_scene(doc, p)
    ]
    if not off_keys or not scenes:
        return found
    return [p for p in found if place_key(p) not in off_keys]
