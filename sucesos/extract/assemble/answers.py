"""The forces sent to the scene: an operation told in a violent act's account right after it,
pointing back to where the act happened, is the answer to that act, not an incident of its own.

"Un hombre fue asesinado en la colonia Centro. Vecinos reportaron disparos, por lo que se
desplegó un operativo policiaco en dicha demarcación", "Gunmen killed three officers on the
highway. Soldiers were deployed to the area": the operation is a kind of the attack (issue 9,
one event per incident). An answer told with a cue of one ("operativo de búsqueda", "tras
los hechos") joins wherever the article tells it (`incidents.absorb_parts`, [responses]);
this pass takes those told with no such cue, and asks more of them, since an operation may
also be a happening of its own:

- it reports no figures, sends no counted troops ("500 elementos", "hundreds of soldiers":
  a reinforcement) and made no arrests or seizures, in its sentences or next to them;
- it names the act's scene or the act again ("la zona", "dicha demarcación", "el lugar",
  "the area", "el hecho generó…"), sets itself only in the town or site the act names, or
  follows the article's one violent act (no other scene the forces could be sent to);
- it comes after the act, within the account's window (`incidents.toml` [account]), with no
  other happening told in between, no cue of another one ("en otro hecho", "además",
  "separately") in its sentence or between, and no town, site, street or day of its own
  that the act does not share: the forces sent to another avenue answer something else.

It runs after `absorb_parts`, so the sentences it adds to an act widen no account that other
parts are measured by. Word lists: `incidents.toml` [answers_told_after].
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from sucesos.extract.assemble.accounts import account_window
from sucesos.extract.assemble.draft import Draft, Found
from sucesos.extract.assemble.incidents import compatible, join_as_part, part_rules
from sucesos.extract.lexicon import PhraseMatcher, alternation, load_data

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc

OPERATION = "security_operation"


@cache
def _rules() -> tuple[frozenset[str], PhraseMatcher[str], re.Pattern[str], re.Pattern[str]]:
    """(the acts an answer joins, the scene words and cues of another happening, a street
    with its name, a figure of troops sent) (`incidents.toml` [answers_told_after])."""
    data: dict[str, Any] = load_data("incidents.toml")["answers_told_after"]
    words = PhraseMatcher(
        [(w, "scene") for w in data["scene_words"]] + [(w, "apart") for w in data["apart"]]
    )
    street = alternation(data["streets"])
    # "avenida Juárez", "calle de Hidalgo"; "Juarez Avenue" (the name checked capitalised)
    streets = re.compile(rf"(?<![a-z])(?:{street})\.?\s+(?:de\s+)?(\w+)|(\w+)\s+(?:{street})\b")
    troops = re.compile(
        rf"(?<![\w.,])(?:\d[\d.,]*|{alternation(data['troop_figures'])})"
        rf"(?:\s+\w+){{0,2}}?\s+(?:{alternation(data['troops'])})\b"
    )
    return frozenset(data["mains"]), words, streets, troops


def join_answers(doc: Doc, drafts: list[Draft], found: Found) -> list[Draft]:
    """`drafts` less each bare operation that answers the violent act told just before it,
    which takes it as a kind."""
    mains, words, streets, troops = _rules()
    own_parts = part_rules().get(OPERATION, frozenset())
    joined: set[int] = set()
    for k, part in enumerate(drafts):
        if not _bare(doc, found, part, own_parts, troops):
            continue
        cues = {m.value for i in part.sentences for m in words.find(doc.folded, *part.span(doc, i))}
        if "apart" in cues:
            continue
        main = _answered(drafts, k, found, mains)
        if main is None or _own_parts_near(drafts, part, own_parts):
            continue
        # the article's one violent act needs no word pointing back to it: there is no other
        # scene the forces could have been sent to
        sole = not any(
            d is not main and d.category in mains and d.status == "reported" for d in drafts
        )
        if not _same_scene(doc, found, main, part, "scene" in cues or sole, streets):
            continue
        join_as_part(main, part)
        joined.add(k)
    return [d for k, d in enumerate(drafts) if k not in joined]


def _bare(
    doc: Doc, found: Found, part: Draft, own_parts: frozenset[str], troops: re.Pattern[str]
) -> bool:
    """Whether `part` is an operation of the news that reports nothing of its own: no figure,
    no part taken, no arrest or seizure told in its sentences, no troops counted."""
    return (
        part.category == OPERATION
        and part.status == "reported"
        and not part.aggregate
        and not part.counts
        and not part.kinds
        and not part.new_incident
        and not any(t.category in own_parts for i in part.sentences for t in found.triggers[i])
        and not any(troops.search(doc.folded, *part.span(doc, i)) for i in part.sentences)
    )


def _answered(drafts: list[Draft], k: int, found: Found, mains: frozenset[str]) -> Draft | None:
    """The violent act whose account `drafts[k]` goes on: the reported act told last before
    it (or in its sentence), within the window, with no other happening, cue of another one
    or town of its own told in between; None if there is none."""
    part = drafts[k]
    first = part.first
    best: tuple[int, Draft] | None = None
    for m, main in enumerate(drafts):
        if m == k or main.status != "reported" or main.aggregate:
            continue
        before = [i for i in main.sentences if i <= first]
        if before and (best is None or max(before) > best[0]):
            best = (max(before), main)
    if best is None:
        return None
    last, main = best
    if main.category not in mains or first - last > account_window():
        return None
    # another happening told in between, or sharing the operation's sentences
    for other in drafts:
        if other is main or other is part or other.status != "reported":
            continue
        between = any(last < i <= first for i in other.sentences)
        if between or not set(other.sentences).isdisjoint(part.sentences):
            return None
    if any(i in found.openers for i in range(last + 1, first + 1)):
        return None
    return main


def _own_parts_near(drafts: list[Draft], part: Draft, own_parts: frozenset[str]) -> bool:
    """Whether an arrest or seizure of the news is told next to the operation ("Durante el
    operativo… Los agentes detuvieron a dos"): then the operation made them, an incident of
    its own."""
    around = {i + d for i in part.sentences for d in (-1, 0, 1)}
    return any(
        d.category in own_parts and d.status == "reported" and not around.isdisjoint(d.sentences)
        for d in drafts
    )


def _same_scene(
    doc: Doc, found: Found, main: Draft, part: Draft, names_scene: bool, streets: re.Pattern[str]
) -> bool:
    """Whether the operation is set where the act was: no state, town, site or day of its own
    beside the act's, no street the act does not name, and a word that names the scene again
    or a town or site of the act's."""
    if not compatible(main, part, found):
        return False
    towns, sites = found.municipalities_of(part), found.sites_of(part)
    if not towns <= found.municipalities_of(main) or not sites <= found.sites_of(main):
        return False
    told = " ".join(doc.folded[slice(*main.span(doc, i))] for i in main.sentences)
    for i in part.sentences:
        for m in streets.finditer(doc.folded, *part.span(doc, i)):
            at = m.start(1) if m.group(1) else m.start(2)
            if doc.text[at : at + 1].isupper() and m.group() not in told:
                return False  # "en la avenida Juárez": a place the act was not told at
    return names_scene or bool(towns) or bool(sites)
