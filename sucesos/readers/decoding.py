"""Bytes → text, with one documented policy for every reader.

Policy: UTF-8 (a UTF-8 byte-order mark is dropped). A UTF-16 byte-order mark on a whole
file (.txt, .html, .json) is honoured; streamed formats refuse UTF-16. Otherwise, if the
bytes are not valid UTF-8 (nor an HTML page's declared charset), they are decoded as
cp1252 (a superset of Latin-1's printable range, the usual legacy Windows encoding of
Spanish text) and a warning is reported; bytes cp1252 leaves undefined fall back to
Latin-1, which cannot fail. NUL bytes mark a file as binary; it is skipped.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

SNIFF_BYTES = 8192
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def looks_binary(prefix: bytes) -> bool:
    """True when the first bytes of a file contain NUL (and no UTF-16 byte-order mark)."""
    return b"\x00" in prefix and not prefix.startswith(_UTF16_BOMS)


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str | None]:
    """Decode a whole file; returns (text, fallback) where fallback names the legacy
    encoding used when the bytes were not valid UTF-8 (or the declared charset), else None.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith(_UTF16_BOMS):
        return data.decode("utf-16", errors="replace"), None
    if declared:
        try:
            return data.decode(declared), None
        except (LookupError, UnicodeDecodeError):
            pass
    return _decode(data)


def _decode(data: bytes) -> tuple[str, str | None]:
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def read_capped(stream: BinaryIO, max_bytes: int) -> bytes | None:
    """The whole stream, or None when it holds more than max_bytes (never reads more)."""
    data = stream.read(max_bytes + 1)
    return None if len(data) > max_bytes else data


@dataclass
class LineDecoder:
    """Decodes a stream line by line under the policy above, remembering fallbacks so the
    reader can report them once per file instead of once per line."""

    fallback_lines: int = 0
    first_fallback_line: int | None = None
    encodings: set[str] = field(default_factory=set)

    def decode(self, raw: bytes, lineno: int) -> str:
        """One line as text (a UTF-8 byte-order mark on the first line is dropped)."""
        if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        text, fallback = _decode(raw)
        if fallback:
            self.fallback_lines += 1
            self.encodings.add(fallback)
            if self.first_fallback_line is None:
                self.first_fallback_line = lineno
        return text

    def summary(self) -> str | None:
        """A warning text when some lines needed a legacy encoding, else None."""
        if not self.fallback_lines:
            return None
        names = "/".join(sorted(self.encodings))
        return f"{self.fallback_lines} line(s) not valid UTF-8, decoded as {names}"


def iter_raw_lines(stream: BinaryIO, max_line_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """Yield (line number, raw line) from a binary stream without ever holding more than
    about max_line_bytes; a longer line is drained and yielded as (line number, None).
    """
    lineno = 0
    while True:
        raw = stream.readline(max_line_bytes + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > max_line_bytes and not raw.endswith(b"\n"):
            while True:
                rest = stream.readline(max_line_bytes)
                if not rest or rest.endswith(b"\n"):
                    break
            yield lineno, None
            continue
        yield lineno, raw
