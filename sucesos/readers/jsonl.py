"""JSON (.json: one object or an array of objects) and JSON Lines (.jsonl: one object
per line, streamed so a file of any size is read in constant memory).

A .json file that holds several objects one per line (JSONL under a .json name) is read
as JSON Lines. Blank lines in JSONL are ignored; a line that is not valid JSON, or not
an object, is reported with its line number and skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from sucesos.models import Article
from sucesos.readers.decoding import LineDecoder, iter_raw_lines
from sucesos.readers.records import ReadContext, article_from_record


def _json_error(exc: json.JSONDecodeError) -> str:
    return f"invalid JSON: {exc.msg} (column {exc.colno})"


def _from_lines(
    lines: Iterable[tuple[int, str | None]], ctx: ReadContext, path: str
) -> Iterator[Article]:
    seen = 0
    for lineno, line in lines:
        if line is None:
            ctx.report.error(path, lineno, f"line longer than {ctx.max_file_bytes} bytes")
            continue
        if not line.strip():
            continue
        seen += 1
        if "\x00" in line:
            ctx.report.error(path, lineno, "binary data (NUL bytes)")
            continue
        try:
            record = json.loads(line.strip())
        except json.JSONDecodeError as exc:
            ctx.report.error(path, lineno, _json_error(exc))
            continue
        except RecursionError:
            ctx.report.error(path, lineno, "invalid JSON: nested too deeply")
            continue
        except ValueError as exc:  # an integer over Python's 4,300-digit conversion limit
            ctx.report.error(path, lineno, f"invalid JSON: {exc}")
            continue
        if not isinstance(record, dict):
            ctx.report.error(path, lineno, f"not a JSON object ({type(record).__name__})")
            continue
        article = article_from_record(record, ctx, path, line=lineno)
        if article is not None:
            yield article
    if not seen:
        ctx.report.error(path, None, "no records (only blank lines)")


def read_jsonl(stream: BinaryIO, ctx: ReadContext, path: str) -> Iterator[Article]:
    """Yield one article per JSON line of a binary stream, reporting bad lines."""
    decoder = LineDecoder()

    def lines() -> Iterator[tuple[int, str | None]]:
        for lineno, raw in iter_raw_lines(stream, ctx.max_file_bytes):
            yield lineno, None if raw is None else decoder.decode(raw, lineno)

    yield from _from_lines(lines(), ctx, path)
    warning = decoder.summary()
    if warning:
        ctx.report.warn(path, decoder.first_fallback_line, warning)


def read_json(text: str, ctx: ReadContext, path: str) -> Iterator[Article]:
    """Yield the article(s) of a whole JSON document: an object, or an array of objects."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            yield from _from_lines(enumerate(text.splitlines(), start=1), ctx, path)
            return
        ctx.report.error(path, exc.lineno, _json_error(exc))
        return
    except RecursionError:
        ctx.report.error(path, None, "invalid JSON: nested too deeply")
        return
    except ValueError as exc:  # an integer over Python's 4,300-digit conversion limit
        ctx.report.error(path, None, f"invalid JSON: {exc}")
        return
    if isinstance(data, dict):
        article = article_from_record(data, ctx, path)
        if article is not None:
            yield article
        return
    if not isinstance(data, list):
        ctx.report.error(path, None, f"expected an object or an array, got {type(data).__name__}")
        return
    for index, item in enumerate(data):
        if not isinstance(item, dict):
            ctx.report.error(path, None, f"item {index}: not a JSON object")
            continue
        article = article_from_record(item, ctx, path, item=index)
        if article is not None:
            yield article
