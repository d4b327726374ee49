"""The account of one incident: how far an article goes on telling it.

An article tells an incident over several sentences: the act, then its victims, what the
attackers did next, the bodies, the authorities' answer. A part of the incident (a kind of
its main act, `incidents.toml` [parts]) told a few sentences after the main act is still
that incident's while nothing in between opens another happening: no other event of the
article, no cue of another one ("en otro hecho", "hours later"), no other town. The window
and the parts that must be told next to their main act live in `incidents.toml` [account].
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sucesos.extract.assemble.draft import Draft, Found
from sucesos.extract.lexicon import load_data


@cache
def _account_rules() -> tuple[int, frozenset[str]]:
    """(how many sentences after its main act a part may follow in the account of it, the
    parts that join only next to it) (`incidents.toml` [account])."""
    data: dict[str, Any] = load_data("incidents.toml")["account"]
    return int(data["window"]), frozenset(data["adjacent_only"])


def account_window() -> int:
    """How many sentences after its main act a part may follow in the account of it."""
    return _account_rules()[0]


def in_account(main: Draft, part: Draft, drafts: list[Draft], found: Found) -> bool:
    """Whether `part` goes on the account of `main` a few sentences later ("Gunmen killed
    four at a bar. … Police found spent shells. … A car was torched nearby."): told after
    one of its sentences within the window, with no other happening of the article told in
    between, and naming no town or site beside those `main` names; or told in turns with it
    after the main act opened the account. The later acts of other hands
    with figures of their own (arrests, seizures, an operation that made them) join only
    when told next to it (`incidents._near`)."""
    window, adjacent_only = _account_rules()
    if part.category in adjacent_only and part.counts:
        return False
    for own, mains in (
        (found.municipalities_of(part), found.municipalities_of(main)),
        (found.sites_of(part), found.sites_of(main)),
    ):
        if mains and not own <= mains:
            return False
    if main.first < part.first < max(main.sentences):
        # the two told in turns after the main act opened the account ("emboscaron a la
        # patrulla… los cuerpos de los agentes… los atacantes huyeron…"): one account. A
        # part told first opens an account of its own ("two bodies were found… they had
        # stab wounds"): the act told after it describes it, not the other way round
        return True
    first = part.first
    before = [i for i in main.sentences if i < first]
    if not before or first - max(before) > window:
        return False
    last = max(before)
    for other in drafts:
        if other is main or other is part or other.status != "reported" or other.aggregate:
            continue
        if any(last < i < first for i in other.sentences):
            return False
    # a sentence between them that opens another happening or sets one in another town
    # ("En otras acciones, en el municipio de Camargo…") ends the account, act word or not
    towns = found.municipalities_of(main)
    for i in range(last + 1, first):
        if i in found.openers:
            return False
        elsewhere = {found.places_in_town(p) for p in found.places[i]} - {None}
        if elsewhere - towns:
            return False
    return True
