"""Parts whose places are not their act's (`incidents.toml` [parts_unplaced]).

An alert told with a roadblock or a stoppage ("Ante los bloqueos, el ayuntamiento pidió no
salir de casa", "officials urged drivers to stay off the highway") is a part of it, but it
names where people should not go, not where the road was blocked: when it joins its act,
the places of its own sentences are left out of the act's (`leave_places`). An alert told
over more states than the act names ("la embajada pidió a sus ciudadanos en cinco estados
resguardarse", "an alert for travelers in three states") answers more than that one act (the
wave of a crisis, the violence of a region): it is no part of it (`wider_than_act`) and stays
an advisory of its own.
"""

from __future__ import annotations

from functools import cache

from sucesos.extract.assemble.draft import Draft, Found
from sucesos.extract.assemble.incidents import members
from sucesos.extract.lexicon import load_data


@cache
def unplaced() -> frozenset[str]:
    """The parts whose places are not their act's ([parts_unplaced])."""
    return frozenset(load_data("incidents.toml")["parts_unplaced"]["categories"])


def wider_than_act(main: Draft, part: Draft, found: Found) -> bool:
    """Whether `part`, a part whose places are not its act's, is told over a state `main`'s
    own words do not name (over more than one where they name none): an alert over more
    than the act."""
    if part.category not in unplaced():
        return False
    states, own = found.states_of(main), found.states_of(part)
    return bool(own - states) and (bool(states) or len(own) > 1)


def leave_places(main: Draft, part: Draft, found: Found) -> None:
    """The places of `part`'s own sentences left out of `main`'s, but for those in a state
    `main`'s words name: an advisory names where people should not go (the cities around),
    not where the act was; a town of the act's state may say where."""
    have, states = members(main), found.states_of(main)
    main.skip.update(
        p.start
        for i in part.sentences
        if i not in have
        for p in found.places[i]
        if p.location.admin1_code not in states
    )
