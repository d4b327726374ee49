"""Figures over a list of people: each person or group named adds to the toll.

Before the predicate: "el jefe de plaza, su chofer y dos escoltas fallecieron" (4), "the
mayor, his driver and two bodyguards were killed" (4). After it: "murieron el presunto líder
y al menos cuatro de sus escoltas" (5), "abatieron a Juan Pérez y a cuatro escoltas" (5),
"killed the cartel leader and four bodyguards" (5). An item is a named person (1), a
determiner with a people noun ("el jefe" 1, "sus escoltas" 2: a plural without a number is at
least two) or a number with its people ("cuatro de sus escoltas" 4). A list counts only when
two items are joined by "y"/"and"; its total replaces a smaller figure of the same kind.
"""

from __future__ import annotations

from sucesos.extract.count_words import (
    CountMention,
    Sentence,
    is_number,
    lexicons,
    one_person,
)
from sucesos.extract.numbers import not_a_count, number_words, parse_digits
from sucesos.extract.places_index import state_by_name

# Tokens an item may run over: a determiner, fillers, the people noun and a few words
# describing it ("el presunto líder criminal", "four of his bodyguards").
_ITEM_TOKENS = 6


def listed_counts(s: Sentence, counts: list[CountMention]) -> list[CountMention]:
    """Figures of the lists of people before a predicate that reaches back over them ("far"
    phrases) and after a verb whose people follow it ("before" phrases)."""
    out: list[CountMention] = []
    for first, entries in sorted(s.starts.items()):
        for last, side, what in entries:
            if side == "far":
                total, parts = _list_before(_past_relative(first, s), s)
                total, parts = _with_companions(first, last, s, total, parts)
            elif side == "before":
                total, parts = _list_after(last + 1, s)
                if parts < 2:
                    total, parts = _others_after(last + 1, s)
            else:
                continue
            # a figure past the predicate's clause counts others ("…were shot dead Monday,
            # the worst of a day of violence that killed at least 19"): not the list's
            ends = _clause_end(last, s) if side == "far" else None
            known = max(
                (
                    c.value
                    for c in [*counts, *out]
                    if c.what == what and (ends is None or c.start < ends)
                ),
                default=0,
            )
            if parts >= 2 and total > known:
                start = s.tokens[first].start
                out.append(CountMention(start, start, what, total, None))
    return out


def _clause_end(last: int, s: Sentence) -> int | None:
    """Where the clause of the predicate that ends at token `last` ends: the offset of the
    first token after it set off by a comma or stronger mark, or None."""
    for i in range(last + 1, len(s.tokens)):
        if _clause_break(i, s):
            return s.tokens[i].start
    return None


def _list_before(end: int, s: Sentence) -> tuple[int, int]:
    """(people, items) of the list of noun phrases that ends just before token `end`."""
    lex = lexicons()
    tokens = s.tokens
    total = parts = 0
    joined = False
    comma = False  # the item read last is set off by a comma from the one after it
    j = end - 1
    while j >= 0:
        # One item: tokens back to a comma or a "y"/"and".
        k = j
        while k > 0 and not tokens[k].after_break and tokens[k - 1].word not in lex.coordination:
            k -= 1
            if j - k > 6:
                return (total, parts) if joined else (0, 0)
        if parts and k > 0 and _past_aside(k, s) == j + 1:
            j = k - 1  # "Juan Pérez, alias El Toro, y dos…": the aside names no one else
            continue
        value, whole = _item_value(k, j, s)
        if value is None:
            break
        if comma and joined and parts >= 2 and _bare_plural(k, s):
            # "las víctimas, un hombre y su hijo, fueron asesinadas": the plural heads the
            # list it names (an apposition), it is no other people
            break
        if comma and joined and parts >= 2 and value == total:
            # "ocho personas (dos mujeres y seis hombres) murieron": the list breaks down
            # the figure before it, which it does not add to
            break
        total += value
        parts += 1
        if not whole or k == 0:
            break
        comma = tokens[k].after_break
        if comma:
            j = k - 1
        else:
            joined = True
            j = k - 2
    return (total, parts) if joined else (0, 0)


# A relative clause between a list and its predicate: "two bodyguards and a woman who was
# travelling with them died" (3). Its pronouns, and how many tokens it may run over.
_RELATIVE_PRONOUNS = frozenset({"who", "quien", "quienes"})
_RELATIVE_TOKENS = 8


def _past_relative(end: int, s: Sentence) -> int:
    """Where the list before a predicate at token `end` ends: at the relative pronoun of a
    clause about its last item that stands between them, else at `end`. The clause holds no
    predicate or figure of its own."""
    tokens = s.tokens
    for r in range(end - 1, max(0, end - _RELATIVE_TOKENS) - 1, -1):
        if tokens[r].word in _RELATIVE_PRONOUNS:
            clause = range(r + 1, end)
            if r == 0 or any(k in s.starts or is_number(tokens[k].word) for k in clause):
                return end
            return r
        if tokens[r].after_break and r < end - 1:
            return end  # a mark inside: no clause of one item
    return end


def _bare_plural(k: int, s: Sentence) -> bool:
    """Whether the item at token `k` is a plural of people in general with no number ("las
    víctimas", "the victims"): people a following list may name one by one."""
    tokens = s.tokens
    word = tokens[k].word
    if word not in lexicons().plural_determiners and word not in ("the", "los", "las"):
        return False
    noun = s.groups.get(k + 1)  # a noun of people in general: not "los policías"
    # and a plural one: "the driver, his son and…" names its first item
    return noun is not None and noun[1] == "people" and not one_person(tokens[noun[0]].word)


def _with_companions(first: int, last: int, s: Sentence, total: int, parts: int) -> tuple[int, int]:
    """(people, items) once the people who died with the subject are added: "Juan Pérez
    murió junto con dos escoltas" (3), "the leader died along with four bodyguards" (5)."""
    tokens = s.tokens
    limit = min(len(tokens), last + 1 + _ITEM_TOKENS)
    end = tokens[limit - 1].end if limit > last + 1 else tokens[last].end
    found = lexicons().companions.find(s.folded, tokens[last].end, end)
    if not found:
        return total, parts
    after = next((i for i in range(last + 1, len(tokens)) if tokens[i].start >= found[0].end), None)
    between = range(last + 1, after) if after is not None else range(0)
    if after is None or any(tokens[i].after_break for i in [*between, after]):
        return total, parts
    value, _ = _item_after(after, s)
    if value is None:
        return total, parts
    if not parts:
        subject = _subject_before(first, s)
        if subject is None:
            return total, parts
        total, parts = subject, 1
    return total + value, parts + 1


def _subject_before(end: int, s: Sentence) -> int | None:
    """The people of the one noun phrase right before token `end` ("Juan Pérez", "el jefe
    de plaza"), or None."""
    lex = lexicons()
    tokens = s.tokens
    k = end - 1
    while k > 0 and end - k < 6 and not tokens[k].after_break:
        if tokens[k - 1].word in lex.coordination:
            break
        k -= 1
    for start in range(k, end):
        value, _whole = _item_value(start, end - 1, s)
        if value is not None:
            return value
    return None


def _list_after(start: int, s: Sentence) -> tuple[int, int]:
    """(people, items) of the list of people that starts at token `start`, right after the
    verb: items separated by commas, the last joined by "y"/"and"."""
    lex = lexicons()
    tokens = s.tokens
    total = parts = 0
    joined = False
    i = start
    while i < len(tokens):
        if parts and tokens[i].after_break and not _opens_item(i, s):
            break
        value, next_i = _item_after(i, s)
        if value is None:
            break
        total += value
        parts += 1
        if next_i >= len(tokens) or next_i in s.starts:
            break  # "left 22 gunmen and two officers dead and 15 wounded": the list ends
        past = _past_aside(next_i, s)
        if past is not None:
            next_i = past  # "el jefe de la policía de Fresnillo, Zacatecas, y dos…"
            if next_i >= len(tokens):
                break
        # "a, b y c", and the serial comma of English lists: "a mayor, his father, and 16
        # other people"
        serial = (
            parts >= 2
            and _clause_break(next_i, s)
            and s.folded[s.tokens[next_i - 1].end : s.tokens[next_i].start].strip() == ","
        )
        if tokens[next_i].word in lex.coordination and (
            serial or past is not None or not _clause_break(next_i, s)
        ):
            if not _opens_item(next_i + 1, s):
                break
            joined = True
            i = next_i + 1
        elif tokens[next_i].after_break and not joined and _opens_item(next_i, s):
            # "a, b y c"; past "y" a comma ends the list ("mataron a un hombre y a un niño,
            # una mujer resultó herida": the woman is the subject of the next clause)
            i = next_i
        else:
            break
    return (total, parts) if joined else (0, 0)


# How many tokens past its first item the verb's "and N others" may stand ("killed a mayoral
# candidate in the Gulf coast state of Veracruz and four others").
_OTHERS_REACH = 16


def _others_after(start: int, s: Sentence) -> tuple[int, int]:
    """(people, items) of a verb's one item at token `start` and the "and N others" that
    follows it in the same clause past where it happened ("gunmen killed a teacher in Celaya
    on Sunday and four others who were with him" 5): "others" says they are more victims of
    the same verb; (0, 0) when there is none."""
    lex = lexicons()
    tokens = s.tokens
    value, k = _item_after(start, s)
    if value is None:
        return 0, 0
    for j in range(k, min(len(tokens) - 2, k + _OTHERS_REACH)):
        if _clause_break(j, s) or j in s.starts:
            break
        if (
            tokens[j].word in lex.coordination
            and _is_count(j + 1, s)
            and tokens[j + 2].word in lex.additive
            and not tokens[j + 2].after_break
        ):
            others = _number_value(tokens[j + 1].word)
            return (value + others, 2) if others else (0, 0)
    return 0, 0


def _clause_break(i: int, s: Sentence) -> bool:
    """Whether a comma or stronger mark stands before token `i` (a closing quote does not:
    "abatieron a “El Gavilán” y a su escolta")."""
    if not s.tokens[i].after_break or i == 0:
        return False
    gap = s.folded[s.tokens[i - 1].end : s.tokens[i].start]
    return any(mark in gap for mark in ",;.:!?()")


def _opens_item(i: int, s: Sentence) -> bool:
    value, _ = _item_after(i, s)
    return value is not None


def _item_after(i: int, s: Sentence) -> tuple[int | None, int]:
    """(people, token after the item) for an item of a list that starts at token `i`:
    "Juan Pérez" 1, "el presunto líder" 1, "sus escoltas" 2, "al menos cuatro de sus
    escoltas" 4; (None, i) when it names no one."""
    value, end = _item_at(i, s)
    if value is None and i < len(s.tokens) and s.tokens[i].word in lexicons().object_markers:
        value, end = _item_at(i + 1, s)  # the personal "a": "abatieron a Juan y a su escolta"
    return (value, end) if value is not None else (None, i)


def _item_at(i: int, s: Sentence) -> tuple[int | None, int]:
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
    while k < n and k - i < 3 and tokens[k].word in lex.before_number and not _is_count(k, s):
        k += 1  # "al menos", "at least"
    if not _is_count(k, s):
        k = i  # the skipped words were no lead to a number ("the", "a")
    value: int | None = None
    by_determiner = False  # the figure is a plural determiner's: "sus escoltas" 2
    if k < n and _is_count(k, s):
        value = _number_value(tokens[k].word)
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
    if k < n and _is_count(k, s):
        value = _number_value(tokens[k].word) or value  # "sus dos hijos"
        by_determiner = False
        k += 1
    k = past_age(k, s)
    # The people noun, past fillers and up to two other words ("cuatro de sus escoltas",
    # "the gang boss").
    limit = min(n, k + _ITEM_TOKENS)
    others = 0
    while k < limit and k not in s.groups:
        if tokens[k].after_break or _is_numeric(k, s) or tokens[k].word in lex.coordination:
            return None, i
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
    while ahead < min(n, k + _ITEM_TOKENS):
        if ahead in s.starts:
            return value, ahead  # the list's own predicate: "two officers dead and…"
        if tokens[ahead].after_break:
            return value, ahead
        if _is_numeric(ahead, s) or tokens[ahead].word in lex.item_ends:
            break
        if tokens[ahead].word in lex.coordination and ahead - k <= _ITEM_TOKENS // 2:
            return value, ahead
        ahead += 1
    return value, past_age(k, s)


def _may_open_a_name(word: str) -> bool:
    """Whether a capitalised word may start a person's name: not a preposition ("En
    Culiacán"), though an article may ("El Alacrán")."""
    lex = lexicons()
    return word not in lex.not_a_victim or word in lex.determiners


def _is_count(i: int, s: Sentence) -> bool:
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
    if start >= len(tokens) or not _is_numeric(start, s) or _is_count(start, s):
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


def _item_value(first: int, last: int, s: Sentence) -> tuple[int | None, bool]:
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
    for i in range(first, last + 1):
        word = tokens[i].word
        plural = word in lex.plural_determiners
        if not plural and word not in lex.determiners and not is_number(word):
            continue
        if is_number(word) and not _is_count(i, s):
            continue  # an age: "de 40 años"
        head = i + 1
        value = _number_value(word) or (2 if plural else 1)
        if head <= last and _is_count(head, s):
            value = _number_value(tokens[head].word) or value
            head += 1
        head = past_age(head, s)  # "a 34-year-old man", "su hijo de 15"
        couple = _collective_at(head, s) if head <= last else None
        if couple is not None and couple[1] - 1 <= last:
            return couple[0], i == first  # "a couple and their son were shot dead"
        # "the district commander", "el comandante regional": a noun near the determiner
        nouns = [k for k in range(head, min(last, head + 2) + 1) if k in s.groups]
        if nouns and _names_one(s.groups[nouns[0]][0] + 1, last, s):
            return 1, i == first  # "los agentes Juan “N”…": a title over the name of one
        if nouns:
            single = one_person(tokens[s.groups[nouns[0]][0]].word)
            if plural and not is_number(word) and value == 2 and single:
                value = 1  # "their son": a plural owner, one person
            return value, i == first
    return None, False


def _a_state(first: int, last: int, s: Sentence) -> bool:
    """Whether tokens `first`..`last`, capitalised, name a state ("…de Fresnillo, Zacatecas,
    y dos…"): a place set after a town, no one named."""
    text = s.text[s.tokens[first].start : s.tokens[last].end] if s.text is not None else ""
    return bool(text) and state_by_name(text) is not None


def _past_aside(i: int, s: Sentence) -> int | None:
    """The token after a state's name (", Zacatecas,") or a nickname (", alias El Toro,") set
    off by commas at token `i`, or None when none stands there."""
    tokens = s.tokens
    if i >= len(tokens) or not _clause_break(i, s):
        return None
    if tokens[i].word in lexicons().nickname_openers:
        for k in range(i + 1, min(len(tokens), i + _ITEM_TOKENS)):
            if _clause_break(k, s):
                return k
        return None
    if not _capitalised(i, s):
        return None
    k = i + 1
    while k < len(tokens) and not tokens[k].after_break and _capitalised(k, s):
        k += 1
    return k if _a_state(i, k - 1, s) and (k == len(tokens) or _clause_break(k, s)) else None


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


def _number_value(word: str) -> int | None:
    if word[0].isdigit():
        return parse_digits(word)
    words = number_words()
    return words.words.get(word) if word not in words.articles else None
