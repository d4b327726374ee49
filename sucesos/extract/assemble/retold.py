"""The same incident told twice: a retelling carries the toll of the account it retells.

A report often tells its incident in the lead and again further down, in other words and
sometimes under another name or another day ("Gunmen killed 14 people in Villa Unión…" and,
three paragraphs below, "the shootout left 14 dead", or a wire story whose dateline day is
the day after the act): two drafts of one kind of act with the same toll of dead, a number
large enough to tell one happening from another (`incidents.toml` [same_toll]), set in no
two different places, are one incident. A day apart they are one only when they share a town:
the day a report was filed is not always the day of the act.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sucesos.extract.assemble.draft import Draft, Found
from sucesos.extract.assemble.sites import same_site
from sucesos.extract.lexicon import load_data

# The figure a retelling must repeat: its dead, told by a number.
KILLED = ("killed",)


@cache
def same_toll_rules() -> tuple[int, int]:
    """(the least toll that tells one happening, how many days apart it may be told)."""
    data: dict[str, Any] = load_data("incidents.toml")["same_toll"]
    return int(data["minimum"]), int(data["days_apart"])


def told_again(told: Draft, draft: Draft, found: Found) -> bool:
    """Whether `draft` tells again the incident `told`: both reported, neither a sum, the
    same toll of at least the minimum, no disjoint states, towns or sites, and the same day
    (or a day apart in a town both name)."""
    if told.status != "reported" or draft.status != "reported":
        return False
    if told.aggregate or draft.aggregate:
        return False
    least, apart = same_toll_rules()
    toll = told.told_figure(KILLED)
    if toll < least or draft.told_figure(KILLED) != toll:
        return False
    for x, y in (
        (found.states_of(told), found.states_of(draft)),
        (found.municipalities_of(told), found.municipalities_of(draft)),
    ):
        if x and y and not x & y:
            return False
    if not same_site(found.sites_of(told), found.sites_of(draft)):
        return False
    days, other = found.days_of(told), found.days_of(draft)
    if not days or not other or days & other:
        return True
    shared = found.municipalities_of(told) & found.municipalities_of(draft)
    return bool(shared) and any(abs((d - e).days) <= apart for d in days for e in other)
