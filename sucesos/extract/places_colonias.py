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

import bisect
import re
from collections.abc import Callable
from functools import lru_cache

from sucesos.extract.lexicon import alternation
from sucesos.extract.places_index import Entry, Index, name_key, read_data
from sucesos.extract.places_match import Span
from sucesos.extract.places_resolve import Priors

_MAX_WORDS = 6


@lru_cache(maxsize=1)
def _colonia_lines() -> list[str]:
    # The file is sorted by name: a binary search finds a name without building a dict of
    # 76,000 entries, which would cost more start-up than the rest of the index.
    return [ln for ln in read_data("colonias.tsv.gz").split("\n") if ln and ln[0] != "#"]


def colonia_codes(name: str) -> list[str]:
    """INEGI codes of the municipalities that have a settlement called `name` (folded)."""
    lines = _colonia_lines()
    prefix = name + "\t"
    i = bisect.bisect_left(lines, prefix)
    if i < len(lines) and lines[i].startswith(prefix):
        return lines[i][len(prefix) :].split(",")
    return []


def named_reach(words: list[str]) -> int:
    """The most of `words` (folded) that begin a settlement's name: no name of more words
    than this starts with them, so `colonia_codes` need not be asked about one. Each word
    is one binary search, and most runs stop at the first."""
    lines = _colonia_lines()
    key = ""
    for n, word in enumerate(words):
        key = f"{key} {word}" if n else word
        i = bisect.bisect_left(lines, key + "\t")  # tab sorts before space: the name itself
        if not (i < len(lines) and lines[i].startswith((key + "\t", key + " "))):
            j = bisect.bisect_left(lines, key + " ", i)
            if not (j < len(lines) and lines[j].startswith(key + " ")):
                return n
    return len(words)


@lru_cache(maxsize=1)
def _cue_pattern(urban: frozenset[str], rural: frozenset[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z0-9])(" + alternation(sorted(urban | rural)) + r") ")


def find_colonias(f: str, idx: Index, spans: list[Span]) -> list[Span]:
    """Settlement names after cue words in the folded text `f`, as spans whose candidates
    are municipalities. Gazetteer spans inside an urban settlement's name are marked
    (`colonia=True`) so they are not taken as places of their own."""
    urban = frozenset(idx.ctx["colonia_before"])
    rural = frozenset(idx.ctx["settlement_before"])
    loose = frozenset(idx.ctx["settlement_loose_before"])
    cues = list(_cue_pattern(urban | loose, rural).finditer(f))
    if not cues:
        return []
    starts = {sp.start: sp for sp in spans}
    out: list[Span] = []
    for cue in cues:
        begin = cue.end()
        is_loose = cue.group(1) in loose
        known = starts.get(begin)
        if is_loose and (known is not None or f[begin : begin + 1] == " "):
            continue  # after a bare "en" the gazetteer's own names come first
        words = f[begin : begin + 80].split()[:_MAX_WORDS]
        if is_loose and words and (words[0] in urban or words[0] in rural):
            continue  # "en la colonia X": the cue word's own match reads the name
        for n in range(named_reach(words), 0, -1):
            key = " ".join(words[:n])
            codes = colonia_codes(key)  # the table loads on the first lookup
            if not codes:
                continue
            end = begin + len(key)
            if f[begin:end] != key:  # runs of spaces inside: not one written name
                break
            if is_loose and (n < 2 or words[0] in idx.ctx["not_settlement_start"]):
                break  # one word after "en" is too often an ordinary word
            of_place = cue.group(1) in rural or cue.group(1).endswith((" de", " of"))
            if of_place and known is not None and known.end >= end:
                # "comunidad de X", "una colonia de X", "the neighborhood of X" where X is in
                # the gazetteer: the gazetteer decides (a settlement of the town X, more often
                # than one named X)
                break
            entries = [_municipality(idx, c) for c in codes if c in idx.municipalities]
            if entries:
                if not is_loose:
                    for sp in spans:
                        if sp.start >= begin and sp.end <= end:
                            sp.colonia = True
                found = Span(begin, end, key, entries, locative=True)
                found.near_street = is_loose  # marks a name found without a cue word
                out.append(found)
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
    town_starts = sorted(
        sp.start
        for sp in kept
        if sp.chosen is not None and sp.chosen.kind in ("municipality", "locality")
    )
    prior_states = {s for s in (priors.home, priors.address) if s}
    for sp in colonias:
        named = [e for e in sp.entries if e.code in towns]
        if len(named) == 1:
            sp.chosen, sp.score = named[0], 0.8
            continue
        # A town starting right after the name: "colonia X de Culiacán" (bisect: linear time).
        after = town_starts[bisect.bisect_right(town_starts, sp.end) :]
        town_after = bool(after) and after[0] <= sp.end + 5
        if town_after:
            sp.reason = "a settlement the town named after it does not have"
            continue
        if any(e.state == t[:2] for e in sp.entries for t in towns):
            # The text names a town of that state and the settlement is not in it.
            sp.reason = "a settlement the town named in the text does not have"
            continue
        if sp.near_street:  # no cue word: only one municipality of the one supported state
            support = states | prior_states
            inside = [e for e in sp.entries if e.state in support]
            if len(support) == 1 and len(inside) == 1:
                sp.chosen, sp.score = inside[0], 0.6
            else:
                sp.reason = "a settlement name without a cue word and no single state for it"
            continue
        # With places in several states the text may be a roundup: no state-level guess.
        for support, score in (
            (states if len(states) == 1 else set(), 0.7),
            (prior_states if len(states) <= 1 else set(), 0.6),
        ):
            inside = [e for e in sp.entries if e.state in support]
            if len(inside) == 1:
                sp.chosen, sp.score = inside[0], score
                break
            if inside:
                sp.reason = "a settlement name found in several municipalities of the state"
                break
        else:
            if len(sp.entries) == 1 and not states:
                sp.chosen, sp.score = sp.entries[0], 0.6  # one such settlement in Mexico
            else:
                sp.reason = "a settlement name with no state named or implied to place it"


# A list item between a settlement cue and a name: a capitalised name of a few words and a
# comma or "y"/"and" ("San Roque, El Coecillo y ").
_ITEM = re.compile(
    r"\s*(?:(?:el|la|los|las|the)\s+)?[A-ZÁÉÍÓÚÑ][\w'’.-]*(?:\s+[\w'’.-]+){0,5}?\s*(?:,|\s(?:y|e|and)\s)"
)
_LINKS = re.compile(r"\s*(?:(?:de|del|of)\s+)?(?:(?:el|la|los|las|the)\s+)?$")
_CLAUSE_END = re.compile(r"[.;:!?\n]")


@lru_cache(maxsize=4096)
def _word_key(word: str) -> str:
    """`name_key` of a word before a place: the words before a text's places overlap, and
    each is looked up again for every place after it in its clause."""
    return name_key(word)


def settled_in_text_towns(
    text: str, kept: list[Span], idx: Index, start_of: Callable[[Span], int]
) -> None:
    """A name after a settlement cue ("en la comunidad de Santa Elena", or a later item of a
    list after one) that one of the towns the text names has as a settlement is that
    settlement, in that town, rather than a namesake town or village elsewhere the resolver
    chose or none ("La Fiscalía reportó ataques en Irapuato… en la comunidad de Santa
    Elena": Irapuato, not Santa Elena, Yucatán)."""
    cues = idx.ctx["settlement_list_before"]
    cued: list[Span] = []
    for sp in kept:
        if sp.chosen is not None and sp.chosen.kind == "state":
            continue
        s = start_of(sp)
        before = text[max(0, s - 160) : s]
        before = before[max((m.end() for m in _CLAUSE_END.finditer(before)), default=0) :]
        words = list(re.finditer(r"[\w'’]+", before))
        for w in reversed(words):
            if _word_key(w.group()) not in cues:
                continue
            rest = before[w.end() :]
            rest = re.sub(r"^\s*(?:de|del|of)\b", "", rest)
            pos = 0
            while (m := _ITEM.match(rest, pos)) is not None:
                pos = m.end()
            if _LINKS.fullmatch(rest[pos:]):
                cued.append(sp)
            break
    if not cued:
        return
    towns = {
        sp.chosen.code
        for sp in kept
        if sp.chosen is not None and sp.chosen.kind == "municipality" and sp not in cued
    }
    settled: dict[str, Entry] = {}
    for sp in cued:
        if sp.chosen is not None and sp.chosen.code in towns:
            continue
        inside = [c for c in colonia_codes(sp.key) if c in towns]
        if len(inside) == 1:
            sp.chosen, sp.score, sp.reason = idx.municipalities[inside[0]], 0.75, ""
            settled.setdefault(sp.key, sp.chosen)
    for sp in kept:  # the same name told again without its cue ("en El Coecillo"): the same
        town = settled.get(sp.key)
        if town is not None and sp not in cued and (sp.chosen is None or sp.chosen.kind != "state"):
            sp.chosen, sp.score, sp.reason = town, 0.75, ""
