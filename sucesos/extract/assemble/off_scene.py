"""Towns a sentence names beside the scene, and the words that set an act in a town.

`is_locative` ("en Tapalpa", "in the town of", "en el centro de") and `is_near` ("cerca de
Tepalcatepec", "near X") read the words right before a place. `off_the_road` drops the towns
a road is named after ("la carretera Uruapan-Paracho, a la altura de Cheranguerán") and
`off_landmarks` the towns the scene is told to lie north or south of ("en Puerto Morelos, al
sur de Cancún") when another town of the record may be the scene; `off_no_scene` the towns
someone was heading to, was cared for in or was handed over in ("huyeron rumbo a X", "fueron
trasladados a un hospital de X", "fled toward X") on the same condition. `where.pick_places`
asks all three.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import cache, lru_cache, partial
from typing import TYPE_CHECKING

from sucesos.extract.assemble.not_scene import names_no_scene, road_ends
from sucesos.extract.lexicon import alternation, load_data

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc
    from sucesos.extract.places import PlaceMatch

_LOCATIVE_BEFORE = re.compile(
    r"(\ben|\bin|\bnear|cerca de|municipios? de|municipios?|municipality of|ciudad de|city of|"
    r"town of|poblado de|comunidad de|localidad de|colonia)\s+(la |el |los |las |the )?$"
)
_NEAR_BEFORE = re.compile(
    r"\b((cerca de|near|close to|proximo a|proxima a|junto a|a las afueras de|outside)\s+"
    r"(la |el |los |las |the )?"
    # a place next to a town and the kind of town ("en la zona cercana al municipio de X")
    r"|(cercan|aledan)[oa]s? (a |al )(la |el )?((municipio|ciudad|poblado|localidad) de )?)$"
)


def is_locative(doc: Doc, place: PlaceMatch) -> bool:
    """Whether the text places something in `place` ("en Tapalpa", "in the town of", "en el
    centro de")."""
    start = place.start
    return _locative_before(doc.folded[max(0, start - 60) : start])


# The words before a place, read once per place (`lru_cache`, keyed by those words, not the
# whole text): the assembly asks of each place two or three times (the places of each
# sentence, of each record, of the article).


@lru_cache(maxsize=1024)
def _locative_before(before: str) -> bool:
    return bool(_LOCATIVE_BEFORE.search(before[-24:]) or _town_area().search(before))


@cache
def _town_area() -> re.Pattern[str]:
    """A part of the town right before its name: "en el centro de", "in the heart of"
    (`cues.toml` [town_areas])."""
    data = load_data("lexicon/cues.toml")["town_areas"]
    return re.compile(
        rf"\b(?:en|in)\s+(?:(?:el|la|the|a)\s+)?(?:(?:{alternation(data['areas'])})\s+"
        rf"(?:de|del|of)\s+(?:la |el |los |las |the )?|(?:{alternation(data['before_name'])})\s+)$"
        rf"|\bin the (?:[^\s.,;:]+ ){{1,4}}(?:{alternation(data['named_parts'])}) of\s+$"
    )


def is_near(doc: Doc, place: PlaceMatch) -> bool:
    """Whether the text only measures from `place` ("cerca de Tepalcatepec", "near X")."""
    start = place.start
    return _near_before(doc.folded[max(0, start - 40) : start])


@lru_cache(maxsize=1024)
def _near_before(before: str) -> bool:
    return bool(_NEAR_BEFORE.search(before))


def may_be_scene(doc: Doc, p: PlaceMatch) -> bool:
    """Whether town `p` may be where the act happened, for the places a road or a landmark
    names: a locality or municipality that is neither where someone was cared for, based or
    heading (`names_no_scene`) nor only measured from (`is_near`)."""
    return (
        p.location.precision in ("locality", "municipality")
        and not names_no_scene(doc, p)
        and not is_near(doc, p)
    )


def sentence_of(doc: Doc) -> Callable[[int], int]:
    """A key of the sentence a text offset lies in (equal for offsets of one sentence)."""
    return partial(bisect.bisect_right, [s.start for s in doc.sentences])


@cache
def _direction_landmark() -> re.Pattern[str]:
    """A direction and "of"/"de" right before a town's name, with no distance ("al sur de",
    "southwest of the state capital"; `cues.toml` [reference_places])."""
    data = load_data("lexicon/cues.toml")["reference_places"]
    return re.compile(
        rf"\b(?:{alternation(data['directions'])})\s+(?:{alternation(data['linkers'])})\s+"
        rf"(?:(?:{alternation(data['heads'])})\s+)?(?:(?:la|el|the)\s+)?$"
    )


def off_landmarks(doc: Doc, found: list[PlaceMatch]) -> list[PlaceMatch]:
    """`found` without the towns its scene is told to lie north or south of ("en Puerto
    Morelos, al sur de Cancún", "in Chiapa de Corzo, east of the state capital Tuxtla") when
    the same sentence sets the act in another town of `found` ("en", "in", "en la localidad
    de"; a school's or a group's town is no such scene: "un normalista de X"). A town only
    measured from ("una comunidad al norte de Culiacán") is the one place given, and stays."""
    landmarks = [
        p
        for p in found
        if p.location.precision in ("locality", "municipality")
        and _direction_landmark().search(doc.folded[max(0, p.start - 60) : p.start])
    ]
    if not landmarks:
        return found
    sentence = sentence_of(doc)
    marks = {p.start for p in landmarks}
    scenes = {
        sentence(p.start)
        for p in found
        if p.start not in marks and may_be_scene(doc, p) and is_locative(doc, p)
    }
    off = {p.start for p in landmarks if sentence(p.start) in scenes}
    return [p for p in found if p.start not in off]


def off_the_road(doc: Doc, found: list[PlaceMatch]) -> list[PlaceMatch]:
    """`found` without the towns a road is named after (`not_scene.road_ends`: "la carretera
    Uruapan-Paracho", "la ruta Petaquillas-Chilpancingo", "la carretera a Reynosa", "la
    autopista Puebla-Orizaba") when another town of `found` that may be the scene is not on
    a road: the headline's "enfrentamiento en Uruapan", "ubicado en el municipio de
    Guadalupe, sobre la carretera a Reynosa", or the scene of an act told with the road only
    as a landmark ("en Quecholac … bloquearon la autopista Puebla-Orizaba"). The ends of a
    road of a record that names no other town say where the act was ("un tiroteo estalló en
    la carretera que une Poncitlán y Ocotlán"), and stay."""
    starts = {p.start for p in found}
    every = road_ends(doc)
    roads = [r for r, scene in every if r & starts and not scene]
    if not roads:
        return found
    # (a road told as the scene, "…, donde incendiaron un tráiler", stays, and its towns
    # take no other road's ends off)
    on_roads = set().union(*(r for r, _ in every))
    scenes = [p for p in found if p.start not in on_roads and may_be_scene(doc, p)]
    if not scenes:
        return found
    return [p for p in found if not any(p.start in road for road in roads)]


# What may stand between a town and its state's name ("Morelia, Michoacán", "Tepic (Nayarit)").
_STATE_AFTER = re.compile(r"[\s,(]*")


def off_no_scene(doc: Doc, found: list[PlaceMatch]) -> list[PlaceMatch]:
    """`found` without the towns named only as where someone was heading, was cared for or
    was handed over (`names_no_scene`: "los agresores huyeron rumbo a X", "los heridos fueron
    llevados a un hospital de X", "the gunmen fled toward X"), and the state named right
    after such a town, when another town of `found` in another municipality may be the
    scene: the map shows where the act was, not where the getaway or the ambulance went. A
    town named so alone stays (it is the best guess there is), as does one also named as
    the scene."""
    marked = {
        p.start
        for p in found
        if p.location.precision in ("locality", "municipality") and names_no_scene(doc, p)
    }
    if not marked:
        return found
    scenes = [p for p in found if p.start not in marked and may_be_scene(doc, p)]
    towns = {p.location.admin2_code for p in scenes}
    off = {p.start for p in found if p.start in marked and p.location.admin2_code not in towns}
    if not off or not scenes:
        return found
    towns_off = [p for p in found if p.start in off]
    for p in found:
        if p.location.precision == "state" and any(
            t.location.admin1_code == p.location.admin1_code
            and t.end <= p.start <= t.end + 3
            and _STATE_AFTER.fullmatch(doc.folded, t.end, p.start)
            for t in towns_off
        ):
            off.add(p.start)
    return [p for p in found if p.start not in off]
