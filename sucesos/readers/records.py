"""One record (a dict of fields from any reader) → one `Article`, or a reported skip.

Every reader funnels through `article_from_record`, so field names, caps, dates,
language and the ``_origin`` metadata key behave the same for every format.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from urllib.parse import urlsplit

from sucesos.models import Article
from sucesos.readers.dates import parse_date
from sucesos.readers.errors import Reporter
from sucesos.readers.language import detect_language, normalize_language
from sucesos.readers.normalize import clean_text, clean_value

DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024
DEFAULT_MAX_TEXT_CHARS = 2_000_000
# Publication dates outside these years are typing or conversion errors (epoch 0, year 1,
# 9999-12-31 placeholders); they are reported and kept only as metadata["published_raw"].
PLAUSIBLE_YEARS = (1800, 2200)

# Accepted names per Article field, first match wins; the rest of a record is metadata.
# Spanish names are accepted because many Mexican datasets and scrapers use them.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "url": ("url", "link", "enlace"),
    "title": ("title", "headline", "titulo", "título"),
    "text": ("text", "body", "content", "texto", "cuerpo", "contenido"),
    "published": (
        "published",
        "published_at",
        "date",
        "pubdate",
        "fecha",
        "publicado",
        "fecha_publicacion",
    ),
    "source": ("source", "outlet", "sitename", "fuente", "medio"),
    "language": ("language", "lang", "idioma"),
    "fetched_at": ("fetched_at",),
}
TEXT_FIELDS = FIELD_ALIASES["text"]


@dataclass(frozen=True)
class ReadContext:
    """What every reader needs: where to report problems and the size caps."""

    report: Reporter
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    max_text_chars: int = DEFAULT_MAX_TEXT_CHARS


def origin_label(path: str, line: int | None = None, item: int | None = None) -> str:
    """``path:line`` for line-based formats, ``path#item`` for items of a JSON array
    (0-based), plain ``path`` for one-article files; stored as metadata["_origin"]."""
    if line is not None:
        return f"{path}:{line}"
    if item is not None:
        return f"{path}#{item}"
    return path


def article_origin(article: Article) -> str:
    """Where an article was read ("path:line", a feed item's link), else its URL or id: how
    problems with it are reported."""
    return str(article.metadata.get("_origin") or article.url or article.id)


def _present(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _clean_text(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def _opt_str(value: Any) -> str | None:
    return str(value).strip() if _present(value) else None


def source_from_url(url: str | None) -> str | None:
    """The outlet's host name from a URL (``www.`` dropped), or None."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


def article_from_record(
    record: Mapping[str, Any],
    ctx: ReadContext,
    path: str,
    line: int | None = None,
    item: int | None = None,
) -> Article | None:
    """Build an Article from a record's fields, or report why not and return None.

    Known fields (see FIELD_ALIASES) fill the Article; a nested ``metadata`` mapping and
    every other field go to Article.metadata, plus ``_origin`` (where the record came
    from). Missing language is detected; missing source is taken from the URL's host.
    Every string is normalized (`sucesos.readers.normalize`); replacements in the text or
    title are reported as a warning. Never raises: a record that cannot be turned into an
    article for an unforeseen reason is reported as an error and skipped, so the rest of
    its file is still read.
    """
    where = f"item {item}: " if item is not None else ""
    try:
        return _article(record, ctx, path, line, item, where)
    except Exception as exc:  # a bug must cost one record, never the rest of the file
        ctx.report.error(path, line, f"{where}unreadable record: {type(exc).__name__}: {exc}")
        return None


def _article(
    record: Mapping[str, Any],
    ctx: ReadContext,
    path: str,
    line: int | None,
    item: int | None,
    where: str,
) -> Article | None:
    notes: list[str] = []
    cleaned: dict[str, str] = {}  # the title and text fields, cleaned once
    for key in ("title", *TEXT_FIELDS):
        value = record.get(key)
        if isinstance(value, str):
            done = clean_text(value)
            cleaned[key] = done.text
            notes += [f"{key}: {n}" for n in done.notes()]
    if notes:
        ctx.report.warn(path, line, where + "; ".join(notes))
    record = {
        str(clean_value(k)): cleaned[k] if k in cleaned else clean_value(v)
        for k, v in record.items()
    }
    fields: dict[str, Any] = {}
    used: set[str] = set()
    for name, aliases in FIELD_ALIASES.items():
        for key in aliases:
            if key in record and _present(record[key]):
                fields[name] = record[key]
                used.add(key)
                break
        for key in aliases:  # empty alias columns carry nothing; keep them out of metadata
            if key in record and not _present(record[key]):
                used.add(key)

    raw_text = fields.get("text")
    if raw_text is None and any(key in record for key in TEXT_FIELDS):
        ctx.report.error(path, line, f"{where}empty text")
        return None
    if raw_text is None:
        ctx.report.error(path, line, f"{where}no text (expected one of: {', '.join(TEXT_FIELDS)})")
        return None
    if not isinstance(raw_text, str):
        ctx.report.error(path, line, f"{where}text is a {type(raw_text).__name__}, not a string")
        return None
    text = _clean_text(raw_text)
    if not text:
        ctx.report.error(path, line, f"{where}empty text")
        return None
    if len(text) > ctx.max_text_chars:
        ctx.report.error(
            path, line, f"{where}text is {len(text)} characters (cap {ctx.max_text_chars})"
        )
        return None

    metadata: dict[str, Any] = {}
    nested = record.get("metadata")
    if isinstance(nested, Mapping):
        metadata.update(nested)
        used.add("metadata")
    for key, value in record.items():
        if key not in used:
            metadata[key] = value

    published = None
    if "published" in fields:
        published = parse_date(fields["published"])
        if published is not None and not PLAUSIBLE_YEARS[0] <= published.year <= PLAUSIBLE_YEARS[1]:
            published = None
        if published is None:
            ctx.report.warn(path, line, f"{where}unreadable date {fields['published']!r}; kept")
            metadata["published_raw"] = fields["published"]
    fetched_at = parse_date(fields.get("fetched_at"))
    if isinstance(fetched_at, date) and not isinstance(fetched_at, datetime):
        fetched_at = datetime.combine(fetched_at, time())

    title = _opt_str(fields.get("title"))
    if title is not None:
        title = " ".join(title.split())
    url = _opt_str(fields.get("url"))
    language = normalize_language(fields.get("language"))
    if language is None:
        language = detect_language(f"{title}\n{text}" if title else text)
    metadata["_origin"] = origin_label(path, line, item)

    return Article(
        text=text,
        id=_opt_str(fields.get("id")) or "",
        url=url,
        title=title,
        published=published,
        source=_opt_str(fields.get("source")) or source_from_url(url),
        language=language,
        fetched_at=fetched_at,
        metadata=metadata,
    )
