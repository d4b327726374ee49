"""Reading a store's articles back, and copying its settings to another store.

`sucesos reextract` (`sucesos.api.reextract`) builds a new store from an old one's articles
with today's extraction: it reads the articles here, in the order they were stored, and
copies what users set up (feeds, what the feeds already gave, watch rules) so that `watch`
carries on from the new store where it left off.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa

from sucesos.models import Article
from sucesos.store import schema
from sucesos.store.writer import article_from_row

# Articles read per query: the read holds no transaction open between pages.
PAGE = 500

# What a user set up or a watch round recorded, copied as they are (parents before children).
SETTINGS_TABLES = ("feeds", "fetched_items", "watch_rules")


def stored_articles(engine: sa.Engine, page: int = PAGE) -> Iterator[Article]:
    """Every stored article, in the order it was stored (then by id), a page per query."""
    art = schema.articles
    after: tuple[Any, str] | None = None
    while True:
        query = sa.select(art).order_by(art.c.ingested_at, art.c.id).limit(page)
        if after is not None:
            at, last = after
            query = query.where(
                sa.or_(art.c.ingested_at > at, sa.and_(art.c.ingested_at == at, art.c.id > last))
            )
        with engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(query)]
        if not rows:
            return
        for row in rows:
            yield article_from_row(row)
        after = (rows[-1]["ingested_at"], rows[-1]["id"])


def count_articles(engine: sa.Engine) -> int:
    with engine.connect() as conn:
        query = sa.select(sa.func.count()).select_from(schema.articles)
        return int(conn.execute(query).scalar() or 0)


def copy_settings(source: sa.Engine, target: sa.Engine) -> dict[str, int]:
    """Copy the settings tables' rows the target lacks (by primary key); returns the rows
    copied per table. Feed ids are kept, so what each feed gave still points at it."""
    copied: dict[str, int] = {}
    for name in SETTINGS_TABLES:
        table = schema.metadata.tables[name]
        keys = list(table.primary_key.columns)
        with source.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(sa.select(table))]
        with target.begin() as conn:
            have = {tuple(r) for r in conn.execute(sa.select(*keys))}
            new = [r for r in rows if tuple(r[k.name] for k in keys) not in have]
            if new:
                conn.execute(table.insert(), new)
            if name == "feeds" and new and target.dialect.name == "postgresql":
                # Ids were given explicitly: move the sequence past them for the next feed.
                conn.execute(
                    sa.text(
                        "SELECT setval(pg_get_serial_sequence('feeds', 'id'),"
                        " (SELECT MAX(id) FROM feeds))"
                    )
                )
        copied[name] = len(new)
    return copied
