"""An apposition between commas next to a predicate: "nueve agentes de Tlapa, en Guerrero,
fueron asesinados", "una tercera víctima, un taxista de la zona, fue asesinada", "a woman on
her way to work, was also killed". Its words describe the people before it; the predicate
after it tells what befell them, so a reader of the people or of the predicate walks over it.

Two walkers over the tokens of a sentence (`numbers.tokenize`): `after`, from the apposition's
first token forward to the predicate that follows it (the counts: the figure before it goes
on to that predicate), and `before`, from the predicate back to the apposition's marks (the
subject before it). Bounds, the words allowed between the apposition and its predicate and
the marks that close it are parameters: each reader keeps its own.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence
from typing import NamedTuple

from sucesos.extract.count_words import Sentence, is_number, lexicons
from sucesos.extract.numbers import Token, number_words

# Tokens an apposition may hold ("de Tlapa, en Guerrero", "un taxista de la zona").
REACH = 8
# And the tokens of a bracket inside it ("…, en el municipio de Azueta (Zihuatanejo)").
BRACKET = 4


class _AnyWord:
    """Every word: the words between an apposition and its predicate when any may stand
    there (`before`, with a `gap` to bound them)."""

    def __contains__(self, word: object) -> bool:
        return True


ANY_WORD: Container[str] = _AnyWord()


def mark(folded: str, tokens: Sequence[Token], k: int) -> str:
    """The punctuation between token `k - 1` and token `k`, spaces removed ("" at `k` 0)."""
    return folded[tokens[k - 1].end : tokens[k].start].replace(" ", "") if k > 0 else ""


def comma_before(folded: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether a comma alone stands between token `k - 1` and token `k`."""
    return k > 0 and folded[tokens[k - 1].end : tokens[k].start].strip() == ","


def after(
    s: Sentence,
    i: int,
    reaches: Callable[[int], bool],
    *,
    reach: int = REACH,
    bracket: int = BRACKET,
    describing: bool = False,
) -> int | None:
    """The predicate after an apposition between commas that token `i` opens, right after a
    comma, when `reaches(k)` says a predicate reaching back over it opens at token `k` ("de
    Tlapa, en Guerrero, fueron asesinados"): its token. The apposition holds at most `reach`
    tokens (and `bracket` more inside a bracketed aside: "(Zihuatanejo)") and no people,
    event word or number of the sentence's own; it may end at a bracket or at the predicate
    itself when the writer left the closing comma out ("de Tlapa, en Guerrero murieron").
    None otherwise.

    With `describing`, the apposition may also describe the people counted with words of
    people and the singular articles ("una", "a"): "seis personas, integrantes de una
    familia, fueron asesinadas", "four men, members of a family, were shot dead", when a
    comma closes it. Its words of people are the same people again. An article with a joint
    names more people ("dos hombres, un policía y una mujer, murieron": a list), and is no
    apposition."""
    tokens = s.tokens
    if not comma_before(s.folded, tokens, i):
        return None
    described = False  # words of people or an article inside the apposition
    article = joint = False  # an article, a joint inside it
    bracketed = False  # inside or past a bracketed aside of the apposition
    end = min(len(tokens), i + 1 + reach)
    k = i
    while k < end:
        m = mark(s.folded, tokens, k)
        if k > i and m == "(" and not bracketed:
            bracketed = True  # its words name again a place of the apposition
            end = min(len(tokens), end + bracket)
        elif k > i and tokens[k].after_break and not (m == ")" and not reaches(k)):
            # the apposition's closing comma, or the bracket that ends it when the writer
            # left the comma out ("…, en el municipio de Azueta (Zihuatanejo) murieron")
            closed = m == "," or (bracketed and m in ("),", ")"))
            if described and (m != "," or (article and joint)):
                return None
            return k if closed and reaches(k) else None
        elif k > i and not bracketed and reaches(k) and k not in s.groups:
            # no closing comma at all: "nueve agentes de Tlapa, en Guerrero murieron"
            return None if described else k
        if k in s.starts:
            return None
        if describing and k in s.groups:
            described = True  # "integrantes de una familia": the people counted again
            k = s.groups[k][0] + 1
            continue
        if describing and tokens[k].word in number_words().articles:
            described = article = True
        elif k in s.groups or is_number(tokens[k].word):
            return None
        joint = joint or tokens[k].word in lexicons().coordination
        k += 1
    return None


class Apposition(NamedTuple):
    """Where an apposition before a predicate stands, by token."""

    closing: int  # the token right after the mark that closes it
    opening: int | None  # its first token, right after its opening comma; None when none


def before(
    folded: str,
    tokens: Sequence[Token],
    k: int,
    *,
    between: Container[str] = frozenset(),
    gap: int | None = None,
    closing: Container[str] | None = frozenset({","}),
    reach: int | None = REACH,
    width: int | None = None,
    marks: str | None = None,
) -> Apposition | None:
    """The apposition that ends before the predicate at token `k` ("una tercera víctima, un
    taxista de la zona, fue asesinada"): walking back from `k` over the words of `between`
    (`ANY_WORD` for any) with no mark among them, the mark that closes it, one of `closing`
    (None: any), at most `gap` characters before the predicate; then, back over at most
    `reach` tokens and `width` characters between its marks (None: no bound), the first mark
    before them, its opening when that is a comma. None when no such closing mark stands
    there.

    A mark is punctuation the tokens break at (`Token.after_break`), and a comma one that
    stands alone between two tokens; or, with `marks`, any of those characters, in a gap or
    inside a token ("1,500"), and a comma the last of them in its gap (the closing comma the
    only one)."""
    chars = frozenset(marks or "")

    def broken(j: int) -> bool:  # a mark between token `j - 1` and token `j`
        if marks is None:
            return tokens[j].after_break
        return not chars.isdisjoint(folded[tokens[j - 1].end : tokens[j].start])

    def inside(j: int) -> bool:  # a mark inside token `j` ("1,500")
        return not chars.isdisjoint(tokens[j].word)

    def comma(j: int, *, alone: bool = False) -> bool:  # the mark before token `j` a comma
        gap = folded[tokens[j - 1].end : tokens[j].start]
        if marks is None:
            return gap.strip() == ","
        found = [ch for ch in gap if ch in chars]
        return found == [","] if alone else found[-1:] == [","]

    c = k
    while c > 0 and not broken(c) and tokens[c - 1].word in between:
        if inside(c - 1):
            return None
        c -= 1
    if c == 0 or not broken(c):
        return None
    if marks is not None:
        if not comma(c, alone=True):
            return None
    elif closing is not None and folded[tokens[c - 1].end : tokens[c].start].strip() not in closing:
        return None
    end = _after_comma(folded, tokens, c) - 1  # where its closing mark stands
    if gap is not None and tokens[k].start - end - 1 > gap:
        return None
    last = max(0, c - 1 - reach) if reach is not None else 0
    for j in range(c - 1, last, -1):
        if (width is not None and end - tokens[j].start > width) or inside(j):
            break
        if broken(j):
            wide = width is not None and end - _after_comma(folded, tokens, j) > width
            return Apposition(c, j if comma(j) and not wide else None)
    return Apposition(c, None)


def _after_comma(folded: str, tokens: Sequence[Token], k: int) -> int:
    """Where the last comma before token `k` ends, or where its gap begins when none."""
    return folded.rfind(",", tokens[k - 1].end, tokens[k].start) + 1 or tokens[k - 1].end
