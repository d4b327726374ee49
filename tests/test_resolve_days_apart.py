"""Two killings of one town on two days, which only the date window lets meet, are two
events when one side tells who its victims were and the other tells no one: a soldier
ambushed on Monday, in Monday's news (three outlets, Spanish and English), and a man shot
at his door on Tuesday night (three outlets) are two events; the outlets of each stay
together.

The story (tests/fixtures/stories/soldier_then_neighbour.jsonl, synthetic) goes through the
real extractor into a real SQLite store, and into PostgreSQL when SUCESOS_TEST_PG_URL names a
server; the resolver's rule and the extractor's reading of a figure's group as a role are
tested on their own too.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import live, toll_event

from sucesos import api
from sucesos.extract import extract
from sucesos.models import Article
from sucesos.resolve.core import compatible
from sucesos.resolve.mentions import Cluster, Mention
from sucesos.store import Store

STORY = Path(__file__).parent / "fixtures" / "stories" / "soldier_then_neighbour.jsonl"
MONDAY = ["syn-gda-01", "syn-gda-02", "syn-gda-03"]
TUESDAY = ["syn-gda-04", "syn-gda-05", "syn-gda-06"]


def _check_two_events(store: Store) -> None:
    assert api.ingest([STORY], store=store).errors == []
    monday = {toll_event(store, a) for a in MONDAY}
    tuesday = {toll_event(store, a) for a in TUESDAY}
    assert len(monday) == 1 and len(tuesday) == 1
    assert monday != tuesday


def test_a_soldier_killed_on_monday_and_a_man_shot_on_tuesday_are_two_events(
    store: Store,
) -> None:
    _check_two_events(store)


@pytest.mark.skipif(
    not os.environ.get("SUCESOS_TEST_PG_URL"), reason="set SUCESOS_TEST_PG_URL to run PostgreSQL"
)
def test_the_two_days_stay_apart_on_postgres() -> None:
    from test_postgres import fresh_database

    with fresh_database() as url, api.open_store(url) as store:
        _check_two_events(store)


def test_a_figure_of_security_forces_gives_their_role() -> None:
    text = (
        "Dos efectivos murieron la noche del domingo tras una agresión armada en un camino "
        "vecinal de Cajeme, Sonora."
    )
    records = live(extract(Article(text=text, published=None, language="es")))
    roles = {a.name for r in records for a in r.actors if a.name.startswith("Victims:")}
    assert roles == {"Victims: police and soldiers"}


MONDAY_DAY, POLICE = 740000, "victims: police and soldiers"


def _mention(day: int, roles: set[str], toll: int = 1, category: str = "attack") -> Mention:
    return Mention(
        record_id="r",
        article_id="a",
        category=category,
        family="violence",
        state="MX-SIN",
        municipality="25018",
        day=day,
        precision="day",
        fatalities=toll,
        published=day,
        roles=frozenset(roles),
    )


def _cluster(roles: set[str], toll: int = 1, published: int = MONDAY_DAY) -> Cluster:
    return Cluster(
        id="e",
        family="violence",
        state="MX-SIN",
        municipality="25018",
        day=MONDAY_DAY,
        precision="day",
        category="attack",
        published=published,
        roles=roles,
        fatalities_min=toll,
        fatalities_max=toll,
    )


def test_a_day_later_a_report_that_tells_no_victims_does_not_join_one_that_does() -> None:
    assert compatible(_mention(MONDAY_DAY, set()), _cluster({POLICE}))  # the same day: joins
    assert not compatible(_mention(MONDAY_DAY + 1, set()), _cluster({POLICE}))


def test_a_day_earlier_a_report_that_tells_victims_does_not_join_one_that_does_not() -> None:
    assert not compatible(_mention(MONDAY_DAY - 1, {POLICE}), _cluster(set()))


def test_only_a_day_after_the_events_first_publication_keeps_them_apart() -> None:
    # An event first published on Tuesday may be Monday night's that a report dates Tuesday.
    later = _mention(MONDAY_DAY + 1, set())
    assert compatible(later, _cluster({POLICE}, published=MONDAY_DAY + 1))
    assert not compatible(later, _cluster({POLICE}, published=MONDAY_DAY))


def test_a_day_apart_only_the_same_distinctive_toll_joins_them() -> None:
    assert compatible(_mention(MONDAY_DAY + 1, set(), toll=12), _cluster({POLICE}, toll=12))
    assert not compatible(_mention(MONDAY_DAY + 1, set(), toll=2), _cluster({POLICE}, toll=2))
