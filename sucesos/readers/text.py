"""Plain-text articles (.txt).

Convention: a file may start with a header block of ``Key: value`` lines, then a blank
line, then the body::

    Title: Ataque armado en Celaya deja tres muertos
    Source: Diario Ejemplo
    Published: 2024-03-12
    URL: https://example.org/nota/123
    Language: es

    Hombres armados atacaron un bar...

Keys are case-insensitive and may be any name in records.FIELD_ALIASES (Title, Source,
Published/Date, URL, Language, Id, and Spanish Título, Fuente, Fecha, ...); other keys
become metadata. The block counts as a header only if every line before the first
blank line is ``Key: value`` and at least one key is a known field name; otherwise
(e.g. a body starting "CULIACÁN: Hombres armados...") the whole file is the body, and its
first line is the title when it reads like one (short, not ending in a full stop, and more
text follows): a headline pasted above its story.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from sucesos.models import Article
from sucesos.readers.records import FIELD_ALIASES, ReadContext, article_from_record

_HEADER_LINE = re.compile(r"^([^\W\d_][\w -]{0,39}):[ \t]*(.*?)\s*$")
_KNOWN_KEYS = frozenset(key for aliases in FIELD_ALIASES.values() for key in aliases)


def _key(raw: str) -> str:
    return re.sub(r"[\s-]+", "_", raw.strip().lower())


def split_header(text: str) -> tuple[dict[str, Any], str]:
    """(header fields, body). Empty header when the file does not start with one."""
    text = text.lstrip("\r\n")
    lines = text.splitlines()
    header: dict[str, Any] = {}
    for index, line in enumerate(lines):
        if not line.strip():
            if header and any(key in _KNOWN_KEYS for key in header):
                return header, "\n".join(lines[index + 1 :])
            break
        match = _HEADER_LINE.match(line)
        if not match:
            break
        header[_key(match.group(1))] = match.group(2)
    return {}, text


# A first line longer than this is a paragraph, not a headline.
MAX_TITLE_CHARS = 200


def headline_of(body: str) -> str | None:
    """The first line of a header-less text when it reads as a title: at most
    MAX_TITLE_CHARS, not ending like a sentence, and followed by more text."""
    lines = body.strip().splitlines()
    if len(lines) < 2 or not any(line.strip() for line in lines[1:]):
        return None
    first = lines[0].strip()
    if not first or len(first) > MAX_TITLE_CHARS or first[-1] in ".;,":
        return None  # a sentence of the story, not a headline (headlines end unpunctuated)
    return first


def read_text(text: str, ctx: ReadContext, path: str) -> Iterator[Article]:
    """Yield the one article of a .txt file (none if it has no body; that is reported)."""
    header, body = split_header(text)
    if any(key in header for key in FIELD_ALIASES["text"]):
        # A "Text:" header line would shadow the body; keep it as metadata instead.
        header = {f"header_{k}" if k in FIELD_ALIASES["text"] else k: v for k, v in header.items()}
    record = {**header, "text": body}
    if not header:
        title = headline_of(body)
        if title:
            record["title"] = title
    article = article_from_record(record, ctx, path)
    if article is not None:
        yield article
