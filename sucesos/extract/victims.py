"""Figures with no number: the people a phrase reports by its grammar alone.

"Ejecutan a un hombre" (1), "asesinan a Juan" (a named person: 1), "a Rosa y a Luis" (2),
"hombre fue asesinado" (1), "detienen a presuntos narcomenudistas" (2: a plural without a
number is at least two, the lowest figure consistent with the text, as ACLED prefers),
"gunmen killed a farmer" (1), "balean a un joven" (a shooting with no death word: 1 injured).
Word lists live in `sucesos/data/lexicon/counts.toml` under `[victims]`.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from sucesos.extract import apposition
from sucesos.extract.count_words import CountMention, Sentence, lexicons, one_person, plural_noun
from sucesos.extract.lexicon import load_data
from sucesos.extract.list_items import past_age
from sucesos.extract.more_dead import elided_words, more_victims
from sucesos.extract.numbers import MAX_COUNT, not_a_count, number_words, parse_digits
from sucesos.extract.pronoun_victims import pronoun_deaths
from sucesos.extract.tally_appositions import tally_turn
from sucesos.extract.victim_titles import capitalised, not_names, titled_victim


def implied_counts(s: Sentence, numeric: list[CountMention]) -> list[CountMention]:
    """Figures implied by the phrases of `s` for the kinds `numeric` does not already give. A
    raised toll gives no victim of its own ("un policía fue asesinado este lunes, elevando a
    45 la cifra de agentes asesinados este año"): the victim a phrase implies still counts,
    and where both are one event's the toll, the whole count, wins (`assemble.figures`)."""
    turn = tally_turn(s.folded, s.tokens[0].start, s.tokens[-1].end) if numeric else None
    # "Con el homicidio de un taxista en X, ya son 41 los asesinatos del mes": the tally's
    # figure after the turn leaves the news's victim its own figure
    have = {c.what for c in numeric if not c.total and (turn is None or c.start < turn)}
    out = pronoun_deaths(s, numeric)
    have |= {c.what for c in out}
    out.extend(_multiple_counts(s, have))
    have |= {c.what for c in out}
    out.extend(_object_counts(s, have))
    have |= {c.what for c in out}
    for side in ("singular", "plural", "transitive"):
        out.extend(_phrase_counts(s, have, side, [*numeric, *out]))
        have |= {c.what for c in out}
    if "killed" not in have:
        out.extend(replace(c, shot=True) for c in _phrase_counts(s, have, "shot", []))
    # "hallan sin vida a un hombre": a body found, not a death of its own
    if any(c.what == "bodies" for c in [*numeric, *out]):
        return [c for c in out if c.what != "killed"]
    return out


def _phrase_counts(
    s: Sentence, have: set[str], wanted: str, made: list[CountMention]
) -> list[CountMention]:
    out: list[CountMention] = []
    for first, entries in sorted(s.starts.items()):
        for last, side, what in entries:
            if side != wanted or (
                what in have and not more_victims(s, first, last, what, [*made, *out])
            ):
                continue
            if side == "plural":
                implied: tuple[int, str | None] | None = (2, None)
            elif s.tokens[last].word in ("a", "an") or (
                _of_victims(s, last, side) and not _named_only(s, first, last)
            ):
                # "la muerte de Rosa y Luis" (2), as the object after "asesinaron a"
                implied = _implied_figure(first, last, s, "object")
            elif _of_victims(s, last, side):
                # "the murder of Juan Pérez" (1), "la ejecución de un comandante": only a name
                # or a people noun is the victim ("la ejecución de una orden" names none)
                implied = _implied_figure(first, last, s, "bare")
                if implied is not None and implied[0] > 1 and _bare_kind(s, last + 1):
                    implied = None  # "the killing of local politicians": a kind of act
            elif side == "transitive" and _passive(s, first):
                # "the men were killed Thursday": its people before it, or none ("they
                # were murdered" names no one; "six civilians were killed by troops" were
                # counted by their number)
                subject = what not in have and _subject(s, first)
                implied = _implied_figure(first, last, s, None) if subject else None
            else:
                implied = _implied_figure(first, last, s, "bare" if side == "transitive" else None)
            if implied is not None:
                value, group = implied
                start, end = s.tokens[first].start, s.tokens[last].end
                # one more dead of the same side as the figure before it: they add up
                before = [c for c in [*made, *out] if c.what == what and c.start < start]
                if what in have and before and group is None:
                    group = before[-1].group  # "dos agentes murieron y otro más…": the same people
                more = what in have and bool(before) and before[-1].group == group
                one = value == 1 and _told_as_one(first, last, s)
                out.append(
                    CountMention(
                        start, end, what, value, group, additive=more, lower_bound=True, one=one
                    )
                )
                have.add(what)
    return out


def _of_victims(s: Sentence, last: int, side: str) -> bool:
    """Whether the singular phrase ending at token `last` ends in "de"/"of" and so names its
    dead after it ("la muerte de", "el asesinato del"): who follows is the victim, as after
    the personal "a"."""
    return side == "singular" and s.tokens[last].word in _of_words()


def _bare_kind(s: Sentence, i: int) -> bool:
    """Whether the people after "de"/"of" at token `i` open with neither an article nor a
    name ("el asesinato de periodistas", "the killing of local politicians"): a kind of
    victim, no figure; "la muerte de Rosa y Luis", "de sus dos hijos" are people."""
    if i >= len(s.tokens):
        return False
    lex = lexicons()
    word = s.tokens[i].word
    return not (word in lex.determiners or word in lex.plural_determiners or capitalised(s, i))


def _named_only(s: Sentence, first: int, last: int) -> bool:
    """Whether the "de"/"of" phrase at tokens `first`..`last` names its victim only by a
    name or a people noun: an English "of", or a noun that also names other acts
    (`[names] named_victim_nouns`: "la ejecución de una orden de aprehensión")."""
    nouns = _named_victim_nouns()
    return s.tokens[last].word == "of" or any(t.word in nouns for t in s.tokens[first:last])


@cache
def _named_victim_nouns() -> frozenset[str]:
    return frozenset(load_data("lexicon/counts.toml")["names"]["named_victim_nouns"])


@cache
def _of_words() -> frozenset[str]:
    return frozenset(load_data("lexicon/counts.toml")["names"]["of_words"])


def _multiple_counts(s: Sentence, have: set[str]) -> list[CountMention]:
    """The figure an act's name gives: "un doble homicidio" (2), "a triple murder" (3)."""
    lex = lexicons()
    out: list[CountMention] = []
    for first, entries in sorted(s.starts.items()):
        for last, side, what in entries:
            value = lex.multiples.get(s.tokens[first].word)
            if side != "multiple" or what in have or value is None:
                continue
            if first > 0 and s.tokens[first - 1].word in lex.named_again:
                continue  # "la escena del doble crimen": the act told before
            start, end = s.tokens[first].start, s.tokens[last].end
            out.append(CountMention(start, end, what, value, None))
            have.add(what)
    return out


def _object_counts(s: Sentence, have: set[str]) -> list[CountMention]:
    """Figures in the object of a verb set apart by the agent or the place:
    "Detiene la policía a un sujeto", "Captura la Fiscalía a 6 prófugos", "lo detienen"."""
    tokens = s.tokens
    words = number_words()
    lex = lexicons()
    out: list[CountMention] = []
    for first, entries in sorted(s.starts.items()):
        for last, side, what in entries:
            if side != "verbs" or what in have:
                continue
            j = _object_marker(last, s)
            clitic = tokens[first - 1].word if first > 0 else ""
            if j is not None and _clitic_object(clitic, last, j, s):
                j = None  # "lo acribillaron frente a sus alumnos": "lo" is its object
            if j is None or j + 1 >= len(tokens):
                if clitic in lex.singular_clitics or clitic in lex.plural_clitics:
                    people = 1 if clitic in lex.singular_clitics else 2
                    start = tokens[first - 1].start
                    end = tokens[last].end
                    out.append(CountMention(start, end, what, people, None, lower_bound=True))
                    have.add(what)
                continue
            value: int | None = None
            group: str | None = None
            bound = False  # no number says how many: the least the words allow
            one = False  # an indefinite one tells the person ("asesinaron a un comerciante")
            following = tokens[j + 1].word
            if following[0].isdigit():
                value = parse_digits(following)
            elif following in words.words and tokens[j].word == "a":
                value = words.words[following]
                if value == 1 and following in words.articles:
                    implied = _implied_figure(j, j, s, "object")
                    value, group = implied if implied else (1, None)
                    bound = True
                    one = value == 1 and past_age(j + 2, s) in s.groups
            elif tokens[j].word == "al":
                value, bound = 1, True
            else:
                implied = _implied_figure(j, j, s, "object")
                if implied is not None:
                    value, group = implied
                    bound = True
            if value and 0 < value <= MAX_COUNT:
                if group is None:
                    group = s.group_near(j + 1, j + 4)
                start, end = tokens[first].start, tokens[j + 1].end
                out.append(CountMention(start, end, what, value, group, lower_bound=bound, one=one))
                have.add(what)
    return out


def _clitic_object(clitic: str, verb_end: int, marker: int, s: Sentence) -> bool:
    """Whether the clitic before a verb is its object rather than the "a" at token `marker`:
    the "a" comes after other words ("lo acribillaron frente a sus alumnos") or opens how it
    was done ("lo asesinaron a balazos")."""
    lex, tokens = lexicons(), s.tokens
    if clitic not in lex.singular_clitics and clitic not in lex.plural_clitics:
        return False
    if any(t.word not in lex.manner for t in tokens[verb_end + 1 : marker]):
        return True
    after = marker + 1
    return after < len(tokens) and tokens[after].word in lex.manner and after not in s.groups


def _object_marker(verb_end: int, s: Sentence) -> int | None:
    """The personal "a"/"al" that introduces the object of the verb ending at `verb_end`,
    skipping "a 3 cuadras", "a 2 kilómetros" (a distance, not the object)."""
    tokens = s.tokens
    markers, words = lexicons().object_markers, number_words()
    for k in range(verb_end + 1, min(len(tokens) - 1, verb_end + 9)):
        if tokens[k].word in markers and not not_a_count(k + 1, k + 1, tokens, words):
            return k
    return None


def _coordinated(i: int, s: Sentence) -> bool:
    """Whether a second person follows the one at token `i`: "a Rosa y Luis", "a un tirador
    y a un asaltante", "adolescente y adulto"."""
    lex = lexicons()
    tokens = s.tokens
    for k in range(i + 1, min(len(tokens) - 1, i + 4)):
        if tokens[k].after_break:
            return False
        if tokens[k].word not in lex.coordination:
            continue
        n = k + 1
        while n < len(tokens) and n <= k + 2 and tokens[n].word in lex.determiners:
            n += 1
        if n >= len(tokens):
            return False
        return n in s.groups or capitalised(s, n)
    return False


def _titles_of_one(first: int, noun: int, s: Sentence) -> bool:
    """Whether the people noun at token `noun`, after a phrase opened by a singular auxiliary
    at token `first`, is joined to a second noun with no article of its own: two titles of
    one person ("fue asesinado el reportero y propietario del portal"), not two people ("el
    reportero y su hijo", "un policía y un civil")."""
    lex, tokens = lexicons(), s.tokens
    if tokens[first].word not in lex.singular_auxiliaries:
        return False
    k = s.groups[noun][0] + 1
    if k + 1 >= len(tokens) or tokens[k].word not in lex.coordination or tokens[k].after_break:
        return False
    articles = lex.determiners | lex.plural_determiners
    return k + 1 in s.groups and tokens[k + 1].word not in articles


def _one_of(noun: int, s: Sentence) -> bool:
    """Whether the people noun at token `noun` is the group a "one of" picks from ("una de
    las víctimas", "uno de los escoltas", "one of the guards"): one person, not the group."""
    tokens = s.tokens
    if noun < 3 or any(tokens[k].after_break for k in range(noun - 2, noun + 1)):
        return False
    pair = (tokens[noun - 2].word, tokens[noun - 1].word)
    return pair in lexicons().partitive and tokens[noun - 3].word in number_words().articles


def _implied_figure(
    first: int, last: int, s: Sentence, verb: str | None
) -> tuple[int, str | None] | None:
    """(value, group) for a phrase that reports people without a number, or None.

    `verb` says the phrase is a verb whose object follows: "object" after a personal "a"
    ("asesinan a taxista": any word is the victim), "bare" for an English verb ("killed a
    farmer", "killed Juan": only a people noun or a name is).
    """
    lex = lexicons()
    tokens = s.tokens
    # The victim after the phrase: "asesinan a (un) hombre", "matan a comisario"; not past a
    # comma ("a woman died, officials said": who speaks is no victim).
    i = last + 1
    if i < len(tokens) and tokens[i].after_break and not verb:
        i = len(tokens)
    while i < len(tokens) and i <= last + 5 and tokens[i].word in lex.manner and i not in s.groups:
        i += 1
    plural_article = i < len(tokens) and tokens[i].word in lex.plural_determiners
    if verb and _another_alone(i if i < len(tokens) else last, s):
        return 1, None  # "mataron a uno y lesionaron a otro", "and wounded another"
    if i < len(tokens) and (tokens[i].word in lex.determiners or plural_article):
        i += 1
    i = past_age(i, s)  # "killed a 34-year-old man": the age describes the victim
    collective = lex.collectives.get(tokens[i].word) if i < len(tokens) else None
    if collective is not None:
        return collective, None  # "detienen a pareja", "cae banda de asaltantes"
    if i in s.groups:
        noun = tokens[s.groups[i][0]].word
        group = s.groups[i][1]
        value = 2 if plural_article or plural_noun(noun) else 1
        if value == 1 and _coordinated(s.groups[i][0], s) and not _titles_of_one(first, i, s):
            value = 2
        return value, None if group == "people" else group
    if verb and i < len(tokens):
        word = tokens[i].word
        if i > last + 1 and tokens[i].after_break:
            return None
        if word.isalpha() and word not in lex.not_a_victim:
            if _coordinated(i, s):
                return 2, None  # "a Rosa y a Luis", "a un expolicía e hijo"
            if capitalised(s, i) and word not in not_names():
                return 1, None  # a named person (not "killed Thursday")
            if verb == "bare":
                return titled_victim(i, s)
            return (2 if plural_article or plural_noun(word) else 1), None
        return None
    if first > 0 and tokens[first - 1].word in lex.singular_clitics:
        return 1, None  # "lo matan", "la detienen"
    pronoun = _object_pronoun(first, last, s)
    if pronoun is not None:
        return pronoun, None  # "dos sujetos lo asesinaron": the people before are the killers
    if first > 0 and tokens[first - 1].word in lex.plural_clitics:
        return 2, None
    # The people before the phrase: "una pareja fue ejecutada" (2).
    if first > 0 and tokens[first - 1].word in lex.subject_collectives:
        return lex.collectives.get(tokens[first - 1].word, 2), None
    # The person before the phrase: "hombre fue asesinado", "mujer muerta"; or before an
    # apposition that ends right before it ("a woman on her way to work, was also killed").
    # Not over a comma inside those three words: "De acuerdo con los reportes policiales,
    # Juan fue ultimado" (Juan, not the reports).
    near = [j for j in range(max(0, first - 3), first) if not _break_between(j, first, s)]
    for j in [*near, *_before_apposition(first, s)]:
        if j in s.groups and s.groups[j][0] < first and not s.after_agent(j, clauses=True):
            if any(t.word in lex.clause_openers for t in tokens[s.groups[j][0] + 1 : first]):
                continue  # "with her two daughters when she was shot dead": another clause's
            noun = tokens[s.groups[j][0]].word
            group = s.groups[j][1]
            # "una de las víctimas falleció", "one of the victims died": one of them
            many = plural_noun(noun) and not _one_of(s.groups[j][0], s)
            return (2 if many else 1), None if group == "people" else group
    if verb:
        return None
    if first > 0 and tokens[first - 1].word in lex.plural_determiners:
        return None
    # A participle or noun on its own ("es ultimado", "terminó detenido", "hallan cuerpo").
    return 1, None


def _object_pronoun(first: int, last: int, s: Sentence) -> int | None:
    """How many people the object pronoun of the phrase at tokens `first`..`last` stands for:
    a clitic that opens it ("lo asesinaron" 1, "los ejecutaron" 2) or an English pronoun that
    ends it ("killed him" 1, "killed them" 2); None when the phrase has none."""
    lex = lexicons()
    opener, closer = s.tokens[first].word, s.tokens[last].word
    if opener in lex.singular_clitics or closer in lex.singular_object_pronouns:
        return 1
    if opener in lex.plural_clitics or closer in lex.plural_object_pronouns:
        return 2
    return None


def _break_between(j: int, first: int, s: Sentence) -> bool:
    """Whether a comma or other break stands after token `j` and before token `first`."""
    return any(t.after_break for t in s.tokens[j + 1 : first])


def _told_as_one(first: int, last: int, s: Sentence) -> bool:
    """Whether the person of the phrase at tokens `first`..`last` is told by an indefinite
    one before their noun: after the phrase ("asesinan a un comerciante", "killed a farmer")
    or right before it ("un elemento perdió la vida", "a woman was shot dead")."""
    lex = lexicons()
    ones = number_words().articles
    tokens = s.tokens
    if tokens[last].word in ones and last + 1 in s.groups:
        return True  # "killed a farmer": the article ends the phrase
    i = last + 1
    while i < len(tokens) and i <= last + 5 and tokens[i].word in lex.manner and i not in s.groups:
        i += 1
    if i < len(tokens) and tokens[i].word in ones and past_age(i + 1, s) in s.groups:
        return not tokens[i].after_break
    for j in range(first - 1, max(0, first - _SUBJECT_REACH), -1):
        if tokens[j + 1].after_break:
            break
        if j in s.groups and s.groups[j][0] < first and tokens[j - 1].word in ones:
            # "un elemento de la policía municipal perdió la vida": the clause's subject
            return one_person(tokens[s.groups[j][0]].word)
    return False


# How far back from a predicate the indefinite subject it has may begin ("un elemento de la
# policía municipal perdió la vida").
_SUBJECT_REACH = 8


def _subject(s: Sentence, first: int) -> bool:
    """Whether a people noun ends within the three tokens before the auxiliary of the
    passive at token `first` ("the soldiers were killed"), or a name stands right before it
    ("Gómez was slain Friday")."""
    ends = {last for last, _ in s.groups.values()}
    if any(j in ends for j in range(max(0, first - 4), first - 1)):
        return True
    if s.tokens[first - 1].after_break:
        return True  # an apposition closes before it ("X, 66, parents of the mayor, were killed")
    named = first > 1 and capitalised(s, first - 2)
    return named and s.tokens[first - 2].word not in not_names()


def _passive(s: Sentence, first: int) -> bool:
    """Whether an auxiliary of the passive stands right before the verb at token `first`
    ("were killed", "had been gunned down"): its people are its subject, before it."""
    return first > 0 and s.tokens[first - 1].word in _passive_auxiliaries()


@cache
def _passive_auxiliaries() -> frozenset[str]:
    return frozenset(load_data("lexicon/counts.toml")["victims"]["passive_auxiliaries"])


def _another_alone(k: int, s: Sentence) -> bool:
    """Whether token `k` is "otro", "otra", "another" standing for a person with no noun
    after it: one more person."""
    tokens = s.tokens
    if tokens[k].word not in elided_words()[0] or k + 1 in s.groups:
        return False
    return k + 1 >= len(tokens) or tokens[k + 1].after_break or not capitalised(s, k + 1)


def _before_apposition(first: int, s: Sentence) -> list[int]:
    """The tokens, nearest first, of the words before the mark that a predicate at token
    `first` follows with only auxiliaries between ("a woman on her way to work, was also
    killed", "una mujer que pasaba por ahí, también murió"): where its subject may be, as
    far back as an apposition may reach."""
    lex = lexicons()
    # auxiliaries, "also", between the mark and `first`
    apposed = apposition.before(
        s.folded, s.tokens, first, between=lex.fillers | lex.also, closing=None
    )
    if apposed is None:
        return []
    k = apposed.closing
    return list(range(k - 1, max(-1, k - 1 - apposition.REACH), -1))
