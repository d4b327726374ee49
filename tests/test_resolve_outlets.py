"""Resolution across outlets: one incident reported by several outlets (two languages, differing
figures, dated by the text or only by publication) is one event with every outlet's figure kept
and the disagreement flagged; same-day incidents elsewhere in the state stay apart.

The story (tests/fixtures/stories/zitacuaro.jsonl, synthetic) goes through the REAL extractor
into a real SQLite store; the rules behind it are tested one class of case at a time on the
resolver's core.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import PLACES, make_article, make_record, toll_event

from sucesos import api
from sucesos.models import Actor, Location
from sucesos.resolve import resolve_records
from sucesos.resolve.core import choose, compatible
from sucesos.resolve.mentions import Cluster, Mention, absorb
from sucesos.store import Store

STORY = Path(__file__).parent / "fixtures" / "stories" / "zitacuaro.jsonl"
AMBUSH = {"syn-zit-01", "syn-zit-02", "syn-zit-03"}


def _ingest(store: Store) -> dict[str, Any]:
    summary = api.ingest([STORY], store=store)
    assert summary.errors == []
    event = store.event(toll_event(store, "syn-zit-01"))
    assert event is not None
    return event


def test_three_outlets_in_two_languages_are_one_event(store: Store) -> None:
    event = _ingest(store)
    assert {r["article_id"] for r in event["reports"]} >= AMBUSH
    assert event["n_sources"] == 3
    assert event["admin2"] == "Zitácuaro" and event["date"] == "2026-04-05"


def test_each_outlets_toll_is_kept_and_the_disagreement_flagged(store: Store) -> None:
    event = _ingest(store)
    tolls = event["resolved"]["fatalities"]
    assert tolls["sources"] == {
        "Diario Sintético A": 4,
        "Noticias Sintéticas B": 5,
        "Synthetic Wire C": 6,
    }
    # the middle figure of the three sources, with the range
    assert (event["fatalities"], event["fatalities_min"], event["fatalities_max"]) == (5, 4, 6)
    assert event["disputed"] is True and event["dispute"]["fatalities"] == tolls["sources"]


def test_the_same_day_killing_elsewhere_in_the_state_stays_apart(store: Store) -> None:
    ambush = _ingest(store)
    other = store.event(toll_event(store, "syn-zit-04"))
    assert other is not None and other["id"] != ambush["id"]
    assert {r["article_id"] for r in other["reports"]} == {"syn-zit-04"}
    assert other["admin2"] == "Lázaro Cárdenas" and other["date"] == "2026-04-05"


# --- the rules, one class of case each --------------------------------------------------------


def _mention(
    n: int, *, published: str = "2024-09-14", place: Location | None = None, **record: Any
) -> Mention:
    article = make_article(n, source=f"Medio Sintético {n}", published=published)
    rec = make_record(article, **record)
    if place is not None:
        rec.locations = [place]
    return Mention.from_record(rec, published=article.published_date)


def _cluster(*mentions: Mention) -> Cluster:
    cluster = Cluster.start(f"event-of-{mentions[0].record_id}", mentions[0])
    for m in mentions[1:]:
        absorb(cluster, m)
    return cluster


def _point(name: str, lat: float, lon: float) -> Location:
    """A locality the gazetteer places in no municipality."""
    return Location(
        name=name, admin1="Sinaloa", admin1_code="MX-SIN", latitude=lat, longitude=lon,
        precision="locality",
    )  # fmt: skip


def test_a_report_dated_on_its_publication_day_may_follow_the_event_by_days() -> None:
    event = _cluster(_mention(1, date="2024-09-13", published="2024-09-13"))
    # No day word: dated when published, two days after the event.
    assert compatible(_mention(2, date="2024-09-15", published="2024-09-15"), event)
    # A date the text gives two days after the event is another day.
    assert not compatible(_mention(3, date="2024-09-15", published="2024-09-16"), event)
    # Only for the same category: an arrest two days later is its own event.
    assert not compatible(
        _mention(4, date="2024-09-15", published="2024-09-15", category="abduction"), event
    )
    assert not compatible(_mention(5, date="2024-09-17", published="2024-09-17"), event)


def test_an_event_dated_by_its_first_report_may_be_days_after_a_dated_report() -> None:
    event = _cluster(_mention(1, date="2024-09-15", published="2024-09-15"))
    assert compatible(_mention(2, date="2024-09-13", published="2024-09-16"), event)
    dated = _cluster(_mention(3, date="2024-09-15", published="2024-09-17"))
    assert not compatible(_mention(4, date="2024-09-13", published="2024-09-16"), dated)


def test_an_event_two_outlets_date_to_one_day_is_not_a_publication_date() -> None:
    # A killing that two outlets place on Sunday the 15th (one of them published that day):
    # a report of a killing in the same town on Friday the 13th is another happening.
    sunday = _cluster(
        _mention(1, date="2024-09-15", published="2024-09-15"),
        _mention(2, date="2024-09-15", published="2024-09-16"),
    )
    assert not compatible(_mention(3, date="2024-09-13", published="2024-09-16"), sunday)
    # Within the day window it still joins.
    assert compatible(_mention(4, date="2024-09-14", published="2024-09-16"), sunday)


def test_a_place_without_a_municipality_joins_only_nearby_events() -> None:
    event = _cluster(_mention(1))  # Culiacán, municipality centroid
    assert compatible(_mention(2, place=_point("Costa Rica", 24.59, -107.39)), event)
    assert not compatible(_mention(3, place=_point("Mazatlán", 23.22, -106.42)), event)


def test_one_distinctive_toll_joins_a_report_placed_in_a_nearby_city() -> None:
    navolato = Location(**PLACES["navolato"])
    event = _cluster(_mention(1, place=navolato, fatalities=13))
    assert compatible(_mention(2, fatalities=13), event)  # filed from Culiacán, 30 km away
    assert not compatible(_mention(3, fatalities=3), event)  # a common toll proves nothing
    assert not compatible(_mention(4, fatalities=12), event)
    assert not compatible(_mention(5, fatalities=13, category="armed_clash"), event)
    uruapan = Location(**{**PLACES["uruapan"], "admin1": "Sinaloa", "admin1_code": "MX-SIN"})
    assert not compatible(_mention(6, fatalities=13, place=uruapan), event)  # too far


def test_a_report_joins_the_event_whose_toll_it_shares() -> None:
    counted = _cluster(_mention(1, fatalities=24))
    side = _cluster(_mention(2, fatalities=None))  # a side account with no toll
    report = _mention(3, fatalities=24)
    assert choose(report, [counted, side]) is counted
    assert choose(report, [side, counted]) is counted
    far = _cluster(_mention(4, fatalities=2))
    assert choose(_mention(5, fatalities=20), [far, counted]) is counted


def test_a_report_joins_the_account_more_outlets_share() -> None:
    shared = _cluster(_mention(1), _mention(2), _mention(3))
    single = _cluster(_mention(4))
    report = _mention(5, fatalities=None)
    assert choose(report, [single, shared]) is shared
    assert choose(report, [shared, single]) is shared


def test_a_deadly_raid_meets_the_clash_another_outlet_reports() -> None:
    raid = _cluster(_mention(1, category="security_operation", fatalities=6))
    assert compatible(_mention(2, category="armed_clash", fatalities=7), raid)
    # Without a death toll on both sides an operation is not a killing.
    assert not compatible(_mention(3, category="armed_clash", fatalities=None), raid)
    arrests = _cluster(_mention(4, category="arrest", fatalities=2))
    assert not compatible(_mention(5, category="attack", fatalities=2), arrests)


def test_the_store_finds_a_deadly_raid_from_a_clash_report(store: Store) -> None:
    raid = make_article(1, source="Medio Sintético 1")
    clash = make_article(2, source="Medio Sintético 2")
    (first,) = resolve_records(
        store, [make_record(raid, category="security_operation", fatalities=6)], raid
    )
    (second,) = resolve_records(store, [make_record(clash, category="armed_clash")], clash)
    assert first == second


def test_outlets_blaming_different_groups_for_one_massacre_meet() -> None:
    cjng = [Actor("Cártel de Jalisco Nueva Generación", "cartel", "perpetrator")]
    rival = [Actor("Cártel de Santa Rosa de Lima", "cartel", "perpetrator")]
    massacre = _cluster(_mention(1, actors=cjng, fatalities=11))
    assert compatible(_mention(2, actors=rival, fatalities=11), massacre)
    assert not compatible(
        _mention(3, actors=rival, fatalities=3), _cluster(_mention(4, actors=cjng))
    )


# --- a wire report that names only the state ----------------------------------------------------

STATE_ONLY = Path(__file__).parent / "fixtures" / "stories" / "tacambaro.jsonl"


def test_a_report_naming_only_the_state_joins_the_massacre_whose_toll_it_repeats(
    store: Store,
) -> None:
    # Two local outlets name the town (12, then 14 dead); an English wire names only the state
    # and repeats 14; the same night two other killings happen elsewhere in the state.
    summary = api.ingest([STATE_ONLY], store=store)
    assert summary.errors == []
    massacre = store.event(toll_event(store, "syn-tac-01"))
    assert massacre is not None
    assert {r["article_id"] for r in massacre["reports"]} == {
        "syn-tac-01", "syn-tac-03", "syn-tac-05",
    }  # fmt: skip
    assert massacre["admin2"] == "Tacámbaro" and massacre["n_sources"] == 3
    assert massacre["resolved"]["fatalities"]["sources"] == {
        "Diario Sintético D": 12,
        "Noticias Sintéticas E": 14,
        "Synthetic Wire F": 14,
    }
    assert massacre["disputed"] is True
    for distractor, town in (("syn-tac-02", "Zamora"), ("syn-tac-04", "Apatzingán")):
        other = store.event(toll_event(store, distractor))
        assert other is not None and other["id"] != massacre["id"]
        assert {r["article_id"] for r in other["reports"]} == {distractor}
        assert other["admin2"] == town


def _state_only(n: int, fatalities: int | None) -> Mention:
    michoacan = Location(
        name="Michoacán", admin1="Michoacán de Ocampo", admin1_code="MX-MIC", precision="state"
    )
    return _mention(n, place=michoacan, fatalities=fatalities)


def test_a_state_level_report_picks_a_municipality_only_by_a_distinctive_toll_of_one() -> None:
    uruapan = Location(**PLACES["uruapan"])
    zamora = Location(
        **{**PLACES["uruapan"], "name": "Zamora", "admin2": "Zamora", "admin2_code": "16108"},
    )
    massacre = _cluster(
        _mention(1, place=uruapan, fatalities=12), _mention(2, place=uruapan, fatalities=14)
    )
    killing = _cluster(_mention(3, place=zamora, fatalities=2))
    assert choose(_state_only(4, 14), [killing, massacre]) is massacre
    assert choose(_state_only(5, 12), [massacre, killing]) is massacre
    # A common toll, or none, does not single one out: the report starts its own event.
    assert choose(_state_only(6, 2), [massacre, killing]) is None
    assert choose(_state_only(7, None), [massacre, killing]) is None
    # Nor does a distinctive toll that events of two municipalities give.
    other = _cluster(_mention(8, place=zamora, fatalities=14))
    assert choose(_state_only(9, 14), [massacre, other]) is None


UNPLACED = Path(__file__).parent / "fixtures" / "stories" / "patzcuaro.jsonl"


def test_a_state_level_report_with_another_toll_stays_apart_from_the_towns_killing(
    store: Store,
) -> None:
    # A mayor shot dead in Pátzcuaro (two outlets, es and en, one dead); the same Sunday a
    # third outlet names only the state and reports three dead at a food stall; a fourth
    # reports the town hall's secretary shot there on the Friday before.
    summary = api.ingest([UNPLACED], store=store)
    assert summary.errors == []
    mayor = store.event(toll_event(store, "syn-pat-01"))
    assert mayor is not None
    assert {r["article_id"] for r in mayor["reports"]} == {"syn-pat-01", "syn-pat-02"}
    assert mayor["admin2"] == "Pátzcuaro"
    stall = store.event(toll_event(store, "syn-pat-03"))
    assert stall is not None and stall["id"] != mayor["id"]
    assert {r["article_id"] for r in stall["reports"]} == {"syn-pat-03"}
    # The secretary shot in the same town on the Friday before is another killing.
    secretary = store.event(toll_event(store, "syn-pat-04"))
    assert secretary is not None and secretary["id"] != mayor["id"]
    assert secretary["date"] == "2026-05-01"


def test_a_state_level_report_joins_a_towns_event_only_with_its_toll_or_none() -> None:
    uruapan = Location(**PLACES["uruapan"])
    killing = _cluster(_mention(1, place=uruapan, fatalities=1))
    # Another common toll, placed nowhere in the state: another of the state's killings.
    assert not compatible(_state_only(2, 3), killing)
    # The same toll, or none, still joins (a wire that names only the state).
    assert compatible(_state_only(3, 1), killing)
    assert compatible(_state_only(4, None), killing)
    # Either way round: a town's report does not join a state-level event of another toll.
    assert not compatible(_mention(5, place=uruapan, fatalities=1), _cluster(_state_only(6, 3)))
    assert compatible(_mention(7, place=uruapan, fatalities=3), _cluster(_state_only(8, 3)))
    # A toll within the range the outlets give is no disagreement.
    ambush = _cluster(
        _mention(9, place=uruapan, fatalities=4), _mention(10, place=uruapan, fatalities=6)
    )
    assert compatible(_state_only(11, 5), ambush)
