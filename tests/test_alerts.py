"""Alerts: the coverage-normalized spike rule, watch rules, stored alerts, the HTTP endpoints
(JSON and Atom). Stores are real SQLite files filled with synthetic articles and records."""

from __future__ import annotations

import csv
import math
from datetime import date, timedelta
from importlib import resources
from itertools import count
from pathlib import Path
from typing import Any

import feedparser
import pytest
from fastapi.testclient import TestClient

from sucesos.alerts.engine import evaluate
from sucesos.alerts.rules import WatchRule, load_rules_file
from sucesos.alerts.spikes import SpikeConfig, detect_spikes, expected_and_tail, nb_upper_tail
from sucesos.alerts.store import list_alerts
from sucesos.models import Actor, Article, EventRecord, Location, stable_id
from sucesos.resolve import resolve_records
from sucesos.store import Store
from sucesos.web.app import create_app

END = date(2026, 3, 10)
CONFIG = SpikeConfig(window_days=1, baseline_days=14, min_count=3, min_baseline_articles=20)


def jalisco_municipalities() -> list[Location]:
    path = resources.files("sucesos.data").joinpath("gazetteer", "municipalities.tsv")
    with path.open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if r["state"] == "14"]
    return [
        Location(
            name=r["name"],
            admin1="Jalisco",
            admin1_code="MX-JAL",
            admin2=r["name"],
            admin2_code=r["inegi"],
            latitude=float(r["lat"]),
            longitude=float(r["lon"]),
            precision="municipality",
        )
        for r in rows
    ]


class Newsroom:
    """Writes synthetic articles of Jalisco outlets, some reporting one roadblock each (every
    roadblock in its own municipality so that none are merged as the same event)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.places = jalisco_municipalities()
        self.n = count()
        self.events = count()

    def day(self, day: date, outlet: str, articles: int, events: int) -> None:
        for i in range(articles):
            n = next(self.n)
            article = Article(
                text=f"[Texto sintético] Nota {n} del {day} publicada por {outlet}.",
                url=f"https://example.org/{outlet}/{n}",
                title=f"Nota sintética {n}",
                published=day,
                source=outlet,
                language="es",
                metadata={"synthetic": True, "home_state": "MX-JAL"},
            )
            records = []
            if i < events:
                place = self.places[next(self.events) % len(self.places)]
                records.append(
                    EventRecord(
                        id=stable_id(article.id, "0"),
                        article_id=article.id,
                        category="roadblock",
                        date=day.isoformat(),
                        date_precision="day",
                        locations=[place],
                        actors=[Actor("Personas armadas", "armed_group", "perpetrator")],
                        confidence=0.8,
                    )
                )
            resolve_records(self.store, records, article)

    def baseline(self, days: int = 14, articles: int = 20, events: int = 5) -> None:
        for k in range(days, 0, -1):
            self.day(END - timedelta(days=k), "Diario Sintético de Jalisco", articles, events)


def state_spikes(store: Store, config: SpikeConfig = CONFIG) -> list[Any]:
    return [s for s in detect_spikes(store, config, END) if s.level == "state"]


def test_negative_binomial_tail_matches_poisson_when_the_rate_is_certain() -> None:
    mean, observed = 4.0, 9
    poisson = 1 - sum(math.exp(-mean) * mean**k / math.factorial(k) for k in range(observed))
    r = 1e6  # a huge baseline: the Gamma posterior is a spike at the rate
    assert nb_upper_tail(observed, r, r / (r + mean)) == pytest.approx(poisson, rel=1e-3)
    assert nb_upper_tail(0, 3.0, 0.5) == 1.0
    expected, tail = expected_and_tail(15, 70, 280.0, 60.0)
    assert expected == pytest.approx(70.5 * 60 / 280) and tail > 0.3


def test_more_coverage_alone_raises_no_spike_but_the_naive_rule_would(store: Store) -> None:
    room = Newsroom(store)
    room.baseline()  # 14 days × 20 articles, 5 roadblocks a day
    # A new outlet doubles (here triples) the state's articles; events per article unchanged.
    room.day(END, "Diario Sintético de Jalisco", 20, 5)
    room.day(END, "Nuevo Portal Sintético", 40, 10)
    assert len(store.events(since=END, until=END, limit=None)) == 15
    assert state_spikes(store) == []
    naive = state_spikes(store, SpikeConfig(**{**CONFIG.__dict__, "normalize": False}))
    assert [(s.category, s.observed) for s in naive] == [("roadblock", 15)]


def test_a_real_spike_is_raised_with_observed_expected_and_events(store: Store) -> None:
    room = Newsroom(store)
    room.baseline()
    room.day(END, "Diario Sintético de Jalisco", 20, 15)  # same coverage, 3× the events
    (spike,) = state_spikes(store)
    assert (spike.admin1_code, spike.category, spike.observed) == ("MX-JAL", "roadblock", 15)
    assert spike.expected == pytest.approx(70.5 * 20 / 280)
    assert spike.p_value < 0.01
    assert (spike.coverage_window, spike.coverage_baseline, spike.baseline_events) == (20, 280, 70)
    assert len(spike.event_ids) == 15
    event_ids = [e["id"] for e in store.events(since=END, until=END, limit=None)]
    raised = evaluate(store, event_ids, [], CONFIG, at=END)
    spikes = [a for a in raised if a["kind"] == "spike" and a["level"] == "state"]
    assert len(spikes) == 1
    alert = spikes[0]
    assert alert["observed"] == 15 and alert["expected"] == pytest.approx(5.036, abs=0.001)
    assert {e["id"] for e in alert["events"]} == set(spike.event_ids)
    assert "negative-binomial" in alert["rule"]
    assert evaluate(store, event_ids, [], CONFIG, at=END) == []  # raised once


def test_thin_history_raises_nothing(store: Store) -> None:
    room = Newsroom(store)
    room.baseline(days=2, articles=5, events=0)  # 10 articles of history: too little
    room.day(END, "Diario Sintético de Jalisco", 10, 8)
    assert state_spikes(store) == []


def event(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "e1",
        "category": "attack",
        "admin1": "Guanajuato",
        "admin1_code": "MX-GUA",
        "admin2": "Celaya",
        "admin2_code": "11007",
        "fatalities": 3,
        "actors": [{"name": "Cártel Santa Rosa de Lima", "kind": "cartel", "role": "perpetrator"}],
    }
    return {**base, **kw}


def test_watch_rules_match_every_condition_they_give() -> None:
    rule = WatchRule("gto", state="Guanajuato", category=["attack"], min_fatalities=3)
    assert rule.state == "MX-GUA"
    assert rule.matches(event())
    assert not rule.matches(event(fatalities=2))
    assert not rule.matches(event(admin1_code="MX-JAL"))
    assert not rule.matches(event(category="roadblock"))
    assert WatchRule("fam", category=["armed_clash"]).matches(event(category="armed_clash"))
    assert WatchRule("mun", municipality="11007").matches(event())
    assert WatchRule("mun2", municipality="celaya").matches(event())
    assert WatchRule("act", actor="santa rosa").matches(event())
    assert not WatchRule("act2", actor="Jalisco Nueva").matches(event())
    kw = WatchRule("kw", keywords=["narcobloqueo", "Tesistán"])
    assert kw.matches(event(), texts="bloquean la carretera a tesistan")
    assert not kw.matches(event(), texts="feria del libro")
    with pytest.raises(ValueError, match="no condition"):
        WatchRule("empty")
    with pytest.raises(ValueError, match="unknown Mexican state"):
        WatchRule("bad", state="Atlántida")


def test_rules_file(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(
        '[[rule]]\nname = "bloqueos"\nstate = "JAL"\ncategory = "roadblock"\n\n'
        '[[rule]]\nname = "masacres"\nmin_fatalities = 5\n',
        "utf-8",
    )
    rules = load_rules_file(path)
    assert [(r.name, r.state, r.category, r.min_fatalities) for r in rules] == [
        ("bloqueos", "MX-JAL", ["roadblock"], None),
        ("masacres", None, [], 5),
    ]
    path.write_text('[[rule]]\nname = "x"\nstat = "JAL"\n', "utf-8")
    with pytest.raises(ValueError, match="rule 1: unknown rule fields: stat"):
        load_rules_file(path)


def test_alerts_api_and_atom_feed(store: Store) -> None:
    room = Newsroom(store)
    room.baseline()
    room.day(END, "Diario Sintético de Jalisco", 20, 15)
    ids = [e["id"] for e in store.events(since=END, until=END, limit=None)]
    rule = WatchRule("bloqueos-jalisco", state="Jalisco", category=["roadblock"])
    raised = evaluate(store, ids[:2], [rule], CONFIG, at=END)
    assert sum(a["kind"] == "rule" for a in raised) == 2
    assert sum(a["kind"] == "spike" for a in raised) == 1
    assert [a["id"] for a in list_alerts(store)] == sorted((a["id"] for a in raised), reverse=True)

    with TestClient(create_app(store=store)) as client:
        listing = client.get("/api/alerts").json()["alerts"]
        assert [a["id"] for a in listing] == [a["id"] for a in list_alerts(store)]
        spikes = client.get("/api/alerts", params={"kind": "spike"}).json()["alerts"]
        assert [a["observed"] for a in spikes] == [15]
        one = client.get(f"/api/alerts/{spikes[0]['id']}").json()
        assert one["expected"] == spikes[0]["expected"] and len(one["events"]) == 15
        assert client.get("/api/alerts/999999").status_code == 404
        assert client.get("/api/alerts", params={"kind": "nope"}).status_code == 422
        response = client.get("/alerts.atom")
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo and feed.version == "atom10"
    assert len(feed.entries) == 3
    spike_entry = next(e for e in feed.entries if e.title.startswith("Spike"))
    assert any(x.href.endswith(f"/api/alerts/{spikes[0]['id']}") for x in spike_entry.links)
    assert "15 roadblock events in Jalisco" in spike_entry.summary
