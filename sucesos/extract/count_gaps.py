"""What may stand between a number and the word that says what it counts, in a sentence of
`sucesos.extract.counts`: an apposition that picks some of the people ("…, entre ellas una
mujer, …") or places them ("nueve agentes de Tlapa, en Guerrero, murieron"), a second
participle joined to the first ("emboscados y asesinados"), words that describe the people
("four taxi drivers", "six bullet-riddled bodies", "three cashiers who died"), and a part of
people counted already ("ocho de los muertos"). Each answers where the figure goes on, or
whether the words belong to it."""

from __future__ import annotations

from sucesos.extract import apposition
from sucesos.extract.count_words import CountMention, Sentence, is_number, lexicons, plural_noun
from sucesos.extract.numbers import Number, number_words

# Tokens an apposition of some of the people may hold ("incluidos dos menores de edad").
_INCLUSION = 8


# The marks that close an apposition its opening mark opened: a comma closes any, a dash a
# dash's ("20 personas –entre ellas siete policías– murieron"), a parenthesis a parenthesis's.
_CLOSING = {"(": ")", "\u2013": "\u2013", "\u2014": "\u2014", "-": "-", "--": "--"}


def past_inclusion(s: Sentence, i: int) -> int | None:
    """Where the figure goes on after an apposition that token `i` opens, right after a comma,
    a dash or a parenthesis, and that picks some of the people counted ("…, entre ellas una
    mujer, …", "… –entre ellos siete policías– …"): the token after the mark that closes it.
    None when `i` opens none, or no such mark closes it soon."""
    tokens = s.tokens
    opening = [m for m in lexicons().inclusions.find(s.folded, tokens[i].start, tokens[i].end + 40)]
    if not any(m.start == tokens[i].start for m in opening):
        return None
    opened = s.folded[tokens[i - 1].end : tokens[i].start].strip() if i > 0 else ""
    closes = {",", _CLOSING.get(opened, ",")}
    for k in range(i + 1, min(len(tokens), i + 1 + _INCLUSION)):
        if tokens[k].after_break:
            return k if s.folded[tokens[k - 1].end : tokens[k].start].strip() in closes else None
    return None


def _reaches(s: Sentence, k: int) -> bool:
    """Whether token `k` opens a predicate that reaches back to the people before it."""
    return s.tokens[k].word in lexicons().own_verbs or any(
        side in ("far", "shot_far") for _l, side, _w in s.starts.get(k, [])
    )


def past_ages(s: Sentence, i: int) -> int | None:
    """Where the figure goes on after an apposition between commas that token `i` opens and
    that gives only the ages of the people counted ("dos hombres, de 24 y 31 años, fueron
    asesinados", "three men, ages 19, 22 and 40, were killed"): the token of the predicate
    after it. None otherwise. The ages count nobody: an age word must open or close them."""
    tokens, words = s.tokens, number_words()
    if not apposition.comma_before(s.folded, tokens, i):
        return None
    allowed = words.age_apposition | words.range_joiners | lexicons().coordination
    aged = digits = False
    for k in range(i, min(len(tokens), i + 1 + apposition.REACH + 4)):
        word = tokens[k].word
        if (
            k > i
            and tokens[k].after_break
            and apposition.comma_before(s.folded, tokens, k)
            and _reaches(s, k)
        ):
            return k if digits and aged else None
        if word.isdecimal() and len(word) <= 3:
            digits = True
        elif word in words.age_cues:
            aged = True
        elif word not in allowed:
            return None
    return None


def past_apposition(s: Sentence, i: int) -> int | None:
    """Where the figure goes on after an apposition between commas that token `i` opens right
    after the people counted, holding no number, people or event word of its own, when a
    predicate that reaches back over a description opens the clause after it ("nueve agentes
    de Tlapa, en Guerrero, fueron asesinados", "five soldiers, all from Oaxaca, were killed"):
    the token of that predicate (`apposition.after`). None otherwise."""
    return apposition.after(s, i, lambda k: _reaches(s, k), describing=True)


def joined_participle(s: Sentence, i: int, *, predicate: bool = False) -> str | None:
    """What a participle counts that a joint at token `i` adds to the participle before it
    ("emboscados y asesinados", "ambushed and killed"): the people described before were
    first one, then the other. With `predicate`, what comes before the joint is a predicate
    of the lexicon ("fueron privados de la libertad y asesinados"), whatever its last word.
    None when token `i` is no such joint."""
    tokens = s.tokens
    if i == 0 or i + 1 >= len(tokens) or tokens[i].word not in lexicons().coordination:
        return None
    if tokens[i].after_break or tokens[i + 1].after_break:
        return None
    if not predicate and not tokens[i - 1].word.endswith(lexicons().participle_endings):
        return None
    for _last, side, what in s.starts.get(i + 1, []):
        if side == "after" and tokens[i + 1].word.endswith(lexicons().participle_endings):
            return what
    return None


def modifies_people(s: Sentence, i: int) -> bool:
    """Whether token `i`, a word the lexicon does not know, stands right before a noun of
    people it describes ("13 young people", "four taxi drivers", "dos jóvenes estudiantes"):
    not a word that links or places them ("by", "when", "in", "and")."""
    lex = lexicons()
    tokens = s.tokens
    word = tokens[i].word
    if len(word) < 3 or not word.isalpha() or i + 1 not in s.groups or tokens[i + 1].after_break:
        return False  # nor the end of an ordinal ("5th family", "1er lugar")
    stops = lex.group_stops | lex.item_ends | lex.not_a_victim | lex.coordination
    return word not in stops and not is_number(word)


def described_by_compound(s: Sentence, i: int) -> int | None:
    """The token after a hyphenated compound that starts at token `i` and describes the people
    or things counted right after it ("six bullet-riddled bodies", "three heavily-armed
    gunmen"), when the compound is set apart from the number by a space (not "a 34-year-old
    man", whose compound is the age); None otherwise."""
    tokens, text = s.tokens, s.folded
    if i == 0 or tokens[i].start != tokens[i - 1].end + 1 or text[tokens[i - 1].end] != " ":
        return None
    k = i
    while (
        k + 1 < len(tokens)
        and tokens[k + 1].start == tokens[k].end + 1
        and text[tokens[k].end] == "-"
    ):
        k += 1
    if k == i or k + 1 >= len(tokens) or tokens[k + 1].after_break:
        return None
    nxt = k + 1
    counted = nxt in s.groups or any(side == "after" for _l, side, _w in s.starts.get(nxt, []))
    return nxt if counted else None


def people_by_their_predicate(s: Sentence, i: int) -> bool:
    """Whether token `i`, a plural noun the lexicon does not know, names people because a
    predicate only people take follows it, right after it ("dos clientes murieron", "three
    cashiers died", "cuatro comensales resultaron heridos") or after a relative ("dos
    despachadores que murieron", "three cashiers who died")."""
    tokens = s.tokens
    word = tokens[i].word
    if _described_before_predicate(s, i):
        return True
    if not (word.isalpha() and plural_noun(word)) or i + 1 >= len(tokens):
        return False
    if i + 2 >= len(tokens) or tokens[i + 1].word not in lexicons().relatives:
        return False
    if tokens[i + 2].after_break:
        return False
    return any(side == "far" for _last, side, _what in s.starts.get(i + 2, []))


# What a predicate tells only of people: dying or being wounded.
_OF_PEOPLE = frozenset({"killed", "injured"})
# Words the lexicon does not know, of a noun of people and what describes it, right before
# their predicate ("four suspected drug gang members died").
_DESCRIBED = 3


def _described_before_predicate(s: Sentence, i: int) -> bool:
    """Whether the words from token `i` to a plural noun right before a predicate only people
    take name those people ("dos clientes murieron", "four drug gang members died"): a few
    words unknown to the lexicon, none a number or a word that links or places them."""
    lex = lexicons()
    tokens = s.tokens
    stops = lex.group_stops | lex.item_ends | lex.not_a_victim | lex.coordination
    for j in range(i, min(len(tokens) - 1, i + _DESCRIBED)):
        word = tokens[j].word
        if j > i and tokens[j].after_break:
            return False
        if j > i and j in s.groups:
            return _of_people_at(s, s.groups[j][0] + 1)  # "four drug gang members died"
        if not word.isalpha() or word in stops or is_number(word) or j in s.groups:
            return False
        if plural_noun(word) and (_of_people_at(s, j + 1) or _people_participle(s, j + 1)):
            return True
    return False


def _people_participle(s: Sentence, k: int) -> bool:
    """Whether a participle only people take, one that counts as a figure's word, stands at
    token `k` joined to the word before ("cuatro huachicoleros ejecutados")."""
    if k >= len(s.tokens) or not people_participle(s, k):
        return False
    return any(side == "after" and what in _OF_PEOPLE for _l, side, what in s.starts.get(k, []))


def people_participle(s: Sentence, k: int) -> bool:
    """Whether token `k` is a participle only people take, joined to the word before it and
    with no object after it ("two men killed in…"; not "two men killed the guard")."""
    lex = lexicons()
    tokens = s.tokens
    if k == 0 or tokens[k].after_break or tokens[k].word not in lex.people_participles:
        return False
    nxt = k + 1
    if nxt >= len(tokens) or tokens[nxt].after_break:
        return True
    word = tokens[nxt].word
    objects = lex.determiners | lex.plural_determiners
    return not (word in objects or is_number(word) or nxt in s.groups)


def _of_people_at(s: Sentence, k: int) -> bool:
    """Whether a predicate only people take starts at token `k`, joined to the word before."""
    if k >= len(s.tokens) or s.tokens[k].after_break:
        return False
    return any(side == "far" and what in _OF_PEOPLE for _l, side, what in s.starts.get(k, []))


def partitive(s: Sentence, i: int, *, wounded: bool = False) -> bool:
    """Whether the words from token `i` make the number before them a part of the dead
    counted already ("ocho de los muertos", "eight of the dead"): that part is no figure
    of its own. With `wounded`, a part of the wounded ("tres de los heridos"), whose
    figure is a death if a death word tells it (`sucesos.extract.counts`), else none."""
    lex = lexicons()
    tokens = s.tokens
    if i + 2 >= len(tokens) or tokens[i].after_break or tokens[i + 1].after_break:
        return False
    if (tokens[i].word, tokens[i + 1].word) not in lex.partitive:
        return False
    if wounded:
        return wounded_head(s, i) is not None
    return tokens[i + 2].word in lex.partitive_heads


def wounded_head(s: Sentence, i: int) -> int | None:
    """The token of the word of the wounded in a part of them that starts at token `i`
    ("de los heridos", "of the wounded"), the people they are named by told first ("de los
    militares heridos", "de los policías lesionados"), or None. Only the join (of +
    determiner) is checked by `partitive`."""
    tokens, heads = s.tokens, lexicons().wounded_heads
    k = i + 2
    if k in s.groups:
        k = s.groups[k][0] + 1  # "de los militares heridos": past the people noun
    if k >= len(tokens) or tokens[k].after_break or tokens[k].word not in heads:
        return None
    return k


def heads_people(s: Sentence, k: int) -> bool:
    """Whether a noun of people stands at token `k`, past a filler or two ("y tres presuntos
    sicarios"): the number before it counts people of the predicate after them ("dos soldados
    y tres sicarios murieron"), where a bare one or "más" opens a clause of its own ("murieron
    tres sicarios y dos más fueron detenidos")."""
    tokens, fillers = s.tokens, lexicons().fillers
    for j in range(k, min(len(tokens), k + 3)):
        if tokens[j].after_break:
            return False
        if j in s.groups:
            return True
        if tokens[j].word not in fillers:
            return False
    return False


def kind_between(s: Sentence, previous: CountMention, number: Number) -> str | None:
    """The kind of another figure's word that stands between the figure told before and
    `number`, in the same clause ("…asesinando a tres y provocando heridas a dos más"), or
    None."""
    for j in range(number.first - 1, -1, -1):
        if s.tokens[j].end <= previous.end or s.tokens[j + 1].after_break:
            return None
        for first, _side, what in s.ends.get(j, []):
            if what != previous.what and s.tokens[first].start >= previous.end:
                return what
    return None


def of_a_collective(number: Number, s: Sentence) -> bool:
    """Whether the number follows a noun of several people and its "de"/"of" ("a family of
    six", "una familia de cinco"): it counts that noun's people."""
    k = number.first
    before = " ".join(t.word for t in s.tokens[max(0, k - 2) : k])
    return k >= 2 and before in lexicons().numbered_collectives
