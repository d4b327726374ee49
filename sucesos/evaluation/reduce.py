"""Reduction of an article's extracted events to one prediction comparable with article-level gold.

- Events with status ``historical`` or ``statistic`` are ignored; the rest are "reported".
- The *primary event* is the reported event with the highest confidence; ties go to the
  event whose best location is most specific (locality > municipality > state > country),
  then to the first one returned.
- Place: the most specific location of the primary event. Its state (ISO 3166-2 code, else
  name) and municipality (INEGI code, else name) are the predicted state / municipality.
- Date: the primary event's ``date`` (compared as the exact ``YYYY-MM-DD`` string).
- Killed: the maximum over reported events of the event's killed figure, which is the sum of
  its counts with ``what == "killed"`` when it has any, else its ``fatalities``; 0 when no
  event reports one. The maximum (not the sum) because a headline's several events are often
  one incident told twice, and gold codes the incident.
- Arrested: likewise, the maximum over events of the sum of counts with ``what == "arrested"``.
- Kidnapping: true when any reported event has a kidnapping category, a kidnapping
  sub-event type or a kidnapped count > 0; bodies found: any event with a body-discovery or
  mass-grave category, or a "bodies" count > 0 (lists in ``data/case_labels.toml``).
- ACLED sub-event type: the primary event's ``sub_event_type``; None when there is no event.
"""

from __future__ import annotations

from dataclasses import dataclass

from sucesos.evaluation.gold import mappings, state_key
from sucesos.models import EventRecord, Location

IGNORED_STATUSES = frozenset({"historical", "statistic"})
_SPECIFICITY = {"locality": 3, "municipality": 2, "state": 1, "country": 0}


# --- reduction ---------------------------------------------------------------------------


@dataclass
class Prediction:
    """One article-level prediction, reduced from the extracted events (rules above)."""

    state: str | None = None  # state key (see state_key)
    municipality_code: str | None = None
    municipality_name: str | None = None
    date: str | None = None
    killed: int = 0
    arrested: int = 0
    kidnapping: bool = False
    bodies_found: bool = False
    sub_event_type: str | None = None


def _best_location(event: EventRecord) -> Location | None:
    if not event.locations:
        return None
    return max(event.locations, key=lambda loc: _SPECIFICITY.get(loc.precision, 0))


def _killed(event: EventRecord) -> int:
    # The event's fatalities are already its resolved total (figures that add up are added,
    # repeated ones are not); the figures are only a fallback for records without it.
    if event.fatalities is not None:
        return event.fatalities
    return _count_sum(event, "killed") or 0


def _count_sum(event: EventRecord, what: str) -> int | None:
    values = [c.value for c in event.counts if c.what == what]
    return sum(values) if values else None


def reduce_events(events: list[EventRecord]) -> Prediction:
    """Collapse an article's events into one prediction comparable with article-level gold."""
    reported = [e for e in events if e.status not in IGNORED_STATUSES]
    pred = Prediction()
    if not reported:
        return pred
    red = mappings()["reduction"]

    def rank(pair: tuple[int, EventRecord]) -> tuple[float, int, int]:
        i, e = pair
        loc = _best_location(e)
        spec = _SPECIFICITY.get(loc.precision, 0) if loc else -1
        return (e.confidence, spec, -i)

    primary = max(enumerate(reported), key=rank)[1]
    loc = _best_location(primary)
    if loc is not None:
        pred.state = state_key(loc.admin1, loc.admin1_code)
        pred.municipality_code = loc.admin2_code
        pred.municipality_name = loc.admin2
    pred.date = primary.date
    pred.sub_event_type = primary.sub_event_type
    pred.killed = max(_killed(e) for e in reported)
    pred.arrested = max(_count_sum(e, "arrested") or 0 for e in reported)
    pred.kidnapping = any(
        e.category in red["kidnapping_categories"]
        or e.sub_event_type in red["kidnapping_sub_event_types"]
        or any(c.what in red["kidnapping_counts"] and c.value > 0 for c in e.counts)
        for e in reported
    )
    pred.bodies_found = any(
        e.category in red["bodies_categories"]
        or any(c.what in red["bodies_counts"] and c.value > 0 for c in e.counts)
        for e in reported
    )
    return pred
