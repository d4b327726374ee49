"""What the resolver compares: `Mention`, what matching needs of one event record, and
`Cluster`, what it needs of one canonical event, with how a cluster takes in a joined mention
(`absorb`) and which category families a mention is compared with (`block_families`). The
rules that decide a match are in `sucesos.resolve.core`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sucesos.models import EventRecord
from sucesos.resolve.config import (
    DATE_RANK,
    NATIONAL,
    PLACE_RANK,
    bridge,
    category_family,
    fatality_toll,
    fold_name,
    fullest_names,
    named_perpetrator,
    named_victim,
    victim_role,
)
from sucesos.resolve.figures import toll_is_bound
from sucesos.store.keys import as_date


def block_families(m: Mention) -> tuple[str, ...]:
    """The families whose events `m` is compared with: its own, and across the bridge when it
    gives a death toll (settings' [bridge]: a raid that ends in a shootout is an operation to
    one outlet and an armed clash to another)."""
    if not m.fatalities:
        return (m.family,)
    violent, categories = bridge()
    if m.category in categories:
        return (m.family, violent)
    if m.family == violent:
        return (violent, *sorted({category_family(c) for c in categories} - {violent}))
    return (m.family,)


def block_state(admin1_code: str | None, precision: str | None) -> str | None:
    """The blocking key of a place: its state's code; `NATIONAL` for a place that is the
    country itself (no state); None for no place at all (never matched)."""
    if admin1_code:
        return admin1_code
    return NATIONAL if precision == "country" else None


# (category, municipality, place name, day, fatalities): equal for two records of one article
# that describe the same event twice.
Signature = tuple[str, str | None, str, int | None, int | None]


@dataclass(slots=True)
class Mention:
    """What matching needs of one event record."""

    record_id: str
    article_id: str
    category: str
    family: str
    state: str | None
    municipality: str | None
    day: int | None  # date.toordinal(), so the in-memory core compares ints
    precision: str
    lat: float | None = None
    lon: float | None = None
    place_precision: str | None = None
    place: str = ""
    actors: tuple[tuple[str, bool], ...] = ()  # (folded name, is a named perpetrator)
    fatalities: int | None = None
    dated: bool = True  # False when `day` is the publication day of an undated record
    published: int | None = None  # ordinal of its article's publication day, when known
    # Placed in several states and no town: figures summed over several incidents ("19
    # soldiers killed in attacks in Jalisco, Michoacán and Guanajuato"), no one incident.
    spread: bool = False
    # Its death toll is only the least its source allows ("at least 12 soldiers killed", "the
    # leader was killed": at least 1): a larger toll of the event does not contradict it.
    floor: bool = False
    # The folded names of the people its acts were done to ("juan perez lopez"), when named.
    victims: frozenset[str] = frozenset()
    # The folded labels of their roles ("victims: police and soldiers"), when told.
    roles: frozenset[str] = frozenset()
    # The folded name of the place inside its town it was set in ("las quintas"), or "".
    site: str = ""

    @classmethod
    def from_record(
        cls, record: EventRecord, fallback: date | None = None, published: date | None = None
    ) -> Mention:
        """The mention of `record`, dated at publication (`fallback`) when it has no date;
        `published` is its article's publication day (for the news-lag date rule)."""
        loc = record.locations[0] if record.locations else None
        day = as_date(record.date) or fallback
        published_on = published or fallback
        seen: dict[str, bool] = {}
        victims: set[str] = set()
        roles: set[str] = set()
        for a in record.actors:
            key = fold_name(a.name)
            if key not in seen:
                seen[key] = named_perpetrator(a.name, a.kind, a.role)
                if named_victim(a.kind, a.role):
                    victims.add(key)
                elif victim_role(a.name, a.role):
                    roles.add(key)
        return cls(
            record_id=record.id,
            article_id=record.article_id,
            category=record.category,
            family=category_family(record.category),
            state=block_state(loc.admin1_code, loc.precision) if loc else None,
            municipality=loc.admin2_code if loc else None,
            day=day.toordinal() if day else None,
            precision=(record.date_precision or "day") if as_date(record.date) else "week",
            lat=loc.latitude if loc else None,
            lon=loc.longitude if loc else None,
            place_precision=loc.precision if loc else None,
            place=fold_name(loc.name) if loc else "",
            actors=tuple(seen.items()),
            fatalities=fatality_toll(record),
            dated=as_date(record.date) is not None,
            published=published_on.toordinal() if published_on else None,
            spread=len({x.admin1_code for x in record.locations}) > 1
            and not any(x.admin2_code for x in record.locations),
            floor=toll_is_bound(record),
            victims=frozenset(victims),
            roles=frozenset(roles),
            site=fold_name(record.site) if record.site else "",
        )

    @property
    def perpetrators(self) -> frozenset[str]:
        return frozenset(name for name, named in self.actors if named)

    def signature(self) -> Signature:
        day = self.day if self.dated else None
        return (self.category, self.municipality, self.place, day, self.fatalities)


@dataclass(slots=True)
class Cluster:
    """What matching needs of one canonical event (its resolved place, date and actors)."""

    id: str
    family: str
    state: str | None
    municipality: str | None
    day: int | None
    precision: str
    category: str | None = None  # the event's (lead) category
    published: int | None = None  # ordinal of the earliest publication day of its reports
    lat: float | None = None
    lon: float | None = None
    place_precision: str | None = None
    actor_names: set[str] = field(default_factory=set)
    perpetrators: set[str] = field(default_factory=set)
    victims: set[str] = field(default_factory=set)  # folded names of its named victims
    roles: set[str] = field(default_factory=set)  # folded labels of its victims' roles
    sites: set[str] = field(default_factory=set)  # folded sites inside its town it is set in
    # Article id → signature of its record here, for the articles that matter to a match
    # (all of them in memory; the record's own article when loaded from the store).
    articles: dict[str, Signature] = field(default_factory=dict)
    n_sources: int = 0  # independent sources already linked
    # Running figures, kept by the in-memory resolver (the store recomputes from reports).
    n_records: int = 0
    sources: set[str] = field(default_factory=set)
    fatalities_min: int | None = None
    fatalities_max: int | None = None

    @classmethod
    def start(cls, event_id: str, m: Mention, source: str | None = None) -> Cluster:
        """A new cluster holding only `m`."""
        c = cls(
            id=event_id,
            family=m.family,
            state=m.state,
            municipality=m.municipality,
            day=m.day,
            precision=m.precision,
            category=m.category,
            published=m.published,
        )
        absorb(c, m, source)
        return c


def absorb(c: Cluster, m: Mention, source: str | None = None) -> None:
    """Update the cluster summary with a joined mention, as `event_sums.compute_event` would:
    the most precise (then earliest) date, the most precise place (first one on ties), the
    union of actors (a name keeps the role of its first report)."""
    if m.day is not None and (
        c.n_records == 0
        or (DATE_RANK.get(m.precision, 9), m.day) < (DATE_RANK.get(c.precision, 9), c.day or 0)
    ):
        c.day, c.precision = m.day, m.precision
    if c.n_records == 0 or PLACE_RANK.get(m.place_precision or "", 9) < PLACE_RANK.get(
        c.place_precision or "", 9
    ):
        c.municipality, c.lat, c.lon = m.municipality, m.lat, m.lon
        c.place_precision = m.place_precision
    for name, named in m.actors:
        if name not in c.actor_names:
            c.actor_names.add(name)
            if named:
                c.perpetrators.add(name)
            if name in m.victims:
                c.victims = fullest_names(c.victims | {name})
    c.roles |= m.roles
    if m.site:
        c.sites.add(m.site)
    if m.published is not None and (c.published is None or m.published < c.published):
        c.published = m.published
    c.articles.setdefault(m.article_id, m.signature())
    c.n_records += 1
    c.sources.add(source or m.article_id)
    c.n_sources = len(c.sources)
    if m.fatalities is not None:
        lo, hi = c.fatalities_min, c.fatalities_max
        c.fatalities_min = m.fatalities if lo is None else min(lo, m.fatalities)
        c.fatalities_max = m.fatalities if hi is None else max(hi, m.fatalities)
