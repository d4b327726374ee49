"""The drafts one sentence (or one clause or part of it) makes: an event per category its
triggers and figures tell, with the places, dates and figures that belong to it, its status
and what marks it an aggregate, a new incident or an act told again.
"""

from __future__ import annotations

import re
from functools import cache, partial
from typing import TYPE_CHECKING

from sucesos.extract.assemble.aggregates import aggregate_categories
from sucesos.extract.assemble.background import PEOPLE_FIGURES as _PEOPLE_FIGURES
from sucesos.extract.assemble.background import background_clause
from sucesos.extract.assemble.blasts import blast_of_other_act
from sucesos.extract.assemble.bodies import DISCOVERY, bodies_found, victims_of
from sucesos.extract.assemble.categories import (
    battle_or_attack,
    responders,
    route_figures,
    sentence_categories,
)
from sucesos.extract.assemble.clauses import (
    aside,
    background_ends,
    before_earlier,
    clause_end,
    clause_start,
)
from sucesos.extract.assemble.disorders import RIOT, disorder_without_crowd
from sucesos.extract.assemble.draft import Draft, Found
from sucesos.extract.assemble.earlier import owning_trigger, pluperfect_act
from sucesos.extract.assemble.elaboration import named_again, told_before
from sucesos.extract.assemble.rescues import ABDUCTION, as_named, captives_named
from sucesos.extract.assemble.roundups import Piece, tells_the_rest
from sucesos.extract.assemble.seized_objects import EXPLOSION, objects_only
from sucesos.extract.assemble.when import opening_dates
from sucesos.extract.count_ranks import for_status
from sucesos.extract.count_words import CountMention
from sucesos.extract.kinds import Trigger, is_violent, taxonomy
from sucesos.extract.lexicon import PhraseMatcher, alternation, expand, load_data
from sucesos.extract.lexicon_scan import share_scan

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc

ARREST = "arrest"
ATTACK = "attack"


@cache
def _sentencing() -> re.Pattern[str]:
    """The arrest words that only tell a court's sentence (`cues.toml` [background]
    sentencing)."""
    words: list[str] = load_data("lexicon/cues.toml")["background"]["sentencing"]
    phrases = [phrase for word in words for phrase in expand(word)]
    return re.compile(rf"(?:{alternation(phrases, stars=True)})\b")


@share_scan
@cache
def told_people() -> PhraseMatcher[str]:
    """Words that name people the account told before ("las víctimas", "los agresores",
    "the gunmen") (`cues.toml` [incident] told_people)."""
    words: list[str] = load_data("lexicon/cues.toml")["incident"]["told_people"]
    return PhraseMatcher((w, "told") for w in words)


def _sentenced_only(doc: Doc, triggers: list[Trigger]) -> bool:
    """Whether the sentence tells an arrest only by a court's sentence ("fueron sentenciados
    a 30 años de prisión", "were sentenced to life"): no one taken into custody that day."""
    arrests = [t for t in triggers if t.category == ARREST]
    return bool(arrests) and all(_sentencing().match(doc.folded, t.start) for t in arrests)


def _one_named_victim(counts: list[CountMention]) -> bool:
    """Whether the only people an act counts are one dead no number gives ("after cartel
    boss is killed", "matan al alcalde"): one person's killing sums no places or incidents,
    whatever count of states its clause also gives ("warns Americans in five states after
    the cartel's leader is killed"); it stays an incident, the one the article tells."""
    people = [c for c in counts if c.what in _PEOPLE_FIGURES]
    return bool(people) and all(
        c.what == "killed" and c.lower_bound and c.value == 1 for c in people
    )


def sentence_drafts(
    doc: Doc,
    found: Found,
    i: int,
    triggers: list[Trigger],
    status: str,
    exclude: list[int] | None = None,
    clause: Piece | None = None,
) -> list[Draft]:
    """The drafts of sentence `i` from its triggers (less those in `exclude`, which belong to
    another event of the sentence, as do the places, dates and figures nearest to them), or
    those of one `clause` of it (its own places, dates and figures: a round-up's incident)."""
    cues = doc.status[i]
    sentence = doc.sentences[i]
    now_part = bool(exclude or clause) and status != "historical"
    skip: set[int] = set()
    counts = for_status(found.counts[i], status)
    span = (sentence.start, sentence.end)
    if exclude:
        own = {k for k in range(len(triggers)) if k not in exclude}

        starts = [triggers[k].start for k in own]
        others = [triggers[k] for k in exclude]
        limit = (sentence.start, sentence.end)
        # An aside ("–quien había sido asesinado–") holds its own items; around it, the
        # sentence's other event has the rest ("…en Salamanca, Guanajuato").
        own_aside = aside(doc, limit, min(starts), max(triggers[k].end for k in own))
        other_aside = aside(doc, limit, min(t.start for t in others), max(t.end for t in others))

        def foreign(position: int) -> bool:
            if clause is not None:  # the part of the sentence before or after a cut
                return not clause.start <= position < clause.end
            if own_aside is not None:
                return not own_aside[0] <= position < own_aside[1]
            if other_aside is not None:
                return other_aside[0] <= position < other_aside[1]
            return owning_trigger(position, triggers, cues.ahead_at, doc) not in own

        skip = {p.start for p in found.places[i] if foreign(p.start)}
        skip |= {d.start for d in found.days_told(i) if foreign(d.start)}
        if status == "reported" and own_aside is None:
            skip -= opening_dates(found, i, triggers, skip, other_aside)
        counts = [c for c in counts if not foreign(c.start)]
        if own_aside is not None:
            span = own_aside
        elif all(t.start > max(starts) for t in others):
            own_end = max(triggers[k].end for k in own)
            end = clause_end(doc, max(starts), min(t.start for t in others))
            span = (sentence.start, before_earlier(doc, own_end, end, cues.ahead_at))
        elif all(t.start < min(starts) for t in others):
            span = (clause_start(doc, max(t.end for t in others), min(starts)), sentence.end)
        triggers = [t for k, t in enumerate(triggers) if k in own]
    elif clause is not None:  # one incident of a round-up (`roundups`)
        span = (clause.start, clause.stop or clause.end)
        skip = {p.start for p in found.places[i] if not clause.start <= p.start < clause.end}
        if clause.total and not clause.named_states:
            # "…were killed across the state, four in X, three in Y": its clauses' state
            skip = set()
        dates = [d for d in found.dates[i] if not clause.start <= d.start < clause.end]
        skip |= {d.start for d in dates}
        skip |= {d.start for d in found.loose_at(i) if not clause.start <= d.start < clause.end}
        skip = (skip | clause.strays) - clause.shared
        if status == "reported":  # "El sábado, tres murieron en X y dos en Y": both that day
            skip -= opening_dates(found, i, found.triggers[i], skip)
        if clause.lead is not None and len(dates) == len(found.dates[i]):
            # a clause with no day of its own happened in the period its lead sums
            skip -= {d.start for d in dates if clause.lead[0] <= d.start < clause.lead[1]}
        counts = [c for c in counts if clause.start <= c.start < clause.end]
        counts += for_status(clause.counts, status)
    if status == "reported":
        # clause by clause: a background clause at either end of the event's part of the
        # sentence is neither its evidence nor the source of its date, places or figures
        trimmed = background_ends(
            doc, span, [t.start for t in triggers], partial(background_clause, doc, found, i)
        )
        if trimmed != span:
            outside = lambda x: not trimmed[0] <= x < trimmed[1]  # noqa: E731
            skip |= {p.start for p in found.places[i] if outside(p.start)}
            skip |= {d.start for d in found.days_told(i) if outside(d.start)}
            counts = [c for c in counts if not outside(c.start)]
            span = trimmed
    said = {t.category for t in triggers}
    # captives named change only a kidnapping's event and its figures: not asked without them
    kidnapping = ABDUCTION in said or any(c.what == "kidnapped" for c in counts)
    named = captives_named(doc, triggers, *span) if kidnapping else None
    if named is not None:
        # "rescued 73 kidnap victims", "found two hostages": the captives' state, no
        # kidnapping told
        said.discard(ABDUCTION)
        counts = as_named(counts, named)
    if EXPLOSION in said and objects_only(doc, triggers, *span):
        # "aseguraron armas largas, cargadores y granadas": what was seized, no blast
        said = said - {EXPLOSION}
    if EXPLOSION in said and blast_of_other_act(found):
        # "one of the cars exploded" in an article of gunmen and no explosive: what the
        # shooting did, told as a part of it when the sentence tells nothing else
        said = (said - {EXPLOSION}) or {ATTACK}
    if RIOT in said and disorder_without_crowd(doc, found):
        # "los disturbios continuaron" in an article of gunmen and no crowd: no riot
        said = said - {RIOT}
    # Bodies nobody found are the victims of the sentence's violent act (a part of it), or
    # of the article's, which `absorb_parts` finds; bodies found are a discovery.
    victims = DISCOVERY in said and not bodies_found(doc, *span)
    bodies: list[CountMention] = []
    if victims and said & victims_of():
        said.discard(DISCOVERY)
        bodies = [c for c in counts if c.what == "bodies"]
        counts = [c for c in counts if c.what != "bodies"]
    categories = sentence_categories(said, counts)
    # Who speaks about the event ("police said") is not a side of it.
    spoken = [(s.start, s.end) for s in found.sources[i] if s.speaks]
    sides = [a for a in found.actors[i] if not any(x <= a.start < y for x, y in spoken)]
    # nor are the forces who answered it ("la policía arribó a la escena tras el ataque")
    attacks = [t.start for t in triggers if t.category == "attack"]
    answered = responders(doc.folded, sides, attacks, *span) if attacks else []
    sides = [a for a in sides if a not in answered]
    one_sided = any(t.one_sided for t in triggers if t.category == "attack")
    categories = battle_or_attack(categories, sides, one_sided)
    if not categories:
        # a draft per category: none for a sentence with no event word and no figure (a
        # third of an article's), whose sums, places and cues are not read
        return []
    if clause is not None and not exclude:
        # one incident of a round-up: the places of the others sum nothing of its own
        within = [m for m in doc.status[i].aggregate_at if clause.start <= m < clause.end]
        summed_categories = {"*"} if within else set()
    else:
        summed_categories = aggregate_categories(doc, found, i, triggers, counts)
    if triggers and {t.category for t in triggers} <= summed_categories:
        # every act of the sentence (or of its part) sums several incidents: so do the
        # categories its acts take together ("killed in attacks on patrols": battles)
        summed_categories = {"*"}
    if cues.judicial:
        # Court news is about a crime committed long before: its violence is background, and
        # so is an arrest only the court's sentence tells
        sentenced = _sentenced_only(doc, triggers)
        status_of = {
            c: "historical" if is_violent(c) or (c == ARREST and sentenced) else status
            for c in categories
        }
    else:
        status_of = dict.fromkeys(categories, status)
    routed = route_figures(categories, counts)
    if bodies:
        # the victims' bodies count toward the toll of the act that killed them
        main = max(categories & victims_of(), key=lambda c: taxonomy()[c].priority, default=None)
        if main is not None:
            routed.setdefault(main, []).extend(bodies)
    spans = {i: span} if span != (sentence.start, sentence.end) else {}
    # "otra mujer fue asesinada en la colonia Centro": another victim somewhere of its own
    # ("otro taxista fue asesinado en la avenida X", "another man was shot on the highway")
    placed = bool(found.places[i] or found.sites[i]) or cues.victim_scene or cues.street_scene
    # "otro hombre también fue asesinado junto con él": with the victim told before
    placed = placed and not cues.with_told
    acts = [t for t in triggers if t.act]
    placed_anew = _placed_anew(doc, found, i, triggers, skip, span)
    # each violent category's draft so placed, unless it tells the act told before
    item = {
        c: placed_anew and is_violent(c) and not told_before(doc, cues, triggers, c)
        for c in categories
    }
    told_again = (
        bool(acts)
        and not found.places[i]
        and not found.sites[i]
        and all(named_again(doc.folded, t.start, t.end) for t in acts)
    )
    return [
        Draft(
            category,
            status_of[category],
            [i],
            disputed=cues.disputed,
            counts=[(i, c) for c in routed.get(category, [])],
            aggregate=(category in summed_categories or "*" in summed_categories)
            and not _one_named_victim(routed.get(category, [])),
            # What had happened before the news ("habían sido detenidos") is a happening
            # of its own, not a part of the news (unless split off as background here).
            new_incident=(
                (cues.new_incident or (cues.another_victim and placed))
                and not told_before(doc, cues, triggers, category)
            )
            or (pluperfect_act(doc, i, triggers) and not now_part)
            # a round-up's later clause: an incident of its own ("…, y uno más en Y")
            or (clause is not None and not exclude and clause.later),
            named_again=told_again,
            placed=item[category],
            listed=item[category] and cues.item_opener,
            skip=set(skip),
            spans=dict(spans),
            heads={i: clause.head} if clause is not None and clause.head else {},
            rest=tells_the_rest(doc, i),
            kinds=[DISCOVERY] if victims and category != DISCOVERY else [],
            victims=victims and category == DISCOVERY,
        )
        for category in sorted(categories, key=lambda c: -taxonomy()[c].priority)
    ]


def _placed_anew(
    doc: Doc, found: Found, i: int, triggers: list[Trigger], skip: set[int], span: tuple[int, int]
) -> bool:
    """Whether sentence `i` places its violent acts in a town or site of its own words (or
    where its victim was hit: "frente a su casa") and names neither the act nor the people
    told before ("el ataque", "uno de los heridos", "junto con él", "the victims"): a
    happening of its own after one told with no place, or after a word that adds an item
    ("También en X…", "Meanwhile, in Y…")."""
    cues = doc.status[i]
    if cues.with_told or cues.later_death or i in found.victim_parts:
        return False
    lo, hi = span
    if told_people().find(doc.folded, lo, hi):
        return False
    towns = any(
        p.start not in skip and lo <= p.start < hi and found.places_in_town(p)
        for p in found.places[i]
    )
    sites = i < len(found.sites) and any(lo <= at < hi for at, _ in found.sites[i])
    violent = [t for t in triggers if is_violent(t.category)]
    # "frente a su casa": where an unnamed victim was hit places the act as a name does; a
    # street does after a word that adds an item ("Además, … en la avenida X")
    return (
        (towns or sites or cues.victim_scene or (cues.street_scene and cues.item_opener))
        and bool(violent)
        and not any(named_again(doc.folded, t.start, t.end) for t in violent)
    )
