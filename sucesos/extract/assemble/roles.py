"""The roles of the people a record's acts were done to, as the words next to its figures
tell them: "un policía municipal | fue asesinado" (police), "tres | elementos de la policía"
(police), "a taxi driver | was shot dead" (a driver), "asesinan a balazos | a candidato a
regidor" (a candidate), "ten | guards and four inmates" (prison), "la aspirante a la alcaldía
de X, | Rosa Pérez |, fue asesinada" (a candidate). Each role the people of the record's first
such figure (killed, kidnapped or missing) hold, else its first named victim's, becomes a
target actor named by the role's label, which the resolver compares across outlets: a
candidate shot in the morning and a police officer shot that night in the same town are two
acts, even when no outlet names them. Words and reach in `sucesos/data/victim_roles.toml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from sucesos.extract.lexicon import PhraseMatcher, load_data
from sucesos.extract.lexicon_scan import share_scan
from sucesos.models import Actor

if TYPE_CHECKING:
    from sucesos.extract.assemble.draft import Draft
    from sucesos.extract.pipeline import Doc

# What ends a clause: past it, the words describe someone else ("…fueron asesinados, a
# unos metros del bar donde murieron los agentes").
_CLAUSE_END = re.compile(r"[,;:.()\[\]]")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class _Roles:
    matcher: PhraseMatcher[str]
    actors: dict[str, Actor]  # role key -> its target actor
    before: int
    after: int
    apposition: int
    stops: frozenset[str]
    kinds: frozenset[str]
    groups: dict[str, str]  # a figure's group -> role key


@cache
def _roles() -> _Roles:
    data = load_data("victim_roles.toml")
    reach = data["reach"]
    phrases = [(w, key) for key, role in data["role"].items() for w in role["words"]]
    actors = {
        key: Actor(role["label"], role["kind"], "target") for key, role in data["role"].items()
    }
    return _Roles(
        PhraseMatcher(phrases),
        actors,
        int(reach["before"]),
        int(reach["after"]),
        int(reach["apposition"]),
        frozenset(reach["stops"]),
        frozenset(reach["kinds"]),
        dict(data.get("groups", {})),
    )


# asked on every sentence or draft: one shared pass per article (`lexicon_scan.shared_scan`)
share_scan(lambda: _roles().matcher)


def victim_roles(doc: Doc, draft: Draft) -> list[Actor]:
    """The target actors of the roles the draft's first figure that tells any gives its
    people, else the first named victim's ("asesinan a Juan Pérez, candidato a regidor",
    "gunmen shot dead mayoral hopeful Juan Perez"), in the order the roles are listed. The
    first, not every figure: a record's later sentences may tell another act of the day
    ("Segundo ataque deja un taxista sin vida" after a police officer's killing), whose
    people are not this act's. When no word tells a role, the group the count words put
    the first such figure's people in, if it is a role's (`[groups]`: security forces)."""
    roles = _roles()
    for i, c in sorted(draft.counts, key=lambda item: item[1].start):
        if c.what in roles.kinds and c.end > c.start:
            found = _around(doc, roles, draft.span(doc, i), c.start, c.end, apposition=False)
            if found:
                return _actors(roles, found)
    for i in sorted(set(draft.sentences)):
        lo, hi = draft.span(doc, i)
        for name in doc.victim_names:
            if name.what in roles.kinds and lo <= name.act < hi:
                found = _around(doc, roles, (lo, hi), name.start, name.end, apposition=True)
                if found:
                    return _actors(roles, found)
    for _, c in sorted(draft.counts, key=lambda item: item[1].start):
        if c.what in roles.kinds and c.group in roles.groups:
            return _actors(roles, {roles.groups[c.group]})
    return []


def _actors(roles: _Roles, found: set[str]) -> list[Actor]:
    return [actor for key, actor in roles.actors.items() if key in found]


def _around(
    doc: Doc, roles: _Roles, span: tuple[int, int], start: int, end: int, *, apposition: bool
) -> set[str]:
    """The roles the words of `start:end` and those just before and after it give, within
    their clause; past the comma of a name's apposition (`apposition`: "la candidata de
    Morena, | Juan Pérez |, candidato de…")."""
    lo, hi = span
    folded = doc.folded
    first = _left(folded, roles, max(lo, start - 100), start, roles.before)
    if apposition and first == start and folded[lo:start].rstrip().endswith(","):
        comma = lo + folded[lo:start].rstrip().rindex(",")
        first = _left(folded, roles, max(lo, comma - 100), comma, roles.apposition)
    after = end + 1 if apposition and folded[end : end + 1] == "," else end
    last = _right(folded, roles, after, min(hi, after + 120), roles.after)
    return {m.value for m in roles.matcher.find(folded, first, last)}


def _left(folded: str, roles: _Roles, lo: int, hi: int, words: int) -> int:
    """Where the `words` words of `folded[lo:hi]` nearest its end start, within its last
    clause and past its last stop word (`hi` when there are none)."""
    breaks = list(_CLAUSE_END.finditer(folded, lo, hi))
    if breaks:
        lo = breaks[-1].end()
    spans = list(_WORD.finditer(folded, lo, hi))
    stops = [k for k, w in enumerate(spans) if w.group() in roles.stops]
    if stops:
        spans = spans[stops[-1] + 1 :]
    spans = spans[-words:]
    return spans[0].start() if spans else hi


def _right(folded: str, roles: _Roles, lo: int, hi: int, words: int) -> int:
    """Where the `words` words of `folded[lo:hi]` nearest its start end, within its first
    clause and short of its first stop word (`lo` when there are none)."""
    found = _CLAUSE_END.search(folded, lo, hi)
    if found:
        hi = found.start()
    spans: list[re.Match[str]] = []
    for w in _WORD.finditer(folded, lo, hi):
        if w.group() in roles.stops or len(spans) == words:
            break
        spans.append(w)
    return spans[-1].end() if spans else lo
