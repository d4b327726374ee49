"""A figure read through a word after its number: "siete muertos", "tres agentes perdieron
la vida", "seis sicarios de la célula murieron" (the people described before their verb), and
the wounded told before who died ("tres de los heridos murieron")."""

from __future__ import annotations

from dataclasses import replace

from sucesos.extract.count_before import count_before, count_inverted
from sucesos.extract.count_gaps import (
    described_by_compound,
    heads_people,
    joined_participle,
    modifies_people,
    of_a_collective,
    partitive,
    past_ages,
    past_apposition,
    past_inclusion,
    people_by_their_predicate,
    wounded_head,
)
from sucesos.extract.count_words import CountMention, Sentence, is_number, lexicons
from sucesos.extract.numbers import Number, a_name_number, not_a_count, number_words

_WINDOW = 10  # tokens between a number and what it counts
_FAR = 12  # tokens of description between a people noun and its predicate


def count_after(number: Number, s: Sentence, consumed_to: int) -> tuple[CountMention | None, int]:
    """The figure a number gives through a word after it: "siete muertos", "tres agentes
    perdieron la vida", "seis sicarios de la célula murieron"."""
    lex = lexicons()
    tokens = s.tokens
    i = number.last + 1
    if partitive(s, i) or partitive(s, i, wounded=True):
        return None, consumed_to
    # "tres más", "three other people", "otras tres personas": adds to an earlier figure
    additive = (i < len(tokens) and tokens[i].word in lex.additive) or (
        number.first > 0
        and tokens[number.first - 1].word in lex.additive
        and not tokens[number.first].after_break
    )
    group: str | None = None
    people_seen = of_a_collective(number, s)  # "a family of six": the number counts people
    described = False  # past the people noun, in words that describe them
    shared = False  # the predicate also belongs to a figure after this one
    stop = min(len(tokens), number.last + 1 + _WINDOW)
    resumed = -1  # the token after an apposition of some of the people, where the figure goes on
    while i < stop:
        if tokens[i].after_break and _one_persons_relative(number, tokens[i].word):
            break  # "dos hombres dispararon contra el regidor, quien murió": his death
        if people_seen and i != resumed and tokens[i].after_break:
            after = past_inclusion(s, i)
            if after is None:
                after = past_apposition(s, i)
            if after is None:
                after = past_ages(s, i)
            if after is not None:
                # "cuatro hombres, incluidos dos menores, fueron asesinados", "nueve agentes
                # de Tlapa, en Guerrero, murieron": past the apposition to the predicate,
                # which counts all of them
                i, resumed = after, after
                stop = min(len(tokens), max(stop, after + _WINDOW))
                continue
        if (
            tokens[i].after_break
            and i != resumed
            and not ((described or people_seen) and tokens[i].word in lex.relatives)
        ):
            break  # "En 2014, soldados mataron…": a figure does not reach across punctuation
        if people_seen and _kills_an_object(s, i):
            break  # "three gunmen killed a shopkeeper": the people counted are the killers
        for last, side, what in s.starts.get(i, []):
            if (
                side == "far"
                or (side == "after" and not described)
                or (side == "shot_far" and not _tells_deaths(s))
            ):
                near = group or s.group_near(i, i + 3)
                return s.mention(number, what, near, additive), consumed_to if shared else last
        if i in s.groups:
            g_last, g = s.groups[i]
            if g != "people" and group is None:
                group = g
            people_seen = True
            i = g_last + 1
            continue
        word = tokens[i].word
        joined = joined_participle(s, i) if described else None
        if joined is not None and _kills_an_object(s, i + 1):
            break  # "two men arrived and murdered him": the people counted are the killers
        if joined is not None:
            # "fueron emboscados y asesinados", "were ambushed and killed": the participle
            # after the joint tells what happened to the people counted
            near = group or s.group_near(i, i + 3)
            return s.mention(number, joined, near, additive), consumed_to
        if people_seen and word in lex.coordination and _opens_clause(s, i + 1):
            break  # "killed three gunmen and arrested two": the next verb has its own figure
        if (
            people_seen
            and not described
            and word in lex.coordination
            and i + 1 < len(tokens)
            and is_number(tokens[i + 1].word)
            and heads_people(s, i + 2)
            and count_inverted(number, s) is None
            and count_before(number, s) is None
        ):
            # "dos soldados y tres sicarios murieron": past the other figure to the verb,
            # which that figure reads again for itself
            i += 2
            shared = True
            continue
        if not described and word in lex.fillers:
            i += 1
            continue
        if people_seen and _own_subject_clause(s, i):
            break  # "with her two daughters when she was shot dead": her predicate
        compound = described_by_compound(s, i)
        if not people_seen and not described and compound is not None:
            i = compound  # "six bullet-riddled bodies": a compound describes what follows
            continue
        if not people_seen and people_by_their_predicate(s, i):
            people_seen = True  # "dos despachadores que murieron"
            i += 1
            continue
        if not people_seen and modifies_people(s, i):
            i += 1  # "13 young people", "four taxi drivers": a word describing the people
            continue
        if people_seen and _an_age(s, i):
            # "eleven people aged 17 to 35 were killed": their ages describe them
            described = True
            stop = min(len(tokens), i + _FAR)
            i += 1
            continue
        if not people_seen or word in lex.coordination or is_number(word):
            break
        # "seis sicarios de la célula murieron": the people are described before their verb.
        described = True
        stop = min(len(tokens), i + _FAR)
        i += 1
    return None, consumed_to


def _one_persons_relative(number: Number, word: str) -> bool:
    """Whether `word` is a relative of one person ("quien") after a figure of several: it
    stands for someone else ("dos hombres dispararon contra el regidor, quien murió": the
    councillor), never for the people counted ("dos agentes, quienes murieron")."""
    return word in lexicons().singular_relatives and number.value > 1


# How many tokens the subject of such a clause may take before its predicate: "she", "the
# owner" (a longer one, "the gunmen arrived", ends in a verb of its own).
_SUBJECT_TOKENS = 2


def _own_subject_clause(s: Sentence, i: int) -> bool:
    """Whether token `i` opens another clause whose subject is one person and whose predicate
    right after it is a figure's ("when she was shot dead", "when the owner was killed"): that
    predicate is not the counted people's ("four men who were there when the gunmen arrived
    were killed" still counts four)."""
    lex, tokens = lexicons(), s.tokens
    if (
        tokens[i].word not in lex.clause_openers
        or i + 1 >= len(tokens)
        or tokens[i + 1].word not in lex.clause_subjects
    ):
        return False
    return any(k in s.starts for k in range(i + 2, i + 2 + _SUBJECT_TOKENS))


def _kills_an_object(s: Sentence, i: int) -> bool:
    """Whether an English verb of killing at token `i` is active with an object of its own
    ("killed a shopkeeper", "shot dead the mayor", "killed two police officers", "murdered
    him"), not the participle of the people before it ("three gunmen killed in the clash")."""
    lex, tokens = lexicons(), s.tokens
    for last, side, _what in s.starts.get(i, []):
        if side != "transitive" or last + 1 >= len(tokens) or tokens[last + 1].after_break:
            continue
        opener = tokens[last + 1].word
        if (
            opener not in lex.determiners
            and opener not in lex.plural_determiners
            and opener not in lex.object_pronouns
            and not is_number(opener)
        ):
            continue
        if last + 2 < len(tokens) and tokens[last + 2].word in lex.time_nouns:
            continue  # "killed a day earlier", "killed one night"
        return True
    return False


def _tells_deaths(s: Sentence) -> bool:
    """Whether a phrase of the sentence tells a death: then the people it says were shot
    ("cinco personas fueron baleadas; dos murieron") are not all injured."""
    return any(what == "killed" for entries in s.starts.values() for _l, _side, what in entries)


def _an_age(s: Sentence, i: int) -> bool:
    """Whether token `i` is digits that count nobody (`numbers.not_a_count`: an age, a range
    of ages or measures, a date: "aged 17 to 35", "de entre 18 y 40 años", "candidates for
    the June 2 elections") or the word joining such a range: they describe the people
    counted before them."""
    tokens, words = s.tokens, number_words()

    def age(k: int) -> bool:
        digits = 0 <= k < len(tokens) and tokens[k].word.isdigit()
        return digits and (
            not_a_count(k, k, tokens, words)
            or a_name_number(Number(k, k, 0), tokens, s.text, words)
        )

    if tokens[i].word in words.range_joiners:
        return age(i - 1) and age(i + 1)
    return age(i)


def wounded_deaths(number: Number, s: Sentence) -> CountMention | None:
    """Wounded told before who died: "tres de los heridos murieron", "uno de los militares
    heridos perdió la vida", "the deaths of two of the wounded". They add to the toll told
    before (`additive`), and are no longer among the wounded told before (`of_wounded`)."""
    if not partitive(s, number.last + 1, wounded=True):
        return None
    tokens = s.tokens
    head = wounded_head(s, number.last + 1)
    if head is None:
        return None
    death = count_before(number, s)
    if death is not None and death.what == "killed":
        return replace(death, additive=True, of_wounded=True)
    group = s.group_near(number.last + 3, head + 1)
    for k in range(head + 1, min(len(tokens), head + 1 + _FAR)):
        if tokens[k].after_break:
            break
        if any(side == "far" and what == "killed" for _l, side, what in s.starts.get(k, [])):
            death = s.mention(number, "killed", group, False)
            return replace(death, additive=True, of_wounded=True)
    return None


def _opens_clause(s: Sentence, i: int) -> bool:
    """Whether token `i` starts a verb that takes its own figure ("arrested two",
    "detuvieron a dos"): a word of the counts lexicon read before a number."""
    return any(side in ("before", "transitive") for _last, side, _what in s.starts.get(i, []))
