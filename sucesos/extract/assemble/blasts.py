"""Blasts that are what another act did: an article that tells an explosion only by the words
of its outcome ("se escuchó una explosión", "one of the cars exploded", "explosiones de
cohetes") and names no explosive (no bomb, grenade, mine, device or drone attack), while it
tells a shooting, a killing, a clash or an arson, reports that act: the blast is the burning
truck, the car's tank or the shots as the neighbours heard them, no explosion of its own."""

from __future__ import annotations

from sucesos.extract.assemble.draft import Found
from sucesos.extract.assemble.seized_objects import EXPLOSION

# the acts whose outcome a blast with no explosive named may be
_OTHER_ACTS = frozenset({"attack", "armed_clash", "arson"})


def blast_of_other_act(found: Found) -> bool:
    """Whether every explosion word of the article is an outcome and the article tells an
    attack, a clash or an arson by a word of its act."""
    blasts = False
    other = False
    for triggers in found.triggers:
        for t in triggers:
            if t.category == EXPLOSION:
                if t.act:
                    return False  # an explosive named: a blast of its own
                blasts = True
            elif t.act and t.category in _OTHER_ACTS:
                other = True
    return blasts and other
