"""A figure read through a predicate before its number: "asesinan a dos", "killed three", and
a subject told after its predicate ("fueron ejecutadas tres personas")."""

from __future__ import annotations

from sucesos.extract.count_words import CountMention, Sentence, lexicons
from sucesos.extract.numbers import Number


def count_before(number: Number, s: Sentence) -> CountMention | None:
    """The figure a number gives through a word before it: "asesinan a dos", "killed three"."""
    lex = lexicons()
    j = number.first - 1
    skipped = manner = 0
    while j >= 0 and skipped <= 3 and manner <= _MANNER:
        if s.tokens[j + 1].after_break:
            break
        for first, side, what in s.ends.get(j, []):
            if side == "before":
                if _leaves_things(s, first, j, number) or (manner and what != "killed"):
                    return None
                group = s.group_near(number.last + 1, number.last + 4)
                return s.mention(number, what, group, False)
        if s.tokens[j].word in lex.before_number:
            j -= 1
            skipped += 1
            continue
        ways = lex.manner | lex.weapons
        joint = s.tokens[j].word in lex.coordination
        if s.tokens[j].word in ways and (not joint or (j > 0 and s.tokens[j - 1].word in ways)):
            # how it was done, between the verb and its object: "asesinaron a machetazos y
            # con arma blanca a cinco hombres" (a joint only between two ways of doing it)
            j -= 1
            manner += 1
            continue
        break
    return None


# How many words of how it was done may stand between a verb and the number of its object.
_MANNER = 6


def _leaves_things(s: Sentence, first: int, last: int, number: Number) -> bool:
    """Whether the verb of leaving in tokens `first`..`last` ("left", "dejó") leaves things
    rather than people: words follow the number and none of the next three, before a break,
    names people or opens a partitive ("left seven bullet holes", "dejó 40 casquillos";
    not "left two", "left two young men", "dejó a dos de los escoltas"), or they name the
    kin who outlive the dead (`[fillers] survivors`: "dejó tres hijos")."""
    lex = lexicons()
    if " ".join(t.word for t in s.tokens[first : last + 1]) not in lex.leaving:
        return False
    tokens = s.tokens
    k = number.last + 1
    if k >= len(tokens) or tokens[k].after_break:
        return False
    for i in range(k, min(len(tokens), k + 3)):
        if i > k and tokens[i].after_break:
            break
        if tokens[i].word in lex.survivors:
            # "dejó tres hijos", "who left two children behind": who outlive the dead
            return not _told_dead(s, i)
        if i in s.groups or tokens[i].word in lex.additive:
            return False
        if i + 1 < len(tokens) and (tokens[i].word, tokens[i + 1].word) in lex.partitive:
            return False
    return True


def _told_dead(s: Sentence, k: int) -> bool:
    """Whether a word that tells the dead follows token `k` in its clause ("left two children
    and a woman dead")."""
    tokens = s.tokens
    for j in range(k + 1, min(len(tokens), k + 8)):
        if tokens[j].after_break:
            return False
        if any(side == "after" and what == "killed" for _l, side, what in s.starts.get(j, [])):
            return True
    return False


# Tokens of time or place that may stand between a predicate and the subject it precedes
# ("fueron ejecutadas este martes en Celaya tres personas").
_INVERTED_GAP = 8


def count_inverted(number: Number, s: Sentence) -> CountMention | None:
    """The figure of a subject told after its predicate: "fueron ejecutadas tres personas",
    "resultaron lesionados este martes cuatro agentes", "perdieron la vida dos policías".
    The predicates are those that reach back to a subject before them ("far"); the number
    must head a noun of people, so a bare number (a date, an hour) never counts."""
    lex = lexicons()
    tokens = s.tokens
    k = number.last + 1
    while k < len(tokens) and k - number.last <= 2 and k not in s.groups:
        if tokens[k].after_break or tokens[k].word not in lex.fillers:
            return None
        k += 1
    if k not in s.groups or tokens[k].after_break:
        return None
    if number.first > 0 and s.text is not None and number.first - 1 not in s.ends:
        before = s.text[tokens[number.first - 1].start : tokens[number.first - 1].end]
        if before[:1].isupper() or before[-1:] in "\"'“”«»":
            return None  # "Lince 40": a number inside a name
    j = number.first - 1
    while j >= 0 and number.first - j <= _INVERTED_GAP:
        if tokens[j + 1].after_break or tokens[j + 1].word in lex.coordination:
            return None  # "pierde la vida y tres mujeres resultan heridas": another clause
        for _first, side, what in s.ends.get(j, []):
            if side == "far":
                return s.mention(number, what, s.group_near(k, k + 3), False)
        j -= 1
    return None
