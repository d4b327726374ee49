"""The actors of an event and their roles; officials who only speak about it are not parties;
the people its acts are done to, when the text names them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sucesos.extract.actors import ActorMatch
from sucesos.extract.assemble.clauses import same_clause
from sucesos.extract.assemble.news import tense_settings
from sucesos.extract.text import Spans, fold
from sucesos.extract.victim_names import NameMention
from sucesos.models import Actor, ActorRole, normalize_text

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


def named_victims(doc: Doc, names: list[NameMention], taken: list[tuple[int, int]]) -> list[Actor]:
    """The people the record's acts are done to, as its text names them: per act, the
    nearest run of `names` that overlaps none of the `taken` spans (its places, organisations
    and sources: "asesinan en Villa Hidalgo a Juan Pérez"). A name written in full and
    shorter in one record ("Rosa Elena Villalobos Treviño", "Villalobos Treviño") is one
    person, under the fuller name."""
    out: dict[frozenset[str], Actor] = {}
    done: set[int] = set()
    for name in names:
        if name.act in done:
            continue
        if any(name.start < end and start < name.end for start, end in taken):
            continue
        done.add(name.act)
        text = normalize_text(doc.text[name.start : name.end])
        words = frozenset(fold(text).split())
        if any(words <= kept for kept in out):
            continue
        for kept in [kept for kept in out if kept < words]:
            del out[kept]
        out[words] = Actor(text, "person", "target")
    return list(out.values())


def recalled(doc: Doc, i: int, name: NameMention) -> bool:
    """Whether the act of `name` (in sentence `i`) is an earlier happening its clause recalls:
    an "after" word opens the clause before it ("tras el asesinato de…", "following the
    killing of…"), or a background word closes it ("…, who was shot dead days earlier")."""
    status = doc.status[i]
    reach = tense_settings().ahead_chars
    before = any(
        0 <= name.act - p <= reach and same_clause(doc, p, name.act) for p in status.ahead_at
    )
    return before or any(
        0 <= p - name.act_end <= reach and same_clause(doc, name.act_end, p)
        for p in status.background_at
        if p not in status.ahead_at  # "…murdered days after taking office": the news
    )
