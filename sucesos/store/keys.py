"""Normalized keys for matching names typed by people against stored names."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime


def fold(text: str | None) -> str:
    """Lower-case, accent-free, single-spaced ("Michoacán de Ocampo" → "michoacan de ocampo")."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", bare).strip().casefold()


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
