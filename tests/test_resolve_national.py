"""Country-level reports (no state: "18 soldiers killed across the country", "roadblocks in
several cities of Mexico") resolve in the country's own block (`NATIONAL`): the outlets of one
day's nationwide happening are one event with each figure kept, never joined with a state's
incident, and unplaced small killings of that day stay apart.

The story (tests/fixtures/stories/national.jsonl, synthetic) goes through the REAL extractor
into a real SQLite store; the rule is tested on the resolver's core as well.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import sqlalchemy as sa

from sucesos import api
from sucesos.resolve.config import NATIONAL
from sucesos.resolve.core import compatible
from sucesos.resolve.mentions import Cluster, Mention
from sucesos.store import Store, schema

STORY = Path(__file__).parent / "fixtures" / "stories" / "national.jsonl"
DAY = 739_682  # an ordinal day


def _events(store: Store) -> dict[tuple[str, str], set[str]]:
    """{(article id, category): the events of that article's records of that category}."""
    rep, rec = schema.reports, schema.records
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.select(rep.c.article_id, rec.c.category, rep.c.event_id).select_from(
                rep.join(rec, rep.c.record_id == rec.c.id)
            )
        ).all()
    out: dict[tuple[str, str], set[str]] = {}
    for r in rows:
        out.setdefault((r.article_id, r.category), set()).add(r.event_id)
    return out


def _ingest(store: Store) -> dict[tuple[str, str], set[str]]:
    summary = api.ingest([STORY], store=store)
    assert summary.errors == []
    return _events(store)


def test_a_nationwide_toll_from_three_outlets_is_one_disputed_event(store: Store) -> None:
    found = _ingest(store)
    (attack,) = found[("syn-nac-01", "attack")]
    assert found[("syn-nac-02", "attack")] == {attack}
    assert found[("syn-nac-03", "attack")] == {attack}
    event = store.event(attack)
    assert event is not None and event["admin1"] is None
    assert event["resolved"]["fatalities"]["sources"] == {
        "Diario Sintético A": 18,
        "Noticias Sintéticas B": 18,
        "Synthetic Wire C": 15,
    }
    assert event["disputed"] is True


def test_the_days_nationwide_roadblocks_are_one_event(store: Store) -> None:
    found = _ingest(store)
    assert found[("syn-nac-02", "roadblock")] == found[("syn-nac-03", "roadblock")]


def test_a_state_incident_with_the_same_toll_stays_apart(store: Store) -> None:
    found = _ingest(store)
    (town,) = found[("syn-nac-04", "attack")]
    assert town not in found[("syn-nac-01", "attack")]
    event = store.event(town)
    assert event is not None and event["admin1"] == "Guerrero" and event["n_sources"] == 1


def test_small_unplaced_killings_of_the_day_stay_apart(store: Store) -> None:
    found = _ingest(store)
    (three,) = found[("syn-nac-05", "attack")]
    (two,) = found[("syn-nac-06", "attack")]
    assert three != two
    assert three not in found[("syn-nac-01", "attack")]


# --- the rule on the core ----------------------------------------------------------------------


def _mention(toll: int | None, category: str = "attack", state: str = NATIONAL) -> Mention:
    return Mention(
        record_id="r",
        article_id="a",
        category=category,
        family="violence",
        state=state,
        municipality=None,
        day=DAY,
        precision="day",
        place_precision="country" if state == NATIONAL else "state",
        fatalities=toll,
    )


def _event(lo: int | None, hi: int | None, category: str = "attack") -> Cluster:
    return Cluster(
        id="e",
        family="violence",
        state=NATIONAL,
        municipality=None,
        day=DAY,
        precision="day",
        category=category,
        place_precision="country",
        fatalities_min=lo,
        fatalities_max=hi,
        n_sources=1,
    )


def test_nationwide_tallies_of_one_day_meet_when_they_overlap() -> None:
    assert compatible(_mention(21), _event(25, 25))  # another agency's count
    assert compatible(_mention(25), _event(14, 21))  # the tally as the day went on
    assert compatible(_mention(None), _event(25, 25))
    assert compatible(_mention(0), _event(None, None))  # roadblock days: no toll


def test_nationwide_reports_that_disagree_or_differ_in_kind_stay_apart() -> None:
    assert not compatible(_mention(40), _event(12, 12))  # far more than a recount
    assert not compatible(_mention(3), _event(2, 2))  # two small unplaced killings
    assert not compatible(_mention(25, category="armed_clash"), _event(25, 25))
    assert not compatible(_mention(25, state="MX-JAL"), _event(25, 25))


def test_a_distinctive_floor_meets_a_larger_nationwide_toll_and_a_number_does_not() -> None:
    """ "At least 12 soldiers were killed" at midday and the evening's 25 are one tally."""
    assert compatible(replace(_mention(12), floor=True), _event(25, 25))
    assert not compatible(_mention(12), _event(25, 25))
    assert not compatible(replace(_mention(60), floor=True), _event(25, 25))  # far more


def test_a_named_victim_is_no_floor_of_a_nationwide_toll() -> None:
    """ "The cartel boss was killed" (at least 1) is one person's death, not a count of the
    day's 25 soldiers."""
    assert not compatible(replace(_mention(1), floor=True), _event(25, 25))
