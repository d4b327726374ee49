"""Statistics for a category filter (`sucesos.store.stats.KindsPlan`): the events of that
main category from the summaries, plus those holding it only as a secondary kind from the
events (through `ix_events_kinds`), give the same answers as counting every matching event,
on SQLite and PostgreSQL.

The store is the bundled synthetic demo corpus."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from sucesos import api
from sucesos.extract.kinds import taxonomy
from sucesos.filters import parse_filters
from sucesos.listing import stats_plan
from sucesos.store import Store, queries, schema, stats

PG_URL = os.environ.get("SUCESOS_TEST_PG_URL")


@contextlib.contextmanager
def demo_store(backend: str, tmp_path: Path) -> Iterator[Store]:
    with contextlib.ExitStack() as stack:
        if backend == "postgresql":
            if not PG_URL:
                pytest.skip("PostgreSQL: set SUCESOS_TEST_PG_URL")
            from test_postgres import fresh_database

            db = stack.enter_context(fresh_database())
        else:
            db = str(tmp_path / "demo.db")
        store = stack.enter_context(Store(db))
        api.ingest([api.demo_corpus()], store=store)
        yield store


def _kinds(conn: sa.Connection) -> set[str]:
    ev = schema.events
    rows = conn.execute(sa.select(ev.c.kinds_key).where(ev.c.kinds_key != schema.NO_KINDS))
    return {k for (key,) in rows for k in key.strip("|").split("|")}


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_category_statistics_equal_a_count_of_every_matching_event(
    backend: str, tmp_path: Path
) -> None:
    with demo_store(backend, tmp_path) as store, store.engine.connect() as conn:
        # Names that are a category and a family at once match either column: not this plan.
        families = {c.family for c in taxonomy().values()}
        categories = sorted(k for k in _kinds(conn) if k in taxonomy() and k not in families)
        assert len(categories) >= 3  # the demo has events holding other categories as kinds
        first, last = queries.date_range(conn)
        assert first is not None and last is not None
        views: list[dict[str, str]] = [
            {},
            {"since": (last - timedelta(days=10)).isoformat()},
            {"since": first.isoformat(), "until": (last - timedelta(days=5)).isoformat()},
            {"status": "disputed"},
            {"status": "reported"},
            {"state": "Sinaloa"},
            {"state": "Jalisco", "since": (last - timedelta(days=20)).isoformat()},
        ]
        compared = 0
        for category in categories:
            for view in views:
                query = parse_filters(category=category, **view)
                plan = stats_plan(query)
                assert isinstance(plan, stats.KindsPlan)
                got = stats.compute(conn, plan, top=500)
                want = stats.compute(conn, stats.EventsPlan(query.where()), top=500)
                assert got == want, (category, view)
                compared += got["events"]
        assert compared > 0
