"""The monitor end to end against a real local server: synthetic feeds in, events and alerts
out; broken feeds and pages skipped while the others go on; restarts neither refetch nor
duplicate; schedules back off; webhooks are signed and retried."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from fixtures.feeds.localserver import (
    LocalServer,
    Reply,
    atom,
    flaky,
    huge,
    items,
    page,
    redirect,
    rss,
    slow,
)

from sucesos import api
from sucesos.alerts.rules import WatchRule, add_rule
from sucesos.alerts.store import list_alerts
from sucesos.alerts.webhooks import SIGNATURE_HEADER, WebhookConfig, deliver_due, verify_signature
from sucesos.cli import main
from sucesos.monitor.feeds import add_feed, list_feeds, starter_feeds
from sucesos.monitor.fetch import FetchPolicy, allow_list
from sucesos.monitor.watch import WatchConfig, Watcher
from sucesos.store import Store, schema

DAY = datetime.now(UTC).date().isoformat()
SECRET = "sintetico-secreto"


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as s:
        for slug in items():
            s.routes[f"/nota/{slug}"] = page(slug, DAY)
        yield s


def config(**kw: object) -> WatchConfig:
    policy = FetchPolicy(timeout=2.0, max_bytes=1024 * 1024, allow_hosts=allow_list(["127.0.0.1"]))
    return WatchConfig(policy=policy, spikes=None, **kw)  # type: ignore[arg-type]


def add_rules(store: Store) -> None:
    add_rule(store, WatchRule("bloqueos-jalisco", state="Jalisco", category=["roadblock"]))
    add_rule(store, WatchRule("ataques-gto", state="GUA", category=["attack"], min_fatalities=3))


def rule_hits(alerts: list[dict[str, object]]) -> set[tuple[str, str]]:
    return {(a["rule"]["name"], a["events"][0]["admin2"]) for a in alerts}  # type: ignore[index]


def test_new_items_become_events_and_alerts_while_broken_feeds_are_skipped(
    server: LocalServer, store: Store
) -> None:
    b = server.base
    server.routes["/jalisco.xml"] = rss(b, ["zapopan_bloqueo", "feria_libro"], DAY)
    server.routes["/nacional.atom"] = atom(b, ["celaya_ataque", "irapuato_ataque"], DAY)
    server.routes["/garbage.xml"] = Reply(
        200, b"\x00\x9f<<garbage>> {not: a feed", {"Content-Type": "text/xml"}
    )
    server.routes["/error.xml"] = Reply(500, b"internal error")
    server.routes["/metadata.xml"] = redirect("http://169.254.169.254/latest/meta-data/")
    server.routes["/slow.xml"] = slow(6.0, rss(b, ["lluvias"], DAY))
    server.routes["/huge.xml"] = rss(b, ["zapopan_bloqueo"], DAY)  # same guid, other feed
    server.routes["/huge.xml"].body = server.routes["/huge.xml"].body.replace(  # type: ignore[union-attr]
        b"/nota/zapopan_bloqueo", b"/nota/huge"
    )
    server.routes["/nota/huge"] = huge()
    add_feed(store, f"{b}/jalisco.xml", name="Diario Sintético de Jalisco", home_state="Jalisco")
    for path in (
        "nacional.atom",
        "garbage.xml",
        "error.xml",
        "metadata.xml",
        "slow.xml",
        "huge.xml",
    ):
        add_feed(store, f"{b}/{path}")
    add_rules(store)

    with Watcher(store, config()) as watcher:
        report = watcher.run_once(due_only=False)
    assert report.feeds_polled == 7
    assert report.feeds_failed == 4
    errors = "\n".join(report.errors)
    for reason in ("not a feed", "HTTP 500", "169.254.169.254", "timed out", "too large"):
        assert reason in errors
    assert report.articles_stored == 4  # 2 + 2 pages; the huge page is skipped
    events = {(e["category"], e["admin2"], e["fatalities"]) for e in store.events()}
    assert {
        ("roadblock", "Zapopan", 0),
        ("attack", "Celaya", 3),
        ("attack", "Irapuato", 1),
    } <= events
    assert rule_hits(report.alerts) == {("bloqueos-jalisco", "Zapopan"), ("ataques-gto", "Celaya")}
    stored = list_alerts(store)
    assert {a["id"] for a in stored} == {a["id"] for a in report.alerts}
    assert all(a["events"][0]["reports"][0]["url"].startswith(b) for a in stored)

    feeds = {f.url.rsplit("/", 1)[1]: f for f in list_feeds(store)}
    assert feeds["jalisco.xml"].errors == 0 and feeds["jalisco.xml"].etag
    assert feeds["error.xml"].errors == 1 and feeds["error.xml"].last_error == "HTTP 500"
    assert feeds["huge.xml"].errors == 0  # the feed is fine, its item failed
    with store.engine.connect() as conn:
        fi = schema.fetched_items
        status = {row.url: row.status for row in conn.execute(sa.select(fi.c.url, fi.c.status))}
    assert status[f"{b}/nota/huge"] == "failed"
    # The article of the local feed carries its outlet's home state.
    with store.engine.connect() as conn:
        meta = (
            conn.execute(
                sa.select(schema.articles.c.metadata).where(
                    schema.articles.c.source == "Diario Sintético de Jalisco"
                )
            )
            .scalars()
            .all()
        )
    assert meta and all(m["home_state"] == "MX-JAL" for m in meta)


def test_rounds_fetch_only_new_items_and_survive_restarts(
    server: LocalServer, db_path: Path
) -> None:
    b = server.base
    server.routes["/jalisco.xml"] = rss(b, ["zapopan_bloqueo", "feria_libro"], DAY)
    with api.open_store(db_path) as store:
        add_feed(store, f"{b}/jalisco.xml", name="Diario Sintético de Jalisco", home_state="JAL")
        add_rules(store)
        with Watcher(store, config()) as watcher:
            first = watcher.run_once(due_only=False)
            assert first.items_new == 2 and len(first.alerts) == 1
            again = watcher.run_once(due_only=False)
        assert again.feeds_unchanged == 1 and again.items_new == 0 and not again.alerts
        assert server.requests[-1].headers.get("If-None-Match")
        assert server.hits("/nota/zapopan_bloqueo") == 1
        # A new item appears in the feed: only it is fetched, and it raises its alert.
        server.routes["/jalisco.xml"] = rss(
            b, ["tlajomulco_bloqueo", "zapopan_bloqueo", "feria_libro"], DAY
        )
        with Watcher(store, config()) as watcher:
            third = watcher.run_once(due_only=False)
        assert third.items_new == 1 and third.articles_stored == 1
        assert rule_hits(third.alerts) == {("bloqueos-jalisco", "Tlajomulco de Zúñiga")}
        articles = store.count("articles")
    # Restart: a new process on the same database refetches and duplicates nothing.
    with api.open_store(db_path) as store, Watcher(store, config()) as watcher:
        server.routes["/jalisco.xml"].headers.pop("ETag")  # type: ignore[union-attr]
        after = watcher.run_once(due_only=False)
        assert after.feeds_polled == 1 and after.items_new == 0 and not after.alerts
        assert store.count("articles") == articles
        assert len(list_alerts(store)) == 2
    assert server.hits("/nota/zapopan_bloqueo") == 1
    assert server.hits("/nota/tlajomulco_bloqueo") == 1


def test_schedule_intervals_and_back_off(server: LocalServer, store: Store) -> None:
    b = server.base
    server.routes["/ok.xml"] = rss(b, ["feria_libro"], DAY)
    server.routes["/error.xml"] = Reply(503, b"")
    add_feed(store, f"{b}/ok.xml", interval_s=60)
    add_feed(store, f"{b}/error.xml", interval_s=60)
    start = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    with Watcher(store, config()) as watcher:
        assert watcher.run_once(at=start).feeds_polled == 2
        assert watcher.run_once(at=start + timedelta(seconds=30)).feeds_polled == 0
        feeds = {f.url.rsplit("/", 1)[1]: f for f in list_feeds(store)}
        ok, bad = feeds["ok.xml"], feeds["error.xml"]
        assert ok.next_poll_at and bad.next_poll_at
        assert 54 <= (ok.next_poll_at - start).total_seconds() <= 66  # interval ± 10 % jitter
        assert 108 <= (bad.next_poll_at - start).total_seconds() <= 132  # 2× after a failure
        polled = watcher.run_once(at=start + timedelta(seconds=70))
        assert polled.feeds_polled == 1  # the failing feed is still backing off
        watcher.run_once(at=start + timedelta(seconds=140))
    bad = next(f for f in list_feeds(store) if f.url.endswith("error.xml"))
    assert bad.errors == 2 and bad.last_error == "HTTP 503"
    assert bad.next_poll_at and (bad.next_poll_at - start).total_seconds() >= 140 + 216


def test_webhooks_are_signed_and_retried(server: LocalServer, store: Store) -> None:
    b = server.base
    server.routes["/nacional.atom"] = atom(b, ["celaya_ataque"], DAY)
    server.routes["/hook"] = flaky(failures=2)
    server.routes["/down"] = Reply(500, b"")
    add_feed(store, f"{b}/nacional.atom")
    add_rules(store)
    hooks = WebhookConfig(
        urls=(f"{b}/hook", f"{b}/down"), secret=SECRET, base_delay_s=0.0, max_attempts=3
    )
    with Watcher(store, config(webhooks=hooks)) as watcher:
        report = watcher.run_once(due_only=False)
        assert len(report.alerts) == 1
        assert report.webhooks == {"delivered": 0, "retrying": 2, "failed": 0}
        assert deliver_due(store, hooks, watcher.fetcher) == {
            "delivered": 0,
            "retrying": 2,
            "failed": 0,
        }
        assert deliver_due(store, hooks, watcher.fetcher) == {
            "delivered": 1,
            "retrying": 0,
            "failed": 1,
        }
        assert deliver_due(store, hooks, watcher.fetcher) == {
            "delivered": 0,
            "retrying": 0,
            "failed": 0,
        }
    posts = [r for r in server.requests if r.path == "/hook"]
    assert len(posts) == 3
    assert len({p.headers["X-Sucesos-Delivery"] for p in posts}) == 1
    for post in posts:
        assert verify_signature(post.body, post.headers[SIGNATURE_HEADER], SECRET)
        assert not verify_signature(post.body + b" ", post.headers[SIGNATURE_HEADER], SECRET)
        alert = json.loads(post.body)["alert"]
        assert alert["rule"]["name"] == "ataques-gto" and alert["events"][0]["fatalities"] == 3
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(schema.webhook_deliveries)).all()
    assert {(r.url.rsplit("/", 1)[1], r.status, r.attempts) for r in rows} == {
        ("hook", "delivered", 3),
        ("down", "failed", 3),
    }


def test_webhook_retries_wait_for_their_back_off(server: LocalServer, store: Store) -> None:
    b = server.base
    server.routes["/nacional.atom"] = atom(b, ["celaya_ataque"], DAY)
    server.routes["/hook"] = flaky(failures=1)
    add_feed(store, f"{b}/nacional.atom")
    add_rules(store)
    hooks = WebhookConfig(urls=(f"{b}/hook",), secret=SECRET, base_delay_s=60.0)
    with Watcher(store, config(webhooks=hooks)) as watcher:
        assert watcher.run_once(due_only=False).webhooks["retrying"] == 1
        assert deliver_due(store, hooks, watcher.fetcher)["delivered"] == 0  # not due yet
        later = datetime.now(UTC) + timedelta(seconds=61)
        assert deliver_due(store, hooks, watcher.fetcher, at=later)["delivered"] == 1
    assert server.hits("/hook") == 2


def test_cli_feeds_rules_watch_once_and_alerts(server: LocalServer, tmp_path: Path) -> None:
    b = server.base
    server.routes["/jalisco.xml"] = rss(b, ["zapopan_bloqueo", "lluvias"], DAY)
    server.routes["/error.xml"] = Reply(500, b"")
    db = str(tmp_path / "cli.db")
    rules_file = tmp_path / "rules.toml"
    rules_file.write_text(
        '[[rule]]\nname = "bloqueos-jalisco"\nstate = "Jalisco"\ncategory = ["roadblock"]\n',
        "utf-8",
    )
    runner = CliRunner()

    def run(*args: str) -> str:
        result = runner.invoke(main, ["--db", db, *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    assert "added feed 1" in run("feeds", "add", f"{b}/jalisco.xml", "--home-state", "Jalisco")
    assert "added feed 2" in run("feeds", "add", f"{b}/error.xml", "--interval", "60")
    listing = run("feeds", "list")
    assert "MX-JAL" in listing and "error.xml" in listing
    assert "added rule" in run(
        "rules", "add", "gto", "--state", "Guanajuato", "--min-fatalities", "3"
    )
    assert "gto: any event with ≥ 3 killed in MX-GUA" in run("rules", "list")
    bad = runner.invoke(main, ["--db", db, "rules", "add", "x", "--state", "Atlantis"])
    assert bad.exit_code != 0 and "unknown Mexican state" in bad.output
    out = run("watch", "--once", "--allow-host", "127.0.0.1", "--rules", str(rules_file))
    assert "2 feeds polled" in out and "1 failed" in out and "HTTP 500" in out
    assert "ALERT 1: roadblock in Zapopan, Jalisco (rule bloqueos-jalisco)" in out
    assert "rule: roadblock in Zapopan" in run("alerts")
    assert json.loads(run("alerts", "--json").splitlines()[0])["kind"] == "rule"
    assert "removed rule gto" in run("rules", "remove", "gto")
    assert "removed 2" in run("feeds", "remove", "2")
    assert "error.xml" not in run("feeds", "list")


def test_starter_feeds_are_urls_of_mexican_outlets(store: Store) -> None:
    feeds = starter_feeds()  # read only, never fetched
    assert len(feeds) >= 15
    assert all(f["url"].startswith("https://") for f in feeds)
    assert {f["home_state"] for f in feeds if f["home_state"]} >= {"MX-SIN", "MX-JAL"}
    for spec in feeds:
        add_feed(store, spec["url"], name=spec["name"], home_state=spec["home_state"])
    assert len(list_feeds(store)) == len(feeds)
