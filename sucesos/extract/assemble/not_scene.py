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

A town a road or a bus route is named after ("en la carretera Uruapan-Paracho, a la altura de
Cheranguerán", "el chofer de la ruta Petaquillas-Chilpancingo", "the highway leading to
Monterrey") is where the road goes, not where on it the act happened: `road_ends` (words in
`incidents.toml` [road_places]).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache, lru_cache
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
    direction, right before a place name (a town word such as "la ciudad de" or a word of a
    nearby town, "hospitales del vecino X", may stand between)."""
    data: dict[str, Any] = load_data("incidents.toml")["not_scene_places"]
    care, towns = alternation(data["care_words"]), alternation(data["town_words"])
    handed, directions = alternation(data["handed_words"]), alternation(data["directions"])
    nearby = alternation(data["town_adjectives"])
    town = rf"(?:(?:la|el|the)\s+)?(?:(?:{nearby})\s+)?(?:(?:{towns})\s+(?:de|of)\s+)?"
    return re.compile(
        rf"(?:\b(?:{care})\b[^.;:()]{{0,35}}?\b(?:en|in|de|del|at)\s+{town}"
        rf"|\b(?:{handed})\b[^.;:]{{0,60}}?\b(?:en|in|de|at)\s+{town}"
        rf"|\b(?:{directions})\s+(?:(?:al|a la)\s+)?{town})$"
    )


def names_no_scene(doc: Doc, place: PlaceMatch) -> bool:
    """Whether `place` names where victims were cared for, forces are based or someone was
    heading, not where the act was."""
    start = place.start
    return _no_scene_before(doc.folded[max(0, start - _REACH) : start])


@lru_cache(maxsize=1024)
def _no_scene_before(before: str) -> bool:
    """`names_no_scene` of the place the words `before` lead to: kept (by those words, not
    the whole text), as the assembly asks it two or three times of each place (the places
    of each sentence, of each record, of the article)."""
    return bool(_before().search(before))


@dataclass(frozen=True)
class _RoadWords:
    """The patterns of `incidents.toml` [road_places]: a road up to a place named as the end
    it leads to (`to`), one of two (`between`) or one of a route (`opens`); the words that
    join two ends; what may stand between a town and its state ("Reynosa, del estado de
    Tamaulipas"); a road word right after a place (English); a clause of what happened on
    the road right after an end."""

    to: re.Pattern[str]
    between: re.Pattern[str]
    opens: re.Pattern[str]
    route: re.Pattern[str]
    both: re.Pattern[str]
    state: re.Pattern[str]
    after: re.Pattern[str]
    scene: re.Pattern[str]
    # a road word anywhere, and its longest: `to`, `between` and `opens` need one before
    # the place, so a place with none near is not tried against them
    road_word: re.Pattern[str]
    longest: int


@cache
def _road_words() -> _RoadWords:
    data: dict[str, Any] = load_data("incidents.toml")["road_places"]

    def words(key: str) -> str:
        return alternation(data[key])

    road = rf"\b(?:{words('roads')})(?:\s+(?:{words('qualifiers')}|\d{{1,3}}))*"
    town = rf"(?:\s+(?:(?:la|el|the)\s+)?(?:\w+\s+)?(?:{words('town_words')}))?"
    return _RoadWords(
        to=re.compile(rf"{road}\s+(?:{words('to')}){town}\s+$"),
        between=re.compile(rf"{road}\s+(?:{words('between')}){town}\s+$"),
        opens=re.compile(rf"{road}(?:\s+(?:{words('from')}))?{town}\s+$"),
        route=re.compile(rf"\s*(?:{words('route')})\s*"),
        both=re.compile(rf"\s*(?:{words('and')})\s+"),
        state=re.compile(r"\s*,?\s*\(?\s*(?:(?:en el|en|del|de)\s+)?(?:estado\s+de\s+)?"),
        after=re.compile(rf"\s+(?:{words('after')})\b"),
        scene=re.compile(rf"\s*,?\s*(?:{words('scene_after')})\b"),
        road_word=re.compile(words("roads")),
        longest=max((len(word) for word in data["roads"]), default=0),
    )


# (start, end, precision) of a place
_Place = tuple[int, int, str]


def road_ends(doc: Doc) -> tuple[tuple[frozenset[int], bool], ...]:
    """The roads the places of `doc` name, each as the starts of the places that name its
    ends and whether a clause after one tells what happened on it ("…, donde incendiaron un
    tráiler"): the road is a scene. Ends are named after a road word and one leading to it ("la
    carretera a Chapala", "the highway leading to Monterrey"), either end of a route ("la
    carretera Uruapan-Paracho", "el tramo entre Jerez, Zacatecas y Huejúcar", "la autopista
    de Guadalajara a Colima") with the state named after one, a town an English road is
    named after ("the Tijuana Highway")."""
    return _road_ends(doc.folded, tuple((p.start, p.end, p.location.precision) for p in doc.places))


@lru_cache(maxsize=16)
def _road_ends(folded: str, places: tuple[_Place, ...]) -> tuple[tuple[frozenset[int], bool], ...]:
    w = _road_words()
    ordered = sorted(places)
    # where a road word may start (a superset of the starts of those the patterns find)
    roads_at = [m.start() for m in w.road_word.finditer(folded)]

    def gap(i: int, pattern: re.Pattern[str]) -> bool:
        """Whether `pattern` is all that stands between place `i` and the next."""
        return i + 1 < len(ordered) and bool(
            pattern.fullmatch(folded, ordered[i][1], ordered[i + 1][0])
        )

    def listed(i: int) -> bool:
        """Whether place `i` and the next are two items of a list ("A, B y C")."""
        if gap(i, w.both):
            return True
        if i + 1 >= len(ordered) or folded[ordered[i][1] : ordered[i + 1][0]].strip() != ",":
            return False
        # a comma only inside a list of three or more ("a Monterrey, Matamoros y Victoria")
        return gap(i + 1, w.both) or (
            i + 2 < len(ordered) and folded[ordered[i + 1][1] : ordered[i + 2][0]].strip() == ","
        )

    def other_end(i: int, pattern: re.Pattern[str]) -> bool:
        """Whether `pattern` joins place `i` (or its state named after it: "entre Jerez,
        Zacatecas y Huejúcar") to the next place."""
        if i + 1 < len(ordered) and ordered[i + 1][2] == "state" and gap(i, w.state):
            i += 1
        return gap(i, pattern)

    roads: list[set[int]] = []
    mode = ""  # how the road goes on after the last place: "to", "route", "between", ""
    comma = False  # whether the last place went on a list after a comma
    for i, (start, end, precision) in enumerate(ordered):
        before = folded[max(0, start - _REACH) : start]
        if roads and ordered[i - 1][0] in roads[-1] and mode:
            k = i - 1
            after_comma = folded[ordered[k][1] : start].strip() == ","
            if precision == "state" and gap(k, w.state):
                goes_on = True  # "Jerez, Zacatecas": the state of an end
            elif mode == "route" and gap(k, w.route):
                goes_on, mode = True, "to"
            elif mode == "between" and gap(k, w.both):
                goes_on, mode = True, ""
            else:
                # the last of a list goes on it too ("…, San Fernando, Río Bravo así como…")
                goes_on = mode == "to" and (listed(k) or (comma and after_comma))
                comma = goes_on and after_comma
            if goes_on:
                roads[-1].add(start)
                continue
        mode, comma = "", False
        # a road word in reach (or right before it: one that overlaps it)
        k = bisect.bisect_left(roads_at, start - _REACH - w.longest)
        road = k < len(roads_at) and roads_at[k] < start
        if road and w.to.search(before):
            mode = "to"
        elif road and w.between.search(before) and other_end(i, w.both):
            mode = "between"
        elif (
            (road and w.opens.search(before) and other_end(i, w.route))
            # an English road named after its town or route ("the Culiacán-Mazatlán highway")
            or w.after.match(folded, end)
            or (gap(i, w.route) and w.after.match(folded, ordered[i + 1][1]))
        ):
            mode = "route"
        if mode:
            roads.append({start})
    ends = {s: e for s, e, _ in ordered}
    return tuple((frozenset(r), any(w.scene.match(folded, ends[s]) for s in r)) for r in roads)
