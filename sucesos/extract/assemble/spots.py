"""An incident told again over its spots, with no figures of its own.

A report of one violent happening often comes back to it as a sum over places, with no
figure of its own: "Vecinos reportaron balaceras en varias colonias de la ciudad",
"Residents reported gunfire in several neighborhoods" after "Gunmen shot at homes and
torched cars in X". Such a sentence is an aggregate (figures over several places), so it
never merged with the incident, and stood as a second live record, often placed nowhere
but in the country. When the article reports only one incident of that kind before it, in
no other state or town, it is that incident told again: it joins it (`join_spots`).
"""

from __future__ import annotations

from sucesos.extract.assemble.draft import Draft, Found
from sucesos.extract.assemble.incidents import compatible, join_into, same_kind


def join_spots(drafts: list[Draft], found: Found) -> list[Draft]:
    """`drafts` less the reported aggregates with no figures that tell again the one
    reported incident of their kind told before them, which they join."""
    joined: set[int] = set()
    for k, spots in enumerate(drafts):
        if not (spots.aggregate and spots.status == "reported" and not spots.counts):
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
        if incident.first >= spots.first or not compatible(incident, spots, found):
            continue
        join_into(incident, spots)
        joined.add(k)
    return [d for k, d in enumerate(drafts) if k not in joined]
