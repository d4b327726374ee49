"""Deaths told by a pronoun: the people a death's object pronoun stands for were counted
before it in the sentence ("emboscaron a dos soldados y los asesinaron", "secuestraron a tres
hombres, a quienes después ejecutaron", "gunmen kidnapped four men and later killed them"):
the dead are as many as those people, where the pronoun alone says only "at least two".
The phrases are `[what.killed] pronoun` in `sucesos/data/lexicon/counts.toml`.
"""

from __future__ import annotations

from sucesos.extract.count_gaps import heads_people
from sucesos.extract.count_words import CountMention, Sentence, lexicons
from sucesos.extract.list_items import number_value
from sucesos.extract.numbers import MAX_COUNT, not_a_count, number_words

# How many tokens before the pronoun's verb its people may be counted.
_REACH = 16


def pronoun_deaths(s: Sentence, numeric: list[CountMention]) -> list[CountMention]:
    """The deaths a pronoun object tells of people counted earlier in `s`, as many as they:
    the figure of a count before the phrase (other than of the dead), else a number heading a
    noun of people. None when nobody is counted before it in the sentence."""
    out: list[CountMention] = []
    for first, entries in sorted(s.starts.items()):
        for last, side, what in entries:
            if side != "pronoun" or any(c.what == what for c in [*numeric, *out]):
                continue
            found = _people_before(s, first, numeric)
            if found is not None:
                value, group, bound = found
                start, end = s.tokens[first].start, s.tokens[last].end
                out.append(CountMention(start, end, what, value, group, lower_bound=bound))
    return out


def _people_before(
    s: Sentence, first: int, numeric: list[CountMention]
) -> tuple[int, str | None, bool] | None:
    """(value, group, lower bound) of the people counted nearest before token `first`, or
    None; when those people are the killers, the pronoun's own "at least two"."""
    begin = s.tokens[max(0, first - _REACH)].start
    told = [
        c
        for c in numeric
        if begin <= c.start and c.end <= s.tokens[first].start and not c.lower_bound
    ]
    if told:
        return told[-1].value, told[-1].group, False
    words = number_words()
    for k in range(first - 1, max(-1, first - _REACH - 1), -1):
        value = number_value(s.tokens[k].word)
        if not value or not 1 < value <= MAX_COUNT or not_a_count(k, k, s.tokens, words):
            continue  # not a year, an age or an hour
        if heads_people(s, k + 1):
            group = s.group_near(k + 1, k + 3)
            if _the_killers(s, k, first, group):
                return 2, None, True  # "tres sicarios llegaron y los asesinaron"
            return value, group, False
    return None


def _the_killers(s: Sentence, k: int, first: int, group: str | None) -> bool:
    """Whether the people a number at token `k` counts are the subject of the pronoun's verb
    at token `first`, not its object told before: no "a" brings them in as an object, and
    they run into the pronoun with no break, joint or relative ("tres hombres armados los
    ejecutaron") or are the armed group ("tres sicarios llegaron y los asesinaron")."""
    lex, tokens = lexicons(), s.tokens
    j = k
    while j > 0 and tokens[j - 1].word in lex.plural_determiners and not tokens[j].after_break:
        j -= 1  # "a los tres jóvenes"
    if j > 0 and tokens[j - 1].word in lex.object_markers and not tokens[j].after_break:
        return False  # "emboscaron a dos soldados y los asesinaron"
    if group == "armed_group":
        return True
    return not any(
        t.after_break or t.word in lex.coordination or t.word in lex.relatives
        for t in tokens[k + 1 : first + 1]
    )
