"""Text utilities shared by the extraction stages: folding and sentence splitting.

Folding keeps the string length, so an offset found in folded text is the same offset in
the original: every stage matches on `fold(text)` and reports spans of `text`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Accented and special characters mapped one-for-one, so offsets survive folding.
_FOLD_PAIRS = tuple(
    zip(
        "áéíóúüñàèìòùâêîôûäëïöçãõºª°’‘\u00a0–—",
        "aeiouunaeiouaeiouaeiocaooao'' --",
        strict=True,
    )
)


def _fold_char(ch: str) -> str:
    base = unicodedata.normalize("NFD", ch)[0].lower()
    return base[0] if base else " "


def fold(text: str) -> str:
    """Lower-cased, accent-free copy of `text` with exactly the same length.

    `str.lower` plus one-for-one replacements of the Latin accents covers news text at a
    fraction of the cost of Unicode decomposition, which is kept for the rare other letters.
    """
    low = text.lower()
    if low.isascii():
        return low
    if len(low) != len(text):  # a letter whose lower case is longer ("İ")
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    for accented, plain in _FOLD_PAIRS:
        if accented in low:
            low = low.replace(accented, plain)
    if not low.isascii():
        low = "".join(ch if ch.isascii() else _fold_char(ch) for ch in low)
    return low


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int

    @property
    def is_headline(self) -> bool:
        return self.paragraph == 0


# A sentence ends at . ! ? followed by space and an upper-case letter, a quote or a digit, or
# at a line break. Abbreviations common in Mexican news ("Edo.", "Gral.", "No.") are kept whole.
_ABBREVIATIONS = {
    "sr", "sra", "dr", "dra", "lic", "ing", "gral", "col", "av", "no", "núm", "edo", "mr", "mrs",
    "ms", "st", "gen", "lt", "sgt", "gov", "sen", "rep", "jr", "u.s", "e.u", "p.m", "a.m", "aprox",
}  # fmt: skip
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"'”»)]*\s+(?=[\"'“«¿¡(]?[A-ZÁÉÍÓÚÑ0-9])|\n+")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` with character offsets; a blank line starts a new paragraph."""
    sentences: list[Sentence] = []
    paragraph = 0
    start = 0
    for match in _BOUNDARY.finditer(text):
        separator = match.group()
        if "\n" not in separator:
            word = re.search(r"(\S+)[.]$", text[start : match.start()])
            if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
                continue
        _append(sentences, text, start, match.start(), paragraph)
        start = match.end()
        if "\n" in separator:
            paragraph += 1
    _append(sentences, text, start, len(text), paragraph)
    return sentences


def _append(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start, end, text[start:end], paragraph))
