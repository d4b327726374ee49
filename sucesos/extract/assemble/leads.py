"""Round-up leads told in a sentence of their own: a total over a state, a day or a weekend
("Al menos nueve personas fueron asesinadas el fin de semana en Guanajuato.", "Eleven people
were killed across the state on Sunday.") followed by sentences that tell the incidents one
by one, each in its own town ("En Celaya, dos hombres…", "In León, gunmen killed three…").

The lead is the sum of those incidents, not one of them: its drafts are aggregates (placed
at the state or the country, never in the first item's town, never added to an item's
toll), which `article_tallies.summaries_as_tallies` then makes the article's tally of them. The
lead of one sentence with its items in clauses is `roundups`' work."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from sucesos.extract.assemble.aggregates import sums_a_day
from sucesos.extract.assemble.background import title_line
from sucesos.extract.lexicon import PhraseMatcher, load_data

if TYPE_CHECKING:
    from sucesos.extract.assemble.draft import Draft, Found
    from sucesos.extract.pipeline import Doc

_TOWN = ("municipality", "locality")


@cache
def _rules() -> tuple[PhraseMatcher[str], int, frozenset[str]]:
    data: dict[str, Any] = load_data("incidents.toml")["roundup_leads"]
    one_act = PhraseMatcher((w, "one") for w in data["one_act"])
    return one_act, int(data["window"]), frozenset(data["people"])


def paragraph_leads(doc: Doc, found: Found, drafts: list[Draft]) -> None:
    """Mark as aggregates the drafts of a sentence that sums the incidents the sentences
    after it tell (`_sums_items`), and those of a headline that gives the same toll ("Nueve
    asesinatos en Guanajuato" over such a lead)."""
    people = _rules()[2]
    leads: set[int] = set()
    tolls: set[int] = set()
    for lead in drafts:
        if lead.status != "reported" or lead.aggregate or len(set(lead.sentences)) != 1:
            continue
        toll = lead.told_figure(people)
        if toll >= 2 and not title_line(doc, lead) and _sums_items(doc, found, drafts, lead, toll):
            leads.add(lead.first)
            tolls.add(toll)
    if not leads:
        return
    for draft in drafts:
        if draft.status != "reported" or len(set(draft.sentences)) != 1:
            continue
        if draft.first in leads or (title_line(doc, draft) and draft.told_figure(people) in tolls):
            draft.aggregate = True


def _sums_items(doc: Doc, found: Found, drafts: list[Draft], lead: Draft, toll: int) -> bool:
    """Whether `lead`'s sentence sums the incidents the sentences after it tell: it opens its
    paragraph (a sentence inside one goes on telling the account before it), names no
    town nor site, tells no one act ("en un ataque"), and within `window` sentences after
    it at least two incidents with dead, each fewer than its toll, are told in two towns or
    more (of the states it names, if it names any), which add up to its toll or which it
    sums over a day, a weekend or several states."""
    one_act, window, people = _rules()
    i = lead.first
    if i > 0 and doc.sentences[i - 1].paragraph == doc.sentences[i].paragraph:
        return False  # "…en Iguala. Cuando sus familiares llegaron, también fueron…"
    places = found.places[i]
    if found.sites[i] or any(p.location.precision in _TOWN for p in places):
        return False
    sentence = doc.sentences[i]
    if one_act.find(doc.folded, sentence.start, sentence.end):
        return False  # "cinco personas murieron en un ataque a un bar": one incident
    states = {p.location.admin1_code for p in places if p.location.admin1_code}
    towns: list[frozenset[str]] = []
    items: list[tuple[int, frozenset[str]]] = []  # (sentence, towns) of each item
    told = 0
    for item in drafts:
        if item.status != "reported" or item.aggregate or not i < item.first <= i + window:
            continue
        dead = max((c.value for _, c in item.counts if c.what in people), default=0)
        if not 0 < dead < toll:
            continue
        where = frozenset(
            p.location.admin2_code
            for p in found.places[item.first]
            if p.location.precision in _TOWN
            and p.location.admin2_code
            and (not states or p.location.admin1_code in states)
        )
        if where:
            towns.append(where)
            items.append((item.first, where))
            told += dead
    # two incidents or more, in two towns or more, that add up to it, or that it sums over
    # a day or a weekend or over several states ("En Zacatecas se hallaron cuatro cuerpos
    # en un auto" is one incident of the state, whatever the towns told after it)
    several = _apart(items) and len(frozenset().union(*towns)) >= 2
    return several and (told == toll or len(states) >= 2 or sums_a_day(doc, i))


def _apart(items: list[tuple[int, frozenset[str]]]) -> bool:
    """Whether two of the items (each its sentence and towns) are separate incidents: told in
    one sentence (a round-up's clauses) or in other towns. Sentences told in the same towns
    tell one incident again ("…en la carretera Chilapa-Tlapa. Los cuerpos… fueron
    localizados en la carretera Chilapa-Tlapa"), whose figures may add up to a lead's by
    chance."""
    return any(a[0] == b[0] or a[1] != b[1] for k, a in enumerate(items) for b in items[k + 1 :])
