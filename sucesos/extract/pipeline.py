"""The extraction pipeline: named stages over a `Doc`, from article text to event records.

Each stage finds one kind of thing (sentences, places, dates, actors, triggers, counts,
sources, status cues) and stores it on the `Doc`; the last stage, `events`
(`sucesos.extract.assemble`), groups what was found into event records. Stages can be
listed, replaced or removed, as in spaCy: `default_pipeline().stage_names`.

Every stage declares the `Doc` fields it reads (`needs`) and fills (`provides`); a pipeline
checks at construction that each need is met by the article or an earlier stage, so a
removed or reordered stage fails at once with a coded error instead of giving silently
empty results.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from functools import cache
from typing import TypeVar

from sucesos.extract.actors import ActorMatch, find_actors
from sucesos.extract.attribution import SourceMention, find_sources, resolve_references
from sucesos.extract.count_words import CountMention
from sucesos.extract.counts import find_figures
from sucesos.extract.dates import DateMatch, find_dates
from sucesos.extract.dates.stamp import STAMP_REACH, address_day, stamp_of
from sucesos.extract.grounds import drop_grounds
from sucesos.extract.kinds import Trigger, find_triggers
from sucesos.extract.lexicon_scan import shared_scan
from sucesos.extract.outlets import table_home_state, table_home_town
from sucesos.extract.places import Dropped, PlaceMatch, candidate_states, find_places
from sucesos.extract.places_address import (
    AddressHint,
    article_hint,
    national_section,
)
from sucesos.extract.places_anaphora import anaphoric_places
from sucesos.extract.status import SentenceStatus, sentence_status
from sucesos.extract.text import Sentence, Spans, fold, page_furniture, sanitize, split_sentences
from sucesos.extract.victim_names import NameMention
from sucesos.models import Article, EventRecord

log = logging.getLogger("sucesos.extract")

# Texts longer than this are cut before extraction (and the cut is reported on the Doc): a
# news report is far shorter, and a multi-megabyte "article" is a dump or a mistake that must
# not stall a batch. Every stage is linear, so this bounds the time of one article.
MAX_TEXT_CHARS = 50_000
# Publication dates outside these years are placeholders or errors; date arithmetic around
# them would leave the calendar, so extraction treats the article as undated.
PLAUSIBLE_YEARS = (1800, 2200)


def text_cut_warning(article: Article) -> str | None:
    """The [E020] warning when extraction analyses only the start of the article's text (a
    `Doc` carries it; `ingest` and `extract` report it with the article), else None."""
    size = len(article.full_text)
    if size <= MAX_TEXT_CHARS:
        return None
    return f"[E020] text is {size} characters; only the first {MAX_TEXT_CHARS} were analysed"


@dataclass
class Doc:
    """An article under analysis; each stage fills one of the lists."""

    article: Article
    text: str
    folded: str
    published: date | None
    language: str | None
    home_state: str | None = None
    address: AddressHint | None = None  # the place the article's web address names
    sentences: list[Sentence] = field(default_factory=list)
    # indexes of the sentences that are page furniture (`text.page_furniture`): crossheads,
    # closing lists of links; their words report nothing
    furniture: frozenset[int] = frozenset()
    places: list[PlaceMatch] = field(default_factory=list)
    place_drops: list[Dropped] = field(default_factory=list)  # names not taken, with reasons
    # What `find_places` gave, before the towns named again were added (`home_matters`
    # compares it with another home state's); None until the places stage runs.
    found_places: list[PlaceMatch] | None = None
    dates: list[DateMatch] = field(default_factory=list)
    # the date the report is stamped with (`sucesos.extract.dates.stamp`), not in `dates`
    stamp: DateMatch | None = None
    actors: list[ActorMatch] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)
    counts: list[CountMention] = field(default_factory=list)
    # runs of capitals that may name the people of an act (`victim_names`), nearest first
    victim_names: list[NameMention] = field(default_factory=list)
    sources: list[SourceMention] = field(default_factory=list)
    status: list[SentenceStatus] = field(default_factory=list)
    events: list[EventRecord] = field(default_factory=list)
    # Problems met on this article ("[E0xx] ..."): a cut text, a stage that failed.
    warnings: list[str] = field(default_factory=list)
    failed_stage: str | None = None


S = TypeVar("S")


def by_sentence(doc: Doc, items: Sequence[S], start_of: Callable[[S], int]) -> list[list[S]]:
    """`items` bucketed by the sentence they start in."""
    buckets: list[list[S]] = [[] for _ in doc.sentences]
    if not buckets:
        return buckets
    starts = [s.start for s in doc.sentences]
    find = bisect.bisect_right
    for item in items:
        i = find(starts, start_of(item)) - 1
        buckets[i if i > 0 else 0].append(item)
    return buckets


StageFn = Callable[[Doc], None]

# What a new `Doc` holds before any stage runs.
DOC_INPUTS = frozenset(
    {"article", "text", "folded", "published", "language", "home_state", "address"}
)
_DOC_FIELDS = frozenset(f.name for f in fields(Doc))


class PipelineError(ValueError):
    """A pipeline that cannot run as built (a stage's input is missing, a name repeats)."""


@dataclass(frozen=True)
class Stage:
    """A named step: `run(doc)` reads the `needs` fields of the Doc and fills `provides`."""

    name: str
    run: StageFn
    needs: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()
    # Its findings serve only the assembly of events: when the caller wants only the events,
    # the stage is skipped on a Doc whose earlier stages found no event word and no figure
    # (every event is drafted from one of them, so none can come of it).
    for_events: bool = False

    def __post_init__(self) -> None:
        unknown = [f for f in (*self.needs, *self.provides) if f not in _DOC_FIELDS]
        if unknown:
            raise PipelineError(
                f"[E023] stage {self.name!r} names unknown Doc fields: {', '.join(unknown)}"
            )


def effective_home(article: Article, home_state: str | None) -> str | None:
    """The home state extraction uses: the one given, else the outlet table's; none on a
    national or world section (a local outlet's national pages are not about its state)."""
    if national_section(article.url):
        return None
    return home_state or table_home_state(article)


def home_matters(
    article: Article,
    records: Sequence[EventRecord],
    home_a: str | None,
    home_b: str | None,
    found: tuple[list[PlaceMatch], list[Dropped]] | None = None,
) -> bool:
    """False when extracting `article` with the outlet home state `home_b` gives the same
    records for sure as `records`, extracted with `home_a`. The home state reaches
    extraction through the address hint, the places stage and one fallback of assembly (a
    reported event placed nowhere goes to the home state), so it matters when: the hints
    differ; a record may be that fallback's (live and placed nowhere, or in exactly
    `home_a`'s state); or a home is among the states the text's place names could be in
    (`candidate_states`, the only states a home is compared with) and the places found
    (or dropped) differ. Costs a fraction of an extraction: `ingest --workers` uses it so
    an article extracted before its outlet's home state was learned is not extracted
    again for nothing. `found`: the places and dropped names the extraction with `home_a`
    found (`Doc.found_places`, `Doc.place_drops`), so only `home_b`'s are looked for."""
    a, b = effective_home(article, home_a), effective_home(article, home_b)
    if a == b:
        return False
    town = table_home_town(article)
    hint = article_hint(article.url, article.source, a, town)
    if hint != article_hint(article.url, article.source, b, town):
        return True
    for record in records:
        if record.status in ("reported", "disputed") and (
            not record.locations
            or (len(record.locations) == 1 and record.locations[0].admin1_code == a)
        ):
            return True
    text = sanitize(article.full_text[:MAX_TEXT_CHARS])
    states = candidate_states(text)
    if a not in states and b not in states:
        return False
    address = hint.state_code if hint else None
    if found is None:
        drops_a: list[Dropped] = []
        found = find_places(text, home_state=a, address_state=address, dropped=drops_a), drops_a
    places_a, drops_a = found
    drops_b: list[Dropped] = []
    places_b = find_places(text, home_state=b, address_state=address, dropped=drops_b)
    return places_a != places_b or drops_a != drops_b


def stage_sentences(doc: Doc) -> None:
    doc.sentences = split_sentences(doc.text)
    doc.furniture = frozenset(page_furniture(doc.sentences))


def stage_places(doc: Doc) -> None:
    places = find_places(
        doc.text,
        home_state=doc.home_state,
        address_state=doc.address.state_code if doc.address else None,
        dropped=doc.place_drops,
    )
    doc.found_places = places
    # towns named again by a phrase ("este segundo municipio", "the town")
    again = anaphoric_places(doc.text, doc.folded, places)
    doc.places = sorted(places + again, key=lambda p: p.start) if again else places


def stage_dates(doc: Doc) -> None:
    # a page with no publication date: the day its address gives, for the years of months
    # and days told without one (`sucesos.extract.dates.stamp.address_day`)
    reference = address_day(doc.article.url) if doc.published is None else None
    dates = find_dates(
        doc.text, doc.published, doc.language, folded=doc.folded, reference=reference
    )
    # the date the report is stamped with dates no event (`sucesos.extract.dates.stamp`)
    doc.stamp = stamp_of(doc.text, dates)
    doc.dates = [d for d in dates if d is not doc.stamp]


def stage_actors(doc: Doc) -> None:
    doc.actors = find_actors(doc.text, doc.folded)


def stage_triggers(doc: Doc) -> None:
    triggers = find_triggers(doc.folded, text=doc.text)
    if doc.furniture:
        spans = Spans((doc.sentences[k].start, doc.sentences[k].end) for k in doc.furniture)
        triggers = [t for t in triggers if not spans.hold(t.start, t.end)]
    doc.triggers = triggers


def stage_grounds(doc: Doc) -> None:
    """The dangers an advisory cites are no events (`sucesos.extract.grounds`)."""
    doc.triggers = drop_grounds(doc.folded, doc.sentences, doc.triggers, doc.counts)


def stage_counts(doc: Doc) -> None:
    doc.counts, doc.victim_names = [], []
    for k, s in enumerate(doc.sentences):
        if k not in doc.furniture:
            counts, names = find_figures(doc.folded, s.start, s.end, text=doc.text)
            doc.counts.extend(counts)
            doc.victim_names.extend(names)


def stage_sources(doc: Doc) -> None:
    # Each sentence gets only the actors that start in it (all find_sources looks at): the
    # whole list per sentence made this stage quadratic in the article's length.
    actors_in = by_sentence(doc, doc.actors, lambda a: a.start)
    found = [
        m
        for s, actors in zip(doc.sentences, actors_in, strict=True)
        for m in find_sources(doc.text, doc.folded, s.start, s.end, actors)
    ]
    doc.sources = resolve_references(found, doc.actors, doc.text)


def stage_status(doc: Doc) -> None:
    doc.status = [sentence_status(doc.folded, s.start, s.end) for s in doc.sentences]


def stage_events(doc: Doc) -> None:
    doc.events = _assembler()(doc)


@cache
def _assembler() -> Callable[[Doc], list[EventRecord]]:
    # imported on first use (assembly imports this module's Doc for its types), once: an
    # import statement in `stage_events` cost a hundredth of a headline's extraction
    from sucesos.extract.assemble import assemble_events

    return assemble_events


# Event words and figures first: a text with neither (a tenth of headlines, most of a
# general news feed) skips the stages that only serve events when only events are wanted.
DEFAULT_STAGES: list[Stage] = [
    Stage("sentences", stage_sentences, ("text",), ("sentences", "furniture")),
    Stage("triggers", stage_triggers, ("folded", "sentences", "furniture"), ("triggers",)),
    Stage(
        "counts",
        stage_counts,
        ("text", "folded", "sentences", "furniture"),
        ("counts", "victim_names"),
    ),
    Stage("grounds", stage_grounds, ("folded", "sentences", "triggers", "counts"), ("triggers",)),
    Stage(
        "places",
        stage_places,
        ("text", "home_state", "address"),
        ("places", "found_places"),
        True,
    ),
    Stage(
        "dates", stage_dates, ("text", "folded", "published", "language"), ("dates", "stamp"), True
    ),
    Stage("actors", stage_actors, ("text", "folded"), ("actors",), True),
    Stage("sources", stage_sources, ("text", "folded", "sentences", "actors"), ("sources",), True),
    Stage("status", stage_status, ("folded", "sentences"), ("status",), True),
    Stage(
        "events",
        stage_events,
        (
            *("sentences", "places", "dates", "actors", "triggers", "counts", "sources"),
            "victim_names",
            *("status", "home_state", "address"),
        ),
        ("events",),
        True,
    ),
]


def check_stages(stages: Sequence[Stage]) -> None:
    """Raise `PipelineError` unless every stage's needs are met by the article or an earlier
    stage and stage names are unique."""
    available = set(DOC_INPUTS)
    seen: set[str] = set()
    for stage in stages:
        if stage.name in seen:
            raise PipelineError(f"[E022] two stages are named {stage.name!r}")
        seen.add(stage.name)
        missing = [f for f in stage.needs if f not in available]
        if missing:
            raise PipelineError(
                f"[E024] stage {stage.name!r} needs {', '.join(missing)}, which no earlier "
                "stage provides; add the stage that provides it before this one"
            )
        available.update(stage.provides)


class Pipeline:
    """Runs its stages in order over an article and returns the event records."""

    def __init__(self, stages: Sequence[Stage]) -> None:
        check_stages(stages)
        self.stages = list(stages)
        # where `for_events` stages may be skipped: after the last stage that finds event
        # words or figures (never when no stage finds both)
        finders = [k for k, st in enumerate(self.stages) if {"triggers", "counts"} & {*st.provides}]
        provided = {f for st in self.stages for f in st.provides}
        self._idle_from = (
            finders[-1] + 1 if finders and {"triggers", "counts"} <= provided else len(stages)
        )

    @property
    def stage_names(self) -> list[str]:
        return [stage.name for stage in self.stages]

    def make_doc(self, article: Article, *, home_state: str | None = None) -> Doc:
        full = article.full_text
        text = sanitize(full[:MAX_TEXT_CHARS])
        published = article.published_date
        if published is not None and not PLAUSIBLE_YEARS[0] <= published.year <= PLAUSIBLE_YEARS[1]:
            published = None
        if published is None:
            # with no publication date, the report's stamp is one ("CULIACÁN, Sin., 3 de
            # mayo de 2024.-"): relative dates ("ayer") resolve against it
            head = text[:STAMP_REACH]
            stamp = stamp_of(head, find_dates(head, None, article.language))
            published = stamp.value if stamp is not None else None
        home_state = effective_home(article, home_state)
        address = article_hint(article.url, article.source, home_state, table_home_town(article))
        doc = Doc(
            article=article,
            text=text,
            folded=fold(text),
            published=published,
            language=article.language,
            # The outlet's home state: given by the caller (feeds, learned priors), else
            # the bundled outlet table's (see `sucesos.extract.outlets`).
            home_state=home_state,
            address=address,
        )
        cut = text_cut_warning(article)
        if cut is not None:
            doc.warnings.append(cut)
        return doc

    def run(
        self, article: Article, *, home_state: str | None = None, events_only: bool = False
    ) -> Doc:
        """The analysed `Doc`, with every stage's findings (useful for debugging). With
        `events_only`, a text with no event word and no figure skips the stages that serve
        only events (`Stage.for_events`): its Doc has no events either way, but then no
        places, dates, actors, sources or statuses either.

        Never raises for an article: a stage that fails stops the run, leaves the Doc with
        no events and names the stage in `doc.failed_stage` and `doc.warnings` (an internal
        error met on one article must not stop a batch; the caller reports it)."""
        doc = self.make_doc(article, home_state=home_state)
        if not doc.text.strip():
            return doc
        idle_from = self._idle_from if events_only else len(self.stages)
        # one pass of the sentence lexicons over the text, read by every stage
        with shared_scan(doc.folded):
            for k, stage in enumerate(self.stages):
                if k >= idle_from and stage.for_events and not (doc.triggers or doc.counts):
                    continue
                try:
                    stage.run(doc)
                except Exception as exc:
                    doc.failed_stage = stage.name
                    doc.events = []
                    doc.warnings.append(
                        f"[E021] extraction stage {stage.name!r} failed on article "
                        f"{article.id}: {type(exc).__name__}: {exc}"
                    )
                    log.warning("%s", doc.warnings[-1], exc_info=True)
                    break
        return doc

    def __call__(self, article: Article, *, home_state: str | None = None) -> list[EventRecord]:
        return self.run(article, home_state=home_state, events_only=True).events


@cache
def default_pipeline() -> Pipeline:
    """The pipeline `sucesos.extract.extract` runs."""
    return Pipeline(DEFAULT_STAGES)
