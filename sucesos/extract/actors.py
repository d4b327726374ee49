"""Actors: cartels, armed groups, state forces, officials, foreign states, civilians.

Aliases in `sucesos/data/lexicon/actors.toml` map every way an outlet names an actor to one
canonical name and kind (CJNG = Cártel de Jalisco Nueva Generación = Jalisco New Generation
Cartel). Short upper-case aliases ("GN", "CDS") must appear in capitals to count.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sucesos.extract.lexicon import PhraseMatcher, load_data
from sucesos.extract.lexicon_scan import share_scan
from sucesos.models import ActorKind


@dataclass(frozen=True)
class ActorEntry:
    name: str
    kind: ActorKind


@dataclass(frozen=True)
class ActorMatch:
    start: int
    end: int
    actor: ActorEntry


@share_scan
@cache
def _matcher() -> PhraseMatcher[tuple[ActorEntry, bool]]:
    phrases: list[tuple[str, tuple[ActorEntry, bool]]] = []
    for entry in load_data("lexicon/actors.toml")["actor"]:
        actor = ActorEntry(entry["name"], entry["kind"])
        for alias in [entry["name"], *entry.get("aliases", [])]:
            # Acronyms of up to four letters collide with words ("GN", "la Familia"): they
            # match only when written in capitals, as outlets write acronyms.
            needs_caps = alias.isupper() and len(alias) <= 4
            phrases.append((alias, (actor, needs_caps)))
    return PhraseMatcher(phrases)


def find_actors(text: str, folded: str, start: int = 0, end: int | None = None) -> list[ActorMatch]:
    """Actor mentions in `text[start:end]` (`folded` is `fold(text)`), sorted by start."""
    out: list[ActorMatch] = []
    for m in _matcher().find(folded, start, end):
        actor, needs_caps = m.value
        if needs_caps and not text[m.start : m.end].isupper():
            continue
        if out and out[-1].start == m.start and out[-1].end == m.end:
            continue
        out.append(ActorMatch(m.start, m.end, actor))
    return out
