"""Delimited tables (.csv, .tsv), streamed row by row.

The first row names the columns (see records.FIELD_ALIASES; other columns become
metadata, values kept as strings). The delimiter of a .csv is whichever of ``,`` ``;``
``|`` or tab is most frequent in the header line (``;`` is common in Spanish-locale
spreadsheet exports); .tsv is always tab. Quoted fields may span lines; a record's
position is the line where it starts.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import BinaryIO

from sucesos.models import Article
from sucesos.readers.decoding import LineDecoder, iter_raw_lines
from sucesos.readers.records import TEXT_FIELDS, ReadContext, article_from_record

_DELIMITERS = (",", ";", "\t", "|")


def sniff_delimiter(header_line: str) -> str:
    """The most frequent candidate delimiter in the header line (comma on a tie/none)."""
    return max(_DELIMITERS, key=lambda d: (header_line.count(d), d == ","))


def read_csv(
    stream: BinaryIO, ctx: ReadContext, path: str, *, delimiter: str | None = None
) -> Iterator[Article]:
    """Yield one article per data row of a binary stream, reporting bad rows."""
    # Fields up to the file cap must parse so the text cap can report them properly;
    # the limit is process-wide, so it is only ever raised.
    csv.field_size_limit(max(csv.field_size_limit(), ctx.max_file_bytes))
    decoder = LineDecoder()
    position = {"line": 0}

    def lines() -> Iterator[str]:
        for lineno, raw in iter_raw_lines(stream, ctx.max_file_bytes):
            position["line"] = lineno
            if raw is None:
                ctx.report.error(path, lineno, f"line longer than {ctx.max_file_bytes} bytes")
                continue
            yield decoder.decode(raw, lineno)

    source = lines()
    first = next(source, None)
    if first is None:
        ctx.report.error(path, None, "empty file")
        return
    delimiter = delimiter or sniff_delimiter(first)
    rows = csv.reader(_chain(first, source), delimiter=delimiter)
    try:
        header = [name.strip().lower() for name in next(rows)]
    except (csv.Error, StopIteration) as exc:
        ctx.report.error(path, 1, f"unreadable header row: {exc}")
        return
    if not any(name in TEXT_FIELDS for name in header):
        ctx.report.error(path, 1, f"no text column (expected one of: {', '.join(TEXT_FIELDS)})")
        return

    while True:
        start = position["line"] + 1
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as exc:
            ctx.report.error(path, start, f"bad CSV row: {exc}")
            continue
        if not row or not any(cell.strip() for cell in row):
            continue
        record: dict[str, object] = dict(zip(header, row, strict=False))
        if len(row) > len(header):
            record["_extra_fields"] = row[len(header) :]
        article = article_from_record(record, ctx, path, line=start)
        if article is not None:
            yield article
    warning = decoder.summary()
    if warning:
        ctx.report.warn(path, decoder.first_fallback_line, warning)


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    yield first
    yield from rest
