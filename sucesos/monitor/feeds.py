"""The feeds the monitor polls: stored in the `feeds` table, added by URL or from the starter list.

A feed has a poll interval, the validators of its last answer (ETag, Last-Modified) for
conditional requests, the time of its next poll, and a count of consecutive failures that
drives the back-off. Its optional home state marks a local outlet: extraction uses it to place
reports that name no state, and spike alerts count its articles as coverage of that state.
"""

from __future__ import annotations

import random
import tomllib
from dataclasses import dataclass
from datetime import datetime, timedelta
from importlib import resources
from typing import Any

import sqlalchemy as sa

from sucesos.store import Store, schema
from sucesos.store.keys import as_datetime, now

DEFAULT_INTERVAL_S = 300
MIN_INTERVAL_S = 5
MAX_BACKOFF_S = 6 * 3600
JITTER = 0.1  # ± share of the interval, so feeds added together do not poll in lock-step


@dataclass
class Feed:
    """One stored feed (a row of `feeds`)."""

    id: int
    url: str
    name: str | None
    home_state: str | None
    interval_s: int
    etag: str | None = None
    last_modified: str | None = None
    last_polled_at: datetime | None = None
    next_poll_at: datetime | None = None
    errors: int = 0
    last_error: str | None = None

    @classmethod
    def from_row(cls, row: Any) -> Feed:
        m = row._mapping
        return cls(
            id=m["id"],
            url=m["url"],
            name=m["name"],
            home_state=m["home_state"],
            interval_s=m["interval_s"],
            etag=m["etag"],
            last_modified=m["last_modified"],
            last_polled_at=as_datetime(m["last_polled_at"]),
            next_poll_at=as_datetime(m["next_poll_at"]),
            errors=m["errors"] or 0,
            last_error=m["last_error"],
        )

    def due(self, at: datetime) -> bool:
        """True when the feed should be polled at `at` (never polled, or its time has come)."""
        return self.next_poll_at is None or self.next_poll_at <= at

    def to_dict(self) -> dict[str, Any]:
        out = dict(self.__dict__)
        for key in ("last_polled_at", "next_poll_at"):
            out[key] = out[key].isoformat() if out[key] else None
        return out


def state_code(value: str | None) -> str | None:
    """The ISO 3166-2 code of a state given by name ("Jalisco", "Michoacan") or code ("JAL",
    "MX-JAL", INEGI "14"); None for None. Raises ValueError for an unknown state."""
    if value is None or not value.strip():
        return None
    from sucesos.extract.places import state_by_code, state_by_name

    text = value.strip()
    found = state_by_name(text) or state_by_code(text)
    if found is None and len(text) == 3 and text.isalpha():
        found = state_by_code(f"MX-{text}")
    if found is None or not found.admin1_code:
        raise ValueError(f"unknown Mexican state {value!r}")
    return found.admin1_code


def add_feed(
    store: Store,
    url: str,
    *,
    name: str | None = None,
    home_state: str | None = None,
    interval_s: int = DEFAULT_INTERVAL_S,
) -> tuple[Feed, bool]:
    """Store a feed (due at once); returns it and True, or the stored feed and False when
    the URL is already there (its name, state and interval are then updated if given)."""
    if not url.startswith(("http://", "https://")):
        raise ValueError(f"a feed URL must start with http:// or https://, not {url!r}")
    interval_s = max(MIN_INTERVAL_S, int(interval_s))
    code = state_code(home_state)
    f = schema.feeds
    with store.engine.begin() as conn:
        row = conn.execute(sa.select(f).where(f.c.url == url)).first()
        if row is not None:
            changes: dict[str, Any] = {"interval_s": interval_s}
            if name:
                changes["name"] = name
            if code:
                changes["home_state"] = code
            conn.execute(f.update().where(f.c.id == row.id).values(**changes))
            updated = conn.execute(sa.select(f).where(f.c.id == row.id)).one()
            return Feed.from_row(updated), False
        conn.execute(
            f.insert().values(
                url=url,
                name=name,
                home_state=code,
                interval_s=interval_s,
                errors=0,
                added_at=now(),
            )
        )
        return Feed.from_row(conn.execute(sa.select(f).where(f.c.url == url)).one()), True


def list_feeds(store: Store) -> list[Feed]:
    """Every stored feed, in the order they were added."""
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(schema.feeds).order_by(schema.feeds.c.id))
        return [Feed.from_row(r) for r in rows]


def find_feed(store: Store, key: str) -> Feed | None:
    """The feed with this id or URL, if stored."""
    f = schema.feeds
    clause = f.c.id == int(key) if key.isdigit() else f.c.url == key
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(f).where(clause)).first()
    return Feed.from_row(row) if row else None


def remove_feed(store: Store, key: str) -> bool:
    """Delete a feed (by id or URL) and its seen-items bookkeeping; stored articles and events
    stay. Returns False when no such feed exists."""
    feed = find_feed(store, key)
    if feed is None:
        return False
    with store.engine.begin() as conn:
        conn.execute(schema.fetched_items.delete().where(schema.fetched_items.c.feed_id == feed.id))
        conn.execute(schema.feeds.delete().where(schema.feeds.c.id == feed.id))
    return True


def next_poll(feed: Feed, at: datetime, *, failed: bool, rng: random.Random) -> datetime:
    """When to poll again: the feed's interval after a success; after n consecutive failures,
    interval × 2ⁿ (at most 6 hours); both with ±10 % jitter."""
    base = float(feed.interval_s)
    if failed:
        base = min(MAX_BACKOFF_S, base * 2 ** max(1, feed.errors))
    return at + timedelta(seconds=base * (1 + rng.uniform(-JITTER, JITTER)))


def record_poll(
    store: Store,
    feed: Feed,
    at: datetime,
    *,
    error: str | None,
    etag: str | None = None,
    last_modified: str | None = None,
    rng: random.Random,
) -> Feed:
    """Store the outcome of one poll (validators, failure count, next poll); returns the feed
    as updated."""
    feed.last_polled_at = at
    if error is None:
        feed.errors = 0
        feed.last_error = None
        if etag is not None or last_modified is not None:
            feed.etag, feed.last_modified = etag, last_modified
    else:
        feed.errors += 1
        feed.last_error = error
    feed.next_poll_at = next_poll(feed, at, failed=error is not None, rng=rng)
    with store.engine.begin() as conn:
        conn.execute(
            schema.feeds.update()
            .where(schema.feeds.c.id == feed.id)
            .values(
                etag=feed.etag,
                last_modified=feed.last_modified,
                last_polled_at=feed.last_polled_at,
                next_poll_at=feed.next_poll_at,
                errors=feed.errors,
                last_error=feed.last_error,
            )
        )
    return feed


def starter_feeds() -> list[dict[str, Any]]:
    """The bundled starter list (sucesos/data/feeds.toml): url, name and home_state (None for
    national outlets) of public feeds of Mexican outlets. Not fetched by the tests."""
    text = resources.files("sucesos.data").joinpath("feeds.toml").read_text("utf-8")
    feeds = tomllib.loads(text).get("feed", [])
    return [
        {"url": f["url"], "name": f.get("name"), "home_state": f.get("home_state") or None}
        for f in feeds
    ]
