"""Percentages among a sentence's numbers: a share ("40%", "12.5 %", "50 percent", "40 por
ciento", the lower end of "40 to 50%") counts no one (`sucesos.extract.numbers.not_a_count`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sucesos.extract.numbers import Token


def share_at(i: int, tokens: list[Token]) -> bool:
    """Whether token `i` gives a percentage: "50%", "50 percent", "50 por ciento"."""
    if i >= len(tokens):
        return False
    if tokens[i].word.endswith("%"):
        return True
    if not tokens[i].word.isdigit() or i + 1 >= len(tokens) or tokens[i + 1].after_break:
        return False
    after = tokens[i + 1].word
    if after == "percent":
        return True
    return i + 2 < len(tokens) and (after, tokens[i + 2].word) in _SHARE_WORDS


_SHARE_WORDS = frozenset({("por", "ciento"), ("per", "cent")})


def a_share(first: int, last: int, tokens: list[Token]) -> bool:
    """Whether the number at tokens[first:last+1] is a share, not a count of people: the
    "ciento" of "por ciento", or the lower end of a range of percentages ("40 to 50%",
    "entre 40 y 50 por ciento", "85-90%")."""
    if tokens[first].word == "ciento" and first > 0 and tokens[first - 1].word == "por":
        return True
    following = last + 1
    if following >= len(tokens) or tokens[following].after_break:
        return False
    if tokens[following].word in _SHARE_JOINERS:
        return not tokens[following + 1].after_break if share_at(following + 1, tokens) else False
    # "85-90%": the two ends one dash apart
    return tokens[following].start == tokens[last].end + 1 and share_at(following, tokens)


_SHARE_JOINERS = frozenset({"to", "and", "y", "a", "al", "or", "o"})
