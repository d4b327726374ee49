"""Retellings: a later account of an incident the article has already told.

A report tells its incident in the lead and comes back to it further down, naming it again
("Hombres armados atacaron un bar en Uruapan… El ataque ocurrió en la colonia Centro",
"Gunmen opened fire on a patrol… The army used a helicopter in the operation", "Dos muertos
dejó un ataque… Las dos víctimas fueron identificadas"). The later account may name a finer
place than the lead (a colonia, a street, a community of the same town), give only some of
the victims, or tell the act as a part of it (the discovery of the bodies, the operation in
which the arrests were made): it is the same incident, not another one.

A draft retells an earlier incident when its sentence names the act again (every event word
of its own category follows a definite article or a demonstrative: "el ataque", "dicha
agresión", "the operation"), counts people already known ("las dos víctimas", "the four
bodies"), picks some of the victims counted before ("entre las víctimas", "of them") or tells
what was done at the scene ("En el lugar, peritos aseguraron…": the seizures and arrests made
there, `incidents.toml` [parts_at_scene]); it
opens no other happening ("en otro hecho", "hours later in another town"), is of the same
kind as the incident or one of its parts (`incidents.toml` [parts]), and sets it
in no other town, site or day and with no more dead than the incident counts. It joins the
latest such incident told before it.

A retelling may read as past ("fue escenario de una nueva masacre en la que siete personas
murieron", "La protesta se produjo tras la detención de…", "The ambush sparked a search…"):
with no time of its own, naming its one act again (`incidents.toml` [past_retellings]) or
telling the same toll, of the same kind as an incident the article reports and set in no
other town, site or day, it joins that incident; named again right after background of its
kind, it is that background's.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from sucesos.extract.assemble.draft import Draft, Found
from sucesos.extract.assemble.elaboration import named_again
from sucesos.extract.assemble.incidents import (
    dead_of,
    join_into,
    merges_into_rules,
    part_rules,
    same_kind,
    tolls_agree,
)
from sucesos.extract.assemble.retold import KILLED, same_toll_rules
from sucesos.extract.assemble.sites import same_site
from sucesos.extract.assemble.unplaced_parts import wider_than_act
from sucesos.extract.lexicon import PhraseMatcher, load_data
from sucesos.extract.lexicon_scan import share_scan

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc

# The figures of the dead a retelling tells again.
_DEAD = frozenset({"killed", "bodies"})


def join_retellings(doc: Doc, drafts: list[Draft], found: Found) -> list[Draft]:
    """`drafts` less those that tell again an incident told before them, which they join."""
    out: list[Draft] = []
    for draft in drafts:
        target = _retold(doc, draft, out, found)
        if target is None:
            out.append(draft)
            continue
        _join_retelling(target, draft)
    return _join_past_retellings(doc, out, found)


def _join_retelling(target: Draft, draft: Draft) -> None:
    """`draft` joined to the incident `target` it tells again."""
    if merges_into_rules().get(target.category) == draft.category:
        target.category = draft.category  # the attack told again as a clash
    elif draft.category != target.category and draft.category not in target.kinds:
        target.kinds.append(draft.category)
    if dead_of(draft) <= dead_of(target):
        # the dead told again, or some of them ("six civilians and a soldier" after
        # "seven killed"): no more dead than the incident counts
        draft.counts = [(i, c) for i, c in draft.counts if c.what not in _DEAD or c.additive]
    join_into(target, draft)
    target.kinds.extend(k for k in draft.kinds if k not in target.kinds)


def _join_past_retellings(doc: Doc, drafts: list[Draft], found: Found) -> list[Draft]:
    """`drafts` less the accounts told as past that tell again an incident the article
    reports, which they join (see `_past_retold`)."""
    joined: set[int] = set()
    for k, draft in enumerate(drafts):
        target = _past_retold(
            doc, draft, [d for m, d in enumerate(drafts) if m not in joined], found
        )
        if target is not None:
            # it tells the incident's place again, or a wider one ("El gobernador de
            # Zacatecas condenó el secuestro"): the incident keeps the places of its account
            have = set(target.sentences)
            target.skip |= {
                p.start for i in draft.sentences if i not in have for p in found.places[i]
            }
            _join_retelling(target, draft)
            joined.add(k)
    return [d for k, d in enumerate(drafts) if k not in joined]


def _past_retold(doc: Doc, draft: Draft, drafts: list[Draft], found: Found) -> Draft | None:
    """The reported incident that `draft`, told as past, tells again, else None.

    A lede or a victims' sentence may read as past ("fue escenario de una nueva masacre en
    la que seis personas murieron", "La protesta se produjo tras la noticia de…", "the
    shooting followed a dispute"): when it gives no time of its own, names its act again
    or tells the same toll as an incident the article reports (`incidents.toml`
    [same_toll]), and sets it in no town, site or day of its own beside that incident's,
    it is that incident told again, not a happening of the past. Background with a date
    ("la masacre de 2019"), in another town, or told with an indefinite act and another
    toll stays apart."""
    if draft.status != "historical" or draft.aggregate or draft.rest or draft.new_incident:
        return None
    if found.dates_of(draft) or not found.openers.isdisjoint(draft.sentences):
        return None
    refers = _names_one_again(doc, draft, found)
    toll = draft.told_figure(KILLED)
    if not refers and toll < same_toll_rules()[0]:
        return None
    mains = [
        main
        for main in drafts
        if main is not draft
        and _standalone_news(main)
        # the same kind of act: a part named again ("la desaparición de los 43") may be
        # the background the news answers
        and same_kind(main, draft)
        and _same_scene(main, draft, found)
        # a town of its own must be one the incident names
        and (found.municipalities_of(main) or not found.municipalities_of(draft))
        and (refers or main.told_figure(KILLED) == toll)
        and dead_of(draft) <= dead_of(main)
    ]
    if not mains:
        return None
    # an act named again names the one of its kind told last before it: when that one is
    # background ("In 2019, gunmen ambushed… After that attack…"), so is the draft
    told = [
        (max(earlier), d)
        for d in drafts
        if d is not draft
        and same_kind(d, draft)
        and (earlier := [i for i in d.sentences if i < draft.first])
    ]
    if told and max(told, key=lambda pair: pair[0])[1] not in mains:
        return None
    # the incident told last before it, else the first told after it
    before = [m for m in mains if m.first <= draft.first]
    return before[-1] if before else mains[0]


def _retold(doc: Doc, draft: Draft, told: list[Draft], found: Found) -> Draft | None:
    """The incident among `told` that `draft` tells again, else None."""
    if not _standalone_news(draft) or draft.new_incident or draft.listed:
        return None  # "También en X, …": one more item of the account, not a retelling
    if not found.openers.isdisjoint(draft.sentences):
        return None
    at_scene = _at_scene(doc, draft)
    if not at_scene and not _refers_back(doc, draft, found):
        return None
    for main in reversed(told):
        if (
            _standalone_news(main)
            and main.first < draft.first
            and (
                _related(main, draft)
                or (at_scene and draft.category in _scene_parts().get(main.category, ()))
            )
            and _same_scene(main, draft, found)
            and not wider_than_act(main, draft, found)
            and (dead_of(draft) <= dead_of(main) or tolls_agree(main, draft, found))
        ):
            return main
    return None


@cache
def _singular_references() -> frozenset[str]:
    """The words that name one act again (`incidents.toml` [past_retellings])."""
    data: dict[str, Any] = load_data("incidents.toml")["past_retellings"]
    return frozenset(data["determiners"])


def _names_one_again(doc: Doc, draft: Draft, found: Found) -> bool:
    """Whether the sentence that opened `draft` names its one act again: every event word of
    its category follows a singular definite article or demonstrative ("la protesta", "the
    ambush", "este ataque")."""
    i = draft.first
    lo, hi = draft.span(doc, i)
    acts = [
        t
        for t in found.triggers[i]
        if t.act and t.category == draft.category and lo <= t.start < hi
    ]
    one = _singular_references()
    return bool(acts) and all(
        named_again(doc.folded, t.start, t.end)
        and any(w in one for w in doc.folded[max(lo, t.start - 12) : t.start].split()[-1:])
        for t in acts
    )


def _standalone_news(draft: Draft) -> bool:
    return draft.status == "reported" and not draft.aggregate and not draft.rest


def _refers_back(doc: Doc, draft: Draft, found: Found) -> bool:
    """Whether the sentence that opened `draft` names its act again, counts people already
    known or picks some of the victims counted before."""
    i = draft.first
    lo, hi = draft.span(doc, i)
    acts = [
        t
        for t in found.triggers[i]
        if t.act and t.category == draft.category and lo <= t.start < hi
    ]
    if acts:
        return all(named_again(doc.folded, t.start, t.end) for t in acts)
    figures = [c for k, c in draft.counts if k == i and not c.lower_bound]
    if figures and all(named_again(doc.folded, c.start, c.end) for c in figures):
        return True
    return i in found.victim_parts


@cache
def _scene_rules() -> tuple[PhraseMatcher[str], dict[str, frozenset[str]]]:
    """(the cues of a sentence told at the scene, main act → the parts it takes there)
    (`incidents.toml` [parts_at_scene])."""
    data: dict[str, Any] = dict(load_data("incidents.toml")["parts_at_scene"])
    cues = PhraseMatcher((c, "scene") for c in data.pop("cues"))
    return cues, {main: frozenset(parts) for main, parts in data.items()}


# asked on every sentence or draft: one shared pass per article (`lexicon_scan.shared_scan`)
share_scan(lambda: _scene_rules()[0])


def _scene_parts() -> dict[str, frozenset[str]]:
    return _scene_rules()[1]


def _at_scene(doc: Doc, draft: Draft) -> bool:
    """Whether the sentence that opened `draft` tells what happened at the scene of the
    incident told before ("En el lugar, peritos aseguraron…", "At the scene, police…")."""
    return bool(_scene_rules()[0].find(doc.folded, *draft.span(doc, draft.first)))


def _related(main: Draft, part: Draft) -> bool:
    """Whether `part` may tell `main` again: the same kind of act, one that merges into the
    other or a part of it."""
    merges = merges_into_rules()
    return (
        part.category == main.category
        or merges.get(part.category) == main.category
        or merges.get(main.category) == part.category
        or part.category in part_rules().get(main.category, frozenset())
    )


def _same_scene(main: Draft, part: Draft, found: Found) -> bool:
    """Whether `part` sets its act where and when `main` was: no other state, no town
    `main` does not name (a finer place of the same town is the same scene), no other site
    and no other day."""
    states, own_states = found.states_of(main), found.states_of(part)
    if states and own_states and not states & own_states:
        return False
    towns, own_towns = found.municipalities_of(main), found.municipalities_of(part)
    if own_towns and towns and not own_towns <= towns:
        return False
    if not same_site(found.sites_of(main), found.sites_of(part)):
        return False
    days, own_days = found.days_of(main), found.days_of(part)
    return not days or not own_days or bool(days & own_days)
