"""Colonias and other settlements: a name after a cue word, resolved to its municipality.

SEPOMEX's catalogue of asentamientos (colonias, fraccionamientos, barrios, ejidos, ...) is
bundled as `gazetteer/colonias.tsv.gz`: each folded name with the INEGI codes of the
municipalities that have a settlement of that name. A name is looked up only right after a
cue word ("en la colonia Las Flores", "el fraccionamiento Villa Real", "the neighborhood of
X"), and it resolves to a municipality only when the text or a prior agrees: a municipality
the text names, a state it names, the outlet's home state or the address's state. It never
becomes a same-named municipality elsewhere ("colonia Guadalupe" is not Guadalupe, N.L.).
The table is loaded on the first cue word, so texts without one pay nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sucesos.extract.places_index import Entry, Index, read_data
from sucesos.extract.places_match import Span
from sucesos.extract.places_resolve import Priors

_MAX_WORDS = 6


@lru_cache(maxsize=1)
def colonia_table() -> dict[str, tuple[str, ...]]:
    """Folded settlement name -> INEGI codes of the municipalities that have one."""
    table: dict[str, tuple[str, ...]] = {}
    for line in read_data("colonias.tsv.gz").splitlines():
        if not line or line.startswith("#"):
            continue
        name, _, codes = line.partition("\t")
        table[name] = tuple(codes.split(","))
    return table


@lru_cache(maxsize=1)
def _cue_pattern(urban: frozenset[str], rural: frozenset[str]) -> re.Pattern[str]:
    words = sorted(urban | rural, key=len, reverse=True)
    return re.compile(r"(?<![a-z0-9])(" + "|".join(re.escape(w) for w in words) + r") ")


def find_colonias(f: str, idx: Index, spans: list[Span]) -> list[Span]:
    """Settlement names after cue words in the folded text `f`, as spans whose candidates
    are municipalities. Gazetteer spans inside an urban settlement's name are marked
    (`colonia=True`) so they are not taken as places of their own."""
    urban = frozenset(idx.ctx["colonia_before"])
    rural = frozenset(idx.ctx["settlement_before"])
    cues = list(_cue_pattern(urban, rural).finditer(f))
    if not cues:
        return []
    table = colonia_table()
    starts = {sp.start: sp for sp in spans}
    out: list[Span] = []
    for cue in cues:
        begin = cue.end()
        words = f[begin : begin + 80].split()[:_MAX_WORDS]
        for n in range(len(words), 0, -1):
            key = " ".join(words[:n])
            codes = table.get(key)
            if not codes:
                continue
            end = begin + len(key)
            if f[begin:end] != key:  # runs of spaces inside: not one written name
                break
            known = starts.get(begin)
            if cue.group(1) in rural and known is not None and known.end >= end:
                break  # "comunidad de X" where X is in the gazetteer: the gazetteer decides
            entries = [_municipality(idx, c) for c in codes if c in idx.municipalities]
            if entries:
                for sp in spans:
                    if sp.start >= begin and sp.end <= end:
                        sp.colonia = True
                out.append(Span(begin, end, key, entries, locative=True))
            break
    return out


def _municipality(idx: Index, code: str) -> Entry:
    return idx.municipalities[code]


def resolve_colonias(colonias: list[Span], kept: list[Span], idx: Index, priors: Priors) -> None:
    """Choose each settlement's municipality: the one the text names, else the only one in
    a state the text names or a prior points to; otherwise the settlement is dropped."""
    towns = {
        sp.chosen.code
        for sp in kept
        if sp.chosen is not None and sp.chosen.kind in ("municipality", "locality")
    }
    states = {sp.chosen.state for sp in kept if sp.chosen is not None}
    for sp in colonias:
        named = [e for e in sp.entries if e.code in towns]
        if len(named) == 1:
            sp.chosen, sp.score = named[0], 0.8
            continue
        for support, score in (
            (states, 0.7),
            ({priors.home, priors.address} - {None}, 0.6),
        ):
            inside = [e for e in sp.entries if e.state in support]
            if len(inside) == 1:
                sp.chosen, sp.score = inside[0], score
                break
            if inside:
                sp.reason = "a settlement name found in several municipalities of the state"
                break
        else:
            sp.reason = "a settlement name with no state named or implied to place it"
