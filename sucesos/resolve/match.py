"""Finding the stored event a new record describes: one indexed query per record (the block),
then the core's rules (`sucesos.resolve.core.choose`) on the events it returns.

The block is the events of the record's state and category family (and across the bridge
when the record gives a death toll: security operations and violent events) whose date lies
within the window of the record's and the event's date precisions, widened by the news lag
(`ix_events_block` serves it), so the cost grows with the number of nearby events, not with
all pairs.
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from sucesos.models import EventRecord
from sucesos.resolve.core import (
    PRECISIONS,
    Cluster,
    Mention,
    block_families,
    category_family,
    category_priority,
    choose,
    named_perpetrator,
    settings,
    window_between,
)
from sucesos.store import schema
from sucesos.store.keys import fold

__all__ = ["category_family", "category_priority", "find_event", "load_block"]


def _block_query() -> sa.CompoundSelect:
    """The block query, built once with bound parameters (building SQLAlchemy expressions
    costs more than running them): one index range (`ix_events_resolve_block`) per date
    precision of the stored events."""
    ev = schema.events
    columns = (
        ev.c.id,
        ev.c.category_family,
        ev.c.admin1_code,
        ev.c.admin2_code,
        ev.c.date,
        ev.c.date_precision,
        ev.c.latitude,
        ev.c.longitude,
        ev.c.geo_precision,
        ev.c.actors,
        ev.c.category,
        ev.c.fatalities_min,
        ev.c.fatalities_max,
        ev.c.first_seen,
        ev.c.n_sources,
    )
    return sa.union_all(
        *(
            sa.select(*columns).where(
                ev.c.admin1_code == sa.bindparam("state"),
                ev.c.category_family == sa.bindparam("family"),
                ev.c.date_precision == p,
                ev.c.date.between(sa.bindparam(f"lo_{p}"), sa.bindparam(f"hi_{p}")),
            )
            for p in PRECISIONS
        )
    )


_BLOCK = _block_query()
_rep, _rec = schema.reports, schema.records
_SAME_ARTICLE = (
    sa.select(_rep.c.event_id, _rec.c.data)
    .select_from(_rep.join(_rec, _rep.c.record_id == _rec.c.id))
    .where(
        _rep.c.article_id == sa.bindparam("article"),
        _rep.c.event_id.in_(sa.bindparam("events", expanding=True)),
    )
)


def load_block(conn: sa.Connection, m: Mention, same_article: bool = True) -> list[Cluster]:
    """The stored events in `m`'s block, as clusters (with `m`'s article's record, if any;
    `same_article=False` skips looking for it, for an article stored in this batch)."""
    if m.state is None or m.day is None:
        return []
    params: dict[str, object] = {"state": m.state}
    lag = int(settings()["date_window"]["news_lag"])
    for p in PRECISIONS:
        w = window_between(m.precision, p) + lag
        params[f"lo_{p}"] = date.fromordinal(m.day - w)
        params[f"hi_{p}"] = date.fromordinal(m.day + w)
    rows = [row for f in block_families(m) for row in conn.execute(_BLOCK, {**params, "family": f})]
    clusters: dict[str, Cluster] = {}
    for row in rows:
        names: set[str] = set()
        perps: set[str] = set()
        for a in row.actors or []:
            key = fold(a["name"])
            if key in names:
                continue
            names.add(key)
            if named_perpetrator(a["name"], a.get("kind"), a.get("role")):
                perps.add(key)
        clusters[row.id] = Cluster(
            id=row.id,
            family=row.category_family,
            state=row.admin1_code,
            municipality=row.admin2_code,
            day=row.date.toordinal(),
            precision=row.date_precision or "day",
            category=row.category,
            published=row.first_seen.date().toordinal() if row.first_seen else None,
            lat=row.latitude,
            lon=row.longitude,
            place_precision=row.geo_precision,
            actor_names=names,
            perpetrators=perps,
            fatalities_min=row.fatalities_min,
            fatalities_max=row.fatalities_max,
            n_sources=row.n_sources or 0,
        )
    if clusters and same_article:
        hits = conn.execute(_SAME_ARTICLE, {"article": m.article_id, "events": list(clusters)})
        for hit in hits:
            other = Mention.from_record(EventRecord.from_dict(hit.data))
            clusters[hit.event_id].articles.setdefault(m.article_id, other.signature())
    return list(clusters.values())


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
