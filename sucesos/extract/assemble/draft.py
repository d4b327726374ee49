"""The data incident assembly works over: what each sentence holds (`Found`) and a draft
event (`Draft`): one category reported by one or more sentences, with its figures."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from sucesos.extract.actors import ActorMatch
from sucesos.extract.assemble.nights import night_before, part_of_day, weekday_night_before
from sucesos.extract.assemble.not_scene import names_no_scene
from sucesos.extract.assemble.off_scene import is_locative, is_near
from sucesos.extract.assemble.reporting import reporting_dates
from sucesos.extract.assemble.sites import find_sites
from sucesos.extract.count_words import CountMention
from sucesos.extract.dates import DateMatch
from sucesos.extract.kinds import Trigger
from sucesos.extract.lexicon import PhraseMatcher, alternation, expand, load_data
from sucesos.extract.lexicon_scan import share_scan
from sucesos.extract.pipeline import by_sentence
from sucesos.extract.places import PlaceMatch

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc


@dataclass
class Draft:
    category: str
    status: str  # reported | historical | statistic
    sentences: list[int]
    disputed: bool = False
    counts: list[tuple[int, CountMention]] = field(default_factory=list)  # (sentence, figure)
    kinds: list[str] = field(default_factory=list)  # the parts it absorbed ("arson", ...)
    aggregate: bool = False  # figures over several places or incidents
    new_incident: bool = False  # its sentence opens another happening ("otro ataque")
    # Its every act word names a happening told before ("el motín dejó…", "the shooting
    # left…") and its sentence names no place: figures of that happening, whatever they are.
    named_again: bool = False
    victims: bool = False  # bodies nobody is said to have found: the victims of an attack
    # Its sentence places a violent act in a town or site of its own and names neither the
    # act nor the people told before ("el ataque", "las víctimas"): it joins no incident
    # opened by a cue of another happening that named no place ("En otro hecho, …"): the
    # next item of a round-up (`incidents.merge_drafts`).
    placed: bool = False
    # So placed, its sentence opens with a word that adds an item ("También en X",
    # "Meanwhile, in Y"): another happening, unless the incident it would join is the same
    # act in a town it names.
    listed: bool = False
    answers: bool = (
        False  # told as the authorities' answer to an incident ("operativo de búsqueda")
    )
    # Items (places, dates) of its sentences that belong to another event of the same
    # sentence, by start offset: "tras el homicidio de la regidora de X" keeps X out.
    skip: set[int] = field(default_factory=set)
    # Where the draft's own words lie in a sentence it shares with another event.
    spans: dict[int, tuple[int, int]] = field(default_factory=dict)
    # The words a clause with no verb of its own borrows from its sentence, shown before its
    # own in its evidence (a round-up's "…, cuatro en Y": "asesinadas … cuatro en Y").
    heads: dict[int, tuple[int, int]] = field(default_factory=dict)
    # Its sentence tells what a total left untold ("el resto de los asesinatos…"): as an
    # aggregate, a sum of its own, never joined to the total it completes.
    rest: bool = False
    # `sentences` as a set, kept by `incidents.join_into` (rebuilt when the list grew elsewhere),
    # so joining a long article's drafts costs each sentence once, not the square of them.
    member_set: set[int] = field(default_factory=set, repr=False, compare=False)

    @property
    def first(self) -> int:
        return self.sentences[0]

    def span(self, doc: Doc, i: int) -> tuple[int, int]:
        """Where the draft's own words lie in its sentence `i`: its part of a sentence it
        shares with another event, else the whole sentence."""
        return self.spans.get(i, (doc.sentences[i].start, doc.sentences[i].end))

    def told_figure(self, what: Collection[str]) -> int:
        """The largest figure of `what` a number gives in the draft's sentences: a figure no
        number gives ("a man was shot dead": at least one) tells nothing of which happening
        it is."""
        return max(
            (c.value for _, c in self.counts if c.what in what and not c.lower_bound),
            default=0,
        )


@dataclass
class _Named:
    """What a draft's own words name, as far as its first `sentences` sentences go."""

    draft: Draft  # held, so that its id is not reused while it is cached
    sentences: int
    skip: int
    states: set[str] = field(default_factory=set)
    municipalities: set[str] = field(default_factory=set)
    days: set[date] = field(default_factory=set)
    sites: set[str] = field(default_factory=set)
    # each day, with the parts of the day told with it ("la noche del domingo": night)
    day_parts: dict[date, set[str]] = field(default_factory=dict)
    # in a report with no date to resolve them against (`Found.loose`): each weekday named
    # (Monday 0), with the parts of the day told with it, and each month's day (month, day)
    weekdays: dict[int, set[str]] = field(default_factory=dict)
    month_days: set[tuple[int, int]] = field(default_factory=set)


_JOINERS_AT_END = re.compile(r"(?:\s+(?:de|del|en|la|las|los|el))+\s*$", re.IGNORECASE)
_OF_AT_START = re.compile(r"^(?:de|del)\s+")


def _no_joiner_after(name: str) -> str:
    """`name` without the joining words its cut left at its end ("Las Quintas de"), nor
    the "de" of its cue ("el barrio de San Juan")."""
    return _OF_AT_START.sub("", _JOINERS_AT_END.sub("", name).strip())


@dataclass
class Found:
    """Each stage's findings bucketed by sentence."""

    triggers: list[list[Trigger]]
    counts: list[list[CountMention]]
    dates: list[list[DateMatch]]
    places: list[list[PlaceMatch]]
    actors: list[list[ActorMatch]]
    sources: list[list[Any]]
    locative: set[int] = field(default_factory=set)  # starts of places after "en", "in"...
    # starts of places the text measures from ("cerca de Tepalcatepec", "near Culiacán"):
    # what happened near a town may lie in the next municipality; and of the towns that are
    # no scene ("a hospital in Morelia", "fled toward Zamora": `not_scene`)
    near: set[int] = field(default_factory=set)
    # starts of dates that say when a source spoke ("informó este martes"), not the event's
    reporting: set[int] = field(default_factory=set)
    # (start, folded name) of the sites (colonias, communities) each sentence sets acts in
    sites: list[list[tuple[int, str]]] = field(default_factory=list)
    # sentences that pick some of the victims counted before ("the victims included two…")
    # or add one to them ("another woman was wounded", "one of the wounded later died")
    victim_parts: set[int] = field(default_factory=set)
    # sentences with a cue that opens another happening ("en otro hecho", "hours later")
    openers: set[int] = field(default_factory=set)
    # those of them whose every such cue only tells time going on ("minutos después",
    # "hours later", "tras el ataque"): what they tell may go on with the happening before
    time_only: set[int] = field(default_factory=set)
    # starts of the figures whose people a personal pronoun names ("She was killed…"): the
    # people told before, no new victim
    told_again: set[int] = field(default_factory=set)
    # sentences that bring a toll up to date ("the death toll rose to seven", "dos de los
    # heridos murieron en el hospital el domingo"): told on a later day, of the same incident
    updates: set[int] = field(default_factory=set)
    # sentences that tell a victim of the incident told before dying later ("one of the
    # wounded died in a hospital in Morelia"): the town they name is where the victim died
    later_deaths: set[int] = field(default_factory=set)
    # sentences that tell their act as done later ("detuvieron después a un sospechoso",
    # "police later arrested"): another happening than the one told before, for the parts
    # that join an act only when made in it (`incidents.toml` [parts_as_news])
    later_acts: set[int] = field(default_factory=set)
    # sentences that name the attackers told before ("los agresores", "the gunmen"): what they
    # did there goes on the account of their act (`incidents.toml` [attackers_told])
    attackers_told: set[int] = field(default_factory=set)
    # starts of the dates told with a part of the day ("la madrugada del lunes": small_hours)
    day_parts: dict[int, str] = field(default_factory=dict)
    # sentences that tell the arrest of a person who matters ("detuvieron al líder de la
    # célula"): the arrest is the main act of its enforcement incident (`main_acts`)
    leaders: set[int] = field(default_factory=set)
    # a report with no publication date names its days with no year, which the dates stage
    # leaves out ("el lunes", "On April 1"): those that name a weekday or a month's day, by
    # sentence (`floating.FloatingDays.name_days`), less those that date a source's words
    loose: list[list[DateMatch]] = field(default_factory=list)
    # the weekday (Monday 0) each of them names, by start ("el viernes 26 de junio": 4)
    loose_weekdays: dict[int, int] = field(default_factory=dict)
    _named: dict[int, _Named] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, doc: Doc, places: list[PlaceMatch]) -> Found:
        triggers = by_sentence(doc, doc.triggers, lambda t: t.start)
        dates = by_sentence(doc, doc.dates, lambda d: d.start)
        counts = by_sentence(doc, doc.counts, lambda c: c.start)
        return cls(
            locative={p.start for p in places if is_locative(doc, p)},
            near={p.start for p in places if is_near(doc, p) or names_no_scene(doc, p)},
            reporting={
                start
                for s in doc.sentences
                for start in reporting_dates(doc, s.start, dates[s.index], triggers[s.index])
            },
            triggers=triggers,
            counts=counts,
            dates=dates,
            places=by_sentence(doc, places, lambda p: p.start),
            actors=by_sentence(doc, doc.actors, lambda a: a.start),
            sources=by_sentence(doc, doc.sources, lambda s: s.start),
            sites=[find_sites(doc.text, doc.folded, s.start, s.end) for s in doc.sentences],
            victim_parts={
                s.index
                for s in doc.sentences
                if _victim_parts().find(doc.folded, s.start, s.end)
                # one more victim ("another woman was wounded", "later died in hospital")
                or doc.status[s.index].another_victim
                or doc.status[s.index].later_death
            },
            openers={s.index for s in doc.sentences if doc.status[s.index].new_incident},
            time_only={s.index for s in doc.sentences if _time_only(doc, s.index)},
            told_again={c.start for c in doc.counts if _after_pronoun(doc.folded, c.start)},
            updates={
                s.index
                for s in doc.sentences
                if doc.status[s.index].later_death
                or any(c.total and c.what == "killed" for c in counts[s.index])
            },
            later_deaths={s.index for s in doc.sentences if doc.status[s.index].later_death},
            later_acts={s.index for s in doc.sentences if _tells_later(doc.folded, s.start, s.end)},
            attackers_told={
                s.index for s in doc.sentences if _attackers().find(doc.folded, s.start, s.end)
            },
            day_parts={
                d.start: part
                for s in doc.sentences
                for d in dates[s.index]
                if (part := part_of_day(doc.folded, d, s.start, s.end))
            },
            leaders={
                s.index
                for s in doc.sentences
                if any(t.category == "arrest" for t in triggers[s.index])
                and _leaders().find(doc.folded, s.start, s.end)
            },
        )

    def places_in_town(self, p: PlaceMatch) -> str | None:
        """The municipality code `p` places something in ("en Tapalpa", "in the town of X"),
        else None: a town named otherwise ("un hospital de Guadalajara") places nothing."""
        loc = p.location
        if (
            loc.precision in ("municipality", "locality")
            and p.start in self.locative
            and p.start not in self.near
        ):
            return loc.admin2_code
        return None

    def places_of(self, draft: Draft) -> list[PlaceMatch]:
        return [
            p
            for i in sorted(set(draft.sentences))
            for p in self.places[i]
            if p.start not in draft.skip
        ]

    def dates_of(self, draft: Draft) -> list[DateMatch]:
        return [
            d
            for i in sorted(set(draft.sentences))
            for d in self.dates[i]
            if d.start not in draft.skip
        ]

    def named(self, draft: Draft) -> _Named:
        """The states, municipalities and days `draft`'s own words name (see `states_of`,
        `municipalities_of`, `days_of`). Drafts grow by appending sentences as they merge,
        so this is cached per draft and extended with the sentences it gained since;
        recomputed over every sentence at each comparison, merging the drafts of a long
        article cost the square of its sentences. A grown `skip` starts over."""
        memo = self._named.get(id(draft))
        if (
            memo is None
            or memo.draft is not draft
            or memo.skip != len(draft.skip)
            or memo.sentences > len(draft.sentences)
        ):
            memo = _Named(draft, 0, len(draft.skip))
            self._named[id(draft)] = memo
        for i in draft.sentences[memo.sentences :]:
            for p in self.places[i]:
                if p.start in draft.skip:
                    continue
                loc = p.location
                if loc.admin1_code:
                    memo.states.add(loc.admin1_code)
                town = self.places_in_town(p)
                if town:
                    memo.municipalities.add(town)
            if i < len(self.sites):
                lo, hi = draft.spans.get(i, (0, 1 << 62))
                memo.sites.update(name for at, name in self.sites[i] if lo <= at < hi)
            for d in self.dates[i]:
                if (
                    d.start not in draft.skip
                    and d.start not in self.reporting
                    and d.precision == "day"
                    and not d.future
                ):
                    memo.days.add(d.value)
                    parts = memo.day_parts.setdefault(d.value, set())
                    if d.start in self.day_parts:
                        parts.add(self.day_parts[d.start])
            if i < len(self.loose):
                self._name_loose(memo, draft, i)
        memo.sentences = len(draft.sentences)
        return memo

    def loose_at(self, i: int) -> list[DateMatch]:
        """The days with no year sentence `i` names in a report with no date (`loose`)."""
        return self.loose[i] if i < len(self.loose) else []

    def days_told(self, i: int) -> list[DateMatch]:
        """The dates of sentence `i`, and the days with no year it names (`loose`)."""
        return self.dates[i] + self.loose_at(i) if self.loose else self.dates[i]

    def _name_loose(self, memo: _Named, draft: Draft, i: int) -> None:
        """The weekdays and months' days of sentence `i` with no year, within `draft`'s
        words, added to what it names."""
        lo, hi = draft.spans.get(i, (0, 1 << 62))
        for d in self.loose[i]:
            if d.start in draft.skip or not lo <= d.start < hi:
                continue
            if d.rule != "weekday":
                memo.month_days.add((d.value.month, d.value.day))
            if d.start in self.loose_weekdays:
                parts = memo.weekdays.setdefault(self.loose_weekdays[d.start], set())
                if d.start in self.day_parts:
                    parts.add(self.day_parts[d.start])

    def states_of(self, draft: Draft) -> set[str]:
        """The states its own words name (not to be modified: cached)."""
        return self.named(draft).states

    def municipalities_of(self, draft: Draft) -> set[str]:
        """Municipalities its words place it in ("en Tapalpa", "in the town of X"); a town
        named otherwise ("un hospital de Guadalajara") does not place the event."""
        return self.named(draft).municipalities

    def sites_of(self, draft: Draft) -> set[str]:
        """The sites (colonias, communities) its own words set it in (`assemble.sites`)."""
        return self.named(draft).sites

    def site_of(self, text: str, draft: Draft) -> str | None:
        """The site (colonia, fraccionamiento, community) its own words first set it in, as
        `text` writes it ("Las Quintas"), or None when they name none."""
        for i in draft.sentences:
            if i >= len(self.sites):
                continue
            lo, hi = draft.spans.get(i, (0, 1 << 62))
            for at, name in self.sites[i]:
                if lo <= at < hi:
                    end = at + len(name)
                    # "la colonia Las Quintas de Culiacán": the town is no part of its name
                    towns = [p.start for p in self.places[i] if at < p.start < end]
                    if towns:
                        end = min(towns)
                    return _no_joiner_after(text[at:end]) or None
        return None

    def days_of(self, draft: Draft) -> set[date]:
        """The days its own words name (day precision, not future)."""
        return self.named(draft).days

    def loose_days_apart(self, a: Draft, b: Draft) -> bool:
        """Whether two drafts of a report with no date name days with no year that differ:
        weekdays none of which both name, or months' days none of which both name ("On
        Monday, gunmen killed…" and "On Wednesday, the bodies of…"), unless a night runs
        from the one's day into the other's ("la noche del domingo"…"la madrugada del
        lunes")."""
        x, y = self.named(a), self.named(b)
        if x.month_days and y.month_days and not x.month_days & y.month_days:
            return True
        if not x.weekdays or not y.weekdays or set(x.weekdays) & set(y.weekdays):
            return False
        return not weekday_night_before(x.weekdays, y.weekdays) and not weekday_night_before(
            y.weekdays, x.weekdays
        )

    def same_night(self, a: Draft, b: Draft) -> bool:
        """Whether two drafts' days include a day and the next told as one night ("la noche
        del domingo", "la madrugada del lunes": `nights`), the later told in no town the
        earlier does not name ("Matan a cinco en Zamora y Jacona. La noche del lunes… La
        madrugada del martes, … en Jacona": two happenings of the night)."""
        for x, y in ((a, b), (b, a)):
            if self.municipalities_of(y) <= self.municipalities_of(x) and night_before(
                self.named(x).day_parts, self.named(y).day_parts
            ):
                return True
        return False


@cache
def sequence_cues() -> frozenset[str]:
    """The cues of another happening that only tell time going on (`cues.toml` [incident]
    `sequence`), each pattern spelled out ("shortly (after|later)")."""
    cues = load_data("lexicon/cues.toml")["incident"]["sequence"]
    return frozenset(phrase for cue in cues for phrase in expand(cue))


def _time_only(doc: Doc, i: int) -> bool:
    """Whether sentence `i` opens another happening only by telling time going on, and
    names no street or road (`cues.toml` [incident] `own_scene`) that may be a scene of its
    own ("Shortly after, officers were attacked on X Avenue")."""
    cues = doc.status[i]
    sentence = doc.sentences[i]
    return (
        cues.new_incident
        and all(doc.folded[a:b] in sequence_cues() for a, b in cues.new_incident_at)
        and _own_scene().search(doc.text, sentence.start, sentence.end) is None
    )


@cache
def _own_scene() -> re.Pattern[str]:
    """A street or road with its name ("la avenida Juárez", "carretera federal 200", "Las
    Torres Avenue"), in the text as written: the name's capital tells it from a mere "road"."""
    data = load_data("lexicon/cues.toml")["incident"]
    before, after = alternation(data["own_scene"]), alternation(data["own_scene_after"])
    name = r"[A-ZÁÉÍÓÚÑ0-9]"
    return re.compile(
        rf"(?<![^\W\d_])(?i:{before})\s+(?:(?i:de|del|la|el|federal|estatal)\s+)*{name}"
        rf"|{name}[^\s,;:.]*\s+(?i:{after})(?![^\W\d_])"
    )


@cache
def _pronouns() -> frozenset[str]:
    return frozenset(load_data("lexicon/cues.toml")["incident"]["told_pronouns"])


def _after_pronoun(folded: str, start: int) -> bool:
    """Whether the word right before `start` is a personal pronoun ("she was killed")."""
    words = folded[max(0, start - 12) : start].split()
    return bool(words) and words[-1] in _pronouns()


@cache
def _victim_parts() -> PhraseMatcher[str]:
    """Words that pick some of the victims counted before (`incidents.toml` [tolls_apart])."""
    cues = load_data("incidents.toml")["tolls_apart"]["part_cues"]
    return PhraseMatcher((c, "part") for c in cues)


share_scan(_victim_parts)  # read on every sentence (`lexicon_scan.shared_scan`)


@cache
def _leaders() -> PhraseMatcher[str]:
    """Words that name a person held as one who matters (`incidents.toml` [enforcement])."""
    words = load_data("incidents.toml")["enforcement"]["leaders"]
    return PhraseMatcher((w, "leader") for w in words)


share_scan(_leaders)  # read on the sentences that tell an arrest


@cache
def _attackers() -> PhraseMatcher[str]:
    """Words that name the attackers told before (`incidents.toml` [attackers_told])."""
    words = load_data("incidents.toml")["attackers_told"]["words"]
    return PhraseMatcher((w, "attackers") for w in words)


share_scan(_attackers)  # read on every sentence


@cache
def _later_cues() -> tuple[PhraseMatcher[str], frozenset[str]]:
    """(the words that tell an act as done later, the words after which "después" heads a
    phrase of what came first instead: "después de la persecución") (`incidents.toml`
    [parts_later])."""
    data = load_data("incidents.toml")["parts_later"]
    return PhraseMatcher((c, "later") for c in data["cues"]), frozenset(data["not_before"])


# asked on every sentence or draft: one shared pass per article (`lexicon_scan.shared_scan`)
share_scan(lambda: _later_cues()[0])


def _tells_later(folded: str, start: int, end: int) -> bool:
    """Whether `folded[start:end]` tells its act as done later ("detuvieron después a…",
    "later arrested"), not after something it names ("después de una persecución")."""
    cues, not_before = _later_cues()
    for m in cues.find(folded, start, end):
        following = folded[m.end : end].split(maxsplit=1)
        if not following or following[0].strip(",.;:") not in not_before:
            return True
    return False
