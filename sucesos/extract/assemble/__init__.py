"""Event assembly: from what the stages found in each sentence to event records.

One module per job:

- `categories`: each sentence reports the categories its triggers signal, less those another
  category of the same sentence subsumes (a body found is not also an attack), plus those
  its figures imply ("tres detenidos" implies an arrest). Rules live in `taxonomy.toml`.
- `sentence_drafts`: the drafts of one sentence, or of one clause or part of it, each with
  the places, dates and figures that belong to it; `sums`: drafts that tell again what the
  article's aggregates sum are aggregates too.
- `news`: a sentence is background (`historical`) when it carries a background cue or a
  past date and no date of the news window; a `statistic` when it gives aggregate figures.
- `incidents`: drafts of the same category, status and compatible place merge across the
  article; a disputed account joins the main event it questions, which becomes `disputed`.
- `advisories`: an act an article tells once over many places (a travel advisory's country,
  states and towns, told in several sentences) is one event, not one per piece.
- `answers`: the forces sent to the scene, told right after a violent act with no cue of an
  answer but pointing back to it, are a kind of that act.
- `accounts`: how far the article goes on telling one incident: a part told a few sentences
  after its main act joins it while nothing in between opens another happening.
- `where`, `when`, `figures`, `parties`, `confidence`: each event's places (else the
  article's lead), date (its sentences', else the lead's, else publication day), ACLED
  fatalities (per source the largest total, across sources the lowest), actors and
  confidence; `record` puts them together with the sentences as evidence.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sucesos.extract.assemble.advisories import join_told_once
from sucesos.extract.assemble.aggregates import aggregate_clause_triggers
from sucesos.extract.assemble.answers import join_answers
from sucesos.extract.assemble.article_tallies import (
    counted_sums_as_tallies,
    perfect_totals_as_tallies,
    summaries_as_tallies,
)
from sucesos.extract.assemble.background import (
    event_named_again,
    headline_sums,
    headline_tallies,
    recalled_day,
    reminded,
    repeated_background,
    runs_on,
    sentence_dates,
    told_news_day,
)
from sucesos.extract.assemble.chronology import chronology_days, listed_before
from sucesos.extract.assemble.draft import Draft, Found
from sucesos.extract.assemble.earlier import (
    accused_only,
    done_before,
    earlier_triggers,
    names_again,
    relative_earlier,
    told_earlier,
)
from sucesos.extract.assemble.elaboration import elaborates, mentions_again, told_draft
from sucesos.extract.assemble.floating import FloatingDays
from sucesos.extract.assemble.followups import FollowUp
from sucesos.extract.assemble.incidents import attach_disputes, merge_drafts
from sucesos.extract.assemble.leads import paragraph_leads
from sucesos.extract.assemble.ledes import join_ledes
from sucesos.extract.assemble.loose_towns import loose_towns
from sucesos.extract.assemble.news import (
    news_day,
    ordinal_tally,
    sentence_news_status,
    spans_months,
)
from sucesos.extract.assemble.parts import absorb_parts
from sucesos.extract.assemble.rates import measures_only
from sucesos.extract.assemble.reactions import attach_reactions, mark_responses
from sucesos.extract.assemble.recaps import follows_other, joins_tally
from sucesos.extract.assemble.record import build_record
from sucesos.extract.assemble.retellings import join_retellings
from sucesos.extract.assemble.roundups import Piece, rest_of_news, roundup_clauses
from sucesos.extract.assemble.scenes import sets_scene, take_scene
from sucesos.extract.assemble.sentence_drafts import sentence_drafts
from sucesos.extract.assemble.sequels import join_sequels
from sucesos.extract.assemble.spots import join_spots
from sucesos.extract.assemble.spread import spread_over_places
from sucesos.extract.assemble.sums import continue_sums, repeated_sums
from sucesos.extract.assemble.tallies import broken_down, sentence_figures, tally_apposition
from sucesos.extract.assemble.when import lead_date_of
from sucesos.extract.assemble.where import focus_places, real_places
from sucesos.extract.kinds import Trigger
from sucesos.models import EventRecord

if TYPE_CHECKING:
    from sucesos.extract.dates import DateMatch
    from sucesos.extract.pipeline import Doc


def assemble_events(doc: Doc) -> list[EventRecord]:
    """The event records of an analysed document."""
    if not doc.sentences or not (doc.triggers or doc.counts):
        # Every event is drafted from an event word or a figure of its sentence
        # (`sentence_drafts`, `sentence_categories`): with neither, there is none to
        # assemble (a tenth of headlines, more of some sets), and no need to read the rest
        return []
    found = Found.of(doc, real_places(doc))
    lead = lead_date_of(doc, found)
    day = news_day(doc, lead)
    dated_news = lead is not None and lead.precision == "day"
    # the lead names no day of its own: the news day is the stamp's or the publication's
    stamped = lead is None or lead is doc.stamp
    # the news's day as the account tells it past a lead that names none
    told_day = told_news_day(doc, found) if stamped or not dated_news else None
    account = None if dated_news else told_day
    # the day a later sentence's days are compared with to tell a recollection
    recall_lead = told_day if stamped else lead
    drafts: list[Draft] = []
    disputed_sentences: list[int] = []
    told = "reported"  # the status of the last sentence that told a happening
    told_at = -1  # and its index
    acts: dict[int, str] = {}  # the status of each event word so far, by its start
    tallied: set[int] = set()  # the figures of the tallies told so far
    opened_by_tally: bool | None = None  # whether the first act told was a tally's
    follow = FollowUp()
    listed = chronology_days(doc)
    floating = FloatingDays.of(doc, found)  # an undated report's days named with no year
    if floating is not None:
        floating.name_days(doc, found)
    scene: tuple[int, int] | None = None  # a scene sentence, and the drafts made before it
    for sentence in doc.sentences:
        i = sentence.index
        if scene is not None and scene[0] < i - 1:
            take_scene(doc, scene[0], drafts[scene[1] :])
            scene = None
        in_town = any(p.location.precision in ("municipality", "locality") for p in found.places[i])
        dates = sentence_dates(doc, i, found.dates[i], found.triggers[i])
        status = sentence_news_status(
            doc,
            i,
            dates,
            found.counts[i],
            day,
            in_town,
            dated_news,
            undated=lead is None,
            told_day=account is not None and account.start < sentence.start,
        )
        if status == "reported" and recalled_day(doc, found, i, dates, recall_lead):
            status = "historical"  # "…asesinado hoy. […] El pasado lunes fue asesinado otro"
        if status == "reported" and done_before(doc, i, found.triggers[i], dates, day):
            status = "historical"  # "El pasado jueves ya habían bloqueado la autopista"
        if status == "reported" and reminded(doc, found, i):
            status = "historical"  # "Cabe recordar que el pasado 10 de junio…"
        if status == "reported" and floating is not None and floating.recalled(doc, found, i):
            status = "historical"  # "…were killed Monday. […] In January, drivers struck"
        if status == "reported" and measures_only(doc, i, found.triggers[i]):
            status = "statistic"  # "Colima has one of the highest murder rates"
        undated = not any(not d.future for d in found.dates[i])
        if (
            status == "reported"
            and told != "reported"
            and (
                names_again(doc, i)
                # a tally is no happening at one time: what comes "hours later" or "then"
                # is timed from its report, not a part of it
                or (told_at == i - 1 and told == "historical" and runs_on(doc, i))
            )
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
        if status == "reported" and opened_by_tally and undated:
            # "De 16 asesinatos de candidatos en el proceso electoral, …. En X fue asesinado
            # Y": an account that opens with a tally of months, no news told before it,
            # lists its cases; those its text dates to no day of their own are the
            # tally's, not news (a tally of a weekend opens a round-up of news instead)
            status = "historical"
        if opened_by_tally is None and found.triggers[i]:
            opened_by_tally = status == "statistic" and spans_months(doc, i)
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
            # the head may itself count the news among others ("X is the fifth reporter
            # slain in three years, in a state plagued by violence")
            head_triggers = [triggers[k] for k in head]
            head_status = "statistic" if ordinal_tally(doc, i, head_triggers) else "reported"
            # an act the head says the news came after is earlier ("The attack comes days
            # after gunmen killed X, marking the ninth such killing this year")
            # (dated by the head's own dates, not the tally's "this year")
            past = (
                sorted(
                    set(head)
                    & earlier_triggers(doc, i, triggers, _acts_dates(found, i, tally), day, stamped)
                )
                if head_status == "reported"
                else []
            )
            # the head's acts are news (a later sentence naming them tells this news)
            acts.update((triggers[k].start, head_status) for k in head if k not in past)
            if past:
                # two times before the tally: each act takes the places and figures nearest it
                drafts.extend(_two_times(doc, found, i, triggers, head_status, past, acts, tail))
            else:
                drafts.extend(sentence_drafts(doc, found, i, triggers, head_status, tail, before))
            drafts.extend(sentence_drafts(doc, found, i, triggers, "statistic", head, after))
            continue
        if status == "reported" and (
            ordinal_tally(doc, i, triggers) or joins_tally(doc, i, triggers)
        ):
            status = "statistic"
        if status == "statistic" and rest_of_news(doc, i):
            status = "reported"  # "los otros siete homicidios ocurrieron en…": news left
        if status == "reported" and tallied and broken_down(doc, i) in tallied:
            status = "statistic"  # "De los 94 periodistas asesinados, 87 son hombres…"
        if status == "statistic":
            tallied |= sentence_figures(doc, i)
        acts_dates = _acts_dates(found, i)
        if status == "reported" and (
            accused_only(doc, i, triggers)
            or told_earlier(doc, i, triggers, found.dates[i], day)
            or follows_other(doc, i, triggers)
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
            drafts.extend(sentence_drafts(doc, found, i, triggers, status, exclude=summed))
            drafts.extend(sentence_drafts(doc, found, i, triggers, status, exclude=local))
            continue
        pieces = roundup_clauses(doc, found, i, triggers, status)
        if not earlier and pieces is not None:
            # "tres murieron en Celaya, y otros dos en Salamanca; en León, uno": an incident
            # in each clause, with its own place, day and figures
            for piece in pieces:
                made = sentence_drafts(doc, found, i, piece.triggers, "reported", [], piece)
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
            made = sentence_drafts(doc, found, i, triggers, status)
            drafts.extend(spread_over_places(doc, found, i, made))
            continue
        # One sentence, two times: today's event and an earlier one it mentions.
        drafts.extend(_two_times(doc, found, i, triggers, status, sorted(earlier), acts))

    if scene is not None:
        take_scene(doc, scene[0], drafts[scene[1] :])
    paragraph_leads(doc, found, drafts)
    continue_sums(doc, found, drafts)
    repeated_sums(drafts, found)
    repeated_background(drafts, found)
    headline_tallies(doc, drafts)
    headline_sums(doc, drafts)
    merged = merge_drafts(drafts, found)
    merged = join_retellings(doc, merged, found)
    merged = join_spots(doc, merged, found)
    merged = join_ledes(doc, merged, found)
    merged = join_told_once(doc, merged, found)
    mark_responses(doc, merged)
    merged = absorb_parts(merged, found)
    merged = join_sequels(doc, merged, found)
    merged = join_answers(doc, merged, found)
    merged = attach_disputes(merged, disputed_sentences)
    merged = attach_reactions(doc, merged, found)
    summaries_as_tallies(merged)
    counted_sums_as_tallies(doc, merged)
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


def _acts_dates(found: Found, i: int, until: int | None = None) -> list[DateMatch]:
    """The dates of sentence `i` (before offset `until`) that may date its acts: not a day a
    source spoke ("…, the government said Thursday")."""
    return [
        d
        for d in found.dates[i]
        if d.start not in found.reporting and (until is None or d.start < until)
    ]


def _two_times(
    doc: Doc,
    found: Found,
    i: int,
    triggers: list[Trigger],
    status: str,
    past: list[int],
    acts: dict[int, str],
    others: list[int] | None = None,
) -> list[Draft]:
    """The drafts of sentence `i` told at two times: its acts of `status` and the earlier
    ones (`past`, trigger indexes) it mentions, each with the places and figures nearest it
    (less the triggers `others`, which belong to another draft); `acts` learns that the
    earlier ones are historical."""
    others = others or []
    acts.update((triggers[k].start, "historical") for k in past)
    now = [k for k in range(len(triggers)) if k not in past]
    made = []
    if len(others) + len(past) < len(triggers):
        made = sentence_drafts(doc, found, i, triggers, status, exclude=[*others, *past])
    return made + sentence_drafts(doc, found, i, triggers, "historical", exclude=now)


def _head_status(
    doc: Doc, found: Found, i: int, cut: int, day: date | None, local: bool, dated_news: bool
) -> bool:
    """Whether the part of sentence `i` before `cut` reports news on its own."""
    dates = [d for d in found.dates[i] if d.start < cut]
    counts = [c for c in found.counts[i] if c.start < cut]
    status = sentence_news_status(doc, i, dates, counts, day, local, dated_news, end=cut)
    return status == "reported"
