"""Statistics from the summary tables: windows cut into whole periods, the same answers as
a count of the events made in Python, and summaries that follow every change the resolver
makes (ingest, merge, split) on SQLite (PostgreSQL in test_postgres.py)."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from conftest import make_article, make_record

from sucesos.filters import EventQuery, summary_filters_of
from sucesos.listing import stats_plan
from sucesos.models import Actor
from sucesos.resolve import resolve_records, split_event
from sucesos.store import Store, daily, schema, stats
from sucesos.store.summaries import SUMMARIES, period_end, segments

UNITS = ("year", "month", "day")
_ACTORS = [
    Actor("Grupo armado sin identificar", "armed_group", "perpetrator"),
    Actor("Cártel de Sinaloa", "cartel", "perpetrator"),
    Actor("Guardia Nacional", "state_forces", "participant"),
]


def _days(seg: Any, lo: date, hi: date) -> set[date]:
    first = seg.first or lo
    last = period_end(seg.last, seg.unit) if seg.last else hi
    return {first + timedelta(days=i) for i in range((last - first).days + 1)}


def test_a_window_is_cut_into_periods_that_cover_each_day_once() -> None:
    rng = random.Random(3)
    lo, hi = date(2022, 1, 1), date(2027, 12, 31)
    for _ in range(400):
        a = lo + timedelta(days=rng.randrange(2000))
        b = a + timedelta(days=rng.choice((0, 1, 6, 29, 30, 31, 89, 364, 365, 800)))
        since, until = rng.choice(((a, b), (a, None), (None, b)))
        days: list[date] = []
        for seg in segments(since, until, UNITS):
            days.extend(_days(seg, lo, hi))
        want = (until or hi) - (since or lo)
        assert len(days) == len(set(days)) == want.days + 1, (since, until)
        assert min(days) == (since or lo) and max(days) == (until or hi)


def test_a_long_window_reads_whole_months_and_years() -> None:
    cut = segments(date(2023, 11, 25), date(2026, 11, 23), UNITS)
    assert [s.unit for s in cut] == ["day", "month", "year", "month", "day"]
    assert [s.unit for s in segments(None, None, UNITS)] == ["year"]
    assert [s.unit for s in segments(date(2026, 11, 1), date(2026, 11, 23), UNITS)] == ["day"]


def varied_store(store: Store, n: int = 70, seed: int = 5) -> None:
    """Events over three years, three places, several categories and actors, some undated,
    some reported twice (merged, with a disputed toll) and one split again."""
    rng = random.Random(seed)
    first = date(2024, 1, 1)
    for i in range(n):
        article = make_article(i, source=f"Diario {i % 7}", published="2026-12-01")
        day = first + timedelta(days=rng.randrange(3 * 365))
        record = make_record(
            article,
            place=rng.choice(("culiacan", "navolato", "uruapan")),
            date=None if i % 17 == 0 else day.isoformat(),
            category=rng.choice(("attack", "armed_clash", "roadblock", "arrest")),
            fatalities=rng.choice((None, 0, 1, 3)),
            actors=rng.sample(_ACTORS, rng.choice((0, 1, 2))),
        )
        resolve_records(store, [record], article)
        if i % 5 == 0:  # a second outlet on the same event, with another toll
            other = make_article(1000 + i, source=f"Otro {i}", published="2026-12-01")
            again = make_record(
                other,
                place=record.locations[0].name.lower().replace("á", "a"),
                date=record.date,
                category=record.category,
                fatalities=(record.fatalities or 0) + 2,
                actors=list(record.actors),
            )
            resolve_records(store, [again], other)


def _split_one(store: Store) -> None:
    merged = max(store.events(limit=None), key=lambda e: e["n_sources"])
    detail = store.event(merged["id"])
    assert detail is not None and merged["n_sources"] > 1
    split_event(store, merged["id"], records=[detail["reports"][-1]["record_id"]])


def expected(conn: sa.Connection, f: stats.SummaryFilters, top: int) -> dict[str, Any]:
    """The statistics counted in Python from the events, as `stats.compute` gives them."""
    ev, ea = schema.events, schema.event_actors
    actors: dict[str, list[str]] = defaultdict(list)
    for event_id, name in conn.execute(sa.select(ea.c.event_id, ea.c.name)):
        actors[event_id].append(name)
    rows = [dict(r._mapping) for r in conn.execute(sa.select(ev))]
    names = {r["admin1_code"]: r["admin1"] for r in rows}
    munis = {r["admin2_code"]: (r["admin2"], r["admin1"]) for r in rows}

    def keep(r: dict[str, Any]) -> bool:
        day = r["date"]
        return (
            (f.since is None or (day is not None and day >= f.since))
            and (f.until is None or (day is not None and day <= f.until))
            and all(
                getattr(f, c) is None or r[c] == getattr(f, c)
                for c in ("admin1_code", "admin2_code", "category", "category_family")
            )
            and (f.status is None or r["status"] == f.status)
        )

    chosen = [r for r in rows if keep(r)]
    dated = [r["date"] for r in chosen if r["date"]]
    out: dict[str, Any] = {
        "events": len(chosen),
        "fatalities": sum(r["fatalities"] or 0 for r in chosen),
        "disputed_events": sum(1 for r in chosen if r["disputed"]),
        "first_date": min(dated).isoformat() if dated else None,
        "last_date": max(dated).isoformat() if dated else None,
    }

    def ranked(keys: dict[str, list[Any]], limit: int | None = None) -> list[dict[str, Any]]:
        tally: dict[Any, list[int]] = defaultdict(lambda: [0, 0])
        for r in chosen:
            for k in keys[r["id"]]:
                tally[k][0] += 1
                tally[k][1] += r["fatalities"] or 0
        order = sorted(tally.items(), key=lambda kv: (-kv[1][0], kv[0] is None, kv[0] or ""))
        return [{"key": k, "name": k, "events": v[0], "fatalities": v[1]} for k, v in order[:limit]]

    out["by_state"] = ranked({r["id"]: [r["admin1_code"]] for r in chosen})
    for g in out["by_state"]:
        g["name"] = names[g["key"]] if g["key"] is not None else None
    out["by_municipality"] = ranked({r["id"]: [r["admin2_code"]] for r in chosen}, top)
    for g in out["by_municipality"]:
        if g["key"] is not None:
            g["name"], g["state"] = munis[g["key"]]
    out["by_category"] = ranked({r["id"]: [r["category"]] for r in chosen})
    out["by_actor"] = ranked({r["id"]: actors[r["id"]] for r in chosen}, top)
    by_day: dict[tuple[Any, str], list[int]] = defaultdict(lambda: [0, 0])
    weeks: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in chosen:
        day = r["date"]
        week = "unknown" if day is None else "{}-W{:02d}".format(*day.isocalendar()[:2])
        for tally in (by_day[(day, r["category"])], weeks[week]):
            tally[0] += 1
            tally[1] += r["fatalities"] or 0
    out["by_day"] = [
        {"day": d.isoformat() if d else None, "category": c, "events": v[0], "fatalities": v[1]}
        for (d, c), v in sorted(by_day.items(), key=lambda kv: (kv[0][0] is None, kv[0]))
    ]
    out["by_week"] = [
        {"key": k, "name": k, "events": v[0], "fatalities": v[1]} for k, v in sorted(weeks.items())
    ]
    return out


def queries_to_check(rng: random.Random) -> list[EventQuery]:
    fixed = [
        EventQuery(),
        EventQuery(state="MX-SIN"),
        EventQuery(municipality="16102"),
        EventQuery(category="violence"),
        EventQuery(category="roadblock"),
        EventQuery(status="disputed"),
        EventQuery(status="reported", state="MX-MIC"),
        EventQuery(since=date(2024, 3, 1), until=date(2025, 12, 31)),
        EventQuery(since=date(2024, 2, 15)),
        EventQuery(until=date(2025, 6, 10), category="violence", state="MX-SIN"),
    ]
    for _ in range(25):
        a = date(2023, 12, 1) + timedelta(days=rng.randrange(3 * 365))
        b = a + timedelta(days=rng.choice((0, 6, 30, 90, 365, 700)))
        fixed.append(
            EventQuery(
                since=a,
                until=b,
                state=rng.choice((None, "MX-SIN")),
                category=rng.choice((None, None, "violence", "arrest")),
                status=rng.choice((None, None, "disputed", "reported")),
            )
        )
    return fixed


def check_against_events(store: Store, seed: int = 11) -> None:
    rng = random.Random(seed)
    with store.engine.connect() as conn:
        for query in queries_to_check(rng):
            f = summary_filters_of(query)
            if f is None:
                # A single category also matches events holding it among their kinds, so the
                # query reads the events; the summaries still answer it by main category.
                assert query.category, query
                f = stats.SummaryFilters(
                    since=query.since,
                    until=query.until,
                    admin1_code=query.state,
                    admin2_code=query.municipality,
                    category=query.category,
                    status=query.status,
                )
            want = expected(conn, f, top=2)
            from_summaries = stats.compute(conn, stats.SummaryPlan(f), top=2)
            assert from_summaries == want, query
            by_month = stats.compute(conn, stats.SummaryPlan(f), groups=("day",), timeline="month")
            assert by_month["by_month"] == months_of(want["by_day"]), query
            if summary_filters_of(query) is not None:
                from_events = stats.compute(conn, stats.EventsPlan(query.where()), top=2)
                assert from_events == want, query

        check_actor_filters(conn)


def months_of(by_day: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A daily timeline summed by month, as `timeline="month"` gives it."""
    tally: dict[tuple[Any, str], list[int]] = defaultdict(lambda: [0, 0])
    for row in by_day:
        month = row["day"][:7] if row["day"] else None
        tally[(month, row["category"])][0] += row["events"]
        tally[(month, row["category"])][1] += row["fatalities"]
    order = sorted(tally.items(), key=lambda kv: (kv[0][0] is None, kv[0][0] or "", kv[0][1]))
    return [{"month": m, "category": c, "events": v[0], "fatalities": v[1]} for (m, c), v in order]


ACTOR_QUERIES = [
    EventQuery(actor="Sinaloa"),
    EventQuery(actor="guardia nacional", state="MX-SIN"),
    EventQuery(
        actor="Sinaloa", category="violence", since=date(2024, 5, 3), until=date(2025, 8, 9)
    ),
    EventQuery(actor="Sinaloa", category="arrest", since=date(2024, 2, 1)),
    EventQuery(actor="Guardia", status="disputed"),
    EventQuery(actor="Sinaloa", municipality="25006", until=date(2026, 1, 20)),
    EventQuery(actor="Sinaloa", since=date(2025, 1, 1), until=date(2025, 1, 1)),
]


def check_actor_filters(conn: sa.Connection) -> None:
    """An actor filter that names one stored actor is answered from the actor summaries,
    every group and the monthly timeline as a count of the events gives them."""
    found = 0
    for query in ACTOR_QUERIES:
        plan = stats_plan(query, conn=conn)
        main = plan.main if isinstance(plan, stats.KindsPlan) else plan
        assert isinstance(main, stats.SummaryPlan) and main.filters.actor, query
        from_events = stats.compute(conn, stats.EventsPlan(query.where()), top=2)
        found += from_events["events"]
        assert stats.compute(conn, plan, top=2) == from_events, query
        by_month = stats.compute(conn, plan, groups=("day",), timeline="month")["by_month"]
        assert by_month == months_of(from_events["by_day"]), query
    assert found


def test_an_actor_filter_naming_several_stored_actors_reads_the_events(store: Store) -> None:
    varied_store(store, n=30)
    with store.engine.connect() as conn:
        assert stats.actor_named(conn, "sinaloa") == "Cártel de Sinaloa"
        assert stats.actor_named(conn, "na") is None  # Guardia Nacional, Cártel de Sinaloa
        plan = stats_plan(EventQuery(actor="na"), conn=conn)
    assert isinstance(plan, stats.EventsPlan)


def test_a_timeline_is_daily_up_to_a_year_and_monthly_beyond() -> None:
    assert stats.timeline_for(date(2025, 1, 1), date(2025, 12, 31)) == "day"
    assert stats.timeline_for(date(2024, 1, 1), date(2024, 12, 31)) == "day"  # 366 days
    assert stats.timeline_for(date(2024, 1, 1), date(2025, 1, 1)) == "month"
    assert stats.timeline_for(None, None) == "day"  # an empty store


def test_stats_from_summaries_equal_a_count_of_the_events(store: Store) -> None:
    varied_store(store)
    _split_one(store)
    check_against_events(store)


def test_municipalities_and_states_are_named_for_any_number_of_groups(store: Store) -> None:
    """The names' lookup is compiled once per number of groups: each number gets its own."""
    varied_store(store, n=30)
    f = stats.SummaryFilters()
    with store.engine.connect() as conn:
        for top in (1, 3, 2, 1, 3):
            want = expected(conn, f, top=top)
            got = stats.compute(conn, stats.SummaryPlan(f), top=top, groups=("municipality",))
            assert got["by_municipality"] == want["by_municipality"], top
            assert [g.get("state") for g in got["by_municipality"]] == [
                g.get("state") for g in want["by_municipality"]
            ]
        got = stats.compute(conn, stats.SummaryPlan(f), groups=("state",))
        assert got["by_state"] == want["by_state"]


def summary_rows(store: Store) -> dict[str, set[tuple[Any, ...]]]:
    with store.engine.connect() as conn:
        return {
            s.table.name: {tuple(r) for r in conn.execute(sa.select(s.table))} for s in SUMMARIES
        }


def check_summaries_follow_the_events(store: Store) -> None:
    """Summaries kept by the resolver equal a rebuild from the events, after every step."""
    rng = random.Random(2)
    varied_store(store, n=40)
    kept = summary_rows(store)
    assert all(kept.values())
    with store.engine.begin() as conn:
        daily.rebuild(conn)
    assert summary_rows(store) == kept
    _split_one(store)
    # A report that moves an event to another day, place and toll (re-resolved).
    event = rng.choice([e for e in store.events(limit=None) if e["date"]])
    article = make_article(5000, source="Tercero", published="2026-12-01")
    record = make_record(article, place="culiacan", date=event["date"], fatalities=9)
    resolve_records(store, [record], article)
    after = summary_rows(store)
    with store.engine.begin() as conn:
        daily.rebuild(conn)
    assert summary_rows(store) == after != kept


def test_summaries_follow_ingest_merge_split_on_sqlite(store: Store) -> None:
    check_summaries_follow_the_events(store)


def test_actor_and_text_filters_are_answered_from_the_events() -> None:
    assert summary_filters_of(EventQuery(actor="Cártel de Sinaloa")) is None
    assert summary_filters_of(EventQuery(text="bar")) is None
    assert summary_filters_of(EventQuery(municipality="Culiacán")) is None


@pytest.mark.parametrize("groups", [("actor",), ("municipality",), ("day",)])
def test_only_the_groups_asked_for_are_computed(store: Store, groups: tuple[str, ...]) -> None:
    varied_store(store, n=10)
    with store.engine.connect() as conn:
        out = stats.compute(conn, stats.SummaryPlan(stats.SummaryFilters()), groups=groups)
    assert {k for k in out if k.startswith("by_")} == {"by_" + g for g in groups if g != "day"} | (
        {"by_day", "by_week"} if "day" in groups else set()
    )


def test_a_family_filter_reads_municipalities_from_the_family_summaries(store: Store) -> None:
    """A family's municipalities over months and years come from the summaries by family
    (a family's rows only), not from those by category, which hold every family's; other
    questions never read them."""
    from sucesos.store.summaries import smallest

    need = frozenset({"municipality", "family"})
    assert smallest("month", need) == _summary_of(schema.month_municipality_family_totals)
    assert smallest("year", need) == _summary_of(schema.year_municipality_family_totals)
    assert smallest("day", need) == _summary_of(schema.daily_totals)
    assert smallest("month", frozenset({"municipality"})) == _summary_of(
        schema.month_municipality_totals
    )
    assert smallest("month", frozenset({"municipality", "category"})) == _summary_of(
        schema.month_totals
    )
    varied_store(store)
    f = stats.SummaryFilters(
        since=date(2024, 2, 10), until=date(2026, 3, 20), category_family="violence"
    )
    sources = {p.source.name for p in stats.SummaryPlan(f).parts(frozenset({"municipality"}))}
    assert sources == {
        "daily_totals",
        "month_municipality_family_totals",
        "year_municipality_family_totals",
    }
    with store.engine.connect() as conn:
        got = stats.compute(conn, stats.SummaryPlan(f), groups=("municipality",), top=5)
        assert got["by_municipality"] == expected(conn, f, top=5)["by_municipality"]


def _summary_of(table: sa.Table) -> Any:
    return next(s for s in SUMMARIES if s.table is table)


def test_a_store_before_the_family_summaries_gets_them_filled(db_path: Any) -> None:
    with Store(db_path) as store:
        varied_store(store, n=30)
        kept = summary_rows(store)
    engine = sa.create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:  # as a store of session 9 left it
        conn.exec_driver_sql("DROP TABLE month_municipality_family_totals")
        conn.exec_driver_sql("DROP TABLE year_municipality_family_totals")
        conn.exec_driver_sql("DELETE FROM schema_migrations WHERE version = 14")
    engine.dispose()
    with Store(db_path) as store:
        assert summary_rows(store) == kept
        assert kept["month_municipality_family_totals"]
