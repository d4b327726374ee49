"""Feed documents → items, and fetched pages → `Article`s.

Feeds are parsed by feedparser (RSS 0.9x/1.0/2.0, Atom, JSON Feed). A page's main text is
extracted by trafilatura through the HTML reader (`sucesos.readers.html`), so a fetched page
and a saved .html file give the same article; what the page does not say (title, date, URL,
outlet) is taken from the feed item and the feed.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import feedparser

from sucesos.models import Article
from sucesos.readers.errors import ReadError, Reporter
from sucesos.readers.html import MIN_PAGE_WORDS, read_html
from sucesos.readers.records import ReadContext, source_from_url


class FeedParseError(Exception):
    """The document is not a feed feedparser can read (or has no items and says why)."""


@dataclass
class FeedItem:
    """One entry of a feed."""

    guid: str
    link: str | None
    title: str | None = None
    summary: str | None = None  # HTML or text as the feed gives it
    published: datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _when(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return datetime.fromtimestamp(calendar.timegm(value), UTC)
    return None


def parse_feed(content: bytes, url: str) -> list[FeedItem]:
    """The items of a feed document (in the feed's order); FeedParseError when the bytes are
    not a feed. Items with neither id nor link are dropped (they cannot be fetched or told
    apart)."""
    parsed = feedparser.parse(content, response_headers={"content-location": url})
    entries = parsed.get("entries") or []
    if not entries and (parsed.get("bozo") or not parsed.get("version")):
        reason = parsed.get("bozo_exception") or "no feed found"
        raise FeedParseError(f"not a feed: {reason}")
    items = []
    for entry in entries:
        link = entry.get("link")
        guid = entry.get("id") or link
        if not guid:
            continue
        bodies = entry.get("content") or []
        summary = bodies[0].get("value") if bodies else entry.get("summary")
        items.append(
            FeedItem(
                guid=str(guid),
                link=str(link) if link else None,
                title=entry.get("title"),
                summary=summary,
                published=_when(entry),
            )
        )
    return items


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed item's summary)."""
    import lxml.html

    if "<" not in html:
        return html.strip()
    try:
        return re.sub(r"[ \t]+", " ", lxml.html.fromstring(html).text_content()).strip()
    except Exception:  # lxml raises on empty or odd fragments; fall back to the raw text
        return re.sub(r"<[^>]+>", " ", html).strip()


def article_from_page(
    html: str,
    url: str,
    *,
    item: FeedItem | None = None,
    outlet: str | None = None,
    home_state: str | None = None,
    metadata: dict[str, Any] | None = None,
    fetched_at: datetime | None = None,
) -> tuple[Article | None, str | None]:
    """(the article of a fetched page, None) or (None, why not).

    The page's main text comes from trafilatura; when it has too little text, the feed item's
    own content is used if it is long enough. `outlet` (the feed's name) names the source so
    one feed's articles count as one outlet; `home_state` goes to metadata, where extraction
    and the spike rule read it.
    """
    errors: list[ReadError] = []
    ctx = ReadContext(Reporter(errors))
    articles = list(read_html(html, ctx, url))
    extra = dict(metadata or {})
    if home_state:
        extra["home_state"] = home_state
    if articles:
        article = articles[0]
    else:
        text = html_to_text(item.summary) if item is not None and item.summary else ""
        if len(text.split()) < MIN_PAGE_WORDS:
            reason = errors[0].reason if errors else "no article text found in the page"
            return None, reason
        article = Article(text=text, url=url, language=None)
        from sucesos.readers.language import detect_language

        article.language = detect_language(f"{item.title or ''}\n{text}" if item else text)
        extra["text_from"] = "feed item"
    link = (item.link if item is not None else None) or url
    title = article.title or (item.title if item is not None else None)
    published = article.published or (item.published if item is not None else None)
    article = Article(
        text=article.text,
        url=link,
        title=" ".join(title.split()) if title else None,
        published=published,
        source=outlet or article.source or source_from_url(link),
        language=article.language,
        fetched_at=fetched_at or datetime.now(UTC),
        metadata={**article.metadata, **extra, "_origin": link},
    )
    return article, None
