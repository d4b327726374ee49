"""No report tells what happened after it was published: a paper of the 3rd whose body found
in Chilpancingo has no day of its own (dated the week of its publication) is not the killing
that other outlets date to the 6th in the same town; a march announced on the 3rd may still
be the one held on the 6th. Rules on the resolver's core, on invented reports."""

from __future__ import annotations

from sucesos.resolve.core import compatible
from sucesos.resolve.mentions import Cluster, Mention

THIRD = 739_527  # an ordinal day: the report's publication
TOWN = "12029"


def _report(category: str, family: str) -> Mention:
    return Mention(
        record_id="r",
        article_id="paper-of-the-3rd",
        category=category,
        family=family,
        state="MX-GRO",
        municipality=TOWN,
        day=THIRD,
        precision="week",  # no day word: dated when it was published
        place_precision="municipality",
        fatalities=1 if family == "violence" else None,
        dated=False,
        published=THIRD,
    )


def _event(category: str, family: str, day: int) -> Cluster:
    return Cluster(
        id="e",
        family=family,
        state="MX-GRO",
        municipality=TOWN,
        day=day,
        precision="day",
        category=category,
        place_precision="municipality",
        fatalities_min=1 if family == "violence" else None,
        fatalities_max=1 if family == "violence" else None,
        n_sources=3,
    )


def test_an_undated_killing_never_joins_one_dated_after_its_paper_came_out() -> None:
    body = _report("body_discovery", "violence")
    assert not compatible(body, _event("attack", "violence", THIRD + 3))
    assert compatible(body, _event("attack", "violence", THIRD + 1))  # a time zone's day


def test_an_announced_march_is_no_such_report() -> None:
    """Only the families a report cannot tell before they happen are bound by it."""
    assert not compatible(_report("attack", "violence"), _event("attack", "violence", THIRD + 3))
    march = _report("protest", "demonstration")
    assert compatible(march, _event("protest", "demonstration", THIRD + 3))
