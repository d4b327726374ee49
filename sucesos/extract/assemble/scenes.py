"""A sentence that sets the scene of the act the next one tells.

Roundups often place a happening first and tell its act after: "Horas más tarde, en el
municipio de Jalapa, un grupo de hombres llegó a una fiesta. Le dispararon al festejado
…", "Late on Sunday the violence reached a bar in Villahermosa. Gunmen opened fire on …".
The first sentence names no act and the second no town, so the act would go on the
article's earlier incident (in another town). When the scene sentence places something in a
town that incident is not in, the act's drafts take the scene sentence: its town, day and
cue of another happening are theirs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sucesos.extract.assemble.draft import Draft, Found
from sucesos.extract.kinds import taxonomy

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc


# Happenings a scene sentence can place: acts of violence, bodies found, people taken.
_INCIDENT_FAMILIES = frozenset({"violence", "discovery", "abduction"})


def _incident(category: str) -> bool:
    return taxonomy()[category].family in _INCIDENT_FAMILIES


def _towns(found: Found, i: int) -> set[str]:
    """Municipalities sentence `i` places something in ("en Jalapa", "en el municipio de")."""
    return {town for p in found.places[i] if (town := found.places_in_town(p)) is not None}


def sets_scene(doc: Doc, found: Found, i: int, status: str, drafts: list[Draft]) -> bool:
    """Whether sentence `i` sets the scene of the next sentence's act: a reported sentence
    with no event word and no figure that places something in a town, followed by one that
    tells an act of violence, a discovery or an abduction and names no town of its own,
    while the latest such incident drafted so far in a town is placed in other towns only."""
    if status != "reported" or found.triggers[i] or found.counts[i]:
        return False
    if i + 1 >= len(doc.sentences) or _towns(found, i + 1):
        return False
    if not any(_incident(t.category) for t in found.triggers[i + 1]):
        return False
    towns = _towns(found, i)
    if not towns:
        return False
    # the latest incident placed in a town (drafts that name none follow it when merged)
    for draft in reversed(drafts):
        if draft.status == "reported" and not draft.aggregate and _incident(draft.category):
            theirs = found.municipalities_of(draft)
            if theirs:
                return not towns & theirs
    return False


def take_scene(doc: Doc, scene: int, made: list[Draft]) -> None:
    """The reported incident drafts of the sentence after `scene` (`made`) open with it:
    they are placed where it says, and begin another happening if it says so."""
    for draft in made:
        if draft.status != "reported" or draft.aggregate or draft.sentences != [scene + 1]:
            continue
        if not _incident(draft.category):
            continue
        draft.sentences.insert(0, scene)
        draft.new_incident = draft.new_incident or doc.status[scene].new_incident
