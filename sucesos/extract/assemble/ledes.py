"""The lede's summary of the one incident the article tells.

A report often opens with a summary of its incident, placed only in its state or country
(or nowhere) and with fewer details ("Un ataque armado en Michoacán dejó dos muertos", "A
shooting in northern Mexico left three dead"), then tells it again with its town, hour and
victims. Its figures are no larger than the account's; when the article places no violent
act in another town, the summary is that incident told first, not another one: it joins it
(`join_ledes`). The account's sentence often carries a cue of another happening further on
("…, died in the neighbouring town of X", "…, la quinta balacera del día"), which tells of a
part of it: only a cue in its first clause ("In another attack, …", "Horas después, …") or
another victim ("otros tres cuerpos") sets it apart from the summary."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sucesos.extract.assemble.draft import Draft, Found
from sucesos.extract.assemble.incidents import compatible, join_into, same_kind
from sucesos.extract.kinds import is_violent

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc

# The figures a summary tells of the people hit, each no larger than the account's.
_HIT = ("killed", "injured", "kidnapped", "bodies")


def join_ledes(doc: Doc, drafts: list[Draft], found: Found) -> list[Draft]:
    """`drafts` less the summaries told before the one incident of their kind they sum,
    which they join: a reported violent draft that opens the article's account of violence
    (nothing violent told before it but other such summaries), names no town of another,
    opens no other happening and counts no more people than the account, told before the
    one reported incident of its kind placed in a town (of its states, on a day it allows),
    in an article that tells no violent act now in another town."""
    violent = [k for k, d in enumerate(drafts) if is_violent(d.category)]
    live = [k for k in violent if drafts[k].status == "reported"]
    # the violent acts told now in a town: the account, and any other incident
    placed = [
        m
        for m in violent
        if drafts[m].status != "historical" and found.municipalities_of(drafts[m])
    ]
    joined: set[int] = set()
    for k in live:
        lede = drafts[k]
        if any(drafts[m].first < lede.first for m in violent if m not in joined and m != k):
            continue  # the account of violence began before it: no lede
        if not _summary(lede, found):
            continue
        kin = [m for m in placed if drafts[m].status == "reported" and same_kind(lede, drafts[m])]
        if len(kin) != 1:
            continue
        detail = drafts[kin[0]]
        towns = found.municipalities_of(detail)
        if any(not found.municipalities_of(drafts[m]) <= towns for m in placed):
            continue  # violent acts in other towns: a round-up's lead, not one incident's
        if (
            max(lede.sentences) >= detail.first
            or (detail.new_incident and _opened_apart(doc, detail))
            or detail.aggregate
            or not towns_named(lede, found) <= towns
            or not found.states_of(lede) <= found.states_of(detail)
            or (lede.aggregate and not found.states_of(lede))
            or not compatible(lede, detail, found, loose=True)
            or not within(lede, detail)
        ):
            continue
        _join_summary(detail, lede)
        joined.add(k)
    return [d for k, d in enumerate(drafts) if k not in joined]


# What ends a sentence's first clause.
_CLAUSE_END = re.compile(r"[,;:()\u2014\u2013]|\s-\s")


def _opened_apart(doc: Doc, draft: Draft) -> bool:
    """Whether `draft`'s sentence opens, in its first clause, another happening than the
    one told before ("In another attack, …", "Horas después, …", "otros diez cuerpos…",
    "Mientras tanto, en la colonia X, …"), or is set apart by no cue at all (a round-up's
    later clause, a pluperfect): a cue further on ("…, died in the neighbouring town",
    "…, la quinta balacera del día") tells of a part of the sentence, not of its act."""
    i = draft.first
    cues = doc.status[i]
    if cues.another_victim or draft.listed or not cues.new_incident_at:
        return True  # another victim, the next item of a list, a later clause of a round-up
    start = doc.sentences[i].start
    return any(_CLAUSE_END.search(doc.text, start, a) is None for a, _ in cues.new_incident_at)


def towns_named(draft: Draft, found: Found) -> set[str]:
    """The municipalities of every town or place in one that `draft`'s words name, in
    whatever role ("Apatzingán, Uruapan y Zamora fueron los municipios…")."""
    return {
        p.location.admin2_code
        for p in found.places_of(draft)
        if p.location.precision in ("municipality", "locality") and p.location.admin2_code
    }


def _summary(draft: Draft, found: Found) -> bool:
    """Whether `draft` may be a lede's summary: one incident's, opening no other happening,
    and placed in no town of its own."""
    return (
        not draft.new_incident
        and not draft.listed
        and not draft.rest
        and not found.municipalities_of(draft)
    )


def within(summary: Draft, account: Draft) -> bool:
    """Whether each figure of people hit `summary` gives is no larger than `account`'s."""
    for what in _HIT:
        told = max((c.value for _, c in summary.counts if c.what == what), default=0)
        if told > max((c.value for _, c in account.counts if c.what == what), default=0):
            return False
    return True


def _join_summary(detail: Draft, lede: Draft) -> None:
    """The summary `lede` joined to the account `detail` of its incident, its sentences first."""
    join_into(detail, lede)
    detail.sentences.sort()
    if detail.category != lede.category and lede.category not in detail.kinds:
        detail.kinds.append(lede.category)
    detail.kinds.extend(k for k in lede.kinds if k not in detail.kinds)
