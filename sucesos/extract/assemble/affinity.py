"""Which of an article's incidents a sentence goes on telling, when it fits more than one.

A page often tells two incidents of one town and day: "Hombres armados mataron a tres
policías en un bar de la colonia Centro. Minutos después, en la colonia Jardines, dos
jóvenes fueron asesinados. Dos de los agentes murieron en el lugar y el tercero en el
hospital…". The sentences after the second incident's opening name no place of their own,
so both incidents fit them. They go on telling the incident the account told last (not
the one opened last: once a sentence went back to the bar, the next ones stay there),
unless their figures single out another one: a toll beyond the incident told last that is
exactly another's (3 dead, the last told incident had 2), or victims of a side that only
another names (police officers, when the last one's dead are civilians or of no side told).
A smaller figure picks some of the victims ("Ambos fallecieron en el hospital") and changes
nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from sucesos.extract.assemble.draft import Draft

# Figures that tell which incident a sentence is of: its dead and its wounded.
_WHAT = ("killed", "injured")


def _figure(draft: Draft, what: str) -> int:
    """The draft's largest figure of `what` in one of its sentences, the figures told as
    more of them ("y otro más murió camino al hospital") added to that sentence's own; a
    toll brought up to date ("the toll rose to five") is no figure of the first account,
    nor is a sentence's that no number gives ("the reporter died": at least one)."""
    per: dict[int, tuple[int, int, bool]] = {}
    for i, c in draft.counts:
        if c.what != what or c.total:
            continue
        own, more, told = per.get(i, (0, 0, False))
        told = told or not c.lower_bound
        if c.additive:
            per[i] = (own, more + c.value, told)
        else:
            per[i] = (max(own, c.value), more, told)
    return max((own + more for own, more, told in per.values() if told), default=0)


def _groups(draft: Draft, what: str) -> set[str]:
    return {c.group for _, c in draft.counts if c.what == what and c.group}


def _singles_out(draft: Draft, told: Draft, other: Draft) -> bool:
    """Whether `draft`'s figures go beyond the incident told last and are `other`'s. Only
    against an incident told last with a figure of its own: one that counts nobody yet
    ("En Choix se enfrentaron con sicarios") may be the one the figures go on to count."""
    for what in _WHAT:
        theirs = _figure(told, what)
        if not theirs:
            continue
        mine = _figure(draft, what)
        if mine > theirs and mine == _figure(other, what):
            return True
        groups = _groups(draft, what)
        if groups and not groups & _groups(told, what) and groups <= _groups(other, what):
            return True
    return False


def pick_incident(fitting: Sequence[Draft], draft: Draft) -> Draft:
    """The incident `draft` goes on telling among those it fits (`fitting`, the incident the
    account told last first): that one, unless the draft's figures single out exactly one
    other."""
    told = fitting[0]
    others = [other for other in fitting[1:] if _singles_out(draft, told, other)]
    return others[0] if len(others) == 1 else told
