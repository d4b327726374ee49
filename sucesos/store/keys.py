"""Normalized keys for matching names typed by people against stored names."""

from __future__ import annotations

from datetime import UTC, date, datetime
from urllib.parse import urlparse

from sucesos.extract.text import fold as fold_text


def fold(text: str | None) -> str:
    """Lower-case, accent-free, single-spaced ("Michoacán de Ocampo" → "michoacan de ocampo"):
    the extractor's `fold` with runs of whitespace collapsed, for keys stored and queried."""
    if not text:
        return ""
    return " ".join(fold_text(text).split())


def now() -> datetime:
    """The current time in UTC (every timestamp the store writes is UTC)."""
    return datetime.now(UTC)


def as_datetime(value: date | datetime | str | None) -> datetime | None:
    """A UTC datetime for a date, datetime or ISO string; None when it cannot be read."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime(value.year, value.month, value.day, tzinfo=UTC)


def as_date(value: date | datetime | str | None) -> date | None:
    """A date from a date, datetime or ISO string ("2024-03-05"); None when unreadable."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def outlet_name(source: str | None, url: str | None, article_id: str) -> str:
    """Who published an article: its source name, else its web host, else its id."""
    if source:
        return source
    if url:
        host = urlparse(url).netloc
        if host:
            return host.removeprefix("www.")
    return f"article {article_id}"
