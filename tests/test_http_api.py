"""The HTTP API against a real uvicorn server on 127.0.0.1 and a real SQLite store holding
the (synthetic) demo corpus; one test per status case."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from sucesos import api
from sucesos.web.server import BackgroundServer
from sucesos.web.settings import Settings

TOKEN = "synthetic-test-token"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("http") / "demo.db"
    store, _ = api.demo(db)
    store.close()
    return db


@pytest.fixture(scope="module")
def client(demo_db: Path) -> Iterator[httpx.Client]:
    """A client of a read-mostly server on the demo data (tests here do not write to it)."""
    with (
        BackgroundServer(Settings(db=str(demo_db), token=TOKEN)) as server,
        httpx.Client(base_url=server.url, timeout=30) as http,
    ):
        yield http


@pytest.fixture
def writable(tmp_path: Path) -> Iterator[httpx.Client]:
    """A client of a server on an empty store of its own, for the tests that ingest."""
    settings = Settings(db=str(tmp_path / "write.db"), token=TOKEN)
    with BackgroundServer(settings) as server, httpx.Client(base_url=server.url) as http:
        yield http


def synthetic_article(n: int = 1, **extra: Any) -> dict[str, Any]:
    return {
        "id": f"synthetic-http-{n}",
        "url": f"https://example.org/sintetico/{n}",
        "title": f"Asesinan a tres hombres en Culiacán (sintético {n})",
        "text": "[Texto sintético] Hombres armados asesinaron a tres personas en Culiacán, "
        "Sinaloa, la noche del viernes, informó la Fiscalía del estado.",
        "published": "2026-11-21",
        "source": "Diario Sintético del Pacífico",
        "language": "es",
        **extra,
    }


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


# --- 200 -----------------------------------------------------------------------------------


def test_events_filtered_by_state_and_category(client: httpx.Client) -> None:
    r = client.get("/api/events", params={"state": "Jalisco", "category": "attack"})
    assert r.status_code == 200
    events = r.json()["events"]
    assert events
    assert {e["admin1_code"] for e in events} == {"MX-JAL"}
    # Attacks, and events holding an attack among their parts (kinds): at least half attacks.
    categories = [e["category"] for e in events]
    assert categories.count("attack") >= len(categories) / 2
    same = client.get("/api/events", params={"state": "MX-JAL", "category": "attack"}).json()
    assert [e["id"] for e in same["events"]] == [e["id"] for e in events]


def test_events_pages_follow_one_another(client: httpx.Client) -> None:
    everything = client.get("/api/events", params={"limit": 5000}).json()
    assert everything["next_offset"] is None
    first = client.get("/api/events", params={"limit": 10}).json()
    assert first["count"] == 10 and first["next_offset"] == 10
    second = client.get("/api/events", params={"limit": 10, "offset": 10}).json()
    ids = [e["id"] for e in first["events"] + second["events"]]
    assert ids == [e["id"] for e in everything["events"][:20]]
    assert len(set(ids)) == 20


def test_events_sorted_by_fatalities(client: httpx.Client) -> None:
    events = client.get("/api/events", params={"sort": "-fatalities", "limit": 30}).json()
    killed = [e["fatalities"] for e in events["events"] if e["fatalities"] is not None]
    assert killed == sorted(killed, reverse=True) and killed[0] > 0


def test_events_dates_and_status(client: httpx.Client) -> None:
    r = client.get(
        "/api/events",
        params={"since": "2026-11-20", "until": "2026-11-21", "status": "reported", "limit": 500},
    )
    events = r.json()["events"]
    assert events
    assert all("2026-11-20" <= e["date"] <= "2026-11-21" for e in events)
    assert {e["status"] for e in events} == {"reported"}
    disputed = client.get("/api/events", params={"status": "disputed", "limit": 500}).json()
    assert disputed["events"] and {e["status"] for e in disputed["events"]} == {"disputed"}


def test_events_in_a_bounding_box(client: httpx.Client) -> None:
    box = (-104.0, 20.0, -103.0, 21.0)  # around Guadalajara
    r = client.get("/api/events", params={"bbox": ",".join(map(str, box)), "limit": 500})
    events = r.json()["events"]
    assert events
    for e in events:
        assert box[0] <= e["longitude"] <= box[2] and box[1] <= e["latitude"] <= box[3]


def test_events_as_csv_and_geojson(client: httpx.Client) -> None:
    r = client.get("/api/events", params={"state": "JAL", "format": "csv", "limit": 7})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 7 and {row["admin1_code"] for row in rows} == {"MX-JAL"}
    r = client.get("/api/events", params={"state": "JAL", "format": "geojson", "limit": 7})
    assert r.headers["content-type"].startswith("application/geo+json")
    collection = r.json()
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == 7
    point = next(f for f in collection["features"] if f["geometry"])
    assert point["geometry"]["type"] == "Point" and point["properties"]["admin1_code"] == "MX-JAL"


def test_event_has_reports_figures_evidence_and_history(client: httpx.Client) -> None:
    listed = client.get("/api/events", params={"sort": "-n_sources", "limit": 50}).json()
    chosen = next(e for e in listed["events"] if e["n_sources"] >= 2)
    r = client.get(f"/api/events/{chosen['id']}")
    assert r.status_code == 200
    event = r.json()
    assert len({rep["source"] for rep in event["reports"]}) >= 2
    assert event["evidence"] and all(e["text"] for e in event["evidence"])
    assert event["history"][0]["version"] == 1
    assert isinstance(event["figures"], dict)
    prefix = client.get(f"/api/events/{chosen['id'][:8]}").json()
    assert prefix["id"] == chosen["id"]


def test_article_with_the_events_it_reports(client: httpx.Client) -> None:
    r = client.get("/api/articles/demo-a22")
    assert r.status_code == 200
    article = r.json()
    assert article["text"] and article["source"]
    assert article["events"]
    for e in article["events"]:
        reports = client.get(f"/api/events/{e['id']}").json()["reports"]
        assert "demo-a22" in {rep["article_id"] for rep in reports}


def test_stats_add_up_for_the_current_filters(client: httpx.Client) -> None:
    params = {"since": "2026-11-01", "state": "Jalisco"}
    stats = client.get("/api/stats", params=params).json()
    events = client.get("/api/events", params={**params, "limit": 5000}).json()["events"]
    assert stats["events"] == len(events) > 0
    assert stats["fatalities"] == sum(e["fatalities"] or 0 for e in events)
    assert [g["key"] for g in stats["by_state"]] == ["MX-JAL"]
    assert sum(g["events"] for g in stats["by_category"]) == stats["events"]
    assert sum(g["events"] for g in stats["by_day"]) == stats["events"]
    assert sum(g["events"] for g in stats["by_week"]) == stats["events"]
    assert sum(g["events"] for g in stats["by_municipality"]) == stats["events"]
    assert stats["by_actor"] and all(g["events"] <= stats["events"] for g in stats["by_actor"])
    assert stats["first_date"] >= "2026-11-01"
    assert stats["store_last_date"] >= stats["last_date"]


def test_export_downloads_every_event(client: httpx.Client) -> None:
    total = client.get("/api/stats").json()["events"]
    r = client.get("/api/export", params={"format": "jsonl"})
    assert r.status_code == 200
    assert "attachment" in r.headers["content-disposition"]
    assert len([json.loads(line) for line in r.text.splitlines()]) == total
    r = client.get("/api/export")
    assert r.text.startswith("event_id_cnty,event_date,")


def test_docs_work_offline(client: httpx.Client) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    assert "//cdn" not in page.text and "https://" not in page.text.split("<script>")[0]
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css"):
        assert f"/static/vendor/swagger-ui/{asset}" in page.text
        assert client.get(f"/static/vendor/swagger-ui/{asset}").status_code == 200
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/stats", "/api/export"} <= set(
        spec["paths"]
    )


def test_post_ingests_one_or_many_articles(writable: httpx.Client) -> None:
    r = writable.post("/api/articles", json=synthetic_article(1), headers=auth())
    assert r.status_code == 200, r.text
    assert r.json()["articles_new"] == 1 and r.json()["article_ids"] == ["synthetic-http-1"]
    r = writable.post(
        "/api/articles", json=[synthetic_article(1), synthetic_article(2)], headers=auth()
    )
    assert r.json()["articles_new"] == 1 and r.json()["articles_skipped"] == 1
    article = writable.get("/api/articles/synthetic-http-2").json()
    assert article["events"] and article["events"][0]["admin1"] == "Sinaloa"


# --- 401 -----------------------------------------------------------------------------------


def test_post_without_token_is_401(writable: httpx.Client) -> None:
    r = writable.post("/api/articles", json=synthetic_article())
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"
    assert writable.get("/api/articles/synthetic-http-1").status_code == 404


def test_post_with_a_wrong_token_is_401(writable: httpx.Client) -> None:
    r = writable.post("/api/articles", json=synthetic_article(), headers=auth("not-the-token"))
    assert r.status_code == 401 and r.json()["detail"] == "wrong token"


def test_post_is_401_when_the_server_has_no_token(tmp_path: Path) -> None:
    with BackgroundServer(Settings(db=str(tmp_path / "x.db"))) as server:
        r = httpx.post(f"{server.url}/api/articles", json=synthetic_article(), headers=auth())
    assert r.status_code == 401 and "SUCESOS_TOKEN" in r.json()["detail"]


def test_private_server_needs_the_token_to_read(tmp_path: Path) -> None:
    settings = Settings(db=str(tmp_path / "p.db"), token=TOKEN, private=True)
    with BackgroundServer(settings) as server:
        assert httpx.get(f"{server.url}/api/events").status_code == 401
        assert httpx.get(f"{server.url}/api/events", headers=auth()).status_code == 200


def test_token_from_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SUCESOS_TOKEN", raising=False)
    path = tmp_path / "token"
    path.write_text("  from-a-file  \n", "utf-8")
    monkeypatch.setenv("SUCESOS_TOKEN_FILE", str(path))
    assert Settings.from_env().token == "from-a-file"
    monkeypatch.setenv("SUCESOS_PRIVATE", "1")
    assert Settings.from_env().private is True


# --- 404 -----------------------------------------------------------------------------------


def test_unknown_event_is_404(client: httpx.Client) -> None:
    r = client.get("/api/events/ffffffffffffffff")
    assert r.status_code == 404 and "no event" in r.json()["detail"]


def test_unknown_article_is_404(client: httpx.Client) -> None:
    assert client.get("/api/articles/no-such-article").status_code == 404


def test_unknown_event_page_is_404(client: httpx.Client) -> None:
    r = client.get("/events/ffffffffffffffff")
    assert r.status_code == 404 and "<h1>" in r.text


# --- 422 -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"since": "2026-13-01"}, "month"),
        ({"since": "2026-11-20", "until": "2026-11-01"}, "after until"),
        ({"category": "picnic"}, "unknown category"),
        ({"status": "rumoured"}, "reported"),
        ({"bbox": "1,2,3"}, "four numbers"),
        ({"bbox": "-100,19,-101,20"}, "west <= east"),
        ({"bbox": "-200,19,-101,20"}, "out of range"),
        ({"limit": 0}, "greater than or equal"),
        ({"sort": "name; drop table events"}, "pattern"),
        ({"format": "xml"}, "json"),
    ],
    ids=lambda v: v if isinstance(v, str) else "&".join(f"{k}={x}" for k, x in v.items()),
)
def test_bad_filters_are_422(client: httpx.Client, params: dict[str, Any], message: str) -> None:
    r = client.get("/api/events", params=params)
    assert r.status_code == 422
    assert message in json.dumps(r.json()["detail"])


def test_stats_only_for_the_groups_asked(client: httpx.Client) -> None:
    stats = client.get("/api/stats", params={"groups": "state,day"}).json()
    assert {"by_state", "by_day", "by_week"} <= set(stats)
    assert "by_actor" not in stats and "by_category" not in stats
    assert stats["events"] == client.get("/api/stats").json()["events"]


def test_a_window_over_a_year_has_a_monthly_timeline(client: httpx.Client) -> None:
    params = {"since": "2024-06-01", "until": "2026-12-31", "groups": "day"}
    stats = client.get("/api/stats", params=params).json()
    assert stats["timeline_bucket"] == "month" and "by_day" not in stats
    assert stats["by_month"] and all(len(g["month"]) == 7 for g in stats["by_month"])
    assert sum(g["events"] for g in stats["by_month"]) == stats["events"] > 0
    daily = client.get("/api/stats", params={**params, "bucket": "day"}).json()
    assert daily["timeline_bucket"] == "day" and "by_month" not in daily
    assert sum(g["events"] for g in daily["by_day"]) == stats["events"]
    month = client.get("/api/stats", params={"since": "2026-11-01", "groups": "day"}).json()
    assert month["timeline_bucket"] == "day" and month["by_day"]


@pytest.mark.parametrize(
    "params",
    [
        {"category": "picnic"},
        {"bbox": "x,y,z,w"},
        {"top": 0},
        {"groups": "state,x"},
        {"bucket": "year"},
    ],
)
def test_bad_stats_filters_are_422(client: httpx.Client, params: dict[str, Any]) -> None:
    assert client.get("/api/stats", params=params).status_code == 422


def test_too_short_event_id_is_422(client: httpx.Client) -> None:
    assert client.get("/api/events/ab").status_code == 422


def test_post_without_text_is_422(writable: httpx.Client) -> None:
    r = writable.post("/api/articles", json={"title": "sin texto"}, headers=auth())
    assert r.status_code == 422
    r = writable.post("/api/articles", json=[], headers=auth())
    assert r.status_code == 422 and r.json()["detail"] == "no articles given"
