"""Figures that sum several incidents: a count of incidents ("cuatro ataques", "three
attacks"), the period a figure covers ("en cinco días", "over the past week"), and whether a
sentence states a figure at all (a tally counts things `counts` has no name for: "133,497
casos", "30 granadas"). Word lists: `incidents.toml`, [statistic]."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from sucesos.extract.lexicon import load_data
from sucesos.extract.numbers import (
    Number,
    Token,
    number_words,
    parse_digits,
    span_numbers,
    tokenize,
)

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc


@dataclass(frozen=True)
class TallyWords:
    incident_nouns: frozenset[str]
    period_units: frozenset[str]
    period_openers: frozenset[str]


@cache
def tally_words() -> TallyWords:
    data: dict[str, Any] = load_data("incidents.toml")["statistic"]
    return TallyWords(
        frozenset(data["incident_nouns"]),
        frozenset(data["period_units"]),
        frozenset(data["period_openers"]),
    )


def _span_numbers(folded: str, start: int, end: int) -> tuple[list[Token], list[Number]]:
    """Tokens and figures of one span, read once (both cached, shared with `counts`): the
    checks below ask about the same sentences and spans several times."""
    return tokenize(folded, start, end), span_numbers(folded, start, end)


def has_figure(doc: Doc, start: int, end: int) -> bool:
    """Whether `doc.text[start:end]` states a figure (not a year, date, age or address)."""
    return bool(_span_numbers(doc.folded, start, end)[1])


def incident_counts(doc: Doc, start: int, end: int) -> list[int]:
    """Where a count of two or more incidents starts ("cuatro ataques", "12 homicides")."""
    tokens, numbers = _span_numbers(doc.folded, start, end)
    nouns = tally_words().incident_nouns
    out: list[int] = []
    for number in numbers:
        following = number.last + 1
        if (
            number.value >= 2
            and following < len(tokens)
            and not tokens[following].after_break
            and tokens[following].word in nouns
        ):
            out.append(tokens[number.first].start)
    return out


def has_period(doc: Doc, start: int, end: int) -> bool:
    """Whether the text names a span of time a figure covers ("en cinco días", "in the past
    two weeks", "durante las últimas 48 horas")."""
    tokens = _span_numbers(doc.folded, start, end)[0]
    words = tally_words()
    for k, token in enumerate(tokens):
        if token.word not in words.period_units or k < 2:
            continue
        amount, opener = tokens[k - 1], tokens[k - 2]
        if _is_amount(amount) and opener.word in words.period_openers:
            return True
    return False


def _is_amount(token: Token) -> bool:
    if token.word[0].isdigit():
        return parse_digits(token.word) is not None
    return token.word in number_words().words
