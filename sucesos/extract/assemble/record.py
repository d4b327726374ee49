"""One event record from an assembled draft: places, date, figures with their sources,
fatalities, actors, sub-event type, kinds, evidence and confidence."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from sucesos.extract.assemble.aggregates import national_scope
from sucesos.extract.assemble.bases import off_bases
from sucesos.extract.assemble.confidence import confidence_of
from sucesos.extract.assemble.draft import Draft, Found
from sucesos.extract.assemble.figures import acled_fatalities, record_counts, sources_disagree
from sucesos.extract.assemble.floating import FloatingDays
from sucesos.extract.assemble.loose_towns import account_town, lead_town, with_loose_town
from sucesos.extract.assemble.parties import actors_of, named_victims, recalled
from sucesos.extract.assemble.roles import victim_roles
from sucesos.extract.assemble.when import event_date
from sucesos.extract.assemble.where import (
    aggregate_locations,
    dateline_town,
    outside_examples,
    pick_places,
)
from sucesos.extract.dates import DateMatch
from sucesos.extract.kinds import refine_sub_event, taxonomy
from sucesos.extract.lexicon import PhraseMatcher, load_data
from sucesos.extract.numbers import number_words
from sucesos.extract.places import PlaceMatch, state_by_code
from sucesos.extract.places_address import with_slug_town
from sucesos.models import Actor, Count, EventRecord, Evidence, Location, SourceRef, stable_id

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc

IMPLIED_FIGURE = {"arrest": "arrested", "abduction": "kidnapped"}


def _locations(
    doc: Doc,
    draft: Draft,
    found: Found,
    focus: list[PlaceMatch],
    loose: dict[str, Location],
) -> list[Location]:
    own = found.places_of(draft)
    if draft.aggregate:
        # the town of one victim the sum names as an example places no sum ("among them a
        # driver shot in X")
        own = outside_examples(doc, own)
        # nor does the place a group it counts is based in ("una célula que opera en X")
        own = off_bases(doc, own)
        # figures over several states ("bloqueos en ocho estados") fit in no one town
        states = any(c.what == "states_affected" and c.value >= 2 for _, c in draft.counts)
        summed = aggregate_locations(own, towns=not states)
        if (
            not states
            and draft.status == "reported"
            and all(loc.precision == "country" for loc in summed)
            and not national_scope(doc, [draft.span(doc, i) for i in set(draft.sentences)])
        ):
            # figures over several sites or towns that name no place ("detienen a cinco en
            # distintas colonias"): the place of the address, else the outlet's own state;
            # a sum over the country ("en buena parte del país") stays in the country
            if doc.address:
                return [doc.address.location]
            home = state_by_code(doc.home_state) if doc.home_state else None
            if home is not None:
                return [home]
        return summed
    chosen = pick_places(doc, own) if own else []
    if (
        draft.status == "reported"
        and all(p.location.precision in ("state", "country") for p in chosen)
        and not _elsewhere(doc, draft)  # "in another part of the state": not that town
    ):
        # no town of its own: the town of the account it goes on telling, if in its state
        # (or, for a lead that names only its state, the town the sentences after it name)
        town = account_town(doc, draft, found) or lead_town(doc, draft, found)
        if town is not None and all(
            p.location.precision == "country" or p.location.admin1_code == town.admin1_code
            for p in chosen
        ):
            return [town]
    vague = all(p.location.precision == "country" for p in chosen)
    if vague and draft.status == "reported" and focus:
        # One incident happens in one place: words that name only the country ("la región
        # central de México") say less than where the article happens.
        chosen = focus
        state = state_by_code(focus[0].location.admin1_code or "")
        if state is not None and _elsewhere(doc, draft):
            # "…were killed in another part of the state": not the focus's town
            return [state]
    locations = [p.location for p in chosen][:32]
    if (
        draft.status == "reported"
        and doc.address
        and all(loc.precision == "country" for loc in locations)
    ):
        # The section of the address ("/seguridad/culiacan/") or a place in the outlet's
        # name, when the text names no place in Mexico.
        locations = [doc.address.location]
    if not locations and draft.status == "reported" and doc.home_state:
        # A local outlet that names no place writes about its own state.
        home = state_by_code(doc.home_state)
        if home is not None:
            locations = [home]
    if draft.status == "reported":
        # A report placed in a whole state, whose headline in the address names its town.
        locations = with_slug_town(locations, doc.article.url)
        locations = _with_dateline_town(doc, locations)
        # the town the article's sentences that tell no event of their own set it in
        locations = with_loose_town(locations, loose)
    return locations


def _with_dateline_town(doc: Doc, locations: list[Location]) -> list[Location]:
    """A report placed only in its state, filed from a town of that state that is not the
    capital (`where.dateline_town`): that town."""
    if len(locations) != 1 or locations[0].precision != "state":
        return locations
    town = dateline_town(doc)
    if town is None or town.admin1_code != locations[0].admin1_code:
        return locations
    return [town]


@cache
def _other_place() -> PhraseMatcher[str]:
    return PhraseMatcher(
        (w, "elsewhere") for w in load_data("lexicon/cues.toml")["incident"]["other_place"]
    )


def _elsewhere(doc: Doc, draft: Draft) -> bool:
    """Whether the draft's words put it in a place other than one told, without naming it
    ("in another part of the state", "elsewhere in the state"; `cues.toml` [incident]
    other_place)."""
    return any(_other_place().find(doc.folded, *draft.span(doc, i)) for i in set(draft.sentences))


def neighbour_sources(doc: Doc, draft: Draft, found: Found) -> dict[int, str | None]:
    """Who each of the draft's sentences attributes its account to: its own source, else
    the one the nearest of the two sentences before or after names ("Así lo informó la
    Fiscalía." after the figures; "La Fiscalía informó lo siguiente:" before them). A tally
    takes none from a sentence that tells a happening of another record ("Ataques dejan
    cinco policías muertos" above "Dos policías fueron asesinados en X, informó la
    Secretaría"), nor from a quotation of a speaker's words: that source speaks of the
    happening, or gives an opinion, not the sum."""
    out: dict[int, str | None] = {}
    members = set(draft.sentences)
    tally = draft.status == "statistic"
    for i in sorted(members):
        own = found.sources[i]
        if own:
            out[i] = own[0].name
            continue
        window = range(max(0, i - 2), min(len(doc.sentences), i + 3))  # not every sentence
        near = [
            found.sources[j][0].name
            for j in sorted(window, key=lambda j: (abs(j - i), -j))
            if j != i
            and found.sources[j]
            and (j in members or not tally or not _speaks_of_another(doc, found, j))
        ]
        out[i] = near[0] if near else None
    return out


# The marks that open a quotation: a speaker's own words, not an attribution of figures.
_QUOTES = re.compile('["“«]')


def _speaks_of_another(doc: Doc, found: Found, j: int) -> bool:
    """Whether the source of sentence `j` speaks of something other than a tally near it:
    the sentence tells a happening or figures of its own, or quotes its speaker's words
    ("'La estrategia está dando resultados', dijo el alcalde"), which give no figure."""
    sentence = doc.sentences[j]
    return bool(found.triggers[j] or found.counts[j]) or bool(
        _QUOTES.search(doc.text, sentence.start, sentence.end)
    )


def _victims(doc: Doc, draft: Draft, found: Found, sentence_ids: list[int]) -> list[Actor]:
    """The named people the record's sentences tell its acts were done to: for news, not
    the victim of an earlier happening its sentence recalls ("…following the murder of the
    secretary, who was gunned down days earlier"), who is the background record's."""
    earlier = draft.status == "historical"
    names = [
        n
        for i in sentence_ids
        for n in doc.victim_names
        if doc.sentences[i].start <= n.act < doc.sentences[i].end and recalled(doc, i, n) == earlier
    ]
    if not names:
        return []
    taken = [
        (x.start, x.end)
        for i in sentence_ids
        for x in [*found.places[i], *found.actors[i], *found.sources[i]]
    ]
    # A whole name the gazetteer knows, which the places stage did not take ("Santa Cruz",
    # "San Diego"), is a place more often than a person (a surname alone often is one too).
    drops = [(d.start, d.end) for d in doc.place_drops]
    names = [n for n in names if not any(a <= n.start and n.end <= b for a, b in drops)]
    return named_victims(doc, names, taken)


def build_record(
    doc: Doc,
    draft: Draft,
    found: Found,
    focus: list[PlaceMatch],
    lead_date: DateMatch | None,
    loose: dict[str, Location],
) -> EventRecord:
    category = taxonomy()[draft.category]
    sentence_ids = sorted(set(draft.sentences))
    locations = _locations(doc, draft, found, focus, loose)

    date_value, precision, date_explicit = event_date(doc, draft, found, lead_date)
    if draft.status == "reported" and precision == "year" and not _dated_lead(doc, draft, found):
        # "Raids have increased this year": a trend over a year, not an event to map.
        draft.status = "statistic"

    # A figure is attributed only by its own sentence (the toll per source is computed
    # from these); the event names the neighbours' sources too.
    source_names = {
        i: (found.sources[i][0].name if found.sources[i] else None) for i in sentence_ids
    }
    counts = record_counts(draft, source_names)
    implied = IMPLIED_FIGURE.get(draft.category)
    if implied and draft.status == "reported" and not any(c.what == implied for c in counts):
        # "Capturan a un vendedor de droga en Tuxpan": an arrest names at least one person.
        counts.append(Count(implied, 1, None, source_names.get(sentence_ids[0]), True))
    fatalities = acled_fatalities(draft, source_names)
    if fatalities is None and category.event_type is not None:
        fatalities = 0

    refs: dict[str, SourceRef] = {}
    for i in sentence_ids:
        role = "disputes" if doc.status[i].disputed and draft.disputed else "reported"
        for s in found.sources[i]:
            refs.setdefault(s.name, SourceRef(s.name, role))
    for name in neighbour_sources(doc, draft, found).values():
        if name is not None:
            refs.setdefault(name, SourceRef(name, "reported"))
    source_spans = [(s.start, s.end) for i in sentence_ids for s in found.sources[i] if s.speaks]
    event_actors = actors_of(doc, [a for i in sentence_ids for a in found.actors[i]], source_spans)
    event_actors += _victims(doc, draft, found, sentence_ids)
    event_actors += victim_roles(doc, draft)

    sub_event = category.sub_event_type
    if category.sub_event_type:
        for i in sentence_ids:
            s = doc.sentences[i]
            refined = refine_sub_event(draft.category, doc.folded, s.start, s.end)
            if refined != category.sub_event_type:
                sub_event = refined
                break
    status = draft.status
    if status == "reported" and (draft.disputed or sources_disagree(draft, source_names)):
        status = "disputed"
    evidence = [_evidence(doc, draft, i) for i in sentence_ids]
    confidence = confidence_of(doc, draft, locations, date_explicit, counts, refs)
    first = doc.sentences[sentence_ids[0]]
    return EventRecord(
        # an aggregate and an incident of one category may start in the same sentence
        id=stable_id(
            doc.article.id,
            draft.category,
            draft.status,
            str(first.start),
            *(["aggregate"] if draft.aggregate else []),
            # a round-up's incidents share their sentence: each its own part of it
            *([str(draft.spans[sentence_ids[0]][0])] if sentence_ids[0] in draft.spans else []),
        ),
        article_id=doc.article.id,
        category=draft.category,
        event_type=category.event_type,
        sub_event_type=sub_event,
        kinds=list(draft.kinds),
        status=status,  # type: ignore[arg-type]
        date=date_value,
        date_precision=precision,  # type: ignore[arg-type]
        locations=locations,
        site=found.site_of(doc.text, draft),
        actors=event_actors,
        counts=counts,
        fatalities=fatalities,
        sources=list(refs.values()),
        evidence=evidence,
        confidence=confidence,
    )


def _evidence(doc: Doc, draft: Draft, i: int) -> Evidence:
    """The words of sentence `i` that state the draft's event: its own part of a sentence
    it shares (a round-up's clause, less the joint after it), after the act words a clause
    with no verb of its own borrows ("asesinadas … cuatro en Guadalupe")."""
    start, end = draft.span(doc, i)
    text = doc.text[start:end].strip()
    if i in draft.spans:
        text = text.rstrip(",;: ")
    head = draft.heads.get(i)
    if head is not None and head[1] <= start:
        text = f"{doc.text[head[0] : head[1]].strip()} … {text}"
        start = head[0]
    return Evidence(text, start, end)


_TOLL = ("killed", "injured")


def _dated_lead(doc: Doc, draft: Draft, found: Found) -> bool:
    """Whether `draft` is the news of an undated report whose lead a near day dates ("El
    martes, tres albañiles fueron baleados…", "On Sunday, gunmen shot two brothers…"), told
    from that lead or the first act after it, and whose first sentence names no year: the
    year it carries is borrowed from a later sentence it took in (a tally, "…ya son nueve en
    lo que va de 2022"; a recollection, "…cuyo padre fue asesinado en 2019"; a trend, "los
    robos crecieron durante 2021"), no trend of its own. In a report no near day dates, the
    first act is news only when it counts its own dead or wounded (below)."""
    if doc.published is not None or any(
        d.precision == "year" and not d.future and d.start not in draft.skip
        for d in found.dates[draft.first]
    ):
        return False
    floating = FloatingDays.of(doc, found)
    if floating is None:
        return False
    if floating.news_from is not None:
        return draft.first in (floating.news_from, floating.first_act)
    # no near day: the first act tells news when the first of the draft's opening sentence
    # and that act's sentence to count dead or wounded counts them as one act does, a number
    # or a single victim ("Two mayoral hopefuls killed in…", "un regidor fue asesinado a
    # balazos…"); a vague plural ("Estos son algunos de los alcaldes que han perdido la
    # vida:", "several mayors have been killed") opens a list, which stays one
    first, act = draft.first, floating.first_act
    if not (first == act or (doc.sentences[first].is_headline and act in draft.sentences)):
        return False
    tolls = [(i, c) for i, c in draft.counts if c.what in _TOLL and not c.total]
    told = next((k for k in (first, act) if any(i == k for i, _ in tolls)), None)
    vague = number_words().vague
    return told is not None and all(
        (c.value == 1 or not c.lower_bound) and not vague.find(doc.folded, c.start, c.end)
        for i, c in tolls
        if i == told
    )
