"""One item of a list of people (`sucesos.extract.people_lists`) and what it counts: a named
person (1), a determiner with a people noun ("el jefe" 1, "sus escoltas" at least 2), a number
with its people ("cuatro de sus escoltas" 4), a collective ("un grupo de 22 sicarios"); and what
is no item (a state between commas, an aside, an age)."""

from __future__ import annotations

from sucesos.extract.count_words import (
    Sentence,
    is_number,
    lexicons,
    one_person,
)
from sucesos.extract.numbers import not_a_count, number_words, parse_digits
from sucesos.extract.places_index import state_by_name

# Tokens an item may run over: a determiner, fillers, the people noun and a few words
# describing it ("el presunto líder criminal", "four of his bodyguards").
ITEM_TOKENS = 6


def clause_break(i: int, s: Sentence) -> bool:
    """Whether a comma or stronger mark stands before token `i` (a closing quote does not:
    "abatieron a “El Gavilán” y a su escolta")."""
    if not s.tokens[i].after_break or i == 0:
        return False
    gap = s.folded[s.tokens[i - 1].end : s.tokens[i].start]
    return any(mark in gap for mark in ",;.:!?()")


# What sets a breakdown off from the people it breaks down: a colon, a bracket or a dash
_BREAKDOWN_MARKS = ":(-\u2013\u2014"


def set_off_as_breakdown(s: Sentence, people: range, opening: int) -> bool:
    """Whether the figures from token `opening` on are set off from the people at tokens
    `people` as their breakdown: by a colon, a bracket or a dash ("once personas: cuatro
    mujeres y siete hombres", "(4 mujeres y 7 hombres)"), or by a comma after people in
    general ("eight people, seven men and a woman"). After other people a comma goes on with
    more of them ("killed two officers, a farmer and his son")."""
    tokens = s.tokens
    mark = s.folded[tokens[opening - 1].end : tokens[opening].start]
    if any(c in mark for c in _BREAKDOWN_MARKS):
        return True
    general = lexicons().general_people
    return "," in mark and any(tokens[k].word in general for k in people)


def item_at(i: int, s: Sentence) -> tuple[int | None, int]:
    lex = lexicons()
    tokens = s.tokens
    n = len(tokens)
    if i >= n:
        return None, i
    if _capitalised(i, s) and _may_open_a_name(tokens[i].word):
        k = i + 1
        while k < n and not tokens[k].after_break and _capitalised(k, s):
            k += 1
        return (None, i) if _a_state(i, k - 1, s) else (1, k)
    k = i
    while k < n and k - i < 3 and tokens[k].word in lex.before_number and not is_count(k, s):
        k += 1  # "al menos", "at least"
    if not is_count(k, s):
        k = i  # the skipped words were no lead to a number ("the", "a")
    value: int | None = None
    by_determiner = False  # the figure is a plural determiner's: "sus escoltas" 2
    if k < n and is_count(k, s):
        value = number_value(tokens[k].word)
        k += 1
    elif k < n and tokens[k].word in lex.plural_determiners:
        value, k, by_determiner = 2, k + 1, True
    elif k < n and tokens[k].word in lex.determiners:
        value, k = 1, k + 1
    if value is None:
        return None, i
    couple = _collective_at(k, s)
    if couple is not None:
        return couple  # "a couple and their son", "an elderly couple"
    if k < n and is_count(k, s):
        value = number_value(tokens[k].word) or value  # "sus dos hijos"
        by_determiner = False
        k += 1
    k = past_age(k, s)
    # The people noun, past fillers and up to two other words ("cuatro de sus escoltas",
    # "the gang boss").
    limit = min(n, k + ITEM_TOKENS)
    others = 0
    while k < limit and k not in s.groups:
        if tokens[k].after_break or _is_numeric(k, s) or tokens[k].word in lex.coordination:
            return None, i
        if k in s.starts and any(side == "far" for _l, side, _w in s.starts[k]):
            return None, i  # "dos más fueron detenidos por los militares": a predicate first
        if tokens[k].word not in lex.fillers:
            others += 1
            if others > 2:
                return None, i
        k += 1
    if k >= limit:
        return None, i
    if by_determiner and one_person(tokens[s.groups[k][0]].word):
        value = 1  # "their son": a plural owner, one person
    k = s.groups[k][0] + 1
    # Words describing the people ("líder criminal", "el jefe de la célula"), up to the
    # "y"/"and" of the next item, or a little further to its comma ("el director de la
    # policía municipal, su escolta y…"); else the item ends at its noun.
    ahead = past_age(k, s)
    while ahead < min(n, k + ITEM_TOKENS):
        if ahead in s.starts:
            return value, ahead  # the list's own predicate: "two officers dead and…"
        if tokens[ahead].after_break:
            return value, ahead
        if _is_numeric(ahead, s) or tokens[ahead].word in lex.item_ends:
            break
        if tokens[ahead].word in lex.coordination and ahead - k <= ITEM_TOKENS // 2:
            return value, ahead
        ahead += 1
    return value, past_age(k, s)


def _may_open_a_name(word: str) -> bool:
    """Whether a capitalised word may start a person's name: not a preposition ("En
    Culiacán"), though an article may ("El Alacrán")."""
    lex = lexicons()
    return word not in lex.not_a_victim or word in lex.determiners


def is_count(i: int, s: Sentence) -> bool:
    """Whether token `i` is a number of people, not an age ("34-year-old", "de 40
    años", "su hijo de 15") or another number that counts no one."""
    if not _is_numeric(i, s):
        return False
    tokens = s.tokens
    if not_a_count(i, i, tokens, number_words()):
        return False
    # "su hijo de 15": a number after a people noun and "de", with no people of its own
    noun_ends = {last for last, _ in s.groups.values()}
    if i >= 2 and tokens[i - 1].word == "de" and i - 2 in noun_ends:
        return i + 1 in s.groups
    return True


def past_age(k: int, s: Sentence) -> int:
    """The token after an age that starts at token `k` ("34 year old", "de 40 años"), or
    `k` when none does."""
    tokens = s.tokens
    ages = lexicons().ages
    start = k + 1 if k < len(tokens) and tokens[k].word == "de" else k
    if start >= len(tokens) or not _is_numeric(start, s) or is_count(start, s):
        return k
    k = start + 1
    while k < len(tokens) and tokens[k].word in ages and not tokens[k].after_break:
        k += 1
    return k


def _is_numeric(i: int, s: Sentence) -> bool:
    if i >= len(s.tokens):
        return False
    word = s.tokens[i].word
    return is_number(word) and word not in lexicons().determiners


def _capitalised(i: int, s: Sentence) -> bool:
    """Whether token `i` is a name: written with a capital and not all capitals, or the
    initial that stands for a surname after one ("Juan “N”", "Rosa G.")."""
    if s.text is None:
        return False
    original = s.text[s.tokens[i].start : s.tokens[i].end]
    if len(original) == 1 and original.isupper() and i > 0:
        return _capitalised(i - 1, s)
    return original[:1].isupper() and not original.isupper() and original.isalpha()


def item_value(first: int, last: int, s: Sentence) -> tuple[int | None, bool]:
    """(people, whether the item is all noun phrase) for one item of a list of people:
    "el jefe de plaza" 1, "sus dos escoltas" 2, "los hijos" 2; None when it names no one."""
    lex = lexicons()
    tokens = s.tokens
    if any(k in s.starts for k in range(first, last + 1)):
        return None, False  # a clause with its own predicate: "un policía murió y dos…"
    if (
        last - first < 4
        and _may_open_a_name(tokens[first].word)  # not "En Culiacán, …"
        and all(_capitalised(i, s) for i in range(first, last + 1))
    ):
        if _a_state(first, last, s):
            return None, False  # "En Uriangato, Guanajuato, un policía y…": a place's state
        return 1, True  # a named person: "Juan Pérez y dos escoltas murieron"
    if first == last and tokens[first].word in lex.bare_relatives:
        return 1, True  # a relative named bare, as headlines do: "Padre e hijo fueron asesinados"
    for i in range(first, last + 1):
        word = tokens[i].word
        plural = word in lex.plural_determiners
        if not plural and word not in lex.determiners and not is_number(word):
            continue
        if is_number(word) and not is_count(i, s):
            continue  # an age: "de 40 años"
        head = i + 1
        value = number_value(word) or (2 if plural else 1)
        if head <= last and is_count(head, s):
            value = number_value(tokens[head].word) or value
            head += 1
        head = past_age(head, s)  # "a 34-year-old man", "su hijo de 15"
        couple = _collective_at(head, s) if head <= last else None
        if couple is not None and couple[1] - 1 <= last:
            return couple[0], i == first  # "a couple and their son were shot dead"
        # "the district commander", "el comandante regional": a noun near the determiner
        nouns = _nouns_near(head, last, s)
        if nouns and _names_one(s.groups[nouns[0]][0] + 1, last, s):
            return 1, i == first  # "los agentes Juan “N”…": a title over the name of one
        if nouns:
            single = one_person(tokens[s.groups[nouns[0]][0]].word)
            if plural and not is_number(word) and value == 2 and single:
                value = 1  # "their son": a plural owner, one person
            return value, i == first
    return None, False


def _nouns_near(head: int, last: int, s: Sentence) -> list[int]:
    """The people nouns from token `head` to `last` within two words of `head`, fillers apart
    ("el comandante regional", "four suspected drug gang members")."""
    fillers = lexicons().fillers
    out: list[int] = []
    others = 0
    for k in range(head, last + 1):
        if k in s.groups:
            out.append(k)
        elif is_number(s.tokens[k].word):
            break  # "un total de nueve personas": the people are the number's
        elif s.tokens[k].word not in fillers:
            others += 1
        if others > 2:
            break
    return out


def _a_state(first: int, last: int, s: Sentence) -> bool:
    """Whether tokens `first`..`last`, capitalised, name a state ("…de Fresnillo, Zacatecas,
    y dos…"): a place set after a town, no one named."""
    text = s.text[s.tokens[first].start : s.tokens[last].end] if s.text is not None else ""
    return bool(text) and state_by_name(text) is not None


def past_aside(i: int, s: Sentence) -> int | None:
    """The token after a state's name (", Zacatecas,"), a nickname (", alias El Toro,") or an
    age (", de 34 años,", ", 34,") set off by commas at token `i`, or None when none stands
    there."""
    tokens = s.tokens
    if i >= len(tokens) or not clause_break(i, s):
        return None
    if tokens[i].word in lexicons().nickname_openers:
        for k in range(i + 1, min(len(tokens), i + ITEM_TOKENS)):
            if clause_break(k, s):
                return k
        return None
    aged = _past_age_aside(i, s)
    if aged is not None:
        return aged
    if not _capitalised(i, s):
        return None
    k = i + 1
    while k < len(tokens) and not tokens[k].after_break and _capitalised(k, s):
        k += 1
    return k if _a_state(i, k - 1, s) and (k == len(tokens) or clause_break(k, s)) else None


def _past_age_aside(i: int, s: Sentence) -> int | None:
    """The token after an age alone between commas that opens at token `i` (", de 34 años,",
    ", 34 years old,", ", 34,"), or None: it describes the person before it, no one else."""
    tokens = s.tokens
    k = i + 1 if tokens[i].word == "de" else i
    if k >= len(tokens) or not _is_numeric(k, s) or not tokens[k].word.isdecimal():
        return None
    k += 1
    while k < len(tokens) and tokens[k].word in lexicons().ages and not tokens[k].after_break:
        k += 1
    if k >= len(tokens) or not clause_break(k, s):
        return None
    return k if k > i + 1 or tokens[i].word != "de" else None


def _names_one(first: int, last: int, s: Sentence) -> bool:
    """Whether tokens `first`..`last`, after a noun of people, are the name of one person,
    perhaps after words that introduce it ("Juan “N”", "identificada como Rosa G")."""
    openers = lexicons().name_openers
    k = first
    while k <= last and s.tokens[k].word in openers and not _capitalised(k, s):
        k += 1
    return k <= last and all(_capitalised(j, s) for j in range(k, last + 1))


def _collective_at(k: int, s: Sentence) -> tuple[int, int] | None:
    """(people, token after it) for a noun of several people that counts as one item of a
    list ("a couple", "an elderly couple", "un matrimonio": `[victims] subject_collectives`
    with their figure in `[collectives]`), at token `k` or past one word describing it; not
    "a couple of officers", whose people follow it."""
    lex = lexicons()
    tokens = s.tokens
    for j in (k, k + 1):
        if j >= len(tokens) or tokens[j].after_break:
            return None
        word = tokens[j].word
        if word in lex.subject_collectives:
            after = j + 1
            if after < len(tokens) and tokens[after].word in ("of", "de"):
                return None
            return lex.collectives.get(word, 2), after
        if word in lex.coordination or is_number(word):
            return None  # a word describing it may be a people noun too: "an elderly couple"
    return None


def number_value(word: str) -> int | None:
    if word[0].isdigit():
        return parse_digits(word)
    words = number_words()
    return words.words.get(word) if word not in words.articles else None
