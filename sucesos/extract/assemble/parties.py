"""The actors of an event and their roles; officials who only speak about it are not parties."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sucesos.extract.actors import ActorMatch
from sucesos.extract.text import Spans
from sucesos.models import Actor, ActorRole

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc

_TARGET_BEFORE = re.compile(
    r"(contra|against|targeting|atacaron a|ataque a|agresion a|emboscada a|"
    r"a los|a las|a un|a una|on)\s+$"
)


def actors_of(
    doc: Doc, found: list[ActorMatch], source_spans: list[tuple[int, int]]
) -> list[Actor]:
    out: dict[str, Actor] = {}
    sources = Spans(source_spans)
    for match in found:
        is_source = sources.hold(match.start, match.end)
        if is_source and match.actor.kind in ("official", "foreign_state"):
            continue  # named as the source of the account, not as a party to the event
        role: ActorRole = "participant"
        before = doc.folded[max(0, match.start - 20) : match.start]
        if _TARGET_BEFORE.search(before) or match.actor.kind == "civilians":
            role = "target"
        elif match.actor.kind == "official":
            continue  # prosecutors and mayors who speak about an event are not parties to it
        elif match.actor.kind in ("cartel", "armed_group"):
            role = "perpetrator"
        if match.actor.name not in out:
            out[match.actor.name] = Actor(match.actor.name, match.actor.kind, role)
    return list(out.values())
