"""The resolver's core: when one event record reports the same real-world event as a cluster.

Pure functions over two small summaries — `Mention` (what matching needs of one record) and
`Cluster` (what it needs of one canonical event), both in `sucesos.resolve.mentions` — shared
by the store-backed resolver (`sucesos.resolve.match`, candidates from an indexed SQL query)
and the in-memory one (`MemoryResolver`, candidates from a dict of blocks), so both decide
alike.

Blocking: a record is only ever compared with events of the same state (ISO code), category
family (and, when both give a death toll, a security operation with a violent event: a deadly
raid is an operation to one outlet and a clash to another) and date window, so the cost per
record grows with the number of nearby events, never with all pairs. Rules, in `compatible`:
same (or bridged) family and state; dates within the wider window of the two date precisions,
widened by `news_lag` days backwards for a report of the same category dated on its own
publication day (outlets that give no day word are dated when they publish, a day or two after
the event), and never after the report's own publication (`_told_after_publication`); the same
municipality (or one side without one), or two locality-level points
closer than `near_km` across a municipal border, or two reports of the same category giving
the same distinctive death toll within `same_toll_km` (an outlet that places the event in the
city it was reported from); never two locality-level points farther than `far_km` apart, nor a
report without a municipality farther than `far_km_area` from the event; named perpetrators
not disjoint (unless both give the same distinctive toll: outlets blame different groups for
one massacre); named victims not disjoint (`victims_agree`: outlets drop a second surname or
the accents; the same distinctive toll still joins: outlets name different dead of one
massacre); the roles of the victims not disjoint, where both tell them (a candidate and a
police officer of one town and day; the same distinctive toll still joins); not dated a day
apart, the later day after the earlier side's first publication, with only one side telling
who its victims were (`_victims_told_apart`: police officers killed on Monday, "two men" shot
on Tuesday; the same distinctive toll still joins); and two records
of one article only when they are duplicates (same category, place, day and figure): an
article that lists two killings reports two events.

Among several events a report fits, it joins the one that agrees best (`choose`): the same
municipality, then the same family, then the closest death toll, then the same category (outlets
call one massacre an attack or a clash, but repeat its toll), then the account more outlets
share, then the closest date.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache

from sucesos.resolve.config import (
    NATIONAL,
    PRECISIONS,
    bridge,
    date_window,
    distance_km,
    settings,
    victims_agree,
    window_between,
)
from sucesos.resolve.mentions import Cluster, Mention, absorb, block_families


def _km(m: Mention, c: Cluster) -> float | None:
    """Distance between the two points, None when either has no coordinates."""
    if m.lat is None or m.lon is None or c.lat is None or c.lon is None:
        return None
    return distance_km(m.lat, m.lon, c.lat, c.lon)


POINT_PRECISIONS = ("locality", "municipality")


def _same_toll(m: Mention, c: Cluster) -> bool:
    """Both give the same death toll, high enough to single the event out in its state."""
    return m.category == c.category and m.fatalities is not None and m.fatalities in toll_keys(c)


def place_bucket(c: Cluster) -> str | None:
    """The municipality a mention must be placed in (or have none) to join `c`, unless both
    give the same distinctive toll (`toll_keys`); None when a mention placed anywhere may join
    it: `c` has no municipality, or is a locality point the distance rule may join across a
    border. What `_place_compatible` rules out, for indexing a block by place."""
    if c.municipality and c.place_precision != "locality":
        return c.municipality
    return None


def toll_keys(c: Cluster) -> tuple[int, ...]:
    """The distinctive death tolls by which a report placed in another municipality may still
    join `c` (`_same_toll`)."""
    lo, hi = c.fatalities_min, c.fatalities_max
    least = _distinctive_toll()
    keys: tuple[int, ...] = (lo,) if lo is not None and lo >= least else ()
    if hi is not None and hi >= least and hi != lo:
        keys += (hi,)
    return keys


@cache
def _distinctive_toll() -> int:
    return int(settings()["figures"]["distinctive_toll"])


def may_share_place(m: Mention, c: Cluster) -> bool:
    """False when `c`'s place alone rules `m` out (a cheap test `compatible` would fail
    too; `_place_compatible` decides the rest)."""
    bucket = place_bucket(c)
    return (
        not m.municipality
        or bucket is None
        or bucket == m.municipality
        or (m.fatalities is not None and m.fatalities in toll_keys(c))
    )


def _place_compatible(m: Mention, c: Cluster) -> bool:
    place = settings()["place"]
    both_localities = m.place_precision == "locality" and c.place_precision == "locality"
    km = _km(m, c) if both_localities else None
    if m.municipality and c.municipality and m.municipality != c.municipality:
        if km is not None and km <= place["near_km"]:
            return True
        if not _same_toll(m, c):
            return False
        far = _km(m, c)  # an outlet may place the event in a nearby city it names
        return far is not None and far <= place["same_toll_km"]
    if km is not None and km > place["far_km"]:
        return False
    if not (m.municipality and c.municipality):
        # One side has no municipality code (a locality the gazetteer does not place in one,
        # a point): its coordinates must still lie near the event's.
        points = m.place_precision in POINT_PRECISIONS and c.place_precision in POINT_PRECISIONS
        area = _km(m, c) if points else None
        return area is None or area <= place["far_km_area"]
    return True


def _unplaced_tolls_differ(m: Mention, c: Cluster) -> bool:
    """One side is placed only at state level (no municipality, no point) and the two give
    different common death tolls: a state-level report of three killed is not the town's
    killing of one that another outlet placed, whatever day and state they share (a
    state's same-day killings are many). Its place says nothing and its toll disagrees, so
    joining would be a guess; a repeated toll, a distinctive one, or none still joins."""
    if bool(m.municipality) == bool(c.municipality):
        return False
    unplaced = m.place_precision if not m.municipality else c.place_precision
    if unplaced in POINT_PRECISIONS:
        return False  # a point: the distance rule decides
    hi = c.fatalities_max
    if not m.fatalities or not hi:  # a 0 is extraction's "no figure" default
        return False
    lo = c.fatalities_min or hi
    least = _distinctive_toll()
    return not lo <= m.fatalities <= hi and m.fatalities < least and hi < least


def _dates_compatible(m: Mention, c: Cluster) -> bool:
    """Dates within the window of both precisions; a report of the same category dated on its
    own publication day (or an event dated on its one report's day) may also be `news_lag`
    days later than the other: outlets with no day word are dated when they publish. An
    event that several outlets date to one day is dated by their words, not by a publication:
    a report giving a day two before it tells another happening (a killing in the same town
    the week before)."""
    assert m.day is not None and c.day is not None
    if _told_after_publication(m, c):
        return False
    diff = m.day - c.day
    window = window_between(m.precision, c.precision)
    if abs(diff) <= window:
        return True
    if m.category != c.category:
        return False
    lag = int(settings()["date_window"]["news_lag"])
    if diff > 0 and m.day == m.published:
        return diff <= window + lag
    if diff < 0 and c.day == c.published and c.n_sources <= 1:
        return -diff <= window + lag
    return False


def _told_after_publication(m: Mention, c: Cluster) -> bool:
    """Whether `m` would tell a happening after its article came out: the event's own words
    date it (to the day) more than `[date_window] after_published` days after `m`'s
    publication (an undated body found in a paper of the 3rd is not the killing of the 6th).
    Only for the families `told_before_families` names (a march is announced before it is
    held). `m`'s own date is no such evidence: a report's undated act takes its lead's day."""
    window = settings()["date_window"]
    if m.published is None or c.day is None or c.precision != "day":
        return False
    if m.family not in window["told_before_families"]:
        return False
    return c.day > m.published + int(window["after_published"])


def _victims_told_apart(m: Mention, c: Cluster) -> bool:
    """Dated by day `[date_window] untold_victims_apart` days apart or more, the later day
    after the earlier side was first published (its act was news before the other's
    happened), one side tells who its victims were (names or roles) and the other tells no
    one, and they do not give the same distinctive toll: two acts of one town on two days
    (police officers killed on Monday, "two men" shot on Tuesday), which only the date
    window let meet."""
    if m.precision != "day" or c.precision != "day" or m.day is None or c.day is None:
        return False
    if abs(m.day - c.day) < int(settings()["date_window"]["untold_victims_apart"]):
        return False
    later, first_published = (m.day, c.published) if m.day > c.day else (c.day, m.published)
    if first_published is None or later <= first_published:
        return False
    told = bool(m.roles or m.victims)
    return told != bool(c.roles or c.victims) and not _same_toll(m, c)


def _sites_apart(m: Mention, c: Cluster) -> bool:
    """Both name the place inside the town they were set in (a colonia, fraccionamiento,
    community) and no name of the one is, or contains, a name of the other: "Las Quintas"
    and "Villa Verde" are two scenes; "Centro" and "Centro de Zamora" may be one."""
    if not m.site or not c.sites:
        return False
    return not any(m.site in x or x in m.site for x in c.sites)


def _families_compatible(m: Mention, c: Cluster) -> bool:
    if m.family == c.family:
        return True
    if not (m.fatalities and c.fatalities_max):
        return False
    violent, categories = bridge()
    return (m.category in categories and c.family == violent) or (
        c.category in categories and m.family == violent
    )


def _national_compatible(m: Mention, c: Cluster) -> bool:
    """Two reports placed only in the country (`NATIONAL`) tell one happening when they are
    of the same category and their death tolls overlap: none, or one of them, gives a toll;
    a distinctive toll (a nationwide tally: 25 soldiers killed) within `[national]
    toll_gap` of the event's range (the tally as the day went on, or another agency's
    count); a smaller toll only inside the range (two unplaced killings of one day are not
    one). Two distinctive tolls so near of the same victims ("police and soldiers") may
    also tell one day of violence under two categories of a family: outlets call soldiers
    killed by gunmen attacks or clashes; tolls of no told victims (the day's dead gunmen, its
    dead soldiers) stay apart across categories."""
    hi = c.fatalities_max
    if not m.fatalities or not hi:  # a 0 is extraction's "no figure" default
        return m.category == c.category
    gap = toll_gap(m, c)
    if min(m.fatalities, hi) < _distinctive_toll():
        return gap == 0 and m.category == c.category
    return gap <= float(settings()["national"]["toll_gap"]) and (
        m.category == c.category or (m.family == c.family and bool(m.roles & c.roles))
    )


def compatible(m: Mention, c: Cluster) -> bool:
    """True when mention `m` may report the same real-world event as cluster `c`."""
    if not _families_compatible(m, c) or m.state != c.state or m.state is None:
        return False
    if m.day is None or c.day is None:
        return False
    if not _dates_compatible(m, c):
        return False
    if m.state == NATIONAL and not _national_compatible(m, c):
        return False
    if not _place_compatible(m, c) or _unplaced_tolls_differ(m, c):
        return False
    if m.spread and c.municipality:
        return False  # a sum over several states is not the toll of one town's incident
    perps = m.perpetrators
    if perps and c.perpetrators and not (perps & c.perpetrators) and not _same_toll(m, c):
        return False  # outlets that blame different groups for one massacre still meet
    other_victims = m.victims and c.victims and not victims_agree(m.victims, c.victims)
    if other_victims and not _same_toll(m, c):
        return False  # two people of one town killed the same day: two acts
    other_roles = m.roles and c.roles and not (m.roles & c.roles)
    if other_roles and not _same_toll(m, c):
        return False  # a candidate shot in the morning, a police officer that night: two acts
    if _victims_told_apart(m, c):
        return False
    if _sites_apart(m, c) and not _same_toll(m, c):
        return False  # two shootings of one town and day in two colonias: two acts
    same_article = c.articles.get(m.article_id)
    return same_article is None or same_article == m.signature()


def toll_gap(m: Mention, c: Cluster) -> float:
    """How far `m`'s death toll is from the event's range, relative to the larger figure:
    0 inside the range, below 1 outside it, 1 when only `m` gives a toll (an event no source
    gives a toll for is rarely the killing another outlet counts), 0.5 when `m` gives none.
    A distinctive toll given as a floor ("al menos 12", "at least 12") lies inside any range
    that reaches it: the event's larger toll is a later or fuller count, not another
    happening. A floor no number gives (a named victim: at least 1) is no such evidence."""
    if m.fatalities is None:
        return 0.5
    lo, hi = c.fatalities_min, c.fatalities_max
    if lo is None or not hi:  # a 0 is extraction's "no figure" default
        return 1.0
    if m.floor and m.fatalities >= _distinctive_toll() and hi >= m.fatalities:
        return 0.0  # "at least 12" and the event's 25 tell one toll, the one counted later
    gap = max(lo - m.fatalities, m.fatalities - hi, 0)
    return gap / max(1, m.fatalities, hi)


def _rank(m: Mention, c: Cluster) -> tuple[int, int, int, float, int, int, int, int]:
    """How well `c` agrees with `m` (less is better), but for the last ties: the nearest point,
    then the id (`pick` measures the distance only between clusters still tied)."""
    return (
        0 if m.article_id in c.articles else 1,  # an exact repeat within its article
        0 if m.municipality and m.municipality == c.municipality else 1,
        0 if m.family == c.family else 1,
        # The toll before the category: outlets name one massacre an attack or a clash, but
        # repeat its toll.
        round(toll_gap(m, c), 2),
        0 if m.category == c.category else 1,
        -c.n_sources,  # the account more outlets already share
        abs((m.day or 0) - (c.day or 0)),
        0 if m.perpetrators & c.perpetrators else 1,
    )


def choose(m: Mention, candidates: Iterable[Cluster]) -> Cluster | None:
    """The cluster `m` joins among `candidates` (one block), or None for a new event.

    A mention placed only at state level that fits events in several municipalities is left
    on its own: guessing which one it reports would be a merge no source supports, unless it
    gives a distinctive death toll that events of exactly one of those municipalities give
    too (`_same_toll`): a wire report that names only the state repeats the massacre's toll
    while the state's other killings of the day have their own. Among
    several fitting clusters the one in the same municipality, then of the same family, then
    with the closest death toll, then of the same category, then the one more sources share,
    then the closest date, then shared perpetrators, then the nearest point wins (ties by id,
    so the choice is stable).
    """
    return pick(m, [c for c in candidates if compatible(m, c)])


def pick(m: Mention, fits: list[Cluster]) -> Cluster | None:
    """What `choose` gives among the candidates `m` is `compatible` with, `fits`, in the
    order the candidates were given (a caller that knows them already need not ask again)."""
    if len(fits) < 2:
        return fits[0] if fits else None  # nothing to rank it against
    if not m.municipality and len({c.municipality for c in fits if c.municipality}) > 1:
        singled = [c for c in fits if c.municipality and _same_toll(m, c)]
        if len({c.municipality for c in singled}) != 1:
            return None
        fits = singled
    ranked = [(_rank(m, c), c) for c in fits]
    best = min(rank for rank, _ in ranked)
    tied = [c for rank, c in ranked if rank == best]
    if len(tied) == 1:
        return tied[0]
    return min(tied, key=lambda c: (_km(m, c) or 0.0, c.id))


BlockKey = tuple[str, str, str]  # (state, family, date precision)


class MemoryResolver:
    """Clusters a stream of mentions in memory, with the rules of the store-backed resolver.

    Blocks are (state, family, date precision) → day → clusters; a mention looks only at the
    days within its window in each precision's block. Clusters dated more than `horizon_days`
    before the latest mention seen are evicted (handed to `on_evict`, e.g. to be written
    out), so memory stays bounded on an endless stream: a report arriving later than that
    after its event starts a new event, which the store-backed resolver (no horizon) would
    have merged.
    """

    def __init__(
        self,
        horizon_days: int | None = None,
        on_evict: Callable[[Cluster], None] | None = None,
        new_id: Callable[[Mention], str] | None = None,
    ) -> None:
        self.horizon = horizon_days if horizon_days is not None else date_window("year") + 7
        self.on_evict = on_evict
        self.new_id = new_id or (lambda m: m.record_id)
        self.blocks: dict[BlockKey, dict[int, list[Cluster]]] = {}
        self.latest = -(10**9)
        self._swept = -(10**9)
        self.live = 0
        self.created = 0

    def add(self, m: Mention, source: str | None = None) -> tuple[Cluster, bool]:
        """Resolve one mention; returns its cluster and True when the cluster is new."""
        c = choose(m, self._candidates(m)) if m.state and m.day is not None else None
        if c is None:
            c = Cluster.start(self.new_id(m), m, source)
            self.created += 1
            if m.state and m.day is not None:
                self._put(c)
                self.live += 1
            elif self.on_evict is not None:  # unplaceable: never matched, done at once
                self.on_evict(c)
            self._advance(m.day)
            return c, True
        before = (c.precision, c.day)
        absorb(c, m, source)
        if (c.precision, c.day) != before:
            self._take(c, *before)
            self._put(c)
        self._advance(m.day)
        return c, False

    def _candidates(self, m: Mention) -> Iterable[Cluster]:
        assert m.state is not None and m.day is not None
        for family in block_families(m):
            yield from self._block(m, family)

    def _block(self, m: Mention, family: str) -> Iterable[Cluster]:
        assert m.state is not None and m.day is not None
        for precision in PRECISIONS:
            days = self.blocks.get((m.state, family, precision))
            if not days:
                continue
            w = window_between(m.precision, precision)
            if 2 * w + 1 <= len(days):
                for day in range(m.day - w, m.day + w + 1):
                    yield from days.get(day, ())
            else:
                for day, clusters in days.items():
                    if abs(day - m.day) <= w:
                        yield from clusters

    def _put(self, c: Cluster) -> None:
        key = (c.state or "", c.family, c.precision)
        self.blocks.setdefault(key, {}).setdefault(c.day or 0, []).append(c)

    def _take(self, c: Cluster, precision: str, day: int | None) -> None:
        days = self.blocks[(c.state or "", c.family, precision)]
        bucket = days[day or 0]
        bucket.remove(c)
        if not bucket:
            del days[day or 0]

    def _advance(self, day: int | None) -> None:
        if day is None or day <= self.latest:
            return
        self.latest = day
        if day - self._swept >= 7:  # sweeping weekly keeps eviction cheap
            self._swept = day
            self._evict(day - self.horizon)

    def _evict(self, before: int) -> None:
        for days in self.blocks.values():
            for day in [d for d in days if d < before]:
                for c in days.pop(day):
                    self.live -= 1
                    if self.on_evict is not None:
                        self.on_evict(c)

    def flush(self) -> None:
        """Hand every live cluster to `on_evict` (at the end of a stream)."""
        self._evict(10**9)
