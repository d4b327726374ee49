"""Disambiguation: pick the place a kept mention refers to, or none when evidence is thin.

Evidence, strongest first: a state named right after the name, states the text names, states
of other places that can only be in one state, then weak priors (the outlet's home state,
the state in the article's address) and population. A small or ambiguous place whose only
support is a state falls back to that state.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from sucesos.extract.places_index import Entry, Index
from sucesos.extract.places_match import Span


@dataclass(frozen=True)
class Priors:
    """Weak evidence from outside the text, as INEGI state codes: the outlet's home state
    and the state the article's address names. Both only break ties."""

    home: str | None = None
    address: str | None = None

    def weight(self, state: str) -> float:
        return (0.3 if state == self.home else 0.0) + (0.2 if state == self.address else 0.0)


def resolve_all(kept: list[Span], idx: Index, priors: Priors) -> None:
    """Resolve every kept span in the context of the others (states named outright and
    states of places that can only be in one state)."""
    named_states: set[str] = set()
    place_states: dict[str, float] = {}
    own: dict[int, str] = {}
    for sp in kept:
        kinds = {e.kind for e in sp.entries}
        if "state" in kinds and sp.key in idx.state_aliases:
            named_states.add(idx.state_aliases[sp.key])
        sub = {e.state for e in sp.entries if e.kind in ("municipality", "locality")}
        if (
            len(sub) == 1
            and sp.key not in idx.weak
            and sp.key not in idx.stop
            and not sp.towns_after  # "San Carlos, Ensenada": a place inside the next town
        ):
            st = next(iter(sub))
            place_states[st] = place_states.get(st, 0) + 1
            own[id(sp)] = st
    done = {id(sp) for sp in kept if sp.chosen is not None}
    for sp in kept:
        if id(sp) in done:  # resolved by an earlier layer (colonias); a set, not a test of
            # sp.chosen, whose narrowing compiled code would trust after `resolve` sets it
            continue
        if sp.key in idx.capital_anaphors and not sp.state_after:
            sp.state_after = _state_told_before(kept, sp, idx)
        others = dict(place_states)
        if id(sp) in own:  # a name cannot vouch for itself
            others[own[id(sp)]] -= 1
        resolve(sp, idx, named_states, others, priors)
        if sp.chosen is not None and sp.key in idx.demonyms:
            sp.score = min(sp.score, 0.55)  # "la policía tapatía": weak evidence of place
    _drop_tails_of_unknown_names(kept)
    _longer_names(kept, idx, named_states)
    _drop_hamlets_elsewhere(kept, idx, named_states, priors)


_NOT_IN_TOWN = "no place of that name in the town named right after it"


def _longer_names(kept: list[Span], idx: Index, named: set[str]) -> None:
    """Read a name that is part of longer municipality names (`Index.partials`: "Tula" of
    Tula de Allende, "Totolapan" of San Miguel Totolapan, "Ixtlahuacán" of Ixtlahuacán del
    Río) as the one of them the text tells by its whole name, else as the one that lies in
    the state the text is about when the place it was read as lies elsewhere or nowhere:
    the state named right after it, else the states the text names, else the one state of
    the text's other towns. A name that is also a word, a surname or a hero's ("Juárez")
    is left as it was."""
    towns = [
        o for o in kept if o.chosen is not None and o.chosen.kind in ("municipality", "locality")
    ]
    for sp in kept:
        codes = idx.partials.get(sp.key)
        if not codes or sp.key in idx.weak or sp.key in idx.stop:
            continue
        if sp.chosen is not None and sp.chosen.kind not in ("municipality", "locality"):
            continue
        told = {o.chosen.code for o in towns if o.key != sp.key and o.chosen is not None}
        longer = [idx.municipalities[c] for c in codes if c in told]
        if len(longer) != 1:
            states = _text_states(sp, towns, named)
            if sp.chosen is not None and sp.chosen.state in states:
                continue
            longer = [idx.municipalities[c] for c in codes]
            longer = [e for e in longer if e.state in states]
        if len(longer) == 1 and longer[0] is not sp.chosen:
            sp.chosen, sp.score, sp.reason = longer[0], 0.8, ""


def _text_states(sp: Span, towns: list[Span], named: set[str]) -> set[str]:
    """The states a name of the text is read in: the one named right after it, else those
    the text names, else the one state all the text's other towns lie in (none when they
    lie in several)."""
    if sp.state_after:
        return {sp.state_after}
    if named:
        return named
    others = {o.chosen.state for o in towns if o is not sp and o.key != sp.key and o.chosen}
    return others if len(others) == 1 else set()


def _drop_tails_of_unknown_names(kept: list[Span]) -> None:
    """Unchoose the town that ends a longer name the gazetteer lacks: "the nearby town of
    Guadalupe del Lerma", when Lerma has no place called Guadalupe, names a place the
    gazetteer does not know (a town's name without its article after "del" is said as a
    river's or an estate's), not the town of Lerma. (A town after "de", a comma or "en",
    "Las Flores de Irapuato", "San Carlos, Ensenada", stays the town the smaller place lies
    in.)"""
    for sp, nx in itertools.pairwise(kept):
        if (
            sp.name_goes_on
            and sp.chosen is None
            and sp.reason == _NOT_IN_TOWN
            and nx.chosen is not None
            and nx.chosen.code in sp.towns_after
        ):
            nx.chosen = None
            nx.reason = "the end of a longer place name the gazetteer does not know"


def _state_told_before(kept: list[Span], sp: Span, idx: Index) -> str | None:
    """The state the text names last before `sp` (not a state's name read as a town's,
    "el municipio de Morelos"): the state "la capital del estado" is the capital of."""
    told = [
        idx.state_aliases[o.key]
        for o in kept
        if o.start < sp.start and o.key in idx.state_aliases and not o.mun_cue
    ]
    return told[-1] if told else None


# A municipality this small, in a state nothing else supports, beside towns of another state
# is a neighbourhood of theirs ("ataque en San Javier deja dos heridos en Salamanca").
SMALL_TOWN = 5000


# So is a larger one whose name many places share: a saint's ("San Gabriel"), or one opened
# by an article ("El Naranjo"; `context.toml` shared_name_heads).
SHARED_NAME_TOWN = 50000


def _small_town(key: str, idx: Index) -> int:
    """The population under which a municipality named `key` beside another state's towns
    is read as a neighbourhood or settlement of theirs."""
    return SHARED_NAME_TOWN if key.split()[0] in idx.ctx["shared_name_heads"] else SMALL_TOWN


def _drop_hamlets_elsewhere(kept: list[Span], idx: Index, named: set[str], priors: Priors) -> None:
    """Unchoose a small municipality (or a larger one whose name many places share: "San
    Gabriel", "El Naranjo") whose state neither the text nor a prior names when the text's
    other towns all lie in one other state. So too a town of any size whose name
    is also a word, a surname or a hero's (`stopwords.txt` [weak]: "Colón", "Allende"):
    there, it is a street or a neighbourhood of those towns ("un bar en Colón y Amado
    Nervo", in a report from Monterrey). The same town told again is no other town: a
    name said twice does not vouch for itself."""
    for sp in kept:
        e = sp.chosen
        if e is None or e.kind != "municipality" or sp.state_after:
            continue
        if e.pop >= _small_town(sp.key, idx) and sp.key not in idx.weak:
            continue
        if e.state in named or priors.weight(e.state) > 0:
            continue
        others = {
            o.chosen.state
            for o in kept
            if o is not sp
            and o.chosen is not None
            and o.chosen.kind in ("municipality", "locality")
            and o.chosen.code != e.code
        }
        if len(others) == 1 and e.state not in others:
            sp.chosen = None
            sp.reason = "a small town of another state beside the text's towns: a neighbourhood"


def resolve(
    sp: Span, idx: Index, named: set[str], places: dict[str, float], priors: Priors
) -> None:
    """Pick the entry `sp` most likely refers to; when none, set `sp.reason`."""
    key = sp.key
    stop = key in idx.stop
    weak = key in idx.weak
    cands = list(sp.entries)
    states = [e for e in cands if e.kind == "state"]
    country = [e for e in cands if e.kind == "country"]
    local = [e for e in cands if e.kind in ("municipality", "locality")]

    if sp.state_after:
        local = [e for e in local if e.state == sp.state_after]
        states = [e for e in states if e.state == sp.state_after] or ([] if local else states)
    if states and not (sp.mun_cue and local):
        sp.chosen = states[0]
        sp.score = 0.6 if sp.institution else 0.9
        if weak and not sp.locative and not sp.state_after:
            sp.score -= 0.2
        return
    if country and not local:
        sp.chosen, sp.score = country[0], 0.5
        return
    if stop and not sp.state_after:
        sp.reason = "a common word or a foreign place (stopword list)"
        return
    if weak and not (sp.locative or sp.state_after):
        sp.reason = "a name that is also a word or surname, with no locative cue before it"
        return
    if key in idx.capital_anaphors:
        # "la capital del estado": the capital of the one state the text names
        # (the state named last before it, else the one the text names)
        local = [e for e in local if e.state in ({sp.state_after} if sp.state_after else named)]
        if len(local) != 1:
            sp.reason = "the capital of a state, and not one state named"
            return
    if key in idx.cue_only and not sp.mun_cue:
        sp.reason = "a town's name without its article, with no municipality cue before it"
        return
    if sp.near_street and not sp.state_after:
        # "colonia Lomas de Chapultepec": only a name that cannot be anything else counts;
        # among same-named towns, the one of the state the text or a prior names
        # ("el hospital de Nogales" from a Sonora outlet).
        local = [e for e in local if e.kind == "municipality"]
        if len(local) > 1:
            local = [e for e in local if e.state in named or priors.weight(e.state) > 0]
        if weak or len(local) != 1:
            sp.reason = "part of a street or neighbourhood name"
            return
    if sp.towns_after and local:
        local = [e for e in local if e.code in sp.towns_after and e.kind == "locality"]
        if not local:
            sp.reason = _NOT_IN_TOWN
            return
    if not local:
        sp.reason = "no place of that name in the state named right after it"
        return
    # A locality inside a same-named municipality is that municipality ("Tlaquepaque").
    mun_codes = {e.code for e in local if e.kind == "municipality"}
    local = [e for e in local if e.kind == "municipality" or e.code not in mun_codes]

    def support(e: Entry) -> float:
        s = 0.0
        if e.state == sp.state_after:
            s += 2.0
        if e.state in named:
            s += 1.0
        s += min(places.get(e.state, 0), 2) * 0.4
        return s + priors.weight(e.state)

    scored = []
    for e in local:
        sup = support(e)
        if e.kind == "locality":
            # Localities only with support from the text itself (not the outlet's state),
            # and never in a different state than the one the text names.
            text_sup = sup - priors.weight(e.state)
            if (
                named
                and e.state not in named
                and e.state != sp.state_after
                and (len(local) > 1 or e.pop < 15000)
            ):
                continue
            # A name only one small place in the country has, after a locative cue, in
            # the outlet's home state ("hallan un cuerpo en <village>" from a local paper).
            sole_home = len(sp.entries) == 1 and e.state == priors.home and sp.locative and not weak
            if text_sup <= 0 and (e.pop < 15000 or weak) and not sole_home:
                continue
        prior = math.log10(e.pop + 10) / 7.0
        bonus = 0.25 if e.kind == "municipality" else 0.0
        scored.append((sup + prior + bonus, sup, e))
    if not scored:
        _state_fallback(sp, idx, local, named, priors)
        return
    scored.sort(key=lambda t: -t[0])
    best_total, best_sup, best = scored[0]
    if len(scored) == 1:
        sp.chosen = best
        sp.score = 0.85 if best.kind == "municipality" else 0.75
    else:
        margin = best_total - scored[1][0]
        if best_sup <= 0 and margin < 0.07:
            sp.reason = "same-named places in several states and nothing to tell them apart"
            _state_fallback(sp, idx, local, named, priors)
            return
        sp.chosen = best
        sp.score = min(0.85, 0.5 + margin / 2 + (0.2 if best_sup > 0 else 0.0))
    if weak:
        sp.score -= 0.1
    if sp.state_after:
        sp.score = max(sp.score, 0.85)
    if sp.road:
        sp.score = min(sp.score, 0.45)


def _state_fallback(
    sp: Span, idx: Index, local: list[Entry], named: set[str], priors: Priors
) -> None:
    """A small or ambiguous place the text supports only at state level: the state, when
    exactly one of its candidates' states is named in the text or is the outlet's home."""
    supported = {e.state for e in local if e.state in named or e.state == priors.home}
    if len(supported) != 1 or not sp.locative or sp.key in idx.weak:
        sp.reason = sp.reason or "a small place with no support from the text"
        return
    state = next(iter(supported))
    s = idx.states[state]
    sp.chosen = Entry("state", s.name, s.inegi, s.iso, s.lat, s.lon, 10**7)
    sp.score = 0.5
    sp.reason = ""
