"""Towns named as the seat of an office or an institution, not as where the act was.

"Informó la Fiscalía Regional de Chilpancingo", "un reportero del diario El Sol de Xalapa",
"normalistas de Ayotzinapa", "the Culiacán office of the state prosecutor": the town says
whose institution speaks or was hit, not where the incident happened. "El alcalde de
Zitácuaro fue asesinado en Tuxpan", "the mayor of Tijuana said…": the town of the office a
person holds. `off_offices` drops an institution's town from a record's places when the
record names another town that may be its scene, and an office holder's town when the
holder's own sentence does (alone, a holder's town is most often where he was attacked). A
town an office names alone stays: it is the best guess there is. The words live in
`incidents.toml` [office_places].
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from sucesos.extract.assemble.off_scene import may_be_scene, sentence_of
from sucesos.extract.lexicon import alternation, load_data
from sucesos.extract.text import fold

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc
    from sucesos.extract.places import PlaceMatch

# Characters before a place in which its office word is looked for.
_REACH = 90

Office = Literal["institution", "holder"]


@dataclass(frozen=True)
class _OfficeWords:
    """An office word up to the town after it (`before`), the words that may stand between
    (`between`), a building where the act was (`at`), a person's post before an institution
    (`post`) and an English office after the town (`after`)."""

    before: re.Pattern[str]
    between: frozenset[str]
    holders: frozenset[str]
    at: re.Pattern[str]
    post: re.Pattern[str]
    after: re.Pattern[str]


@cache
def _office_words() -> _OfficeWords:
    data: dict[str, Any] = load_data("incidents.toml")["office_places"]

    def words(*keys: str) -> str:
        return alternation([w for k in keys for w in data[k]])

    return _OfficeWords(
        # the office word nearest the town: the last one of the window
        before=re.compile(
            rf"(?s).*\b(?P<head>{words('heads', 'holders')})"
            rf"(?P<mid>(?:\s+[^\s.,;:()\"“”]+){{0,5}}?)\s+(?:{words('linkers')})\s+"
            rf"(?:(?:la|el|the)\s+)?(?:(?:{words('town_words')})\s+(?:de|of)\s+)?$"
        ),
        between=frozenset(w for q in data["qualifiers"] for w in q.split()),
        holders=frozenset(data["holders"]),
        at=re.compile(rf"\b(?:{words('at')})\s+(?:(?:la|el|los|las|the)\s+)?$"),
        post=re.compile(rf"\b(?:{words('holders_before')})\b[^.;:,]{{0,30}}$"),
        after=re.compile(rf"(?:'s|’s)?\s+(?P<head>{words('after')})\b"),
    )


def office_of(doc: Doc, place: PlaceMatch) -> Office | None:
    """Whether `place` is named as the town of an institution ("la Fiscalía Regional de X",
    "the X office of the prosecutor") or of an office a person holds ("el alcalde de X", "el
    secretario del ayuntamiento de X"), and which; None for any other place, and for a
    building where the act was ("frente al Ayuntamiento de X")."""
    w = _office_words()
    start = max(0, place.start - _REACH)
    m = w.before.match(doc.folded, start, place.start)
    if m is None:
        after = w.after.match(doc.folded, place.end)
        if after is None:
            return None
        return "holder" if after.group("head") in w.holders else "institution"
    holder = m.group("head") in w.holders
    if not holder and w.at.search(doc.folded, start, m.start("head")):
        return None  # "protestaron frente al Ayuntamiento de X": the town is the scene
    # between the office and its town only its qualifiers or a name of its own ("la Fiscalía
    # General del Estado de", "el diario El Sol de")
    mid = doc.text[m.start("mid") : m.end("mid")].split()
    if not all(fold(t) in w.between or t[:1].isupper() for t in mid):
        return None
    if holder or w.post.search(doc.folded, start, m.start("head")):
        return "holder"
    return "institution"


def off_offices(doc: Doc, found: list[PlaceMatch]) -> list[PlaceMatch]:
    """`found` without the towns named only as an office's (`office_of`) when another town
    of `found` that may be the scene (`may_be_scene`) lies in another municipality, in the
    same sentence for an office holder's town: "los agentes de la Policía Municipal de
    Tixtla fueron emboscados en Chilpancingo" is Chilpancingo's. A town an office names
    alone, or in the scene's own municipality, stays."""
    offices = {
        p.start: kind
        for p in found
        if p.location.precision in ("locality", "municipality")
        and (kind := office_of(doc, p)) is not None
    }
    if not offices:
        return found
    scenes = [p for p in found if p.start not in offices and may_be_scene(doc, p)]
    if not scenes:
        return found
    sentence = sentence_of(doc)
    off = set()
    for p in found:
        kind = offices.get(p.start)
        if kind is None:
            continue
        others = [q for q in scenes if q.location.admin2_code != p.location.admin2_code]
        if kind == "holder":
            others = [q for q in others if sentence(q.start) == sentence(p.start)]
        if others and not any(q.location.admin2_code == p.location.admin2_code for q in scenes):
            off.add(p.start)
    return [p for p in found if p.start not in off]
