"""The monitor: poll feeds, fetch new items' pages, extract, resolve, raise alerts, deliver them.

One round (`Watcher.run_once`):

1. poll the feeds that are due, in parallel (conditional GET with the stored ETag and
   Last-Modified); a failure is logged with its reason, counted, and the feed backs off
   (interval × 2ⁿ, jittered) while the others go on;
2. pick the items never seen before (the `fetched_items` table, keyed by feed and item id;
   pages that failed for a transient reason are tried again, up to `max_item_attempts`);
3. fetch their pages in parallel and extract the main text (trafilatura);
4. extract, resolve and store the articles (`sucesos.api.ingest_articles`), then mark the
   items done — so a restart neither refetches stored items nor duplicates articles (an
   article stored just before a crash is recognised by its id);
5. run the watch rules on the new or changed events and the spike rule, store the alerts and
   deliver them to the webhooks (plus earlier deliveries whose retry is due).

`Watcher.run_forever` repeats rounds, sleeping until the next feed or webhook retry is due.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from sucesos.alerts.engine import evaluate
from sucesos.alerts.rules import WatchRule, list_rules, load_rules_file
from sucesos.alerts.spikes import SpikeConfig
from sucesos.alerts.webhooks import WebhookConfig, deliver_due, enqueue, next_due
from sucesos.api import IngestSummary
from sucesos.models import Article, stable_id
from sucesos.monitor.feeds import Feed, list_feeds, record_poll
from sucesos.monitor.fetch import FEED_TYPES, PAGE_TYPES, Fetched, Fetcher, FetchError, FetchPolicy
from sucesos.monitor.items import FeedItem, FeedParseError, article_from_page, parse_feed
from sucesos.store import Store, schema
from sucesos.store.keys import now

log = logging.getLogger("sucesos.monitor")


@dataclass
class WatchConfig:
    """Everything a watcher needs besides the store."""

    policy: FetchPolicy = field(default_factory=FetchPolicy)
    workers: int = 4
    max_items_per_feed: int = 50
    max_item_attempts: int = 3
    rules_file: Path | None = None
    spikes: SpikeConfig | None = field(default_factory=SpikeConfig)
    webhooks: WebhookConfig = field(default_factory=WebhookConfig)
    max_sleep_s: float = 60.0


@dataclass
class RoundReport:
    """What one round did; `errors` are "url: reason" lines (also logged)."""

    feeds_polled: int = 0
    feeds_failed: int = 0
    feeds_unchanged: int = 0
    items_new: int = 0
    items_failed: int = 0
    articles_stored: int = 0
    events_created: int = 0
    events_updated: int = 0
    alerts: list[dict[str, Any]] = field(default_factory=list)
    webhooks: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def format(self) -> str:
        """One line for people."""
        return (
            f"{self.feeds_polled} feeds polled ({self.feeds_unchanged} unchanged,"
            f" {self.feeds_failed} failed); {self.items_new} new items, {self.items_failed}"
            f" failed; {self.articles_stored} articles stored; {self.events_created} events"
            f" created, {self.events_updated} updated; {len(self.alerts)} alerts"
        )


@dataclass
class _Pending:
    """A new item of a feed, on its way to becoming an article."""

    feed: Feed
    item: FeedItem
    key: str
    attempts: int
    article: Article | None = None
    error: FetchError | None = None
    reason: str | None = None


def item_key(feed_url: str, guid: str) -> str:
    """The id of a feed item in `fetched_items`."""
    return stable_id("feed-item", feed_url, guid, length=32)


class Watcher:
    """Polls the store's feeds and turns new items into events and alerts (module docstring)."""

    def __init__(
        self, store: Store, config: WatchConfig | None = None, *, rng: random.Random | None = None
    ) -> None:
        self.store = store
        self.config = config or WatchConfig()
        self.fetcher = Fetcher(self.config.policy)
        self.rng = rng or random.Random()

    def close(self) -> None:
        self.fetcher.close()

    def __enter__(self) -> Watcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def rules(self) -> list[WatchRule]:
        """The stored rules plus those of the rules file (re-read every round)."""
        rules = list_rules(self.store)
        if self.config.rules_file is not None:
            rules.extend(load_rules_file(self.config.rules_file))
        return rules

    # -- one round -----------------------------------------------------------------------

    def run_once(self, *, at: datetime | None = None, due_only: bool = True) -> RoundReport:
        """One round (module docstring); with `due_only=False` every feed is polled now."""
        moment = at or now()
        report = RoundReport()
        feeds = [f for f in list_feeds(self.store) if not due_only or f.due(moment)]
        pending: list[_Pending] = []
        with ThreadPoolExecutor(max_workers=self.config.workers) as pool:
            polls = list(pool.map(self._poll, feeds))
            for feed, outcome in zip(feeds, polls, strict=True):
                report.feeds_polled += 1
                pending.extend(self._after_poll(feed, outcome, moment, report))
            pages = list(pool.map(self._fetch_page, pending))
        for p, page in zip(pending, pages, strict=True):
            self._to_article(p, page)
        self._store_items(pending, report)
        self._alerts(pending, report, moment)
        return report

    def _poll(self, feed: Feed) -> Fetched | FetchError:
        try:
            return self.fetcher.get(
                feed.url, accept=FEED_TYPES, etag=feed.etag, last_modified=feed.last_modified
            )
        except FetchError as exc:
            return exc
        except Exception as exc:  # a bug on one feed must not stop the round
            return FetchError(f"{type(exc).__name__}: {exc}", transient=True, url=feed.url)

    def _after_poll(
        self, feed: Feed, outcome: Fetched | FetchError, at: datetime, report: RoundReport
    ) -> list[_Pending]:
        """Record the poll; return the feed's items to fetch."""
        if isinstance(outcome, FetchError):
            self._feed_failed(feed, outcome.reason, at, report)
            return []
        if outcome.not_modified:
            report.feeds_unchanged += 1
            record_poll(self.store, feed, at, error=None, rng=self.rng)
            return []
        try:
            items = parse_feed(outcome.content, outcome.url)
        except FeedParseError as exc:
            self._feed_failed(feed, str(exc), at, report)
            return []
        record_poll(
            self.store,
            feed,
            at,
            error=None,
            etag=outcome.etag,
            last_modified=outcome.last_modified,
            rng=self.rng,
        )
        return self._new_items(feed, items[: self.config.max_items_per_feed])

    def _feed_failed(self, feed: Feed, reason: str, at: datetime, report: RoundReport) -> None:
        report.feeds_failed += 1
        report.errors.append(f"{feed.url}: {reason}")
        log.warning("feed %s: %s (skipped; failure %d)", feed.url, reason, feed.errors + 1)
        record_poll(self.store, feed, at, error=reason, rng=self.rng)

    def _new_items(self, feed: Feed, items: list[FeedItem]) -> list[_Pending]:
        keys = {item_key(feed.url, it.guid): it for it in items}
        fi = schema.fetched_items
        with self.store.engine.connect() as conn:
            seen = {
                row.id: row
                for row in conn.execute(
                    sa.select(fi.c.id, fi.c.status, fi.c.attempts).where(fi.c.id.in_(list(keys)))
                )
            }
        out = []
        for key, item in keys.items():
            row = seen.get(key)
            if row is not None and (
                row.status != "retry" or row.attempts >= self.config.max_item_attempts
            ):
                continue
            if not item.link:
                continue
            out.append(_Pending(feed, item, key, attempts=row.attempts if row else 0))
        return out

    def _fetch_page(self, p: _Pending) -> Fetched | FetchError:
        assert p.item.link is not None
        try:
            return self.fetcher.get(p.item.link, accept=PAGE_TYPES)
        except FetchError as exc:
            return exc
        except Exception as exc:  # keep the round going; reported with the item
            return FetchError(f"{type(exc).__name__}: {exc}", url=p.item.link)

    def _to_article(self, p: _Pending, page: Fetched | FetchError) -> None:
        if isinstance(page, FetchError):
            p.error, p.reason = page, page.reason
            return
        try:
            p.article, p.reason = article_from_page(
                page.text(),
                page.url,
                item=p.item,
                outlet=p.feed.name,
                home_state=p.feed.home_state,
                metadata={"feed": p.feed.url},
            )
        except Exception as exc:  # a page that breaks the extractor is skipped, not fatal
            p.reason = f"page extraction failed: {type(exc).__name__}: {exc}"

    def _store_items(self, pending: list[_Pending], report: RoundReport) -> None:
        from sucesos.api import ingest_articles

        articles = [p.article for p in pending if p.article is not None]
        summary = ingest_articles(articles, store=self.store)
        report.articles_stored += summary.articles_new
        report.events_created += summary.events_created
        report.events_updated += summary.events_updated
        report.errors.extend(summary.errors)
        rows = []
        for p in pending:
            report.items_new += 1
            if p.article is not None:
                status, reason = "stored", None
            else:
                report.items_failed += 1
                transient = p.error is not None and p.error.transient
                status = "retry" if transient else "failed"
                reason = p.reason
                report.errors.append(f"{p.item.link}: {reason}")
                log.warning("item %s (feed %s): %s", p.item.link, p.feed.url, reason)
            rows.append(
                dict(
                    id=p.key,
                    feed_id=p.feed.id,
                    guid=p.item.guid,
                    url=p.item.link,
                    status=status,
                    reason=reason,
                    attempts=p.attempts + 1,
                    article_id=p.article.id if p.article else None,
                    seen_at=now(),
                )
            )
        if rows:
            fi = schema.fetched_items
            with self.store.engine.begin() as conn:
                conn.execute(fi.delete().where(fi.c.id.in_([r["id"] for r in rows])))
                conn.execute(fi.insert(), rows)

    def _alerts(self, pending: list[_Pending], report: RoundReport, at: datetime) -> None:
        ids = [p.article.id for p in pending if p.article is not None]
        event_ids = events_of_articles(self.store, ids)
        try:
            rules = self.rules()
        except (OSError, ValueError) as exc:
            log.error("rules not loaded: %s", exc)
            report.errors.append(f"rules: {exc}")
            rules = list_rules(self.store)
        if event_ids:
            report.alerts = evaluate(self.store, event_ids, rules, self.config.spikes, at)
        enqueue(self.store, report.alerts, self.config.webhooks)
        if self.config.webhooks.urls or report.alerts:
            report.webhooks = deliver_due(self.store, self.config.webhooks, self.fetcher)

    # -- the loop ------------------------------------------------------------------------

    def next_wake(self, at: datetime | None = None) -> datetime:
        """When something is next due: a feed poll or a webhook retry (at most `max_sleep_s`
        from `at`)."""
        moment = at or now()
        times = [f.next_poll_at or moment for f in list_feeds(self.store)]
        retry = next_due(self.store)
        if retry is not None:
            times.append(retry)
        latest = moment + timedelta(seconds=self.config.max_sleep_s)
        return min([latest, *times])

    def run_forever(self, stop: threading.Event | None = None) -> None:
        """Run rounds until `stop` is set (or forever), sleeping until the next due time."""
        stop = stop or threading.Event()
        while not stop.is_set():
            try:
                report = self.run_once()
                if report.feeds_polled:
                    log.info("%s", report.format())
            except Exception:  # the loop must outlive a bad round (a locked db, a bug)
                log.exception("watch round failed; trying again after a pause")
                stop.wait(self.config.max_sleep_s)
                continue
            wait = (self.next_wake() - now()).total_seconds()
            stop.wait(max(0.2, wait))


def events_of_articles(store: Store, article_ids: Iterable[str]) -> list[str]:
    """The events the given articles report (new or updated by them)."""
    ids = list(article_ids)
    if not ids:
        return []
    rep = schema.reports
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(rep.c.event_id).where(rep.c.article_id.in_(ids)).distinct())
        return sorted(row.event_id for row in rows)


def ingest_urls(
    urls: Iterable[str], *, store: Store, policy: FetchPolicy | None = None
) -> IngestSummary:
    """Fetch pages by URL (safely, see `sucesos.monitor.fetch`) and ingest them, as
    `sucesos ingest https://…` does; pages that cannot be fetched or hold no article are
    reported in `errors` as "url: reason"."""
    from sucesos.api import ingest_articles

    errors: list[str] = []
    articles: list[Article] = []
    with Fetcher(policy) as fetcher:
        for url in urls:
            try:
                page = fetcher.get(url, accept=PAGE_TYPES)
            except FetchError as exc:
                errors.append(f"{url}: {exc.reason}")
                continue
            article, reason = article_from_page(page.text(), page.url)
            if article is None:
                errors.append(f"{url}: {reason}")
            else:
                articles.append(article)
    summary = ingest_articles(articles, store=store)
    summary.errors[:0] = errors
    return summary
