"""Raising alerts after new events arrive: watch rules on the new or changed events, then the
spike rule on every place × category, each alert stored once (see `sucesos.alerts.store`)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sucesos.alerts.rules import WatchRule, event_texts
from sucesos.alerts.spikes import SpikeConfig, detect_spikes
from sucesos.alerts.store import raise_alert
from sucesos.store import Store, queries

log = logging.getLogger("sucesos.alerts")

MAX_LISTED_REPORTS = 5


def event_summary(event: dict[str, Any]) -> dict[str, Any]:
    """The part of an event an alert carries: what, where, when, how many and who reported it."""
    return {
        "id": event["id"],
        "date": event.get("date"),
        "category": event.get("category"),
        "status": event.get("status"),
        "admin1": event.get("admin1"),
        "admin1_code": event.get("admin1_code"),
        "admin2": event.get("admin2"),
        "location": event.get("location"),
        "latitude": event.get("latitude"),
        "longitude": event.get("longitude"),
        "fatalities": event.get("fatalities"),
        "n_sources": event.get("n_sources"),
        "reports": [
            {k: r.get(k) for k in ("source", "title", "url", "published")}
            for r in (event.get("reports") or [])[:MAX_LISTED_REPORTS]
        ],
    }


def _place(event: dict[str, Any]) -> str:
    parts = [event.get("admin2"), event.get("admin1")]
    return ", ".join(p for p in parts if p) or "an unknown place"


def evaluate(
    store: Store,
    event_ids: Iterable[str],
    rules: list[WatchRule],
    spikes: SpikeConfig | None = None,
    at: datetime | None = None,
) -> list[dict[str, Any]]:
    """Raise the alerts the given new or changed events call for; returns those raised now.

    Each rule alerts once per event (an event updated later to meet a rule, say when its death
    toll rises, alerts then). Spikes are checked on the whole store when `spikes` is given, and
    alert once per place × category × window end day.
    """
    raised: list[dict[str, Any]] = []
    ids = sorted(set(event_ids))
    with store.engine.begin() as conn:
        if rules:
            for event_id in ids:
                event = queries.get_event(conn, event_id)
                if event is None:
                    continue
                texts = event_texts(conn, event) if any(r.keywords for r in rules) else ""
                for rule in rules:
                    if not rule.matches(event, texts):
                        continue
                    data = {
                        "title": f"{event.get('category')} in {_place(event)} (rule {rule.name})",
                        "summary": f"{rule.name}: {rule.describe()}. {event.get('category')} on"
                        f" {event.get('date') or 'an unknown date'} in {_place(event)},"
                        f" {event.get('fatalities') or 0} killed,"
                        f" {event.get('n_sources')} source(s).",
                        "rule": rule.to_dict(),
                        "events": [event_summary(event)],
                    }
                    alert = raise_alert(conn, f"rule:{rule.name}:{event_id}", "rule", data, at)
                    if alert is not None:
                        raised.append(alert)
    if spikes is not None and ids:
        found = detect_spikes(store, spikes, at)
        if found:
            with store.engine.begin() as conn:
                for spike in found:
                    data = spike.to_data(spikes)
                    events = [queries.get_event(conn, i) for i in spike.event_ids]
                    data["events"] = [event_summary(e) for e in events if e is not None]
                    alert = raise_alert(conn, spike.key, "spike", data, at)
                    if alert is not None:
                        raised.append(alert)
    for alert in raised:
        log.info("alert %s: %s", alert["id"], alert["title"])
    return raised
