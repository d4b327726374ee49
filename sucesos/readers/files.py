"""Where articles come from: files (by extension), folders (recursive) and stdin ("-").

Whole-document formats (.txt, .html/.htm, .json) are loaded at once and skipped when
larger than ``max_file_bytes``; streamed formats (.jsonl/.ndjson, .csv/.tsv, stdin as
JSONL or CSV) are read a line at a time, with ``max_file_bytes`` capping one line
instead. Any of them may be gzip-compressed (``.jsonl.gz``). Folders are walked
recursively in sorted order, skipping hidden files and folders (names starting with
"."), and only files with a supported extension are read; a file named explicitly with
an unknown extension is reported.
"""

from __future__ import annotations

import codecs
import gzip
import io
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, Literal, cast

from sucesos.models import Article
from sucesos.readers.csv import read_csv
from sucesos.readers.decoding import SNIFF_BYTES, decode_bytes, looks_binary, read_capped
from sucesos.readers.errors import ReadError, Reporter
from sucesos.readers.html import declared_charset, read_html
from sucesos.readers.jsonl import read_json, read_jsonl
from sucesos.readers.records import (
    DEFAULT_MAX_FILE_BYTES,
    DEFAULT_MAX_TEXT_CHARS,
    ReadContext,
)
from sucesos.readers.text import read_text

Format = Literal["text", "html", "json", "jsonl", "csv", "tsv"]
StdinFormat = Literal["auto", "text", "html", "json", "jsonl", "csv", "tsv"]

FORMATS: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
}
_STREAMED: frozenset[Format] = frozenset({"jsonl", "csv", "tsv"})
STDIN = "-"
STDIN_LABEL = "<stdin>"


def format_of(path: str | Path) -> Format | None:
    """The reader a file name calls for (``.gz`` looked through), or None if unsupported."""
    name = Path(path).name.lower()
    name = name.removesuffix(".gz")
    return FORMATS.get(Path(name).suffix)


def read_articles(
    paths: Iterable[str | Path] | str | Path,
    *,
    errors: list[ReadError] | None = None,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    max_text_chars: int = DEFAULT_MAX_TEXT_CHARS,
    stdin_format: StdinFormat = "auto",
) -> Iterator[Article]:
    """Yield every readable article from files, folders (recursive) and "-" (stdin).

    Lazy and streaming: nothing is read until iterated, and JSONL/CSV are read a line at
    a time. Each problem (bad record, undecodable or binary file, file over
    ``max_file_bytes``, text over ``max_text_chars``, ...) is appended to ``errors`` as a
    ReadError (or logged when ``errors`` is None) and skipped; iteration never raises for
    bad input. Every article carries metadata["_origin"] ("path:line", "path#item" or
    "path"). ``stdin_format="auto"`` reads stdin as JSONL when it starts with "{", a
    JSON array with "[", HTML with "<", else as plain text (see readers.text).
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    ctx = ReadContext(Reporter(errors), max_file_bytes, max_text_chars)
    for given in paths:
        if str(given) == STDIN:
            yield from _guarded(_read_stdin(ctx, stdin_format), ctx, STDIN_LABEL)
            continue
        path = Path(given)
        if path.is_dir():
            for file in iter_folder(path, ctx.report):
                yield from _guarded(_read_file(file, ctx), ctx, str(file))
        elif path.exists():
            yield from _guarded(_read_file(path, ctx), ctx, str(path))
        else:
            ctx.report.error(str(path), None, "no such file or directory")


def iter_folder(folder: Path, report: Reporter | None = None) -> Iterator[Path]:
    """Supported files under folder, recursively: each folder's files in sorted name
    order, then its subfolders in sorted order; hidden (dot) names skipped. Symbolic links
    to folders are not followed (they can loop, or lead out of the tree); each is reported
    to `report` so nothing is skipped in silence. A folder that cannot be listed is
    reported too."""

    def unreadable(exc: OSError) -> None:
        if report is not None:
            report.error(str(exc.filename or folder), None, f"cannot list folder: {exc.strerror}")

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        for name in sorted(dirs):
            link = os.path.join(root, name)
            if report is not None and not name.startswith(".") and os.path.islink(link):
                report.error(link, None, "symbolic link to a folder, not followed")
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and format_of(name) is not None:
                yield Path(root) / name


def _guarded(articles: Iterator[Article], ctx: ReadContext, label: str) -> Iterator[Article]:
    # A failure inside one file (I/O error, corrupt gzip, or a bug) ends that file only:
    # it is reported, never raised (see read_articles).
    try:
        yield from articles
    except Exception as exc:
        ctx.report.error(label, None, f"read failed: {type(exc).__name__}: {exc}")


def _open(path: Path) -> BinaryIO:
    if path.name.lower().endswith(".gz"):
        return cast(BinaryIO, gzip.open(path, "rb"))
    return path.open("rb")


def _read_file(path: Path, ctx: ReadContext) -> Iterator[Article]:
    label = str(path)
    fmt = format_of(path)
    if fmt is None:
        ctx.report.error(label, None, f"unsupported file type {path.suffix or '(none)'!r}")
        return
    compressed = path.name.lower().endswith(".gz")
    if fmt not in _STREAMED and not compressed and path.stat().st_size > ctx.max_file_bytes:
        # Checked before opening; read_capped enforces it again for gzip and stdin.
        ctx.report.error(label, None, f"file is over {ctx.max_file_bytes} bytes")
        return
    with _open(path) as stream:
        yield from _read_stream(stream, fmt, ctx, label)


def _read_stream(stream: BinaryIO, fmt: Format, ctx: ReadContext, label: str) -> Iterator[Article]:
    prefix = stream.read(SNIFF_BYTES)
    if not prefix:
        ctx.report.error(label, None, "empty file")
        return
    if looks_binary(prefix):
        ctx.report.error(label, None, "binary file (NUL bytes), not text")
        return
    if fmt in _STREAMED and prefix.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Line splitting works on bytes; UTF-16 would need the whole file decoded first.
        ctx.report.error(label, None, "UTF-16 encoded; convert to UTF-8 to stream it")
        return
    stream = _Prefixed.wrap(prefix, stream)
    if fmt == "jsonl":
        yield from read_jsonl(stream, ctx, label)
        return
    if fmt in ("csv", "tsv"):
        yield from read_csv(stream, ctx, label, delimiter="\t" if fmt == "tsv" else None)
        return
    data = read_capped(stream, ctx.max_file_bytes)
    if data is None:
        ctx.report.error(label, None, f"file is over {ctx.max_file_bytes} bytes")
        return
    text, fallback = decode_bytes(data, declared_charset(data) if fmt == "html" else None)
    if fallback:
        ctx.report.warn(label, None, f"not valid UTF-8, decoded as {fallback}")
    if fmt == "html":
        yield from read_html(text, ctx, label)
    elif fmt == "json":
        yield from read_json(text, ctx, label)
    else:
        yield from read_text(text, ctx, label)


def _read_stdin(ctx: ReadContext, fmt: StdinFormat) -> Iterator[Article]:
    stream = _stdin_binary()
    if fmt == "auto":
        prefix = stream.read(SNIFF_BYTES)
        stream = _Prefixed.wrap(prefix, stream)
        chosen = sniff_format(prefix)
    else:
        chosen = fmt
    yield from _read_stream(stream, chosen, ctx, STDIN_LABEL)


def sniff_format(prefix: bytes) -> Format:
    """Guess the format of unnamed input from its first non-blank byte."""
    first = prefix.lstrip(b"\xef\xbb\xbf").lstrip()[:1]
    guesses: dict[bytes, Format] = {b"{": "jsonl", b"[": "json", b"<": "html"}
    return guesses.get(first, "text")


def _stdin_binary() -> BinaryIO:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        return cast(BinaryIO, buffer)
    # A text-only stdin (tests, embedding): re-encode as UTF-8, chunk by chunk.
    text_in = sys.stdin
    return _Prefixed.wrap(b"", None, pull=lambda n: text_in.read(n).encode("utf-8"))


class _Prefixed(io.RawIOBase):
    """Bytes already read (to sniff) followed by the rest of a stream, as one stream."""

    def __init__(self, prefix: bytes, pull: Callable[[int], bytes]) -> None:
        super().__init__()
        self._prefix = prefix
        self._pull = pull

    @classmethod
    def wrap(
        cls,
        prefix: bytes,
        stream: BinaryIO | None,
        pull: Callable[[int], bytes] | None = None,
    ) -> BinaryIO:
        if pull is None:
            assert stream is not None
            pull = getattr(stream, "read1", stream.read)
        return cast(BinaryIO, io.BufferedReader(cls(prefix, pull)))

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        size = len(buffer)
        if not self._prefix:
            # A pull may return more than asked (text re-encoded as UTF-8); keep the rest.
            self._prefix = self._pull(size) or b""
        chunk, self._prefix = self._prefix[:size], self._prefix[size:]
        buffer[: len(chunk)] = chunk
        return len(chunk)
