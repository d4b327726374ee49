"""Outlets' home states, learned from where their confidently placed reports fall.

A local outlet ("El Independiente" of La Paz) often writes "en la colonia Centro" without
naming its state. Once enough of its articles were placed with confidence, the state most of
them fall in breaks ties between same-named places and places the reports that name none.
The store keeps the observations; this module only counts them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sucesos.models import EventRecord

# An outlet needs this many placed articles, and this share of them in one state.
MIN_ARTICLES = 5
MIN_SHARE = 0.6
MIN_CONFIDENCE = 0.6


def placed_state(records: Iterable[EventRecord]) -> str | None:
    """The state an article's confident, reported events are placed in at town level, if one."""
    states = Counter(
        loc.admin1_code
        for r in records
        if r.status in ("reported", "disputed") and r.confidence >= MIN_CONFIDENCE
        for loc in r.locations[:1]
        if loc.admin1_code and loc.precision in ("municipality", "locality")
    )
    if not states:
        return None
    state, _ = states.most_common(1)[0]
    return state


@dataclass
class OutletHomes:
    """Counts of placed articles per outlet and state."""

    counts: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    def observe(self, outlet: str | None, state_code: str | None, n: int = 1) -> None:
        if outlet and state_code:
            self.counts[outlet.strip().lower()][state_code] += n

    def home_state(self, outlet: str | None) -> str | None:
        """The outlet's home state (ISO 3166-2 code), or None while the evidence is thin."""
        if not outlet:
            return None
        states = self.counts.get(outlet.strip().lower())
        if not states:
            return None
        total = sum(states.values())
        state, n = states.most_common(1)[0]
        if total >= MIN_ARTICLES and n / total >= MIN_SHARE:
            return state
        return None
