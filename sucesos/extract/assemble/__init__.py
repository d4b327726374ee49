"""Event assembly: from what the stages found in each sentence to event records.

One module per job:

- `categories`: each sentence reports the categories its triggers signal, less those another
  category of the same sentence subsumes (a body found is not also an attack), plus those
  its figures imply ("tres detenidos" implies an arrest). Rules live in `taxonomy.toml`.
- `news`: a sentence is background (`historical`) when it carries a background cue or a
  past date and no date of the news window; a `statistic` when it gives aggregate figures.
- `incidents`: drafts of the same category, status and compatible place merge across the
  article; a disputed account joins the main event it questions, which becomes `disputed`.
- `where`, `when`, `figures`, `parties`, `confidence`: each event's places (else the
  article's lead), date (its sentences', else the lead's, else publication day), ACLED
  fatalities (per source the largest total, across sources the lowest), actors and
  confidence; `record` puts them together with the sentences as evidence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sucesos.extract.assemble.categories import battle_or_attack, route_figures, sentence_categories
from sucesos.extract.assemble.incidents import Draft, attach_disputes, merge_drafts
from sucesos.extract.assemble.news import sentence_news_status
from sucesos.extract.assemble.record import build_record
from sucesos.extract.assemble.when import lead_date_of
from sucesos.extract.assemble.where import focus_places, real_places
from sucesos.extract.kinds import taxonomy
from sucesos.models import EventRecord

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc

VIOLENCE_FAMILY = "violence"


def assemble_events(doc: Doc) -> list[EventRecord]:
    """The event records of an analysed document."""
    from sucesos.extract.pipeline import by_sentence

    if not doc.sentences:
        return []
    triggers = by_sentence(doc, doc.triggers, lambda t: t.start)
    counts = by_sentence(doc, doc.counts, lambda c: c.start)
    dates = by_sentence(doc, doc.dates, lambda d: d.start)
    places = by_sentence(doc, real_places(doc), lambda p: p.start)
    actors = by_sentence(doc, doc.actors, lambda a: a.start)
    sources = by_sentence(doc, doc.sources, lambda s: s.start)

    drafts: list[Draft] = []
    disputed_sentences: list[int] = []
    for sentence in doc.sentences:
        i = sentence.index
        status = sentence_news_status(doc, i, dates[i], counts[i])
        if doc.status[i].disputed and status == "reported":
            disputed_sentences.append(i)
        categories = sentence_categories({t.category for t in triggers[i]}, counts[i])
        categories = battle_or_attack(categories, actors[i])
        if doc.status[i].judicial:
            # Court news is about a crime committed long before: its violence is background.
            status_of = {
                c: "historical" if taxonomy()[c].family == VIOLENCE_FAMILY else status
                for c in categories
            }
        else:
            status_of = dict.fromkeys(categories, status)
        routed = route_figures(categories, counts[i])
        for category in sorted(categories, key=lambda c: -taxonomy()[c].priority):
            drafts.append(
                Draft(
                    category,
                    status_of[category],
                    [i],
                    disputed=doc.status[i].disputed,
                    counts=[(i, c) for c in routed.get(category, [])],
                )
            )

    states_of = [{p.location.admin1_code for p in ps if p.location.admin1_code} for ps in places]
    merged = merge_drafts(drafts, states_of, dates)
    merged = attach_disputes(merged, disputed_sentences)
    focus = focus_places(doc, places)
    lead_date = lead_date_of(doc, dates)
    return [
        build_record(doc, draft, places, dates, actors, sources, focus, lead_date)
        for draft in merged
    ]
