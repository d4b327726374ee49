"""How a text writes its capitals, which tells a place's name from a word: `case_style` (a
lowercase, uppercase, title-case or mixed text) and `capitalised` (a name written as a proper
noun). Split from `places_match`, which reads them."""

from __future__ import annotations

import re

from sucesos.extract.places_index import name_key

_UPPER = re.compile(r"[^\W\d_a-zà-ÿ]")
_LETTER = re.compile(r"[^\W\d_]")
_NOT_ASCII_LETTER = bytes(b for b in range(256) if not chr(b).isascii() or not chr(b).isalpha())
# An uppercase letter opening the text or a sentence ("Hallan un cuerpo. Era ...").
_SENTENCE_CAPITAL = re.compile(r"(?:^|[.!?¿¡:;]\s*|\n)[\"'“«(\s]*([^\W\d_a-zà-ÿ])")
# What a `_SENTENCE_CAPITAL` match starts with, the text's start apart: each match holds one.
_SENTENCE_OPENERS = ".!?¿¡:;\n"


def _only_sentence_capitals(text: str, upper: int) -> bool:
    """Whether the text's `upper` capitals all open its sentences. Each opening capital
    follows a mark of its own (or the text's start), so with more capitals than marks the
    answer is no without looking for them: most texts, which name people and places."""
    if upper > sum(map(text.count, _SENTENCE_OPENERS)) + 1:
        return False
    return upper == len(_SENTENCE_CAPITAL.findall(text))


def case_style(text: str) -> str:
    """ "lower", "upper", "title" (headline capitalisation) or "mixed". A text whose only
    capitals open its sentences is "lower": it writes its names in lowercase too."""
    # Capitals are letters: no capital covers a text with no letter.
    upper = len(_UPPER.findall(text))
    if upper == 0 or _only_sentence_capitals(text, upper):
        return "lower"  # only sentence openings capitalised: names are written in lowercase
    # The text's ASCII letters (each one byte in UTF-8) are a floor for its letters, enough
    # to rule out capitals throughout without listing every letter of a long article.
    ascii_letters = len(text.encode("utf-8", "surrogatepass").translate(None, _NOT_ASCII_LETTER))
    if not ascii_letters or upper / ascii_letters > 0.6:
        letters = len(_LETTER.findall(text))
        if upper / letters > 0.6:
            return "upper"
    if len(text) < 400:  # only headlines are written in title case
        words = [w for w in text.split() if w[:1].isalpha() and len(w) > 3]
        if words and sum(w[0].isupper() for w in words) / len(words) > 0.75:
            return "title"
    return "mixed"


def capitalised(surface: str, heads: set[str]) -> bool:
    """Whether a name is written as a proper noun: its first word capitalised, or, after one
    of the `heads` prose writes in lowercase, its last ("el estado de Zacatecas", "la ciudad
    de México"). "la Cruz Roja" is no "La Cruz": an article is no head."""
    words = surface.split()
    if not words:
        return False
    if words[0][:1].isupper():
        return True
    return len(words) > 1 and name_key(words[0]) in heads and words[-1][:1].isupper()
