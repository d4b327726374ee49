"""Reactions to the news: a statement that condemns, blames or answers for the article's
violence ("the governor condemned the killing", "authorities blamed the attack on a local
gang") is what someone said about that incident, not an event of its own (ACLED codes
statements only where no violence is reported). It joins the article's main violent
incident, whose evidence it becomes. So does any other out-of-domain account that names the
article's violence (`incidents.toml` [context]): an accident the victim had covered "hours
before he was attacked" is background to the attack, not a second incident."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from sucesos.extract.assemble.draft import Draft, Found
from sucesos.extract.kinds import is_violent, taxonomy
from sucesos.extract.lexicon import PhraseMatcher, load_data
from sucesos.extract.lexicon_scan import share_scan

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc

REACTION = "statement"


@cache
def _context() -> dict[str, frozenset[str]]:
    """{category: the violent acts that, named in its sentences, make it part of the
    article's violence} (`incidents.toml` [context]); a statement's are every violent act."""
    data = load_data("incidents.toml")["context"]
    return {category: frozenset(acts) for category, acts in data.items()}


def attach_reactions(doc: Doc, drafts: list[Draft], found: Found) -> list[Draft]:
    """Drafts less each reported statement (or other context category) whose sentences name
    a violent act while the article reports one: those join the main violent event."""
    context = _context()
    violent = [
        d for d in drafts if d.status == "reported" and not d.aggregate and is_violent(d.category)
    ]
    if not violent:
        return drafts
    main = max(violent, key=lambda d: (taxonomy()[d.category].priority, -d.first))
    out: list[Draft] = []
    for draft in drafts:
        acts = context.get(draft.category)
        names_violence = any(
            is_violent(t.category) and (acts is None or t.category in acts)
            for i in draft.sentences
            for t in found.triggers[i]
        )
        if (
            (draft.category == REACTION or acts is not None)
            and draft.status == "reported"
            and names_violence
        ):
            main.sentences.extend(i for i in draft.sentences if i not in main.sentences)
            continue
        out.append(draft)
    return out


@share_scan
@cache
def _response_cues() -> PhraseMatcher[str]:
    return PhraseMatcher(
        (w, "response") for w in load_data("lexicon/cues.toml")["incident"]["response"]
    )


def mark_responses(doc: Doc, drafts: list[Draft]) -> None:
    """Flag the drafts told as the authorities' answer to an incident ("activaron un operativo
    de búsqueda de los agresores", "troops cordoned off the area"): each of their sentences
    has a response cue. `parts.absorb_parts` joins such an answer with no figures of its
    own to the incident it answers."""
    cues = _response_cues()
    for draft in drafts:
        draft.answers = all(cues.find(doc.folded, *draft.span(doc, i)) for i in draft.sentences)
