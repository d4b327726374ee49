"""Two acts set apart by towns one of them names in no words that place an act.

The merge of drafts compares the towns their words set acts in ("en Celaya", "in the town of
X": `Found.municipalities_of`). A sentence often names its town otherwise: "Otro ataque en el
convulsionado X dejó un muerto", "X registró dos cuerpos", "el exalcalde de X fue emboscado".
Such a draft has no town for the merge, and the next act of its kind told in another town
joins it, though nothing but the kind ties them. `named_apart` tells that case: one draft
sets its act in towns, the other names only other towns, in any words but those that measure
from a town or name no scene ("cerca de X", "trasladado a un hospital de X"), and the later
one tells people hurt or a cue of its own: two happenings (`incidents.merge_drafts`)."""

from __future__ import annotations

from sucesos.extract.assemble.draft import Draft, Found

# The figures of people hurt that give a draft a victim of its own.
_HURT = frozenset({"killed", "injured", "bodies", "kidnapped"})


def named_apart(existing: Draft, draft: Draft, found: Found) -> bool:
    """Whether `draft` and `existing`, each with people hurt of its own and told in the
    same years, are set apart by their towns: one sets its act in towns, and the other sets
    its act in none but names other towns, none of those the first names."""
    if not (_hurt(draft) and _hurt(existing)):
        return False  # a victim of its own on each side, not a part of the other's account
    if _years(draft, found) != _years(existing, found):
        return False  # an earlier act brought up, or told with no year: the background's
    for placed, other in ((existing, draft), (draft, existing)):
        towns = found.municipalities_of(placed)
        if not towns or found.municipalities_of(other):
            continue
        named = _named_towns(other, found)
        if named and not named & _named_towns(placed, found):
            return True
    return False


def _hurt(draft: Draft) -> bool:
    return any(c.what in _HURT for _, c in draft.counts)


def _years(draft: Draft, found: Found) -> set[int]:
    return {d.value.year for d in found.dates_of(draft)}


def _named_towns(draft: Draft, found: Found) -> set[str]:
    """The towns `draft`'s words name in any role but one measured from or no scene."""
    return {
        p.location.admin2_code
        for p in found.places_of(draft)
        if p.location.precision in ("municipality", "locality")
        and p.location.admin2_code
        and p.start not in found.near
    }
