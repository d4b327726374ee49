"""One incident told again as a sum of the spots of its own town.

After the article's drafts are merged, a reported sum may still tell the incident told
before it: "siete mujeres y tres hombres murieron en los ataques a dos bares de Celaya"
after "hombres armados atacaron dos bares de Celaya y mataron a 11 personas". A sum every
town of which is a town of the incident, on its day, that counts dead but no more than the
incident does, sums that incident's parts, not others: it joins the incident.
"""

from __future__ import annotations

from sucesos.extract.assemble.draft import Draft, Found
from sucesos.extract.assemble.incidents import compatible, dead_of, join_into, same_kind


def join_same_victims(drafts: list[Draft], found: Found) -> list[Draft]:
    """`drafts` less the sums that tell again the spots of an incident of the article,
    which they join."""
    out: list[Draft] = []
    for draft in drafts:
        target = next((m for m in out if _one_incident(m, draft, found)), None)
        if target is None:
            out.append(draft)
            continue
        if target.aggregate:
            # the sum told first (a headline's): the incident keeps its own account
            out[out.index(target)] = draft
            target, draft = draft, target
        join_into(target, draft)
        target.kinds.extend(k for k in draft.kinds if k not in target.kinds)
    return out


def _one_incident(told: Draft, draft: Draft, found: Found) -> bool:
    if told.status != "reported" or draft.status != "reported" or told.rest or draft.rest:
        return False
    if told.aggregate == draft.aggregate:
        return False
    whole, part = (draft, told) if told.aggregate else (told, draft)
    return _sum_within(whole, part, found)


def _sum_within(whole: Draft, summed: Draft, found: Found) -> bool:
    """Whether the sum `summed` adds up spots of the incident `whole` only: of the same kind,
    every town it names one `whole` names, on no other day, with dead but no more than
    `whole` counts."""
    if not same_kind(whole, summed):
        return False
    towns = found.municipalities_of(summed)
    if not towns or not towns <= found.municipalities_of(whole):
        return False
    dead = dead_of(summed)
    return 0 < dead <= dead_of(whole) and compatible(whole, summed, found)
