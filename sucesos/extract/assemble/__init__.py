"""Event assembly: from what the stages found in each sentence to event records.

One module per job:

- `categories`: each sentence reports the categories its triggers signal, less those another
  category of the same sentence subsumes (a body found is not also an attack), plus those
  its figures imply ("tres detenidos" implies an arrest). Rules live in `taxonomy.toml`.
- `news`: a sentence is background (`historical`) when it carries a background cue or a
  past date and no date of the news window; a `statistic` when it gives aggregate figures.
- `incidents`: drafts of the same category, status and compatible place merge across the
  article; a disputed account joins the main event it questions, which becomes `disputed`.
- `accounts`: how far the article goes on telling one incident: a part told a few sentences
  after its main act joins it while nothing in between opens another happening.
- `where`, `when`, `figures`, `parties`, `confidence`: each event's places (else the
  article's lead), date (its sentences', else the lead's, else publication day), ACLED
  fatalities (per source the largest total, across sources the lowest), actors and
  confidence; `record` puts them together with the sentences as evidence.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from sucesos.extract.assemble.aggregates import aggregate_categories, aggregate_clause_triggers
from sucesos.extract.assemble.background import (
    PEOPLE_FIGURES as _PEOPLE_FIGURES,
)
from sucesos.extract.assemble.background import (
    background_clause,
    event_named_again,
    headline_sums,
    headline_tallies,
    recalled_day,
    repeated_background,
    runs_on,
    sentence_dates,
)
from sucesos.extract.assemble.bodies import DISCOVERY, bodies_found, victims_of
from sucesos.extract.assemble.categories import battle_or_attack, route_figures, sentence_categories
from sucesos.extract.assemble.chronology import chronology_days, listed_before
from sucesos.extract.assemble.clauses import (
    aside,
    background_ends,
    before_earlier,
    clause_end,
    clause_start,
)
from sucesos.extract.assemble.draft import Draft, Found
from sucesos.extract.assemble.earlier import (
    accused_only,
    earlier_triggers,
    joins_tally,
    names_again,
    owning_trigger,
    pluperfect_act,
    relative_earlier,
    told_earlier,
)
from sucesos.extract.assemble.elaboration import (
    elaborates,
    mentions_again,
    named_again,
    told_before,
    told_draft,
)
from sucesos.extract.assemble.followups import FollowUp
from sucesos.extract.assemble.incidents import (
    absorb_parts,
    attach_disputes,
    merge_drafts,
    perfect_totals_as_tallies,
    summaries_as_tallies,
)
from sucesos.extract.assemble.loose_towns import loose_towns
from sucesos.extract.assemble.news import news_day, ordinal_tally, sentence_news_status
from sucesos.extract.assemble.reactions import attach_reactions, mark_responses
from sucesos.extract.assemble.record import build_record
from sucesos.extract.assemble.rescues import ABDUCTION, as_rescued, captives_rescued
from sucesos.extract.assemble.roundups import (
    Piece,
    rest_of_news,
    roundup_clauses,
    tells_the_rest,
)
from sucesos.extract.assemble.scenes import sets_scene, take_scene
from sucesos.extract.assemble.spread import spread_over_places
from sucesos.extract.assemble.tallies import tally_apposition
from sucesos.extract.assemble.when import lead_date_of, opening_dates
from sucesos.extract.assemble.where import focus_places, real_places
from sucesos.extract.count_words import CountMention
from sucesos.extract.kinds import Trigger, taxonomy
from sucesos.models import EventRecord

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc

VIOLENCE_FAMILY = "violence"


def assemble_events(doc: Doc) -> list[EventRecord]:
    """The event records of an analysed document."""
    if not doc.sentences or not (doc.triggers or doc.counts):
        # Every event is drafted from an event word or a figure of its sentence
        # (`_sentence_drafts`, `sentence_categories`): with neither, there is none to
        # assemble (a tenth of headlines, more of some sets), and no need to read the rest
        return []
    found = Found.of(doc, real_places(doc))
    lead = lead_date_of(doc, found)
    day = news_day(doc, lead)
    dated_news = lead is not None and lead.precision == "day"
    # the lead names no day of its own: the news day is the stamp's or the publication's
    stamped = lead is None or lead is doc.stamp
    drafts: list[Draft] = []
    disputed_sentences: list[int] = []
    told = "reported"  # the status of the last sentence that told a happening
    told_at = -1  # and its index
    acts: dict[int, str] = {}  # the status of each event word so far, by its start
    follow = FollowUp()
    listed = chronology_days(doc)
    scene: tuple[int, int] | None = None  # a scene sentence, and the drafts made before it
    for sentence in doc.sentences:
        i = sentence.index
        if scene is not None and scene[0] < i - 1:
            take_scene(doc, scene[0], drafts[scene[1] :])
            scene = None
        in_town = any(p.location.precision in ("municipality", "locality") for p in found.places[i])
        dates = sentence_dates(doc, i, found.dates[i], found.triggers[i])
        status = sentence_news_status(
            doc, i, dates, found.counts[i], day, in_town, dated_news, undated=lead is None
        )
        if status == "reported" and recalled_day(doc, found, i, dates, lead):
            status = "historical"  # "…asesinado hoy. […] El pasado lunes fue asesinado otro"
        undated = not any(not d.future for d in found.dates[i])
        if (
            status == "reported"
            and told != "reported"
            and (names_again(doc, i) or (told_at == i - 1 and runs_on(doc, i)))
            and undated
        ):
            # "…en 2019 emboscaron a 14 policías. Por ese crimen detuvieron a dos", "…In
            # March gunmen torched a bar. Then they had…": the same background goes on,
            # unless a date of its own says otherwise
            status = told
        named = event_named_again(doc, found, i, acts) if status == "reported" else None
        if named is not None and named != "reported" and undated:
            status = named  # "…la masacre de 16 personas en 2010. […] La masacre fue…"
        follow.note(doc, found, i, acts)
        if status == "reported" and follow.retells(doc, found, i):
            status = "historical"  # "…for the 2019 killing of a reporter. He was shot…"
        if status == "reported" and listed_before(listed.get(i), day):
            # "05 de marzo. Pistoleros irrumpen en una vivienda…": a chronology's line
            status = "historical"
        acts.update((t.start, status) for t in found.triggers[i])
        if found.triggers[i] or (status != "reported" and found.dates[i]):
            # a dated sentence with no event word sets a time the next may go on telling
            told, told_at = status, i
        if doc.status[i].disputed and status == "reported":
            disputed_sentences.append(i)
        triggers = found.triggers[i]
        if sets_scene(doc, found, i, status, drafts):
            # "Horas más tarde, en el municipio de Jalapa, …": the next sentence's act is there
            scene = (i, len(drafts))
            continue
        if _goes_on(doc, found, i, triggers, status, drafts):
            continue
        tally = tally_apposition(doc, i, triggers) if status != "historical" else None
        if tally is not None and _head_status(doc, found, i, tally, day, in_town, dated_news):
            # "…was killed on Tuesday, one of at least six politicians murdered this year":
            # the news before the comma, and a tally of its own after it
            tail = [k for k, t in enumerate(triggers) if t.start > tally]
            head = [k for k in range(len(triggers)) if k not in tail]
            sentence = doc.sentences[i]
            before, after = Piece(sentence.start, tally), Piece(tally, sentence.end)
            drafts.extend(_sentence_drafts(doc, found, i, triggers, "reported", tail, before))
            drafts.extend(_sentence_drafts(doc, found, i, triggers, "statistic", head, after))
            continue
        if status == "reported" and (
            ordinal_tally(doc, i, triggers) or joins_tally(doc, i, triggers)
        ):
            status = "statistic"
        if status == "statistic" and rest_of_news(doc, i):
            status = "reported"  # "los otros siete homicidios ocurrieron en…": news left
        # a day a source spoke ("…, the government said Thursday") dates no event word
        acts_dates = [d for d in found.dates[i] if d.start not in found.reporting]
        if status == "reported" and (
            accused_only(doc, i, triggers)
            or told_earlier(doc, i, triggers, found.dates[i], day)
            or relative_earlier(doc, i, triggers, acts_dates, day, stamped)
        ):
            status = "historical"
        earlier = (
            earlier_triggers(doc, i, triggers, acts_dates, day, stamped)
            if status == "reported"
            else set()
        )
        summed = aggregate_clause_triggers(doc, i, triggers) if status == "reported" else []
        if not earlier and summed:
            # One sentence, an incident and figures summed over several places it set off.
            local = [k for k in range(len(triggers)) if k not in summed]
            drafts.extend(_sentence_drafts(doc, found, i, triggers, status, exclude=summed))
            drafts.extend(_sentence_drafts(doc, found, i, triggers, status, exclude=local))
            continue
        pieces = roundup_clauses(doc, found, i, triggers, status)
        if not earlier and pieces is not None:
            # "tres murieron en Celaya, y otros dos en Salamanca; en León, uno": an incident
            # in each clause, with its own place, day and figures
            for piece in pieces:
                made = _sentence_drafts(doc, found, i, piece.triggers, "reported", [], piece)
                if piece.total:
                    # the lead's sum of them: figures over the state, never one town's
                    # toll; a tally when the clauses after it tell all it sums, or when
                    # the sentence sums a day or a weekend
                    for draft in made:
                        draft.aggregate = True
                        draft.status = "statistic" if piece.sums else status
                drafts.extend(made)
            continue
        if not earlier:
            made = _sentence_drafts(doc, found, i, triggers, status)
            drafts.extend(spread_over_places(doc, found, i, made))
            continue
        # One sentence, two times: today's event and an earlier one it mentions.
        past = sorted(earlier)
        acts.update((triggers[k].start, "historical") for k in past)
        drafts.extend(_sentence_drafts(doc, found, i, triggers, status, exclude=past))
        now = [k for k in range(len(triggers)) if k not in past]
        drafts.extend(_sentence_drafts(doc, found, i, triggers, "historical", exclude=now))

    if scene is not None:
        take_scene(doc, scene[0], drafts[scene[1] :])
    continue_sums(doc, found, drafts)
    repeated_sums(drafts, found)
    repeated_background(drafts, found)
    headline_tallies(doc, drafts)
    headline_sums(doc, drafts)
    merged = merge_drafts(drafts, found)
    mark_responses(doc, merged)
    merged = absorb_parts(merged, found)
    merged = attach_disputes(merged, disputed_sentences)
    merged = attach_reactions(doc, merged, found)
    summaries_as_tallies(merged)
    perfect_totals_as_tallies(doc, merged, found)
    focus = focus_places(doc, found.places)
    loose = loose_towns(doc, found, merged)
    return [build_record(doc, draft, found, focus, lead, loose) for draft in merged]


def _goes_on(
    doc: Doc, found: Found, i: int, triggers: list[Trigger], status: str, drafts: list[Draft]
) -> bool:
    """Whether sentence `i`, with no figure and no event word of its own but what someone is
    accused of, goes on telling the news before it ("Los hechos ocurrieron en la colonia
    Centro de Celaya"), or whose only event words name the acts told again ("Los ataques se
    centraron en la salida norte"): then it joins that news's draft and makes none."""
    if status != "reported" or found.counts[i]:
        return False
    again = bool(triggers) and mentions_again(doc, triggers)
    if not again and (not elaborates(doc, i) or (triggers and not accused_only(doc, i, triggers))):
        return False
    draft = told_draft(drafts, found, i)
    if draft is None:
        return False
    draft.sentences.append(i)
    return True


def _head_status(
    doc: Doc, found: Found, i: int, cut: int, day: date | None, local: bool, dated_news: bool
) -> bool:
    """Whether the part of sentence `i` before `cut` reports news on its own."""
    dates = [d for d in found.dates[i] if d.start < cut]
    counts = [c for c in found.counts[i] if c.start < cut]
    status = sentence_news_status(doc, i, dates, counts, day, local, dated_news, end=cut)
    return status == "reported"


def continue_sums(doc: Doc, found: Found, drafts: list[Draft]) -> None:
    """A sentence that names no place and gives figures right after a summed sentence (one
    whose only acts are aggregates) ("25 agents were killed in ambushes across the state. The
    ministry said 21 had died.") sums the same happenings: its drafts are aggregates too,
    never figures of the article's incident."""
    by_sentence: dict[int, list[Draft]] = {}
    for draft in drafts:
        if len(draft.sentences) == 1:
            by_sentence.setdefault(draft.first, []).append(draft)
    for i in sorted(by_sentence):
        before = [d for d in by_sentence.get(i - 1, []) if d.status == "reported"]
        if not any(d.aggregate for d in before) or any(not d.aggregate for d in before if d.counts):
            continue
        here = [d for d in by_sentence[i] if d.status == "reported" and not d.aggregate]
        if not here or found.places[i] or found.sites[i] or doc.status[i].new_incident:
            continue
        if all(d.counts for d in here):
            for d in here:
                d.aggregate = True


def _one_named_victim(counts: list[CountMention]) -> bool:
    """Whether the only people an act counts are one dead no number gives ("after cartel
    boss is killed", "matan al alcalde"): one person's killing sums no places or incidents,
    whatever count of states its clause also gives ("warns Americans in five states after
    the cartel's leader is killed"); it stays an incident, the one the article tells."""
    people = [c for c in counts if c.what in _PEOPLE_FIGURES]
    return bool(people) and all(
        c.what == "killed" and c.lower_bound and c.value == 1 for c in people
    )


def repeated_sums(drafts: list[Draft], found: Found) -> None:
    """A sentence whose figures of people are all figures of the article's aggregates (the
    headline "21 soldiers killed, schools shut" over the body's "21 soldiers were killed in
    attacks across three states") tells the same sum again: its drafts are aggregates too,
    never the toll of the article's incident. A sentence set in a town of its own that gives
    only some of a sum's figures is one of the incidents summed ("three soldiers and two
    police were killed in separate attacks… In Uruapan, gunmen killed three soldiers"): it
    stays an incident."""
    sums = [
        {(c.what, c.value, c.group) for _, c in d.counts if not c.lower_bound}
        for d in drafts
        if d.aggregate
    ]
    summed = set().union(*sums) if sums else set()
    if not summed:
        return
    for draft in drafts:
        if draft.aggregate or draft.status != "reported" or len(draft.sentences) != 1:
            continue
        people = [c for _, c in draft.counts if c.what in _PEOPLE_FIGURES and not c.lower_bound]
        told = {(c.what, c.value, c.group) for c in people}
        if not people or not told <= summed:
            continue
        if found.municipalities_of(draft) and not any(
            {f for f in whole if f[0] in _PEOPLE_FIGURES} <= told for whole in sums
        ):
            continue  # in a town of its own, a part of each sum: one of the incidents summed
        draft.aggregate = True


def _sentence_drafts(
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
    counts = found.counts[i]
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
        skip |= {d.start for d in found.dates[i] if foreign(d.start)}
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
        skip = (skip | clause.strays) - clause.shared
        if status == "reported":  # "El sábado, tres murieron en X y dos en Y": both that day
            skip -= opening_dates(found, i, found.triggers[i], skip)
        if clause.lead is not None and len(dates) == len(found.dates[i]):
            # a clause with no day of its own happened in the period its lead sums
            skip -= {d.start for d in dates if clause.lead[0] <= d.start < clause.lead[1]}
        counts = [c for c in counts if clause.start <= c.start < clause.end] + clause.counts
    if status == "reported":
        # clause by clause: a background clause at either end of the event's part of the
        # sentence is neither its evidence nor the source of its date, places or figures
        trimmed = background_ends(
            doc, span, [t.start for t in triggers], partial(background_clause, doc, found, i)
        )
        if trimmed != span:
            outside = lambda x: not trimmed[0] <= x < trimmed[1]  # noqa: E731
            skip |= {p.start for p in found.places[i] if outside(p.start)}
            skip |= {d.start for d in found.dates[i] if outside(d.start)}
            counts = [c for c in counts if not outside(c.start)]
            span = trimmed
    said = {t.category for t in triggers}
    if captives_rescued(doc, triggers, *span):
        # "rescued 73 kidnap victims": the captives' state, no kidnapping told
        said.discard(ABDUCTION)
        counts = as_rescued(counts)
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
    one_sided = any(t.one_sided for t in triggers if t.category == "attack")
    categories = battle_or_attack(categories, sides, one_sided)
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
        # Court news is about a crime committed long before: its violence is background.
        status_of = {
            c: "historical" if taxonomy()[c].family == VIOLENCE_FAMILY else status
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
    placed = bool(found.places[i] or found.sites[i]) or cues.victim_scene
    acts = [t for t in triggers if t.act]
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
            skip=set(skip),
            spans=dict(spans),
            heads={i: clause.head} if clause is not None and clause.head else {},
            rest=tells_the_rest(doc, i),
            kinds=[DISCOVERY] if victims and category != DISCOVERY else [],
            victims=victims and category == DISCOVERY,
        )
        for category in sorted(categories, key=lambda c: -taxonomy()[c].priority)
    ]
