"""Web pages (.html/.htm): main text and metadata by trafilatura, boilerplate dropped.

Navigation, footers, comments and ads are removed by trafilatura's extractor; title,
publication date, site name, canonical URL, author and description come from the page's
metadata. The date search is restricted to markup (no guessing from body text or
copyright lines), so a footer "© 2019" cannot become the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sucesos.models import Article
from sucesos.readers.records import ReadContext, article_from_record

# trafilatura falls back to whatever text a page has (a menu, a cookie notice); fewer
# words than this is not an article, even a short news brief.
MIN_PAGE_WORDS = 15

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def declared_charset(head: bytes) -> str | None:
    """The charset a page declares in a <meta> tag within its first 4 KB, if any."""
    match = _META_CHARSET.search(head[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def _extract(html: str) -> Any:
    import trafilatura

    return trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        date_extraction_params={
            "original_date": True,
            "extensive_search": False,
            "max_date": datetime.now().strftime("%Y-%m-%d"),
        },
    )


def read_html(html: str, ctx: ReadContext, path: str) -> Iterator[Article]:
    """Yield the one article of a web page (none if no main text is found; reported)."""
    document = _extract(html)
    text = getattr(document, "text", None) if document is not None else None
    words = len(text.split()) if text else 0
    if words < MIN_PAGE_WORDS:
        ctx.report.error(path, None, f"no article text found in the page ({words} words)")
        return
    record: dict[str, Any] = {
        "text": text,
        "title": document.title,
        "published": document.date,
        "source": document.sitename,
        "url": document.url,
        "language": document.language,
    }
    for extra in ("author", "description", "categories", "tags"):
        value = getattr(document, extra, None)
        if value:
            record[extra] = value
    article = article_from_record(record, ctx, path)
    if article is not None:
        yield article
