"""Aggregates placed by their examples (issue 9, item 2): a sum that names one of the people
or acts it counts ("six civilians also died, among them a driver shot in X", "16 agentes
fueron asesinados en distintos ataques, como el de Y") is not placed in the example's town
or state: a national sum stays in the country and meets the country's own event of that
day. Every sentence here was written for these tests; the demo corpus is synthetic.
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from sucesos import api
from sucesos.extract import extract
from sucesos.models import Article, EventRecord
from sucesos.resolve.config import NATIONAL
from sucesos.resolve.core import compatible
from sucesos.resolve.mentions import Cluster, Mention
from sucesos.store import Store, schema

PUB = date(2025, 10, 14)


def run(language: str, text: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


def toll_states(events: list[EventRecord], toll: int) -> set[str | None]:
    """The states of the records that give the death toll `toll`."""
    return {loc.admin1 for e in events if e.fatalities == toll for loc in e.locations}


def test_the_towns_of_the_victims_a_national_toll_names_do_not_place_it() -> None:
    events = run(
        "en",
        "Gunmen killed 14 soldiers in a series of attacks on Saturday, among them a sergeant "
        "shot at a checkpoint in Zamora, Michoacán, and a private ambushed near Cajeme, "
        "Sonora, the Defense Ministry said.",
    )
    assert toll_states(events, 14) == {None}


def test_the_civilians_a_running_toll_adds_stay_in_the_country() -> None:
    events = run(
        "en",
        "The number of soldiers killed since Sunday in the wave of violence has risen to 23, "
        "the Defense Ministry said on Tuesday. Five civilians also died, including a taxi "
        "driver who was shot in Zamora, Michoacán, and a teacher caught in crossfire near "
        "Cajeme, Sonora.",
    )
    assert toll_states(events, 5) == {None}


def test_an_attack_given_as_an_example_of_a_sum_does_not_place_it() -> None:
    events = run(
        "es",
        "Al menos 16 policías fueron asesinados el sábado en distintos ataques, como el de "
        "Zamora, Michoacán, donde dos agentes fueron emboscados, informó la Secretaría de "
        "Seguridad.",
    )
    assert toll_states(events, 16) == {None}


# --- the country's own event ------------------------------------------------------------------


def _mention(category: str, toll: int, roles: frozenset[str]) -> Mention:
    return Mention(
        record_id=f"r-{category}",
        article_id=f"a-{category}",
        category=category,
        family="violence",
        state=NATIONAL,
        municipality=None,
        day=739_000,
        precision="day",
        place_precision="country",
        fatalities=toll,
        roles=roles,
    )


def test_a_national_toll_of_the_same_victims_meets_under_another_category() -> None:
    """Soldiers killed by gunmen are attacks for one outlet and clashes for another: a later
    count of the same victims (27 after 25) is the same day of violence."""
    soldiers = frozenset({"victims: police and soldiers"})
    event = Cluster.start("e", _mention("attack", 25, soldiers))
    assert compatible(_mention("armed_clash", 27, soldiers), event)
    assert not compatible(_mention("armed_clash", 27, frozenset()), event)


def test_demo_national_toll_stays_in_the_country_with_its_sources(store: Store) -> None:
    """The demo's wire story of the running toll (27 security personnel, with the civilians
    among the dead named in two towns of two states) joins the day's nationwide event of
    the three outlets that gave 25; no state's event carries the national toll."""
    corpus = api.demo_corpus()
    api.ingest([corpus / f"{n}.json" for n in ("a01", "a05", "a06", "b06")], store=store)
    ev, rep = schema.events, schema.reports
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(ev.c.id, ev.c.admin1, ev.c.fatalities)).all()
        reports = conn.execute(sa.select(rep.c.event_id, rep.c.article_id)).all()
    assert not [r for r in rows if r.admin1 is not None and (r.fatalities or 0) >= 25]
    (national,) = [r.id for r in rows if r.admin1 is None and (r.fatalities or 0) >= 25]
    articles = {r.article_id for r in reports if r.event_id == national}
    assert articles == {"demo-a01", "demo-a05", "demo-a06", "demo-b06"}
