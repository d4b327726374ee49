"""Clauses of a round-up with no verb of their own ("cuatro en Y", "y otro en Z", "uno más",
"two more in Y"): whether the words after a comma open with a figure, and the figure such a
clause gives. `roundups` gives these clauses the act of the clause before them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sucesos.extract.assemble.roundup_rules import roundup_rules
from sucesos.extract.count_words import lexicons
from sucesos.extract.numbers import Token, number_words, span_numbers, tokenize

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc

COMMA = re.compile(r"[,:]\s+")


def opens_with_number(doc: Doc, at: int, end: int) -> bool:
    """Whether the words at `at` open with a figure ("cuatro en Y", "two more…"), after the
    mark of a person object the clause before's verb governs ("…asesinaron a tres en X, a dos
    en Y y a otro en Z")."""
    window = min(end, at + 40)
    tokens = tokenize(doc.folded, at, window)
    rules = roundup_rules()
    if tokens and (tokens[0].end < window or window == end):
        # the first word, whole: a clause opened by no number and no mark is no figure's,
        # and the rest of the sentence is not read for numbers
        word, words = tokens[0].word, number_words()
        if not (
            word[0].isdigit()
            or word in words.words
            or word in words.lone_one
            or word in rules.object_marks
        ):
            return False
    numbers = span_numbers(doc.folded, at, end)
    if numbers and numbers[0].first == 0:
        return True
    return (
        len(tokens) > 1
        and tokens[0].word in rules.object_marks
        and not tokens[1].after_break
        and (any(n.first == 1 for n in numbers) or tokens[1].word in rules.one_more)
    )


def elided_figure(doc: Doc, lo: int, hi: int) -> tuple[int, int, int] | None:
    """(start, end, value) of the figure of a clause with no verb of its own ("cuatro en Y",
    "en Y, uno", "y otro en Z", "uno más", "two more in Y"), else None."""
    rules = roundup_rules()
    tokens = tokenize(doc.folded, lo, hi)
    numbers = span_numbers(doc.folded, lo, hi)
    # who the people of a breakdown are ("…, entre ellos cinco policías, en X") is no clause
    named = not rules.breakdowns.match(doc.folded, tokens[0].start) if tokens else False
    for k, token in enumerate(tokens):
        number = next((n for n in numbers if n.first == k), None)
        value = number.value if number is not None else None
        last = number.last if number is not None else k
        if value is None and token.word in rules.one_more:
            value = 1
        noun = None
        if (
            value is None
            and named
            and token.word in rules.one_person
            and not any(n.first == k + 1 for n in numbers)
        ):
            # "y a un joven en Z", "and a young man in Z": one person a noun names
            noun = _noun_after(doc, tokens, k, reach=2)
            if noun is None:
                continue
            value = 1
        if value is None:
            continue
        if noun is None and named:
            noun = _noun_after(doc, tokens, last)  # "dos mujeres en Y"
        if noun is not None:
            # named people stand for an elided verb only before its place ("… en Y")
            after = tokens[noun + 1] if noun + 1 < len(tokens) else None
            if after is not None and not after.after_break and after.word in rules.gap_after:
                return token.start, tokens[noun].end, value
            return None
        after = tokens[last + 1] if last + 1 < len(tokens) else None
        # the figure stands alone: right before "en"/"más", or at the end of its clause
        if after is None or after.after_break or after.word in rules.gap_after:
            return token.start, tokens[last].end, value
        return None
    return None


def _noun_after(doc: Doc, tokens: list[Token], k: int, reach: int = 1) -> int | None:
    """The last token of a people noun that opens within `reach` tokens after token `k`
    ("mujeres" in "dos mujeres en Y"; with a reach of 2, "man" in "a young man in Y"), else
    None."""
    if k + 1 >= len(tokens) or tokens[k + 1].after_break:
        return None
    nouns = lexicons().groups.find(doc.folded, tokens[k + 1].start, tokens[-1].end)
    opens = {t.start: j for j, t in enumerate(tokens)}
    for m in nouns:
        j = opens.get(m.start)
        if j is not None and k < j <= k + reach and not tokens[j].after_break:
            return next((n for n in range(j, len(tokens)) if tokens[n].end == m.end), None)
    return None
