"""Tolls spread over several places (issue 9, aggregates are not incidents): the dead of a
sentence told over many spots of an area or over a list of towns, no one happening.

- Spots or settlements of an area ("ocho cuerpos fueron hallados en distintos puntos de la
  ciudad", "seis asesinados en diversas colonias", "bodies found in different parts of the
  city", "six shot dead in several neighborhoods", "en distintos puntos de Celaya"), or
  other spots left unnamed ("en el resto del municipio", "elsewhere in the state", "en otras
  colonias"): `cues.toml` [statistic] spread_places, spread_spots.
- A list of towns the toll is told in: three municipalities or more ("siete hombres fueron
  asesinados en A, B y C"), or two framed as a list ("en los municipios de A y B", "in the
  towns of A and B": `town_list_frames`); a bare pair may be the two ends of one road.

Either is a tally (status `statistic`): the incidents the article tells one by one stay news
with their own figures and places. Never when the sentence tells one act ("cinco murieron en
un ataque en la carretera de A a B"), for the forces' dead of a wave of attacks (an aggregate
event, as in `period_tallies`), when one victim is told in each listed town
(`assemble.spread` makes an incident of each), or for fewer than two dead: a killing told in
parts ("uno murió en el lugar y dos en el hospital") names no spread place.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from sucesos.extract.assemble.period_tallies import states_of, tally_dead
from sucesos.extract.assemble.running import tally_cues
from sucesos.extract.assemble.spread import town_runs
from sucesos.extract.lexicon_scan import share_scan

if TYPE_CHECKING:
    from sucesos.extract.count_words import CountMention
    from sucesos.extract.pipeline import Doc

for _name in ("spread_places", "spread_spots", "town_list_frames"):
    share_scan(partial(tally_cues, _name))

# how many characters before a list of towns its frame ("en los municipios de") may end
_FRAME_GAP = 2


def spread_tally(doc: Doc, start: int, end: int, counts: list[CountMention], local: bool) -> bool:
    """Whether `doc.text[start:end]`, with `counts` its figures, gives two dead or more over
    many spots of an area or over a list of towns, and tells no one act (`local`: whether it
    names a town; over several states with none, the round-up rules read its clauses)."""
    dead = tally_dead(doc, start, end, counts)
    if not dead:
        return False
    if all(c.group == "security_forces" for c in dead):
        return False  # "18 soldados murieron en ataques en distintas regiones": a wave's event
    if tally_cues("spread_places").find(doc.folded, start, end) or _spots_of_place(doc, start, end):
        return local or len(states_of(doc, start, end)) <= 1
    for run in town_runs(doc, [p for p in doc.places if start <= p.start < end]):
        if all(c.value == len(run) for c in dead):
            continue  # one victim in each town: an incident each (`assemble.spread`)
        if len(run) >= 3 or _framed(doc, start, run[0].start):
            return True
    return False


def _framed(doc: Doc, start: int, at: int) -> bool:
    """Whether a frame of a list of towns ("en los municipios de") ends right before `at`."""
    return any(
        at - _FRAME_GAP <= m.end <= at
        for m in tally_cues("town_list_frames").find(doc.folded, start, at)
    )


def _spots_of_place(doc: Doc, start: int, end: int) -> bool:
    """Whether spots or parts of a place named right after them ("en distintos puntos de
    Celaya", "in various parts of Culiacán") stand in `doc.text[start:end]`."""
    return any(
        any(m.end <= p.start <= m.end + _FRAME_GAP for p in doc.places)
        for m in tally_cues("spread_spots").find(doc.folded, start, end)
    )
