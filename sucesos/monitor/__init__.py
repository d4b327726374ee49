"""Continuous monitoring: feeds polled on a schedule, pages fetched safely, events out.

- `sucesos.monitor.fetch`: the safe HTTP fetcher (address checks, size and time caps);
- `sucesos.monitor.feeds`: the stored feeds and their schedule;
- `sucesos.monitor.items`: feed documents → items, pages → articles;
- `sucesos.monitor.watch`: the polling loop (`Watcher`) and `ingest_urls` (import it from
  there: it depends on `sucesos.alerts`, which depends on the fetcher here).
"""

from sucesos.monitor.feeds import Feed, add_feed, list_feeds, remove_feed, starter_feeds
from sucesos.monitor.fetch import Fetcher, FetchError, FetchPolicy

__all__ = [
    "Feed",
    "FetchError",
    "FetchPolicy",
    "Fetcher",
    "add_feed",
    "list_feeds",
    "remove_feed",
    "starter_feeds",
]
