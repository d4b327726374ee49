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

from sucesos.extract.count_gaps import people_participle
from sucesos.extract.count_words import (
    CountMention,
    Sentence,
    is_number,
    lexicons,
    one_person,
)
from sucesos.extract.lexicon import load_data
from sucesos.extract.list_items import (
    ITEM_TOKENS,
    clause_break,
    is_count,
    item_at,
    item_value,
    number_value,
    past_aside,
    set_off_as_breakdown,
)


def listed_counts(s: Sentence, counts: list[CountMention]) -> list[CountMention]:
    """Figures of the lists of people before a predicate that reaches back over them ("far"
    phrases) and after a verb whose people follow it ("before" phrases)."""
    out: list[CountMention] = []
    for first, entries in sorted(s.starts.items()):
        for last, side, what in entries:
            if side == "singular":
                # one person's death with those who died with them: "un comerciante fue
                # asesinado junto con su empleada" (2)
                total, parts = _with_companions(first, last, s, 0, 0)
            elif side == "far":
                total, parts = _list_before(_past_relative(first, s), s)
                total, parts = _with_companions(first, last, s, total, parts)
                after = _past_manner(last + 1, s, what)
                if parts < 2 and after < len(s.tokens) and not s.tokens[after].after_break:
                    # its subject told after it: "fueron asesinados a balazos dos hombres
                    # y una mujer" (3)
                    total, parts = max((total, parts), _list_after(after, s, what))
            elif side == "before":
                total, parts = _list_after(_past_manner(last + 1, s, what), s, what)
                if parts < 2:
                    total, parts = _others_after(last + 1, s, what)
            elif side == "heading":
                total, parts = _list_after(_past_heading(first, last, s), s, what)
            elif side == "after" and first == last and people_participle(s, first):
                # a list with no verb, told by the participle after it: "seis hombres y dos
                # mujeres asesinados en un bar" (8), "two men and a woman killed in…" (3)
                total, parts = _list_before(first, s)
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


def _past_heading(first: int, last: int, s: Sentence) -> int:
    """Where the list a heading of the dead names starts: after a colon ("Las víctimas: un
    comerciante, …") or, for the dead themselves, a copula ("the dead were…", "los
    fallecidos fueron…"); past the sentence when none follows or the heading names only
    some of them ("among the dead were…")."""
    tokens, none = s.tokens, len(s.tokens)
    data = load_data("lexicon/counts.toml")["victims"]
    if first > 0 and tokens[first - 1].word in data["heading_parts"]:
        return none
    nxt = last + 1
    if nxt >= none:
        return none
    if s.folded[tokens[last].end : tokens[nxt].start].strip() == ":":
        return nxt
    victims = tokens[last].word in ("victimas", "victims")  # the wounded are victims too
    if tokens[nxt].after_break or victims or tokens[nxt].word not in data["heading_copulas"]:
        return none
    return nxt + 1


def _clause_end(last: int, s: Sentence) -> int | None:
    """Where the clause of the predicate that ends at token `last` ends: the offset of the
    first token after it set off by a comma or stronger mark, or None."""
    for i in range(last + 1, len(s.tokens)):
        if clause_break(i, s):
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
        if parts and k > 0 and past_aside(k, s) == j + 1:
            j = k - 1  # "Juan Pérez, alias El Toro, y dos…": the aside names no one else
            continue
        value, whole = item_value(k, j, s)
        if not parts and k > 0 and j + 1 == end and _aside_before_predicate(k, end, value, s):
            j = k - 1  # "una mujer y su esposo, ambos comerciantes, fueron asesinados"
            continue
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
        if comma and _not_a_comma(s.folded[tokens[k - 1].end : tokens[k].start]):
            break  # "Celaya, Guanajuato.- Un policía y dos civiles…": a dateline is no item
        if comma:
            j = k - 1
        else:
            joined = True
            j = k - 2
    return (total, parts) if joined else (0, 0)


def _not_a_comma(mark: str) -> bool:
    """Whether the marks between two items are no comma of a list (a dateline's ".-", a
    colon, a dash), quotes around a comma being one ("Julio “N”, Pedro “M” y…")."""
    return "," not in mark or any(c in mark for c in ".:;-\u2013\u2014")


def _aside_before_predicate(k: int, end: int, value: int | None, s: Sentence) -> bool:
    """Whether tokens `k`..`end`-1, set off by commas right before the predicate at `end`,
    describe the people of the list before them rather than add to it: words that name no
    one (", con cargo de autoridad auxiliar,") or restate them (", ambos comerciantes,",
    ", both shopkeepers,")."""
    tokens = s.tokens
    if end >= len(tokens) or not (tokens[k].after_break and tokens[end].after_break):
        return False
    return value is None or tokens[k].word in lexicons().restating


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
    limit = min(len(tokens), last + 1 + ITEM_TOKENS)
    end = tokens[limit - 1].end if limit > last + 1 else tokens[last].end
    found = lexicons().companions.find(s.folded, tokens[last].end, end)
    if not found:
        return total, parts
    after = next((i for i in range(last + 1, len(tokens)) if tokens[i].start >= found[0].end), None)
    between = range(last + 1, after) if after is not None else range(0)
    if after is None or any(tokens[i].after_break for i in [*between, after]):
        return total, parts
    value, _ = _item_after(after, s)
    listed, items = _list_after(after, s)
    if items >= 2:
        value = listed  # "junto con su esposa y su hijo", "along with his wife and two aides"
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
        value, _whole = item_value(start, end - 1, s)
        if value is not None:
            return value
    return None


def _list_after(start: int, s: Sentence, what: str | None = None) -> tuple[int, int]:
    """(people, items) of the list of people that starts at token `start`, right after the
    verb: items separated by commas, the last joined by "y"/"and". An item right before a
    word of another figure than `what` is that figure's people, and ends the list before
    it ("la muerte de siete personas y cinco más lesionadas": 7 dead, not 12)."""
    lex = lexicons()
    tokens = s.tokens
    total = parts = 0
    joined = False
    head: int | None = None  # the figure of a first item that a breakdown may follow
    i = start
    while i < len(tokens):
        if parts and tokens[i].after_break and not _opens_item(i, s):
            break
        value, next_i = _item_after(i, s)
        if value is None:
            break
        if joined and _own_predicate(next_i, s):
            break  # "murieron tres sicarios y dos más fueron detenidos": a clause of its own
        if joined and what is not None and _other_figure(next_i, s, what):
            break
        if parts == 1 and head is not None and _breakdown(start, i, head, s):
            # "murieron once personas: cuatro mujeres y siete hombres" (11): the items
            # after the first break its figure down, they are no more people
            return 0, 0
        if not parts and is_count(i, s):
            head = value
        total += value
        parts += 1
        if next_i >= len(tokens) or next_i in s.starts:
            break  # "left 22 gunmen and two officers dead and 15 wounded": the list ends
        past = past_aside(next_i, s)
        if past is not None:
            next_i = past  # "el jefe de la policía de Fresnillo, Zacatecas, y dos…"
            if next_i >= len(tokens):
                break
        # "a, b y c", and the serial comma of English lists: "a mayor, his father, and 16
        # other people"
        serial = (
            parts >= 2
            and clause_break(next_i, s)
            and s.folded[s.tokens[next_i - 1].end : s.tokens[next_i].start].strip() == ","
        )
        if tokens[next_i].word in lex.coordination and (
            serial or past is not None or not clause_break(next_i, s)
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


def _other_figure(k: int, s: Sentence, what: str) -> bool:
    """Whether a word that says what the number before it counts, other than `what`, starts
    at token `k` ("y cinco más lesionadas", "and five more injured")."""
    return any(side == "after" and w != what for _l, side, w in s.starts.get(k, []))


def _breakdown(start: int, i: int, head: int, s: Sentence) -> bool:
    """Whether the list that goes on at token `i`, after a first item from token `start` with
    the figure `head`, is all figures of people that add up to `head` and is set off from it
    by a colon, a bracket or a dash, or by a comma after people in general ("once personas:
    cuatro mujeres y siete hombres", "eight people, seven men and a woman"): a breakdown of
    the first item. After other people a comma goes on with more of them ("killed two
    officers, a farmer and his son": 4)."""
    if i == 0 or not s.tokens[i].after_break or not set_off_as_breakdown(s, range(start, i), i):
        return False
    rest, _parts = _list_after(i, s)
    return rest == head and all(
        is_count(k, s) or s.tokens[k].word in lexicons().determiners for k in _item_starts(i, s)
    )


def _item_starts(i: int, s: Sentence) -> list[int]:
    """The first token of each item of the list that starts at token `i`."""
    starts: list[int] = []
    lex = lexicons()
    while i < len(s.tokens):
        value, nxt = _item_after(i, s)
        if value is None:
            break
        starts.append(i)
        if nxt >= len(s.tokens):
            break
        listed = s.tokens[nxt].after_break and _opens_item(nxt, s)
        if s.tokens[nxt].word not in lex.coordination and not listed:
            break
        i = nxt + 1 if s.tokens[nxt].word in lex.coordination else nxt
    return starts


# How many words of how it was done may stand between a verb and the list of its people.
_MANNER_TOKENS = 7


def _past_manner(k: int, s: Sentence, what: str) -> int:
    """The token after the words of how it was done that open at token `k`, right after a
    verb ("fueron asesinados a balazos dos hombres y una mujer", "asesinaron a balazos y con
    arma blanca a…": the weapon only of a killing), when a list item follows them; else `k`."""
    lex = lexicons()
    ways = lex.manner | lex.weapons if what == "killed" else lex.manner
    tokens = s.tokens
    j = k
    while (
        j < len(tokens)
        and j - k < _MANNER_TOKENS
        and tokens[j].word in ways
        and (tokens[j].word not in lex.coordination or _more_manner(j + 1, s, ways))
        and not tokens[j].after_break
        and not _opens_item(j, s)
    ):
        j += 1
    return j if j > k and _opens_item(j, s) else k


def _more_manner(k: int, s: Sentence, ways: frozenset[str]) -> bool:
    """Whether a second way it was done opens at token `k`, after a joint ("a balazos y con
    arma blanca"), rather than a list item ("a balazos y a un niño")."""
    tokens = s.tokens
    return (
        k + 1 < len(tokens)
        and tokens[k].word in ways
        and not _opens_item(k, s)
        and tokens[k + 1].word in ways
        and not _opens_item(k + 1, s)
    )


def _own_predicate(k: int, s: Sentence) -> bool:
    """Whether a predicate that reaches back to its subject starts at token `k`, right after
    an item joined to a list after a verb ("murieron tres sicarios y dos más fueron
    detenidos", "killed two gunmen and three others were arrested"): the item is the subject
    of a clause of its own, not one more person of the verb before it."""
    if k >= len(s.tokens) or s.tokens[k].after_break:
        return False
    return any(side == "far" for _last, side, _what in s.starts.get(k, []))


# How many tokens past its first item the verb's "and N others" may stand ("killed a mayoral
# candidate in the Gulf coast state of Veracruz and four others").
_OTHERS_REACH = 16


def _others_after(start: int, s: Sentence, what: str) -> tuple[int, int]:
    """(people, items) of a verb's one item at token `start` and the "and N others" that
    follows it in the same clause past where it happened ("gunmen killed a teacher in Celaya
    on Sunday and four others who were with him" 5): "others" says they are more victims of
    the same verb; (0, 0) when there is none, or when a word of another figure than `what`
    follows them ("the deaths of seven people and five more injured")."""
    lex = lexicons()
    tokens = s.tokens
    value, k = _item_after(start, s)
    if value is None:
        return 0, 0
    for j in range(k, min(len(tokens) - 2, k + _OTHERS_REACH)):
        if clause_break(j, s) or j in s.starts:
            break
        if (
            tokens[j].word in lex.coordination
            and is_count(j + 1, s)
            and tokens[j + 2].word in lex.additive
            and not tokens[j + 2].after_break
        ):
            if _own_predicate(j + 3, s) or _other_figure(j + 3, s, what):
                return 0, 0  # "killed two gunmen and three others were arrested"
            others = number_value(tokens[j + 1].word)
            return (value + others, 2) if others else (0, 0)
    return 0, 0


def _opens_item(i: int, s: Sentence) -> bool:
    value, _ = _item_after(i, s)
    return value is not None


def _item_after(i: int, s: Sentence) -> tuple[int | None, int]:
    """(people, token after the item) for an item of a list that starts at token `i`:
    "Juan Pérez" 1, "el presunto líder" 1, "sus escoltas" 2, "al menos cuatro de sus
    escoltas" 4; (None, i) when it names no one."""
    value, end = item_at(i, s)
    if value is None and i < len(s.tokens) and s.tokens[i].word in lexicons().object_markers:
        value, end = item_at(i + 1, s)  # the personal "a": "abatieron a Juan y a su escolta"
    return (value, end) if value is not None else (None, i)
