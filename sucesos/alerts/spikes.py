"""Spike alerts: more events of a kind in a place than its own history predicts, given how much
coverage the place is getting.

The statistical rule (documented in the README):

- For each state s (and each municipality m of s) and category c, count the events of the
  recent window (the last `window_days` days, by event date): the observed count O.
- Coverage of a state in a period is the number of articles published in it "from the state":
  articles of outlets whose home state is s (a feed's `home_state`, else the home state
  learned from where the outlet's reports fall), plus articles of outlets with no home state
  that report events in s. A municipality uses its state's coverage. Let A_w be the coverage
  in the window and A_b in the `baseline_days` before it; E_b is the number of events of
  (place, c) in the baseline.
- Events per article of coverage is a rate λ with a Gamma(E_b + ½, A_b) posterior (Jeffreys
  prior), so the count expected in the window is Negative-Binomial with r = E_b + ½ and
  p = A_b / (A_b + A_w): mean (E_b + ½)·A_w/A_b. It is wider than a Poisson when the history
  is short, which keeps a thin baseline from crying wolf.
- An alert is raised when O ≥ `min_count`, A_b ≥ `min_baseline_articles` and the upper tail
  P(X ≥ O) ≤ `p_threshold`.

A new outlet that doubles a state's articles doubles A_w, hence the expected count, so the
extra events it reports at the usual rate raise nothing; more events on the same coverage do.
With `normalize=False` the coverage terms are replaced by days (the naive rule, kept to show
the difference).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa

from sucesos.store import Store, schema
from sucesos.store.keys import as_date, now

EVENT_STATUSES = ("reported", "disputed")


@dataclass(frozen=True)
class SpikeConfig:
    """Parameters of the spike rule (see the module docstring)."""

    window_days: int = 1
    baseline_days: int = 28
    min_count: int = 3
    min_baseline_articles: int = 20
    p_threshold: float = 0.01
    normalize: bool = True
    municipalities: bool = True


@dataclass
class Spike:
    """One place × category whose window count is improbably high."""

    level: str  # "state" | "municipality"
    admin1: str | None
    admin1_code: str
    admin2: str | None
    admin2_code: str | None
    category: str
    window_start: date
    window_end: date
    observed: int
    expected: float
    p_value: float
    baseline_events: int
    coverage_window: float
    coverage_baseline: float
    event_ids: list[str]

    @property
    def key(self) -> str:
        place = self.admin2_code or self.admin1_code
        return f"spike:{self.level}:{place}:{self.category}:{self.window_end.isoformat()}"

    def to_data(self, config: SpikeConfig) -> dict[str, Any]:
        """The alert document (see `sucesos.alerts.store`)."""
        place = ", ".join(x for x in (self.admin2, self.admin1 or self.admin1_code) if x)
        return {
            "title": f"Spike: {self.observed} {self.category} events in {place}"
            f" (expected {self.expected:.1f})",
            "summary": f"{self.observed} {self.category} events in {place} between"
            f" {self.window_start} and {self.window_end}; {self.expected:.2f} expected from"
            f" the previous {config.baseline_days} days given the coverage"
            f" (P = {self.p_value:.2g}).",
            "level": self.level,
            "admin1": self.admin1,
            "admin1_code": self.admin1_code,
            "admin2": self.admin2,
            "admin2_code": self.admin2_code,
            "category": self.category,
            "window": {"start": self.window_start.isoformat(), "end": self.window_end.isoformat()},
            "observed": self.observed,
            "expected": round(self.expected, 3),
            "p_value": self.p_value,
            "baseline": {
                "days": config.baseline_days,
                "events": self.baseline_events,
                "coverage_articles": self.coverage_baseline,
            },
            "coverage_window_articles": self.coverage_window,
            "rule": (
                "negative-binomial (Gamma-Poisson) upper tail of events per article of"
                f" coverage: P(X >= observed) <= {config.p_threshold},"
                f" observed >= {config.min_count}"
                if config.normalize
                else "negative-binomial upper tail of events per day (not normalized)"
            ),
        }


def nb_upper_tail(observed: int, r: float, p: float) -> float:
    """P(X ≥ observed) for X ~ NegativeBinomial(r, p) (failures before the r-th success with
    success probability p; mean r(1-p)/p)."""
    if observed <= 0:
        return 1.0
    if p >= 1.0:
        return 0.0
    log_p, log_q = math.log(p), math.log1p(-p)
    cdf = 0.0
    for k in range(observed):
        log_pmf = math.lgamma(k + r) - math.lgamma(r) - math.lgamma(k + 1) + r * log_p + k * log_q
        cdf += math.exp(log_pmf)
    return max(0.0, 1.0 - cdf)


def expected_and_tail(
    observed: int, baseline_events: int, coverage_baseline: float, coverage_window: float
) -> tuple[float, float]:
    """(expected count, P(X ≥ observed)) of the Gamma-Poisson predictive (module docstring)."""
    r = baseline_events + 0.5
    p = coverage_baseline / (coverage_baseline + coverage_window)
    return r * coverage_window / coverage_baseline, nb_upper_tail(observed, r, p)


def _article_day(published: Any, ingested: Any) -> date | None:
    day = as_date(published) if published else None
    return day or as_date(ingested)


def coverage(
    conn: sa.Connection, start: date, end: date, homes: dict[str, str | None]
) -> Counter[str]:
    """Articles per state published between `start` and `end` (inclusive) "from" the state:
    by their feed's or outlet's home state, else by the states of the events they report."""
    a, r = schema.articles, schema.records
    # The published column is free text (ISO as given); filter loosely by ingest time in SQL
    # only when nothing else is known, and by the parsed day in Python.
    query = sa.select(a.c.id, a.c.source, a.c.published, a.c.ingested_at, a.c.metadata)
    counts: Counter[str] = Counter()
    unplaced: list[str] = []
    lo, hi = start.isoformat(), (end + timedelta(days=1)).isoformat()
    query = query.where(
        sa.or_(
            sa.and_(a.c.published >= lo, a.c.published < hi),
            sa.and_(a.c.published.is_(None), a.c.ingested_at >= datetime.fromisoformat(lo)),
        )
    )
    for row in conn.execute(query):
        day = _article_day(row.published, row.ingested_at)
        if day is None or not start <= day <= end:
            continue
        meta = row.metadata or {}
        home = meta.get("home_state") if isinstance(meta, dict) else None
        if not home and row.source:
            home = homes.get(row.source.strip().lower())
        if home:
            counts[str(home)] += 1
        else:
            unplaced.append(row.id)
    for chunk in range(0, len(unplaced), 500):
        ids = unplaced[chunk : chunk + 500]
        placed = conn.execute(
            sa.select(r.c.article_id, r.c.admin1_code)
            .where(r.c.article_id.in_(ids), r.c.status.in_(EVENT_STATUSES))
            .where(r.c.admin1_code.is_not(None))
            .distinct()
        )
        for _article_id, state in placed:
            counts[state] += 1
    return counts


def _events(conn: sa.Connection, start: date, end: date) -> list[Any]:
    ev = schema.events
    return list(
        conn.execute(
            sa.select(
                ev.c.id,
                ev.c.category,
                ev.c.admin1,
                ev.c.admin1_code,
                ev.c.admin2,
                ev.c.admin2_code,
                ev.c.date,
            ).where(
                ev.c.date.between(start, end),
                ev.c.status.in_(EVENT_STATUSES),
                ev.c.admin1_code.is_not(None),
            )
        )
    )


def _outlet_home_map(store: Store) -> dict[str, str | None]:
    from sucesos.ingest_stream import outlet_homes

    homes = outlet_homes(store)
    return {outlet: homes.home_state(outlet) for outlet in homes.counts}


def detect_spikes(
    store: Store, config: SpikeConfig | None = None, at: datetime | date | None = None
) -> list[Spike]:
    """Every place × category whose events in the window ending on `at`'s day (default
    today, UTC) are a spike by the rule in the module docstring, largest surprise first."""
    config = config or SpikeConfig()
    end = as_date(at) if at is not None else now().date()
    assert end is not None
    w_start = end - timedelta(days=config.window_days - 1)
    b_end = w_start - timedelta(days=1)
    b_start = b_end - timedelta(days=config.baseline_days - 1)
    homes = _outlet_home_map(store)
    with store.engine.connect() as conn:
        window_events = _events(conn, w_start, end)
        baseline_events = _events(conn, b_start, b_end)
        cov_w = coverage(conn, w_start, end, homes)
        cov_b = coverage(conn, b_start, b_end, homes)

    def groups(rows: list[Any]) -> dict[tuple[str, str | None, str], list[Any]]:
        out: dict[tuple[str, str | None, str], list[Any]] = defaultdict(list)
        for row in rows:
            out[(row.admin1_code, None, row.category)].append(row)
            if config.municipalities and row.admin2_code:
                out[(row.admin1_code, row.admin2_code, row.category)].append(row)
        return out

    now_groups, base_groups = groups(window_events), groups(baseline_events)
    spikes: list[Spike] = []
    for (state, municipality, category), rows in now_groups.items():
        observed = len(rows)
        if observed < config.min_count:
            continue
        if config.normalize:
            a_w, a_b = float(cov_w.get(state, 0)), float(cov_b.get(state, 0))
            if a_b < config.min_baseline_articles or a_w <= 0:
                continue
        else:
            a_w, a_b = float(config.window_days), float(config.baseline_days)
        e_b = len(base_groups.get((state, municipality, category), []))
        expected, tail = expected_and_tail(observed, e_b, a_b, a_w)
        if tail > config.p_threshold:
            continue
        first = rows[0]
        spikes.append(
            Spike(
                level="municipality" if municipality else "state",
                admin1=first.admin1,
                admin1_code=state,
                admin2=first.admin2 if municipality else None,
                admin2_code=municipality,
                category=category,
                window_start=w_start,
                window_end=end,
                observed=observed,
                expected=expected,
                p_value=tail,
                baseline_events=e_b,
                coverage_window=a_w,
                coverage_baseline=a_b,
                event_ids=sorted(row.id for row in rows),
            )
        )
    spikes.sort(key=lambda s: (s.p_value, -s.observed))
    return spikes
