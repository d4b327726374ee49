"""An incident told again over its spots, with no figures of its own.

A report of one violent happening often comes back to it as a sum over places, with no
figure of its own: "Vecinos reportaron balaceras en varias colonias de la ciudad",
"Residents reported gunfire in several neighborhoods" after "Gunmen shot at homes and
torched cars in X". Such a sentence is an aggregate (figures over several places), so it
never merged with the incident, and stood as a second live record, often placed nowhere
but in the country. When the article reports only one incident of that kind before it, in
no other state or town, it is that incident told again: it joins it (`join_spots`).

So, before the incident or in its very sentence, is a sum that names no town or state the
incident does not and gives the same toll or none ("Hubo dos tiroteos entre pistoleros y
agentes" before "murieron dos de los atacantes", "nadie resultó herido en la tarde
violenta, pero un auto fue baleado"), when the article places
no violent act now in another town: a count of some of the dead ("el sábado hubo 14
homicidios, la mayoría en X") is a tally, not the incident (`_retells`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sucesos.extract.assemble.draft import Draft, Found
from sucesos.extract.assemble.incidents import compatible, dead_of, join_into, same_kind
from sucesos.extract.assemble.ledes import towns_named, within
from sucesos.extract.kinds import is_violent

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc


def join_spots(doc: Doc, drafts: list[Draft], found: Found) -> list[Draft]:
    """`drafts` less the reported aggregates that tell again the one reported incident of
    their kind, which they join: with no figures, told after it; or, before or after it,
    with figures no larger than its own, when they name no town or state it does not and
    the article places no violent act now in another town (`_retells`)."""
    joined: set[int] = set()
    for k, spots in enumerate(drafts):
        if not (spots.aggregate and spots.status == "reported"):
            continue
        if spots.rest or spots.new_incident or spots.listed:
            continue
        kin = [
            d
            for m, d in enumerate(drafts)
            if m != k
            and m not in joined
            and d.status == "reported"
            and not d.aggregate
            and same_kind(d, spots)
        ]
        if len(kin) != 1:
            continue  # a round-up's sum, or nothing of its kind to tell again
        incident = kin[0]
        if not compatible(incident, spots, found):
            continue
        if incident.first < spots.first and not spots.counts:
            join_into(incident, spots)
            joined.add(k)
        elif _retells(spots, incident, drafts, found):
            # what the sum left to others in a sentence the incident tells is the incident's
            told = [doc.sentences[i] for i in set(incident.sentences)]
            spots.skip = {at for at in spots.skip if not any(s.start <= at < s.end for s in told)}
            join_into(incident, spots)
            joined.add(k)
    return [d for k, d in enumerate(drafts) if k not in joined]


def _retells(spots: Draft, incident: Draft, drafts: list[Draft], found: Found) -> bool:
    """Whether the aggregate `spots` may tell `incident` again with figures of its own ("Los
    dos cuerpos quedaron tirados en distintos puntos del camino", "two clashes broke out
    before the attack", "the victims were shot in two places"): its every figure no
    larger than the incident's, no town or state of its words that the incident does not
    name, and no violent act told now in another town of the article."""
    if not is_violent(spots.category):
        return False
    towns = found.municipalities_of(incident)
    if not towns_named(spots, found) <= towns or not within(spots, incident):
        return False
    if dead_of(spots) not in (0, dead_of(incident)):
        return False  # some of the dead, or a day's count of them: no retelling
    if not found.states_of(spots) <= found.states_of(incident):
        return False
    return all(
        found.municipalities_of(d) <= towns
        for d in drafts
        if is_violent(d.category) and d.status != "historical"
    )
