"""Finding the stored event a new record describes: one indexed query per record (the block),
then the core's rules (`sucesos.resolve.core.choose`) on the events it returns.

The block is the events of the record's state and category family (and across the bridge
when the record gives a death toll: security operations and violent events) whose date lies
within the window of the record's and the event's date precisions, widened by the news lag
(`ix_events_block` serves it), so the cost grows with the number of nearby events, not with
all pairs.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from datetime import UTC, date
from functools import cache
from typing import Any

import sqlalchemy as sa

from sucesos.models import EventRecord
from sucesos.resolve.config import (
    DATE_RANK,
    NATIONAL,
    PRECISIONS,
    category_family,
    category_priority,
    fold_name,
    fullest_names,
    named_perpetrator,
    named_victim,
    settings,
    victim_role,
    window_between,
)
from sucesos.resolve.core import choose, place_bucket, toll_keys
from sucesos.resolve.mentions import Cluster, Mention, block_families, block_state
from sucesos.store import schema
from sucesos.store.keys import as_date

__all__ = [
    "BlockKey",
    "DayIndex",
    "block_bounds",
    "block_columns",
    "block_rows",
    "category_family",
    "category_priority",
    "event_cluster",
    "event_rows",
    "find_event",
    "in_block",
    "load_block",
]


def block_columns() -> tuple[sa.Column[Any], ...]:
    """The event columns a block query reads (what `event_cluster` needs)."""
    ev = schema.events
    return (
        ev.c.id,
        ev.c.category_family,
        ev.c.admin1_code,
        ev.c.admin2_code,
        ev.c.date,
        ev.c.date_precision,
        ev.c.latitude,
        ev.c.longitude,
        ev.c.geo_precision,
        ev.c.site,
        ev.c.actors,
        ev.c.category,
        ev.c.fatalities_min,
        ev.c.fatalities_max,
        ev.c.first_seen,
        ev.c.n_sources,
    )


def _block_query(national: bool = False) -> sa.CompoundSelect:
    """The block query, built once with bound parameters (building SQLAlchemy expressions
    costs more than running them): one index range (`ix_events_resolve_block`) per date
    precision of the stored events. `national`: the country's own block (`NATIONAL`), its
    events stored with no state and placed in the country."""
    ev = schema.events
    columns = block_columns()
    state = (
        sa.and_(ev.c.admin1_code.is_(None), ev.c.geo_precision == "country")
        if national
        else ev.c.admin1_code == sa.bindparam("state")
    )
    return sa.union_all(
        *(
            sa.select(*columns).where(
                state,
                ev.c.category_family == sa.bindparam("family"),
                ev.c.date_precision == p,
                ev.c.date.between(sa.bindparam(f"lo_{p}"), sa.bindparam(f"hi_{p}")),
            )
            for p in PRECISIONS
        )
    )


_BLOCK = _block_query()
_NATIONAL_BLOCK = _block_query(national=True)


def _run_block(
    conn: sa.Connection, state: str, family: str, windows: Mapping[str, tuple[int, int]]
) -> sa.CursorResult[Any]:
    """The rows of one block (`state`'s, or the country's own for `NATIONAL`)."""
    params = _params(state, family, windows)
    if state == NATIONAL:
        del params["state"]
        return conn.execute(_NATIONAL_BLOCK, params)
    return conn.execute(_BLOCK, params)


_ev, _ver = schema.events, schema.event_versions
# Event rows with their last version number.
_EVENT_ROWS = sa.select(
    _ev,
    sa.select(sa.func.max(_ver.c.version))
    .where(_ver.c.event_id == _ev.c.id)
    .scalar_subquery()
    .label("_last_version"),
).where(_ev.c.id.in_(sa.bindparam("ids", expanding=True)))
_rep, _rec = schema.reports, schema.records
_SAME_ARTICLE = (
    sa.select(_rep.c.event_id, _rec.c.data)
    .select_from(_rep.join(_rec, _rep.c.record_id == _rec.c.id))
    .where(
        _rep.c.article_id == sa.bindparam("article"),
        _rep.c.event_id.in_(sa.bindparam("events", expanding=True)),
    )
)


def event_cluster(event_id: str, row: Mapping[Any, Any]) -> Cluster | None:
    """The matching summary of an event row (a stored row, or one the batch resolver holds);
    None for an event with no date or state (no block holds it)."""
    day = as_date(row.get("date"))
    state = block_state(row.get("admin1_code"), row.get("geo_precision"))
    if day is None or state is None:
        return None
    names: set[str] = set()
    perps: set[str] = set()
    victims: set[str] = set()
    roles: set[str] = set()
    for a in row.get("actors") or []:
        key = fold_name(a["name"])
        if key in names:
            continue
        names.add(key)
        if named_perpetrator(a["name"], a.get("kind"), a.get("role")):
            perps.add(key)
        if named_victim(a.get("kind"), a.get("role")):
            victims.add(key)
        elif victim_role(a["name"], a.get("role")):
            roles.add(key)
    first_seen = row.get("first_seen")
    return Cluster(
        id=event_id,
        family=row["category_family"],
        state=state,
        municipality=row.get("admin2_code"),
        day=day.toordinal(),
        precision=row.get("date_precision") or "day",
        category=row.get("category"),
        # The day as the store reads it back (UTC), whatever offset the source gave.
        published=first_seen.astimezone(UTC).date().toordinal() if first_seen else None,
        lat=row.get("latitude"),
        lon=row.get("longitude"),
        place_precision=row.get("geo_precision"),
        actor_names=names,
        perpetrators=perps,
        victims=fullest_names(victims),
        roles=roles,
        sites={fold_name(row["site"])} if row.get("site") else set(),
        fatalities_min=row.get("fatalities_min"),
        fatalities_max=row.get("fatalities_max"),
        n_sources=row.get("n_sources") or 0,
    )


def block_bounds(m: Mention) -> dict[str, int]:
    """{date precision of a stored event: the largest distance in days from `m`'s day} of
    `m`'s block: the wider window of the two precisions, widened by the news lag."""
    return _bounds(m.precision)


@cache
def _bounds(precision: str | None) -> dict[str, int]:
    """`block_bounds` of a mention of date `precision`, made once per precision (the
    settings are read once): shared, never changed by its readers."""
    lag = _news_lag()
    return {p: window_between(precision, p) + lag for p in PRECISIONS}


def block_windows(m: Mention) -> dict[str, tuple[int, int]]:
    """{date precision of a stored event: (first, last day ordinal)} of `m`'s block."""
    assert m.day is not None
    return {p: (m.day - reach, m.day + reach) for p, reach in block_bounds(m).items()}


@cache
def _news_lag() -> int:
    return int(settings()["date_window"]["news_lag"])


def in_block(
    m: Mention, c: Cluster, precision: str | None, bounds: Mapping[str, int] | None = None
) -> bool:
    """True when the event `c` (stored with date `precision`) lies in `m`'s block window:
    what the block query selects, for events already in memory. A caller that tests many
    events for one mention passes its `block_bounds` once."""
    if c.day is None or m.day is None or precision is None or precision not in DATE_RANK:
        return False
    reach = (block_bounds(m) if bounds is None else bounds)[precision]
    return abs(m.day - c.day) <= reach


# One place's clusters: {stored date precision: (their days in order, (given order, cluster))}.
_Days = dict[str, tuple[list[int], list[tuple[int, Cluster]]]]


def _by_day(items: list[tuple[int, str, Cluster]]) -> _Days:
    grouped: dict[str, list[tuple[int, int, Cluster]]] = {}
    for order, precision, c in items:
        grouped.setdefault(precision, []).append((c.day or 0, order, c))
    out: _Days = {}
    for precision, rows in grouped.items():
        rows.sort(key=lambda row: (row[0], row[1]))
        out[precision] = ([day for day, _, _ in rows], [(order, c) for _, order, c in rows])
    return out


def _window(m: Mention, parts: Iterable[_Days]) -> list[tuple[int, Cluster]]:
    """(given order, cluster) of the clusters of `parts` in `m`'s block window, in the order
    they were given."""
    assert m.day is not None
    bounds = block_bounds(m)
    found: list[tuple[int, Cluster]] = []
    spans = 0
    for part in parts:
        for precision, (days, items) in part.items():
            reach = bounds[precision]
            lo = bisect_left(days, m.day - reach)
            hi = bisect_right(days, m.day + reach, lo)
            if hi > lo:
                found.extend(items[lo:hi])
                spans += 1
    if spans > 1:
        found.sort(key=lambda item: item[0])
    return found


class DayIndex:
    """The clusters of one block, per place and stored date precision in order of day: the
    ones in a mention's window are found by bisection, not by testing each (a block read for
    a batch holds every event of its state and family over the union of the batch's windows),
    and `candidates` looks only among the events its place allows (`core.place_bucket`): in a
    dense state a mention is compared with its own municipality's events, not the state's."""

    __slots__ = ("_places", "_tolls")

    def __init__(self, entries: Iterable[tuple[Cluster, str | None]] = ()) -> None:
        places: dict[str | None, list[tuple[int, str, Cluster]]] = {}
        tolls: dict[int, list[tuple[int, str, Cluster]]] = {}
        for order, (c, precision) in enumerate(entries):
            if c.day is None or precision is None or precision not in DATE_RANK:
                continue
            bucket = place_bucket(c)
            places.setdefault(bucket, []).append((order, precision, c))
            if bucket is not None:
                for toll in toll_keys(c):
                    tolls.setdefault(toll, []).append((order, precision, c))
        self._places = {bucket: _by_day(items) for bucket, items in places.items()}
        self._tolls = {toll: _by_day(items) for toll, items in tolls.items()}

    def within(self, m: Mention) -> list[Cluster]:
        """The clusters in `m`'s block window, in the order they were given."""
        if m.day is None:
            return []
        return [c for _, c in _window(m, self._places.values())]

    def candidates(self, m: Mention) -> list[Cluster]:
        """The clusters of `within` whose place does not rule `m` out
        (`core.may_share_place`), in the order they were given: all `core.choose` needs, as
        it rejects the others."""
        if m.day is None:
            return []
        if not m.municipality:
            return self.within(m)
        own = self._places.get(m.municipality)
        found = _window(m, [part for part in (own, self._places.get(None)) if part])
        by_toll = self._tolls.get(m.fatalities) if m.fatalities is not None else None
        if by_toll:
            # Events elsewhere giving the same distinctive toll (the own municipality's are
            # in `own` already).
            elsewhere = [
                item for item in _window(m, [by_toll]) if item[1].municipality != m.municipality
            ]
            if elsewhere:
                found = sorted(found + elsewhere, key=lambda item: item[0])
        return [c for _, c in found]


def _params(state: str, family: str, windows: Mapping[str, tuple[int, int]]) -> dict[str, Any]:
    params: dict[str, Any] = {"state": state, "family": family}
    for p, (lo, hi) in windows.items():
        params[f"lo_{p}"] = date.fromordinal(lo)
        params[f"hi_{p}"] = date.fromordinal(hi)
    return params


def load_block(conn: sa.Connection, m: Mention, same_article: bool = True) -> list[Cluster]:
    """The stored events in `m`'s block, as clusters (with `m`'s article's record, if any;
    `same_article=False` skips looking for it, for an article stored in this batch)."""
    if m.state is None or m.day is None:
        return []
    windows = block_windows(m)
    clusters: dict[str, Cluster] = {}
    for f in block_families(m):
        for row in _run_block(conn, m.state, f, windows):
            c = event_cluster(row.id, row._mapping)
            if c is not None:
                clusters[row.id] = c
    if clusters and same_article:
        hits = conn.execute(_SAME_ARTICLE, {"article": m.article_id, "events": list(clusters)})
        for hit in hits:
            other = Mention.from_record(EventRecord.from_dict(hit.data))
            clusters[hit.event_id].articles.setdefault(m.article_id, other.signature())
    return list(clusters.values())


BlockKey = tuple[str, str]  # (state, category family)


def block_rows(
    conn: sa.Connection, key: BlockKey, windows: Mapping[str, tuple[int, int]]
) -> Iterable[tuple[Cluster, str | None]]:
    """The stored events of block `key` within `windows` ({date precision: (first, last day
    ordinal)}), as (cluster, stored date precision)."""
    state, family = key
    for row in _run_block(conn, state, family, windows):
        c = event_cluster(row.id, row._mapping)
        if c is not None:
            yield c, row.date_precision


def event_rows(conn: sa.Connection, event_ids: list[str]) -> dict[str, dict[str, Any]]:
    """{event id: its stored row, with `_last_version`, its last version number}."""
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(event_ids), 900):
        result = conn.execute(_EVENT_ROWS, {"ids": event_ids[i : i + 900]})
        names = list(result.keys())  # a row's keys, asked once: `dict(row._mapping)` per row
        for row in result:
            out[row.id] = dict(zip(names, row, strict=True))
    return out


def find_event(
    conn: sa.Connection, record: EventRecord, day: date | None, published: date | None = None
) -> str | None:
    """Id of the stored event that `record` reports, or None when it is a new event.

    `day` dates a record that has none; `published` is its article's publication day (the
    news-lag rule). The rules are the core's (`sucesos.resolve.core.compatible`), applied to
    the record's block.
    """
    m = Mention.from_record(record, fallback=day, published=published)
    found = choose(m, load_block(conn, m))
    return found.id if found else None
