"""One event record from a merged draft: places, date, figures with their sources,
fatalities, actors, sub-event type, evidence and confidence."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sucesos.extract.actors import ActorMatch
from sucesos.extract.assemble.confidence import confidence_of
from sucesos.extract.assemble.figures import acled_fatalities
from sucesos.extract.assemble.incidents import Draft
from sucesos.extract.assemble.parties import actors_of
from sucesos.extract.assemble.when import event_date
from sucesos.extract.assemble.where import pick_places
from sucesos.extract.dates import DateMatch
from sucesos.extract.kinds import refine_sub_event, taxonomy
from sucesos.extract.places import PlaceMatch, state_by_code
from sucesos.models import Count, EventRecord, Evidence, SourceRef, stable_id

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc

IMPLIED_FIGURE = {"arrest": "arrested", "abduction": "kidnapped"}


def build_record(
    doc: Doc,
    draft: Draft,
    places: list[list[PlaceMatch]],
    dates: list[list[DateMatch]],
    actors: list[list[ActorMatch]],
    sources: list[list[Any]],
    focus: list[PlaceMatch],
    lead_date: DateMatch | None,
) -> EventRecord:
    category = taxonomy()[draft.category]
    sentence_ids = sorted(set(draft.sentences))
    own_places = [p for i in sentence_ids for p in places[i]]
    chosen = pick_places(doc, own_places) if own_places else []
    if not chosen and draft.status == "reported":
        chosen = focus
    locations = [p.location for p in chosen][:32]
    if not locations and draft.status == "reported" and doc.home_state:
        # A local outlet that names no place writes about its own state.
        home = state_by_code(doc.home_state)
        if home is not None:
            locations = [home]

    date_value, precision, date_explicit = event_date(doc, draft, sentence_ids, dates, lead_date)
    if draft.status == "reported" and precision == "year":
        # "Raids have increased this year": a trend over a year, not an event to map.
        draft.status = "statistic"

    source_names: dict[int, str | None] = {
        i: (sources[i][0].name if sources[i] else None) for i in sentence_ids
    }
    counts = [Count(c.what, c.value, c.group, source_names.get(i)) for i, c in draft.counts]
    implied = IMPLIED_FIGURE.get(draft.category)
    if implied and draft.status == "reported" and not any(c.what == implied for c in counts):
        # "Detienen a presunto narcomenudista en Orizaba": an arrest names at least one person.
        counts.append(Count(implied, 1, None, source_names.get(sentence_ids[0])))
    fatalities = acled_fatalities(draft, source_names)
    if fatalities is None and category.event_type is not None:
        fatalities = 0

    refs: dict[str, SourceRef] = {}
    for i in sentence_ids:
        role = "disputes" if doc.status[i].disputed and draft.disputed else "reported"
        for s in sources[i]:
            refs.setdefault(s.name, SourceRef(s.name, role))
    source_spans = [(s.start, s.end) for i in sentence_ids for s in sources[i]]
    event_actors = actors_of(doc, [a for i in sentence_ids for a in actors[i]], source_spans)

    sub_event = category.sub_event_type
    if category.sub_event_type:
        for i in sentence_ids:
            s = doc.sentences[i]
            refined = refine_sub_event(draft.category, doc.folded, s.start, s.end)
            if refined != category.sub_event_type:
                sub_event = refined
                break
    status = draft.status
    if status == "reported" and draft.disputed:
        status = "disputed"
    evidence = [
        Evidence(doc.sentences[i].text, doc.sentences[i].start, doc.sentences[i].end)
        for i in sentence_ids
    ]
    confidence = confidence_of(doc, draft, locations, date_explicit, counts, refs)
    first = doc.sentences[sentence_ids[0]]
    return EventRecord(
        id=stable_id(doc.article.id, draft.category, draft.status, str(first.start)),
        article_id=doc.article.id,
        category=draft.category,
        event_type=category.event_type,
        sub_event_type=sub_event,
        status=status,  # type: ignore[arg-type]
        date=date_value,
        date_precision=precision,  # type: ignore[arg-type]
        locations=locations,
        actors=event_actors,
        counts=counts,
        fatalities=fatalities,
        sources=list(refs.values()),
        evidence=evidence,
        confidence=confidence,
    )
