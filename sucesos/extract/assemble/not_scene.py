"""Towns a sentence names that are not where its act happened.

"Los heridos fueron trasladados a un hospital de Morelia", "the two victims were identified
at the morgue in Morelia", "los cuerpos fueron llevados al Semefo con sede en la ciudad de
Colima", "soldiers of the military zone based in Morelia": the town after a hospital, a morgue
or a base is where the wounded, the dead or the troops went. "Los agentes persiguieron a los
agresores rumbo a Río Bravo", "the gunmen fled toward Zamora": the town after a direction is
where someone was heading; so is the town of the authorities the detained were handed over
to. None is the scene: a later sentence that names such a town tells the same incident, not
another one in that town, and the town comes after the scene's among the event's places.
The words live in `incidents.toml` [not_scene_places].
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from sucesos.extract.lexicon import alternation, load_data

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc
    from sucesos.extract.places import PlaceMatch

# Characters before a place in which its care, base or direction word is looked for.
_REACH = 100


@cache
def _before() -> re.Pattern[str]:
    """A care or base word (or one of handing over), a few words and a locative, or a
    direction, right before a place name (a town word such as "la ciudad de" may stand
    between)."""
    data: dict[str, Any] = load_data("incidents.toml")["not_scene_places"]
    care, towns = alternation(data["care_words"]), alternation(data["town_words"])
    handed, directions = alternation(data["handed_words"]), alternation(data["directions"])
    town = rf"(?:(?:la|el|the)\s+)?(?:(?:{towns})\s+(?:de|of)\s+)?"
    return re.compile(
        rf"(?:\b(?:{care})\b[^.;:()]{{0,35}}?\b(?:en|in|de|at)\s+{town}"
        rf"|\b(?:{handed})\b[^.;:]{{0,60}}?\b(?:en|in|de|at)\s+{town}"
        rf"|\b(?:{directions})\s+(?:(?:al|a la)\s+)?{town})$"
    )


def names_no_scene(doc: Doc, place: PlaceMatch) -> bool:
    """Whether `place` names where victims were cared for, forces are based or someone was
    heading, not where the act was."""
    before = doc.folded[max(0, place.start - _REACH) : place.start]
    return bool(_before().search(before))
