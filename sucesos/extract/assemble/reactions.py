"""Reactions to the news: a statement that condemns, blames or answers for the article's
violence ("the governor condemned the killing", "authorities blamed the attack on a local
gang") is what someone said about that incident, not an event of its own (ACLED codes
statements only where no violence is reported). It joins the article's main violent
incident, whose evidence it becomes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sucesos.extract.assemble.draft import Draft, Found
from sucesos.extract.kinds import taxonomy

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc

REACTION = "statement"
VIOLENCE = "violence"


def attach_reactions(doc: Doc, drafts: list[Draft], found: Found) -> list[Draft]:
    """Drafts less each reported statement whose sentences name a violent act while the
    article reports one: those statements join the main violent event."""
    families = {c: t.family for c, t in taxonomy().items()}
    violent = [
        d
        for d in drafts
        if d.status == "reported" and not d.aggregate and families.get(d.category) == VIOLENCE
    ]
    if not violent:
        return drafts
    main = max(violent, key=lambda d: (taxonomy()[d.category].priority, -d.first))
    out: list[Draft] = []
    for draft in drafts:
        names_violence = any(
            families.get(t.category) == VIOLENCE for i in draft.sentences for t in found.triggers[i]
        )
        if draft.category == REACTION and draft.status == "reported" and names_violence:
            main.sentences.extend(i for i in draft.sentences if i not in main.sentences)
            continue
        out.append(draft)
    return out
