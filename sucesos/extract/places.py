"""Geoparser: find Mexican place names in text and resolve them against the bundled gazetteer.

The work is split along its seams:

* `sucesos.extract.places_index`: the gazetteer (states, every INEGI municipality,
  localities, aliases, everyday names) loaded once into lookups and one automaton;
* `sucesos.extract.places_match`: names found in the text, then kept or dropped by the
  words around them (streets, people, organisations);
* `sucesos.extract.places_colonias`: colonias and other settlements after a cue word
  ("colonia", "fraccionamiento", "ejido"), resolved to their municipality;
* `sucesos.extract.places_resolve`: same-named places told apart by the states the text
  names, the other places it names, weak priors (outlet, address) and population;
* `sucesos.extract.places_address`: the place an article's web address names.

Precision comes before recall: a doubtful municipality or locality is dropped rather than
guessed, and every dropped name keeps its reason (`find_places(..., dropped=[])`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sucesos.extract.places_colonias import (
    find_colonias,
    resolve_colonias,
    settled_in_text_towns,
)
from sucesos.extract.places_index import (
    all_states,
    entry_location,
    fold_with_map,
    load_index,
    name_key,
    state_by_code,
    state_by_name,
    to_original,
)
from sucesos.extract.places_judge import judge_spans
from sucesos.extract.places_match import Dropped, Span, raw_spans
from sucesos.extract.places_misspelt import misspelt_towns
from sucesos.extract.places_resolve import Priors, resolve_all
from sucesos.models import Location

__all__ = [
    "Dropped",
    "PlaceMatch",
    "all_states",
    "candidate_states",
    "find_places",
    "name_key",
    "state_by_code",
    "state_by_name",
]


@dataclass
class PlaceMatch:
    """One place mention: character offsets into the text given, and the resolved place."""

    start: int
    end: int
    surface: str
    location: Location
    score: float  # confidence 0..1 that this really is this place


def candidate_states(text: str) -> frozenset[str]:
    """ISO codes of every state a place name of `text` could be in: the candidates of each
    name and settlement `find_places` finds, before any is kept or chosen. The outlet's home
    state is only ever compared with these, so a home state outside them changes nothing."""
    if not text:
        return frozenset()
    idx = load_index()
    f = fold_with_map(text)[0]
    spans = raw_spans(f, idx)
    colonias = find_colonias(f, idx, spans)
    codes = {e.state for sp in (*spans, *colonias) for e in sp.entries}
    return frozenset(idx.states[c].iso for c in codes if c in idx.states)


def find_places(
    text: str,
    *,
    home_state: str | None = None,
    address_state: str | None = None,
    dropped: list[Dropped] | None = None,
) -> list[PlaceMatch]:
    """All place mentions in `text`, resolved, sorted by start offset.

    Each match carries offsets into `text`, a fully filled `Location` and a 0..1 score.
    Streets ("calle Morelos"), people ("Benito Juárez dijo"), cartel and other organisation
    names are not returned; government bodies named after a state ("Fiscalía de Guerrero")
    are returned as that state with a lower score. A colonia after its cue word ("en la
    colonia Las Flores") is returned as its municipality. `home_state` (ISO code of the
    outlet's home state) and `address_state` (ISO code of the state the article's address
    names) only break ties between same-named places. Names the gazetteer knows but that
    were not taken as places are appended to `dropped`, each with its reason.
    """
    if not text:
        return []
    idx = load_index()
    f, marks, shifts = fold_with_map(text)
    spans = raw_spans(f, idx)
    colonias = find_colonias(f, idx, spans)
    if not spans and not colonias:
        return []

    def offsets(sp: Span) -> tuple[int, int]:
        return to_original(sp.start, marks, shifts), to_original(sp.end - 1, marks, shifts) + 1

    def surface_of(sp: Span) -> tuple[int, str]:
        s, e = offsets(sp)
        return s, text[s:e]

    def drop(sp: Span, reason: str) -> None:
        if dropped is not None:
            s, e = offsets(sp)
            dropped.append(Dropped(s, e, text[s:e], reason))

    ends = frozenset(c.end for c in colonias)
    kept = judge_spans(text, f, spans, idx, surface_of, drop, ends)
    misspelt = misspelt_towns(text, f, idx, spans, lambda pos: to_original(pos, marks, shifts))
    if misspelt:  # "the mayor of Tarimbar": a town misspelt by one letter after a town cue
        kept = sorted(kept + misspelt, key=lambda sp: sp.start)
    priors = Priors(
        home=idx.iso_to_inegi.get(home_state or ""),
        address=idx.iso_to_inegi.get(address_state or ""),
    )
    resolve_all(kept, idx, priors)
    resolve_colonias(colonias, kept, idx, priors)
    settled_in_text_towns(text, kept, idx, lambda sp: offsets(sp)[0])

    out: list[PlaceMatch] = []
    placed = {sp.start for sp in kept if sp.chosen is not None}
    for sp in sorted(kept + colonias, key=lambda sp: sp.start):
        if sp.chosen is not None and sp.route_from is not None and sp.route_from not in placed:
            sp.chosen, sp.reason = None, "the second end of a route whose first end is no place"
        if sp.chosen is None:
            drop(sp, sp.reason or "no candidate fits")
            continue
        s, e = offsets(sp)
        out.append(PlaceMatch(s, e, text[s:e], entry_location(sp.chosen, idx), round(sp.score, 3)))
    return out
