"""Which act of an incident is its main act, among acts of one family that the article tells
together (`incidents.toml` [enforcement]).

- Enforcement. Following ACLED's hierarchy, the arrest of a person who matters (a leader, a
  plaza boss, a target named by a nickname) is the incident's news: the operation that caught
  them and what it seized are kinds of the arrest. Goods seized told before the people caught
  with them (the driver of the truck, those found beside the cache) make a seizure, with the
  arrest its kind. Any other operation stays the main act of the arrests and seizures it made
  (`incidents.toml` [parts]).
- Violence. An attack that opens the account by hurting civilians (not the forces), and
  after which the text tells a fight (the escorts "repelieron la agresión", the gunmen "se
  enfrentaron" with the police who chased them) that killed fewer than it, stays an attack:
  the exchange of fire is the reply to it, not the act.
"""

from __future__ import annotations

from sucesos.extract.assemble.draft import Draft, Found

_HURT = frozenset({"killed", "injured"})
_SIDES = frozenset({"security_forces", "armed_group"})
_STATE = frozenset({"police", "state_forces", "official"})


def enforcement_main(main: Draft, part: Draft, found: Found) -> str:
    """The category of `main`'s incident once `part` joins it as a part."""
    if (
        main.category == "security_operation"
        and part.category == "arrest"
        and not found.leaders.isdisjoint(part.sentences)
    ):
        return "arrest"
    if (
        main.category == "arrest"
        and part.category == "seizure"
        and min(part.sentences) < min(main.sentences)
        and found.leaders.isdisjoint(main.sentences)
    ):
        return "seizure"
    return main.category


def make_main(draft: Draft, category: str) -> None:
    """`category`, one of `draft`'s kinds, becomes its main act; the old one a kind."""
    if category == draft.category:
        return
    draft.kinds = [k for k in draft.kinds if k != category]
    draft.kinds.append(draft.category)
    draft.category = category


def reply_to_attack(attack: Draft, fight: Draft, found: Found) -> bool:
    """Whether `fight`, a clash told after `attack` opened the account, is the reply to an
    attack on people who are not the forces (which stays the main act)."""
    hurt = {c.group for _, c in attack.counts if c.what in _HURT}
    if not hurt or hurt & _SIDES:
        return False  # the forces' or the gunmen's dead: a fight's, not an attack's
    lede = min(attack.sentences)
    if "civilians" not in hurt and any(a.actor.kind in _STATE for a in found.actors[lede]):
        return False  # "gunmen attacked a patrol…", "soldiers killed twelve gunmen…"
    if min(fight.sentences) <= min(attack.sentences):
        return False
    if any(t.one_sided for i in attack.sentences for t in found.triggers[i]):
        return False  # an assault on the forces, who fought back: a clash
    # a fight that killed the attack's dead ("seis muertos deja balacera… tras un
    # enfrentamiento entre policías y civiles armados") is the act itself
    return _dead(fight) == 0 or _dead(fight) < _dead(attack)


def _dead(draft: Draft) -> int:
    return max((c.value for _, c in draft.counts if c.what == "killed"), default=0)
