"""Event assembly: from what the stages found in each sentence to event records.

1. Each sentence reports the categories its triggers signal, less those another category of
   the same sentence subsumes (a body found is not also an attack), plus those its figures
   imply ("tres detenidos" implies an arrest). Routing rules live in `taxonomy.toml`.
2. A sentence is background (`historical`) when it carries a background cue or a past date
   and no date of the news window; a `statistic` when it gives aggregate figures; its
   account is `disputed` when a cue says it is alleged or questioned.
3. Drafts of the same category, status and compatible place merge across the article; a
   disputed account joins the main event it questions, which then becomes `disputed`.
4. Each event takes the places of its sentences (else the article's lead), the first date of
   its sentences (else the lead's, else publication day), its actors, figures with their
   sources, ACLED fatalities (per source the largest total, across sources the lowest) and
   the sentences as evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from sucesos.extract.actors import ActorMatch
from sucesos.extract.counts import CountMention
from sucesos.extract.dates import DateMatch, is_historical
from sucesos.extract.kinds import refine_sub_event, taxonomy
from sucesos.extract.lexicon import load_data
from sucesos.extract.places import PlaceMatch, state_by_code
from sucesos.models import (
    Actor,
    ActorRole,
    Count,
    EventRecord,
    Evidence,
    Location,
    SourceRef,
    stable_id,
)

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc

# Categories that always involve at least one person of this kind, even with no figure.
_IMPLIED_FIGURE = {"arrest": "arrested", "abduction": "kidnapped"}
_PRECISION_RANK = {"locality": 0, "municipality": 1, "state": 2, "country": 3}
_VIOLENCE_FAMILY = "violence"
# Figures that give a sentence "statistic" status only with an aggregate noun next to them.
_AGGREGATE_NOUNS = re.compile(
    r"\b(homicidios|asesinatos|ejecuciones|feminicidios|desapariciones|victimas|muertes|"
    r"homicides|murders|killings|deaths|disappearances|victims)\b"
)
_STRONG_STATISTIC = re.compile(
    r"por ciento|percent|%|tasa de|rate|en lo que va|so far this year|por cada 100|per 100|"
    r"promedio|average|cifras|figures show|estadistic|statistic|sesnsp|inegi|secretariado"
)
_TARGET_BEFORE = re.compile(
    r"(contra|against|targeting|atacaron a|ataque a|agresion a|emboscada a|"
    r"a los|a las|a un|a una|on)\s+$"
)
_LOCATIVE_BEFORE = re.compile(
    r"(\ben|\bin|\bnear|cerca de|municipio de|municipality of|ciudad de|city of|"
    r"poblado de|comunidad de|colonia)\s+(la |el |los |las |the )?$"
)


@cache
def _rules() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    data: dict[str, Any] = load_data("taxonomy.toml")
    return dict(data["figures"]), dict(data["subsumes"])


@cache
def _merges_into() -> dict[str, str]:
    data: dict[str, Any] = load_data("taxonomy.toml")
    return dict(data.get("merges_into", {}))


@cache
def _combinations() -> list[tuple[frozenset[str], str]]:
    data: dict[str, Any] = load_data("taxonomy.toml")
    return [
        (frozenset(parts), result)
        for result, pairs in data.get("combines", {}).items()
        for parts in pairs
    ]


@dataclass
class _Draft:
    category: str
    status: str  # reported | historical | statistic
    sentences: list[int]
    disputed: bool = False
    counts: list[tuple[int, CountMention]] = field(default_factory=list)  # (sentence, figure)

    @property
    def first(self) -> int:
        return self.sentences[0]


def assemble_events(doc: Doc) -> list[EventRecord]:
    """The event records of an analysed document."""
    from sucesos.extract.pipeline import by_sentence

    if not doc.sentences:
        return []
    triggers = by_sentence(doc, doc.triggers, lambda t: t.start)
    counts = by_sentence(doc, doc.counts, lambda c: c.start)
    dates = by_sentence(doc, doc.dates, lambda d: d.start)
    places = by_sentence(doc, _real_places(doc), lambda p: p.start)
    actors = by_sentence(doc, doc.actors, lambda a: a.start)
    sources = by_sentence(doc, doc.sources, lambda s: s.start)

    drafts: list[_Draft] = []
    disputed_sentences: list[int] = []
    for sentence in doc.sentences:
        i = sentence.index
        status = _sentence_status(doc, i, dates[i], counts[i])
        if doc.status[i].disputed and status == "reported":
            disputed_sentences.append(i)
        categories = _sentence_categories({t.category for t in triggers[i]}, counts[i])
        categories = _battle_or_attack(categories, actors[i])
        if doc.status[i].judicial:
            # Court news is about a crime committed long before: its violence is background.
            status_of = {
                c: "historical" if taxonomy()[c].family == _VIOLENCE_FAMILY else status
                for c in categories
            }
        else:
            status_of = dict.fromkeys(categories, status)
        routed = _route_figures(categories, counts[i])
        for category in sorted(categories, key=lambda c: -taxonomy()[c].priority):
            drafts.append(
                _Draft(
                    category,
                    status_of[category],
                    [i],
                    disputed=doc.status[i].disputed,
                    counts=[(i, c) for c in routed.get(category, [])],
                )
            )

    states_of = [{p.location.admin1_code for p in ps if p.location.admin1_code} for ps in places]
    merged = _merge(drafts, states_of, dates)
    merged = _attach_disputes(merged, disputed_sentences)
    focus = _focus_places(doc, places)
    lead_date = _lead_date(doc, dates)
    return [
        _record(doc, draft, places, dates, actors, sources, focus, lead_date) for draft in merged
    ]


# "MEXICO CITY (Reuters) —", "CULIACÁN, Sin.—": where the report was filed, not the event.
_DATELINE = re.compile(
    r"^[ \t]*[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ .'’-]{2,40}"  # MEXICO CITY, CULIACÁN
    r"(,\s*[A-Z][\w.]{1,14}\.?)?"  # , Sin.
    r"\s*(\([^)\n]{1,40}\))?\s*[—–-]{1,2}",  # (Reuters) —
    re.MULTILINE,
)


def _dateline_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _DATELINE.finditer(text)]


def _real_places(doc: Doc) -> list[PlaceMatch]:
    """Places that are neither part of an actor's name ("Cártel de Sinaloa") nor a dateline."""
    spans = [(a.start, a.end) for a in doc.actors] + _dateline_spans(doc.text)
    return [p for p in doc.places if not any(s <= p.start and p.end <= e for s, e in spans)]


def _sentence_status(doc: Doc, i: int, dates: list[DateMatch], counts: list[CountMention]) -> str:
    cues = doc.status[i]
    sentence = doc.sentences[i]
    folded = doc.folded[sentence.start : sentence.end]
    current = [d for d in dates if not is_historical(d, doc.published) and not d.future]
    past = [d for d in dates if is_historical(d, doc.published)]
    if (
        counts
        and cues.statistic
        and (_STRONG_STATISTIC.search(folded) or _AGGREGATE_NOUNS.search(folded))
    ):
        return "statistic"
    if (cues.background or past) and not current and not sentence.is_headline:
        return "historical"
    if past and not current:
        return "historical"
    return "reported"


def _sentence_categories(found: set[str], counts: list[CountMention]) -> set[str]:
    figures, subsumes = _rules()
    categories = set(found)
    for parts, result in _combinations():
        if parts <= categories:
            categories = (categories - parts) | {result}
    for category in list(categories):
        for inner in subsumes.get(category, []):
            if inner in found and inner != category:
                categories.discard(inner)
    for count in counts:
        routes = figures.get(count.what, [])
        if routes and not any(r in categories for r in routes):
            if count.what in ("states_affected", "injured", "rescued", "missing"):
                continue  # these qualify an event; alone they do not make one
            categories.add(routes[0])
    for category in list(categories):
        for inner in subsumes.get(category, []):
            if inner != category:
                categories.discard(inner)
    return categories


_ARMED_SIDES = ({"state_forces", "police"}, {"armed_group", "cartel"})


def _battle_or_attack(categories: set[str], actors: list[ActorMatch]) -> set[str]:
    """An attack between state forces and an armed group is a battle (ACLED codes violence
    between two armed, organized sides as "Armed clash"; an attack targets civilians)."""
    if "attack" not in categories:
        return categories
    kinds = {a.actor.kind for a in actors}
    if all(kinds & side for side in _ARMED_SIDES):
        return (categories - {"attack"}) | {"armed_clash"}
    return categories


def _route_figures(
    categories: set[str], counts: list[CountMention]
) -> dict[str, list[CountMention]]:
    figures, _ = _rules()
    routed: dict[str, list[CountMention]] = {}
    for count in counts:
        for category in figures.get(count.what, []):
            if category in categories:
                routed.setdefault(category, []).append(count)
                break
    return routed


def _merge(
    drafts: list[_Draft], states_of: list[set[str]], dates: list[list[DateMatch]]
) -> list[_Draft]:
    merged: list[_Draft] = []
    merges_into = _merges_into()
    # The states of each merged draft's sentences, kept up to date as drafts join it, so each
    # comparison costs one set operation rather than a pass over all its sentences (that
    # made long articles quadratic).
    states: dict[int, set[str]] = {}
    for draft in drafts:
        b = set().union(*(states_of[i] for i in draft.sentences))
        for existing in merged:
            if existing.status != draft.status:
                continue
            if existing.category != draft.category and not (
                merges_into.get(draft.category) == existing.category
                or merges_into.get(existing.category) == draft.category
            ):
                continue
            if draft.status == "historical" and _years(existing, dates) != _years(draft, dates):
                continue
            a = states[id(existing)]
            if a and b and not a & b:
                continue
            if merges_into.get(existing.category) == draft.category:
                existing.category = draft.category
            existing.sentences.extend(draft.sentences)
            existing.counts.extend(draft.counts)
            existing.disputed = existing.disputed or draft.disputed
            a |= b
            break
        else:
            merged.append(draft)
            states[id(draft)] = b
    return merged


def _years(draft: _Draft, dates: list[list[DateMatch]]) -> set[int]:
    return {d.value.year for i in draft.sentences for d in dates[i]}


def _attach_disputes(drafts: list[_Draft], disputed_sentences: list[int]) -> list[_Draft]:
    """A questioned account joins the main reported event of the same family."""
    reported = [d for d in drafts if d.status == "reported"]
    if not reported:
        return drafts
    main = max(reported, key=lambda d: (taxonomy()[d.category].priority, -d.first))
    family = taxonomy()[main.category].family
    out: list[_Draft] = []
    for draft in drafts:
        is_questioning = draft is not main and draft.disputed and draft.status == "reported"
        if is_questioning and taxonomy()[draft.category].family == family:
            main.sentences.extend(draft.sentences)
            main.disputed = True
            continue
        out.append(draft)
    for i in disputed_sentences:
        if i not in main.sentences and not any(i in d.sentences for d in out):
            main.sentences.append(i)
            main.disputed = True
    return out


def _focus_places(doc: Doc, places: list[list[PlaceMatch]]) -> list[PlaceMatch]:
    """Where the article as a whole happens: its headline and lead, else its commonest state."""
    lead = [p for s in doc.sentences if s.paragraph <= 1 for p in places[s.index]]
    if lead:
        return _pick_places(doc, lead)
    every = [p for ps in places for p in ps]
    if not every:
        return []
    by_state: dict[str, list[PlaceMatch]] = {}
    for p in every:
        by_state.setdefault(p.location.admin1_code or "", []).append(p)
    top = max(by_state.values(), key=len)
    return _pick_places(doc, top)[:1]


def _pick_places(doc: Doc, found: list[PlaceMatch]) -> list[PlaceMatch]:
    """Distinct places, most specific first, dropping a state whose town is also named."""
    seen: dict[tuple[str | None, str | None, str], PlaceMatch] = {}
    for p in found:
        loc = p.location
        key = (loc.admin1_code, loc.admin2_code, loc.name if loc.precision == "locality" else "")
        if key not in seen or p.score > seen[key].score:
            seen[key] = p
    places = list(seen.values())
    specific_states = {
        p.location.admin1_code
        for p in places
        if p.location.precision in ("locality", "municipality")
    }
    mexican = any(p.location.precision != "country" for p in places)
    kept = [
        p
        for p in places
        if not (p.location.precision == "state" and p.location.admin1_code in specific_states)
        and not (p.location.precision == "country" and mexican)
    ]

    def rank(p: PlaceMatch) -> tuple[int, int, float, int]:
        locative = bool(_LOCATIVE_BEFORE.search(doc.folded[max(0, p.start - 24) : p.start]))
        return (0 if locative else 1, _PRECISION_RANK[p.location.precision], -p.score, p.start)

    return sorted(kept, key=rank)


def _lead_date(doc: Doc, dates: list[list[DateMatch]]) -> DateMatch | None:
    for sentence in doc.sentences:
        if sentence.paragraph > 1:
            break
        for d in dates[sentence.index]:
            if not d.future and not is_historical(d, doc.published):
                return d
    return None


def _record(
    doc: Doc,
    draft: _Draft,
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
    chosen = _pick_places(doc, own_places) if own_places else []
    if not chosen and draft.status == "reported":
        chosen = focus
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

    date_value, precision, date_explicit = _event_date(doc, draft, sentence_ids, dates, lead_date)
    if draft.status == "reported" and precision == "year":
        # "Raids have increased this year": a trend over a year, not an event to map.
        draft.status = "statistic"

    source_names: dict[int, str | None] = {
        i: (sources[i][0].name if sources[i] else None) for i in sentence_ids
    }
    counts = [Count(c.what, c.value, c.group, source_names.get(i)) for i, c in draft.counts]
    implied = _IMPLIED_FIGURE.get(draft.category)
    if implied and draft.status == "reported" and not any(c.what == implied for c in counts):
        # "Detienen a presunto narcomenudista en Orizaba": an arrest names at least one person.
        counts.append(Count(implied, 1, None, source_names.get(sentence_ids[0])))
    fatalities = _fatalities(draft, source_names)
    if fatalities is None and category.event_type is not None:
        fatalities = 0

    refs: dict[str, SourceRef] = {}
    for i in sentence_ids:
        role = "disputes" if doc.status[i].disputed and draft.disputed else "reported"
        for s in sources[i]:
            refs.setdefault(s.name, SourceRef(s.name, role))
    source_spans = [(s.start, s.end) for i in sentence_ids for s in sources[i]]
    event_actors = _actors(doc, [a for i in sentence_ids for a in actors[i]], source_spans)

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
    confidence = _confidence(doc, draft, locations, date_explicit, counts, refs)
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


def _event_date(
    doc: Doc,
    draft: _Draft,
    sentence_ids: list[int],
    dates: list[list[DateMatch]],
    lead_date: DateMatch | None,
) -> tuple[str | None, str | None, bool]:
    """(date, precision, whether the text named it) for the event."""
    candidates = [d for i in sentence_ids for d in dates[i] if not d.future]
    if draft.status == "historical":
        past = [d for d in candidates if is_historical(d, doc.published)] or candidates
        if past:
            return past[0].value.isoformat(), past[0].precision, True
        return None, None, False
    current = [d for d in candidates if not is_historical(d, doc.published)]
    if draft.status == "statistic" and not current:
        current = candidates
    if current:
        best = min(current, key=lambda d: (_PRECISION_ORDER[d.precision], d.start))
        return best.value.isoformat(), best.precision, True
    if lead_date is not None:
        return lead_date.value.isoformat(), lead_date.precision, True
    if doc.published is not None:
        return doc.published.isoformat(), "day", False
    return None, None, False


_PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}


def _fatalities(draft: _Draft, source_names: dict[int, str | None]) -> int | None:
    """ACLED-style total: for each group (soldiers, gunmen, civilians, unspecified) a source's
    largest figure, across sources the lowest; then the groups add up, unless an unspecified
    total is larger (it is the total the groups break down)."""
    for what in ("killed", "bodies"):
        if what == "bodies" and draft.category != "body_discovery":
            continue
        per_sentence: dict[int, list[CountMention]] = {}
        for i, c in draft.counts:
            if c.what == what:
                per_sentence.setdefault(i, []).append(c)
        if not per_sentence:
            continue
        per_source: dict[str | None, dict[str | None, int]] = {}
        for i, figures in per_sentence.items():
            groups = per_source.setdefault(source_names.get(i), {})
            for group, value in sentence_groups(figures).items():
                groups[group] = max(groups.get(group, 0), value)
        lowest: dict[str | None, int] = {}
        for groups in per_source.values():
            for group, value in groups.items():
                lowest[group] = min(lowest.get(group, value), value)
        return _group_total(lowest)
    return None


def sentence_groups(figures: list[CountMention]) -> dict[str | None, int]:
    """One sentence's figures of one kind, by group.

    "cuatro murieron en el lugar y tres más en el traslado" adds up (7); a figure repeated
    in the sentence is counted once (the largest).
    """
    parts: list[tuple[str | None, int]] = []
    for c in figures:
        if c.additive and parts:
            group, value = parts[-1]
            parts[-1] = (group, value + c.value)
        else:
            parts.append((c.group, c.value))
    by_group: dict[str | None, int] = {}
    for group, value in parts:
        by_group[group] = max(by_group.get(group, 0), value)
    return by_group


def _group_total(by_group: dict[str | None, int]) -> int:
    """Figures by group add up ("dos policías y tres civiles"); a figure without group that
    is at least the sum of the groups is the total they break down ("siete muertos, dos
    policías")."""
    groups = dict(by_group)
    ungrouped = groups.pop(None, 0)
    return max(ungrouped, sum(groups.values()))


def _actors(doc: Doc, found: list[ActorMatch], source_spans: list[tuple[int, int]]) -> list[Actor]:
    out: dict[str, Actor] = {}
    for match in found:
        is_source = any(s <= match.start and match.end <= e for s, e in source_spans)
        if is_source and match.actor.kind in ("official", "foreign_state"):
            continue  # named as the source of the account, not as a party to the event
        role: ActorRole = "participant"
        before = doc.folded[max(0, match.start - 20) : match.start]
        if _TARGET_BEFORE.search(before) or match.actor.kind == "civilians":
            role = "target"
        elif match.actor.kind == "official":
            continue  # prosecutors and mayors who speak about an event are not parties to it
        elif match.actor.kind in ("cartel", "armed_group"):
            role = "perpetrator"
        if match.actor.name not in out:
            out[match.actor.name] = Actor(match.actor.name, match.actor.kind, role)
    return list(out.values())


def _confidence(
    doc: Doc,
    draft: _Draft,
    locations: list[Location],
    date_explicit: bool,
    counts: list[Count],
    sources: dict[str, SourceRef],
) -> float:
    category = taxonomy()[draft.category]
    score = 0.35 + category.priority / 1000
    if any(doc.sentences[i].paragraph <= 1 for i in draft.sentences):
        score += 0.2
    if locations and locations[0].precision in ("locality", "municipality"):
        score += 0.1
    elif locations:
        score += 0.05
    if date_explicit:
        score += 0.05
    if counts:
        score += 0.1
    if sources:
        score += 0.05
    score += min(0.1, 0.02 * (len(set(draft.sentences)) - 1))
    if draft.status != "reported":
        score -= 0.2
    return round(max(0.05, min(0.98, score)), 3)
