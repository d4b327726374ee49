"""The article's tallies among its incidents, once they are assembled: a summary told
before the incidents it sums (`summaries_as_tallies`) and a running total told only in a
perfect tense (`perfect_totals_as_tallies`) become `statistic`. Split from `incidents.py`,
which groups the drafts into incidents."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from sucesos.extract.assemble.bodies import victims_of
from sucesos.extract.assemble.draft import Draft, Found
from sucesos.extract.assemble.incidents import FOUND, dead_of, tolls_agree
from sucesos.extract.lexicon import alternation, load_data
from sucesos.extract.lexicon_search import PhraseSearch

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc


def summaries_as_tallies(drafts: list[Draft]) -> None:
    """A reported aggregate told before the incidents it sums ("En dos hechos distintos
    fueron asesinadas cuatro personas." then each killing in its colonia) is the article's
    tally of them, not a happening of its own: its status becomes `statistic`. It sums them
    when at least two incidents with dead are told after it, which account for its dead or
    none of which has more: violent ones with their dead, and bodies found ("siete muertos
    en la jornada": three shot in a bar, four bodies left on a road)."""
    violent = victims_of()
    for summary in drafts:
        if not summary.aggregate or summary.status != "reported" or summary.rest:
            continue
        toll = dead_of(summary)
        later = [
            d
            for d in drafts
            if not d.aggregate
            and d.status == "reported"
            and (d.category in violent or d.category in FOUND)
            and d is not summary
            and d.first >= summary.first
            and max(d.sentences) > summary.first
            and dead_of(d)
        ]
        # an aggregate sums several happenings already: two or more told after it are
        # those it sums when they account for its dead, or some of them when none has
        # more dead than it
        dead = [dead_of(d) for d in later]
        summed = bool(toll) and (toll <= sum(dead) or max(dead, default=0) <= toll)
        # a summary with no figure at all ("Se registraron asesinatos y quemas en varios
        # municipios", "La jornada de violencia arrojó un saldo trágico") sums whatever the
        # incidents told after it count
        # a summary that gives victims but no dead ("en A y B resultaron heridas nueve
        # personas") sums the incidents told after it as well
        hurt = not toll and all(c.what == "injured" for _, c in summary.counts)
        if len(dead) >= 2 and (summed or hurt):
            summary.status = "statistic"
            _sum_along(summary, drafts)


@cache
def _counted_happenings() -> PhraseSearch:
    """`cues.toml` [aggregate] counted_happenings: "dos balaceras", "two separate shootings"."""
    return PhraseSearch(load_data("lexicon/cues.toml")["aggregate"]["counted_happenings"])


def counted_sums_as_tallies(doc: Doc, drafts: list[Draft]) -> None:
    """A toll told over happenings its sentence counts ("En menos de una hora hubo dos
    balaceras, que dejaron un muerto y un herido", "Se trata de dos hechos relacionados,
    que dejaron siete muertos", "three dead across two separate shootings") is the article's
    sum of them when the article tells at least two violent happenings of its own besides
    it, before or after, none with more dead than the sum: `statistic`, not a further
    attack next to them."""
    violent = victims_of() | FOUND
    for summary in drafts:
        if summary.status != "reported" or summary.rest:
            continue
        toll = dead_of(summary) or summary.told_figure(("injured",))
        # its own clause of a round-up sentence: "seis cuerpos en X, mientras que en Y, en
        # dos hechos distintos, …" counts no happenings of X's find
        start, end = summary.span(doc, summary.first)
        if not toll or not _counted_happenings().occurs(doc.folded, start, end):
            continue
        others = [
            d
            for d in drafts
            if d is not summary
            and d.status == "reported"
            and d.category in violent
            and summary.first not in d.sentences
        ]
        if len(others) >= 2 and all(dead_of(d) <= toll for d in others):
            summary.status = "statistic"
            _sum_along(summary, drafts)


@cache
def _perfect_before() -> re.Pattern[str]:
    """A perfect auxiliary right before an event word ("have been killed", "has been
    threatened", "han sido asesinados"), with at most one word between (`cues.toml`
    [statistic] perfect_auxiliaries, perfect_passives)."""
    data: dict[str, Any] = load_data("lexicon/cues.toml")["statistic"]
    aux = alternation(data["perfect_auxiliaries"])
    passive = alternation(data["perfect_passives"])
    return re.compile(rf"\b(?:{aux})\s+(?:(?:{passive})\s+)?(?:\w+\s+)?$")


def perfect_totals_as_tallies(doc: Doc, drafts: list[Draft], found: Found) -> None:
    """A toll told only in a perfect tense, with no past date, no place below the country
    and every event word in the perfect ("More than 20 candidates have been killed and
    hundreds more have been threatened"), far beyond the toll of the incident the article
    told before it (so it did not join it: `[tolls_apart]`), is a running total of many
    happenings: `statistic`. A toll that joins the incident ("Three soldiers have been
    killed, the army said") is not touched."""
    for k, draft in enumerate(drafts):
        if draft.status != "reported" or draft.aggregate:
            continue
        if not dead_of(draft) or not _bare_perfect(doc, found, draft.first):
            continue
        # the toll is the perfect sentence's own (a later sentence it took in may name
        # one victim again: "X's murder was condemned by…")
        if dead_of(draft) != max(
            (c.value for i, c in draft.counts if i == draft.first and c.what == "killed"),
            default=0,
        ):
            continue
        before = [
            d for d in drafts[:k] if d.status == "reported" and d.first < draft.first and dead_of(d)
        ]
        if before and not any(tolls_agree(d, draft, found) for d in before):
            draft.status = "statistic"


def _bare_perfect(doc: Doc, found: Found, i: int) -> bool:
    """Whether sentence `i` names no past date and no place below the country and tells
    every event word of its own in a perfect tense."""
    # the country a tally is of names no place of one happening ("…in Mexico's history"),
    # nor does a day still to come date it ("…ahead of the July 1 vote")
    places = [p for p in found.places[i] if p.location.precision != "country"]
    if any(not d.future for d in found.dates[i]) or places or not found.triggers[i]:
        return False
    start = doc.sentences[i].start
    return all(
        _perfect_before().search(doc.folded, max(start, t.start - 24), t.start)
        for t in found.triggers[i]
    )


def _sum_along(summary: Draft, drafts: list[Draft]) -> None:
    """The other acts a summary's sentences name with no figure of their own ("El fin de
    semana dejó cuatro asesinatos y varias desapariciones", "…, lo que mantuvo a las
    corporaciones en despliegue permanente") are part of the same tally: `statistic` too.
    Only acts told in the summing sentence alone: a later sentence the summary took in may
    tell a happening of its own."""
    for draft in drafts:
        if (
            draft is not summary
            and draft.status == "reported"
            and not draft.counts
            and set(draft.sentences) == {summary.first}
        ):
            draft.status = "statistic"
