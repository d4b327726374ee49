"""Figures joined by "y"/"and": a number with no word of its own after another figure ("y
tres más", "murieron dos policías y tres sicarios"), and a second figure of the same kind
that adds to the first ("cuatro murieron en el lugar y tres en el hospital")."""

from __future__ import annotations

from dataclasses import replace

from sucesos.extract.count_gaps import kind_between
from sucesos.extract.count_words import CountMention, Sentence, is_number, lexicons
from sucesos.extract.list_items import number_value, set_off_as_breakdown
from sucesos.extract.numbers import Number, number_words


def count_coordinated(number: Number, s: Sentence, previous: CountMention) -> CountMention | None:
    """A number with no word of its own that follows another figure: "y tres más" adds to
    it; "murieron dos policías y tres sicarios" counts the same thing for another side."""
    lex = lexicons()
    tokens = s.tokens
    following = tokens[number.last + 1].word if number.last + 1 < len(tokens) else ""
    if following in lex.additive:
        between = kind_between(s, previous, number)
        if between is not None:
            # "asesinando a tres de los agentes y provocando heridas a dos más": the word
            # before the number says what the others are
            return s.mention(number, between, None, False)
        # "13 muertos y ocho más, gravemente heridos": the word after "más" says what it is
        for k in range(number.last + 2, min(len(tokens), number.last + 5)):
            for _last, side, what in s.starts.get(k, []):
                if side == "after" and what != previous.what:
                    return s.mention(number, what, s.group_near(k, k + 3), False)
        if _verb_of_their_own(s, number.last + 2, previous.what):
            return None  # "20 killed and hundreds more threatened": not more dead
        return s.mention(number, previous.what, previous.group, True)
    head = s.folded[tokens[max(0, number.first - 4)].start : tokens[number.first].start]
    # "y tres sicarios", and a joint of several words: "…dead, as well as one officer"
    joined = number.first > 0 and (
        tokens[number.first - 1].word in lex.coordination
        or any(head.rstrip().endswith(" " + c) for c in lex.coordination if " " in c)
    )
    close = tokens[number.first].start - previous.end < 40
    k = number.last + 1
    while (
        k < len(tokens)
        and k - number.last <= 2
        and k not in s.groups
        and (tokens[k].word in lex.fillers and not tokens[k].after_break)
    ):
        k += 1  # "one federal police officer"
    noun = s.groups.get(k)
    if joined and close and noun is not None and not tokens[number.first].after_break:
        if _verb_of_their_own(s, noun[0] + 1, previous.what):
            return None  # "four were killed and dozens of residents were displaced"
        if _another_fate(s, noun[0] + 1):
            return None  # "dejó 12 muertos y 20 reos fugados": the escaped, not more dead
        if _breaks_down(s, previous, number):
            return None  # "once personas (cuatro mujeres y siete hombres)": 11, not 18
        group = None if noun[1] == "people" else noun[1]
        return s.mention(number, previous.what, group, group == previous.group)
    return None


def _breaks_down(
    s: Sentence, previous: CountMention, number: Number, *, comma: bool = False
) -> bool:
    """Whether `number` closes a breakdown of the figure before it: set off from its people
    by a bracket, a colon or a dash, or by a comma after people in general, the numbers from
    there to `number` add up to it ("asesinaron a once personas (cuatro mujeres y siete
    hombres)", "eleven people: four women and seven men", "ocho personas, siete hombres y
    una mujer"). They count the same people again, not more of them. With `comma`, any comma
    sets them off: a number with "más" after it that makes the sum ("cuatro choferes
    asesinados, tres a balazos y uno más calcinado") is the rest of the same people."""
    tokens = s.tokens
    after = [k for k in range(number.first) if tokens[k].start >= previous.end]
    if not after:
        return False
    opening = next((k for k in after if tokens[k].after_break), None)
    if opening is None:
        return False
    mark = s.folded[tokens[opening - 1].end : tokens[opening].start]
    if not (comma and "," in mark) and not set_off_as_breakdown(
        s, range(after[0], opening), opening
    ):
        return False
    words = number_words()
    parts = [
        1 if tokens[k].word in words.articles else number_value(tokens[k].word) or 0
        for k in range(opening, number.first)
        if (tokens[k].word in words.articles and k + 1 in s.groups) or is_number(tokens[k].word)
    ]
    return bool(parts) and sum(parts) + number.value == previous.value


def _another_fate(s: Sentence, k: int) -> bool:
    """Whether token `k`, right after a figure's people, says what else became of them
    (`[fillers] other_fates`: "fugados", "escaped", "displaced")."""
    tokens = s.tokens
    return (
        k < len(tokens) and not tokens[k].after_break and tokens[k].word in lexicons().other_fates
    )


def _verb_of_their_own(s: Sentence, k: int, what: str) -> bool:
    """Whether token `k`, right after a figure's people, opens a verb of theirs (an
    auxiliary: "were", "fueron") that tells no `what` within a few tokens ("were displaced",
    "were threatened"): the figure counts people of another happening."""
    tokens = s.tokens
    if k >= len(tokens) or tokens[k].after_break or tokens[k].word not in lexicons().own_verbs:
        return False
    return not any(
        w == what for j in range(k, min(len(tokens), k + 4)) for _l, _s, w in s.starts.get(j, [])
    )


def join_coordinated(s: Sentence, counts: list[CountMention]) -> list[CountMention]:
    """ "cuatro murieron en el lugar y tres en el hospital": the second figure of the same kind
    and group, joined by "y"/"and" in the same clause, adds to the first (7 in all), unless
    the two are attributed to different sources ("12 según la Fiscalía y 10 según medios")."""
    lex = lexicons()
    out: list[CountMention] = []
    for count in counts:
        previous = out[-1] if out else None
        if (
            previous is not None
            and not count.additive
            and previous.what == count.what
            and previous.group == count.group
            and count.start - previous.end < 80
        ):
            between = s.folded[previous.end : count.start].split()
            joined = any(w.strip(",;") in lex.coordination for w in between)
            attributed = lex.attributed.find(s.folded, previous.end, count.start)
            if joined and not attributed:
                count = replace(count, additive=True)
        out.append(count)
    return out


def breakdown_rests(s: Sentence, counts: list[CountMention]) -> list[CountMention]:
    """Less each figure told as more of the people before it ("y cuatro más", "and four
    more") that closes a breakdown of the figure of its kind before it, set off by a colon,
    a bracket, a dash or a comma ("fallecieron seis personas: dos en el sitio y cuatro más
    en hospitales", "cuatro choferes asesinados, tres a balazos y uno más calcinado"): the
    numbers add up to that figure, so they are its people again, not more of them."""
    tokens, additive = s.tokens, lexicons().additive
    index_at = {t.start: k for k, t in enumerate(tokens)}
    out: list[CountMention] = []
    for c in counts:
        k = index_at.get(c.start)
        previous = next((p for p in reversed(out) if p.what == c.what), None)
        if (
            c.additive
            and k is not None
            and k + 1 < len(tokens)
            and tokens[k + 1].word in additive
            and previous is not None
            and not previous.additive
            and _breaks_down(s, previous, Number(k, k, c.value), comma=True)
        ):
            continue
        out.append(c)
    return out
