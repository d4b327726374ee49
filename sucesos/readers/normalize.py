"""One normalization of text at the reader boundary, so every later stage sees clean text.

Applied by `records.article_from_record` (every reader, the HTTP API's POST and feed items
go through it) to the text, the title and the other string fields:

- Unicode NFC (a letter and a combining accent become one character);
- lone surrogates (``\\udc80`` escapes in JSON, bytes smuggled through ``surrogateescape``)
  become U+FFFD, the replacement character: they cannot be encoded, hashed or stored;
- control characters (C0 except tab, line feed and carriage return; DEL; C1) and the
  non-characters U+FFFE/U+FFFF become a space, so words stay apart and the text stays
  valid in XML (Atom), JSON and every database;
- decimal digits of other scripts (``١٢``, fullwidth ``１２``) become ASCII digits, so
  figures written with them are read; other digit-like signs (``²``, ``①``) are left as
  they are and are never read as numbers by extraction.

Each kind of replacement is counted so the reader can report it once per record.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
# Decimal digits (category Nd) outside ASCII; matched by `\d` in a str pattern.
_FOREIGN_DIGIT = re.compile(r"[^\x00-\x7f](?<=\d)")


@dataclass(frozen=True)
class Cleaned:
    """A normalized text and how many characters of each kind were replaced."""

    text: str
    surrogates: int = 0
    controls: int = 0
    digits: int = 0

    def notes(self) -> list[str]:
        """What was replaced, for a reader warning (empty when nothing was)."""
        out = []
        if self.surrogates:
            out.append(f"{self.surrogates} lone surrogate(s) replaced by U+FFFD")
        if self.controls:
            out.append(f"{self.controls} control character(s) replaced by spaces")
        if self.digits:
            out.append(f"{self.digits} non-ASCII digit(s) read as ASCII digits")
        return out


def _ascii_digit(match: re.Match[str]) -> str:
    return str(unicodedata.decimal(match.group(), 0))


def clean_text(text: str) -> Cleaned:
    """`text` normalized as the module docstring says (linear time)."""
    if text.isprintable():  # no surrogate, control character or non-character in it
        if text.isascii():
            return Cleaned(text)
        text = unicodedata.normalize("NFC", text)
        text, digits = _FOREIGN_DIGIT.subn(_ascii_digit, text)
        return Cleaned(text, digits=digits)
    surrogates = controls = digits = 0
    if not text.isascii():
        text, surrogates = _SURROGATE.subn("\ufffd", text)
        text = unicodedata.normalize("NFC", text)
        text, digits = _FOREIGN_DIGIT.subn(_ascii_digit, text)
    text, controls = _CONTROL.subn(" ", text)
    return Cleaned(text, surrogates, controls, digits)


# Nested metadata deeper than this is left as it is (JSON allows about 1,000 levels; a
# recursion that deep here would fail on the interpreter's own limit).
_MAX_DEPTH = 32


def clean_value(value: object, depth: int = 0) -> object:
    """A record field cleaned when it is a string (lists and mappings cleaned inside, since
    they end in metadata, which is stored as JSON); other values unchanged."""
    if isinstance(value, str):
        if value.isascii() and value.isprintable():
            return value  # as `clean_text` leaves it, without building its `Cleaned`
        return clean_text(value).text
    if depth >= _MAX_DEPTH:
        return value
    if isinstance(value, list):
        return [clean_value(v, depth + 1) for v in value]
    if isinstance(value, dict):
        return {clean_value(k, depth + 1): clean_value(v, depth + 1) for k, v in value.items()}
    return value
