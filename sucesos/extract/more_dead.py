"""More dead told after the first in one sentence: deaths told as more victims ("su esposa
también fue asesinada", "a bystander was also killed"), one more dead with the verb left out
("la mujer murió en el lugar y el hombre en el hospital"), and a phrase with a subject of its
own after a joint of clauses ("siete pistoleros fueron abatidos y un marino murió"). Word
lists live in `sucesos/data/lexicon/counts.toml` under `[victims]` and `[fillers]`."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from sucesos.extract import apposition
from sucesos.extract.count_words import CountMention, Sentence, lexicons, one_person, plural_noun
from sucesos.extract.lexicon import PhraseMatcher, load_data
from sucesos.extract.numbers import number_words

# How many tokens before a death figure an "also" word may stand ("también fue asesinada",
# "was also killed", "also died").
_ALSO_REACH = 2


def also_added(s: Sentence, counts: list[CountMention]) -> list[CountMention]:
    """Deaths told as more victims ("Su esposa también fue asesinada", "A woman who was
    passing by also died", "a bystander was also killed") add to the toll told before them
    (`additive`): the people the article named first are not these. Only people told with
    no number: "también murieron dos mujeres" may count some of the dead told before."""
    also = lexicons().also
    tokens = s.tokens
    out: list[CountMention] = []
    for c in counts:
        if (
            c.what == "killed"
            and c.lower_bound
            and not c.additive
            and not c.total
            and any(
                t.word in also
                and t.start < c.end
                and _tokens_between(s, t.end, c.start) <= _ALSO_REACH
                for t in tokens
            )
        ):
            c = replace(c, additive=True)
        out.append(c)
    return out


def ranked_more(s: Sentence, counts: list[CountMention]) -> list[CountMention]:
    """A death whose subject is one more person told by rank with an indefinite article
    ("Un tercero murió horas después", "Una cuarta víctima falleció", "A third man died
    later") adds to the dead told before it (`additive`), in an earlier sentence too: the
    rank says others were counted first, so it is never the first of them again."""
    ranks = _ordinals()
    articles = number_words().articles
    tokens = s.tokens
    start_index = {t.start: k for k, t in enumerate(tokens)}
    out: list[CountMention] = []
    for c in counts:
        k = start_index.get(c.start)
        if (
            k is not None
            and c.what == "killed"
            and c.lower_bound
            and c.value == 1
            and not c.additive
            and _ranked_subject(s, k, ranks, articles)
        ):
            c = replace(c, additive=True)
        out.append(c)
    return out


# How many words (a people noun) may stand between a rank and its death verb ("a third man").
_RANK_GAP = 1


def _ranked_subject(s: Sentence, k: int, ranks: dict[str, int], articles: frozenset[str]) -> bool:
    """Whether an indefinite article and a rank above one ("un tercero", "a third man") end
    right before token `k`, in the same clause, or before an apposition between commas that
    token `k` follows ("Una tercera víctima, una empleada del bar, murió", "A third victim,
    a waitress, died")."""
    tokens = s.tokens
    # "…, una empleada del bar, murió": the subject ends before the apposition
    apposed = apposition.before(s.folded, tokens, k)
    first = k if apposed is None or apposed.opening is None else apposed.opening
    for j in range(first - 1, max(0, first - 2 - _RANK_GAP), -1):
        if tokens[j + 1].after_break and not j + 1 == first < k:
            return False  # a break inside the subject (the apposition's own comma aside)
        if ranks.get(tokens[j].word, 0) >= 2:
            return j > 0 and tokens[j - 1].word in articles and not tokens[j].after_break
    return False


# The people an elided death may name: not the forces that answer it ("y la policía…").
_ELIDED_GROUPS = frozenset({"people", "civilians"})


@cache
def elided_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load_data("lexicon/counts.toml")["victims"]
    return (
        frozenset(data["elided_others"]),
        frozenset(data["elided_then"]),
        frozenset(data["elided_not"]),
    )


@cache
def _ordinals() -> dict[str, int]:
    """`[victims.ordinals]`: the rank a word names ("tercero" 3, "fourth" 4)."""
    return {k: int(v) for k, v in load_data("lexicon/counts.toml")["victims"]["ordinals"].items()}


def one_more(word: str, before: int | None) -> bool:
    """Whether `word`, after a determiner, stands for one more person than the `before`
    people told already: "otro", "another", or the rank right above them ("tres murieron y el
    cuarto…", "two were dead, while the third…")."""
    if word in elided_words()[0]:
        return True
    return before is not None and _ordinals().get(word) == before + 1


def elided_deaths(s: Sentence, counts: list[CountMention]) -> list[CountMention]:
    """One more dead told with the verb left out after a death ("La mujer murió en el lugar
    y el hombre en el hospital", "uno murió en el sitio y el otro camino al hospital", "the
    woman died at the scene and the man in hospital"): a figure of one that adds to the
    death before it (`additive`). Only when no other figure follows in the sentence."""
    lex = lexicons()
    others, then, not_then = elided_words()
    tokens = s.tokens
    if not counts:
        return counts
    death = max(counts, key=lambda c: c.start)
    if death.what != "killed":
        return counts
    told = _told_value(counts, death)
    after = [k for k, t in enumerate(tokens) if t.start >= death.end]
    for k in after:
        if tokens[k].after_break or tokens[k].word not in lex.coordination:
            continue
        n = k + 1
        if n < len(tokens) and tokens[n].word in lex.determiners and tokens[n].word not in others:
            n += 1
        if n >= len(tokens) or tokens[n].after_break:
            return counts
        if one_more(tokens[n].word, told) and (death.value == 1 or tokens[n].word not in others):
            last = n  # "uno murió… y el otro en…", "tres murieron… y el cuarto en…"
        elif death.value != 1:
            return counts
        elif n in s.groups and s.groups[n][1] in _ELIDED_GROUPS:
            last = s.groups[n][0]  # "y el hombre en…"; not "y la policía en Celaya investiga"
            if plural_noun(tokens[last].word):
                return counts
        else:
            return counts
        following = tokens[last + 1] if last + 1 < len(tokens) else None
        if following is None or following.after_break or following.word not in then:
            return counts
        if last + 2 < len(tokens) and tokens[last + 2].word in not_then:
            return counts
        if any(first > last for first in s.starts):
            return counts  # a word of its own follows: "y la policía en Celaya detuvo a dos"
        start, end = tokens[k + 1].start, tokens[last].end
        return [*counts, CountMention(start, end, "killed", 1, death.group, additive=True)]
    return counts


def _told_value(counts: list[CountMention], figure: CountMention) -> int:
    """How many dead the figures up to `figure` tell, its additions summed ("tres murieron en
    el lugar y uno más en el hospital": 4)."""
    total = 0
    for c in counts:
        if c.what == figure.what and c.start <= figure.start:
            total = total + c.value if c.additive else c.value
    return total


def more_victims(s: Sentence, first: int, last: int, what: str, made: list[CountMention]) -> bool:
    """Whether the phrase of tokens `first`..`last` tells more dead after the figures told
    before it in the sentence ("un policía murió…; en el ataque también murió un civil",
    "…and a bystander was also killed"): an "also" word stands in it or right before it,
    and no figure read already stands there."""
    if what != "killed":
        return False
    around = s.tokens[max(0, first - _ALSO_REACH) : last + 2]
    lo, hi = around[0].start, around[-1].end
    if any(c.what == what and lo <= c.start <= hi for c in made):
        return False
    also = lexicons().also
    if any(t.word in also for t in around):
        return _joined_clause(s, first)
    start = s.tokens[first].start
    before = [c for c in made if c.what == what and c.start < start]
    return _someone_else(s, first, _told_value(before, before[-1]) if before else None)


def _someone_else(s: Sentence, first: int, told: int | None = None) -> bool:
    """Whether the predicate at token `first` has a subject of its own, one person told with
    an indefinite article ("un marino", "a soldier"), right before it in a clause that "y",
    "and", "mientras que" or "while" joins to the one before ("siete pistoleros fueron
    abatidos y un marino murió", "un militar fue asesinado, mientras que seis civiles
    armados fueron abatidos"): one more dead, not one of the figure's."""
    lex = lexicons()
    tokens = s.tokens
    k = first - 1
    while k >= 0 and first - k <= 3 and k not in {last for last, _ in s.groups.values()}:
        if tokens[k + 1].after_break:
            return _other_subject(s, _past_aged_apposition(s, k + 1), told)
        if tokens[k].word not in lex.fillers:
            return _other_subject(s, k, told)
        k -= 1
    noun = next((i for i, (last, _) in s.groups.items() if last == k), None)
    if noun is None or noun == 0 or tokens[noun].after_break or not one_person(tokens[k].word):
        return False
    if tokens[noun - 1].word not in number_words().articles:
        return False
    opens = noun - 1  # the article; the joint right before it, or the sentence's start
    if opens == 0:
        return _told_after(s, first)
    return _joint_before(s, opens) and not tokens[opens].after_break


def _other_subject(s: Sentence, k: int, told: int | None = None) -> bool:
    """Whether the words ending at token `k` are a subject of one other person that a joint
    of clauses opens: "otro" ("…y otro falleció en el hospital"), the rank above the `told`
    dead ("…and the fourth died later") or a name ("…, mientras que Luis Pérez murió
    después")."""
    tokens = s.tokens
    if k < 1 or tokens[k].word in lexicons().fillers:
        return False
    j = k
    if one_more(tokens[k].word, told):
        j = k - 1 if tokens[k - 1].word in lexicons().determiners else k
    else:
        while j > 0 and _name_word(s, j) and k - j < _NAME_WORDS and not tokens[j].after_break:
            j -= 1
        if j == k:
            return False
        j += 1
    return j > 0 and not tokens[j].after_break and _joint_before(s, j)


# How many words a name standing as a subject may have ("Juan Carlos Pérez 'N'").
_NAME_WORDS = 5


def _name_word(s: Sentence, k: int) -> bool:
    """Whether token `k` is a word of a name: capitalised, or the initial of a surname."""
    word = s.text[s.tokens[k].start : s.tokens[k].end] if s.text else ""
    return word[:1].isupper() and (not word.isupper() or len(word) == 1)


def _joint_before(s: Sentence, j: int) -> bool:
    """Whether a joint of clauses ("y", "and", "mientras que", "while") ends right before
    token `j`."""
    before = s.folded[max(0, s.tokens[j].start - 16) : s.tokens[j].start].rstrip(" ,")
    return any(before == joint or before.endswith(" " + joint) for joint in lexicons().coordination)


def _past_aged_apposition(s: Sentence, k: int) -> int:
    """The token before an apposition that gives an age, between commas, which token `k`
    follows ("…, mientras que Luis 'N', de 28 años, falleció"), or `k - 1` when none does."""
    tokens = s.tokens
    j = k - 1
    while j > 0 and k - j <= 4 and not tokens[j].after_break:
        j -= 1
    if j < 1 or k - j > 4 or not tokens[j].after_break:
        return k - 1
    words = {t.word for t in tokens[j:k]}
    ages = lexicons().ages
    if any(w.isdecimal() for w in words) and words <= ages | {w for w in words if w.isdecimal()}:
        return j - 1
    return k - 1


def _told_after(s: Sentence, first: int) -> bool:
    """Whether a joint of clauses ("y", "mientras que") stands after the predicate at token
    `first`, before the figures told later in the sentence."""
    coordination = lexicons().coordination
    return any(t.word in coordination for t in s.tokens[first + 1 : first + 1 + _CLAUSE_REACH * 2])


# How far back from a phrase the joint that opens its clause may stand.
_CLAUSE_REACH = 6


def _joined_clause(s: Sentence, first: int) -> bool:
    """Whether the clause of the phrase at token `first` is joined to the one before by "y",
    "and" or a semicolon ("…herido; también murió un transeúnte", "…and a bystander was also
    killed"), not only by a comma, which in a headline may join another happening ("5 killed
    in a bar, police commander also shot dead")."""
    tokens = s.tokens
    coordination = lexicons().coordination
    for k in range(first, max(0, first - _CLAUSE_REACH) - 1, -1):
        if tokens[k].word in coordination:
            return True
        if tokens[k].after_break:
            return ";" in s.folded[tokens[k - 1].end : tokens[k].start] if k > 0 else False
    return False


def _tokens_between(s: Sentence, start: int, end: int) -> int:
    """How many tokens lie in [start, end); a negative span counts none."""
    return sum(1 for t in s.tokens if start <= t.start < end)


def apart_dead(s: Sentence, counts: list[CountMention]) -> list[CountMention]:
    """Dead of no side told as other people than those counted before (`apart`): after a
    pursuit of the attackers or the answer to their attack ("other patrols pursued the
    attackers, killing two", "los agentes repelieron la agresión y abatieron a dos"), or in a
    sentence that tells a victim found apart or counted by rank ("la quinta víctima fue
    hallada en un canal", "the body of a fourth victim was found"): a later such figure is
    never some of a side's toll told before (`assemble.figures`). Words:
    `sucesos/data/lexicon/counts.toml` [apart]."""
    plain = [c for c in counts if c.what == "killed" and c.group is None and not c.apart]
    if not plain:
        return counts
    end = s.tokens[-1].end
    pursuits, found = _apart_cues()
    after = [m.end for m in pursuits.find(s.folded, s.floor, end)]
    elsewhere = bool(found.find(s.folded, s.floor, end))
    ids = {id(c) for c in plain}
    return [
        replace(c, apart=True)
        if id(c) in ids and (elsewhere or any(e <= c.start for e in after))
        else c
        for c in counts
    ]


@cache
def _apart_cues() -> tuple[PhraseMatcher[bool], PhraseMatcher[bool]]:
    """`[apart]`: the pursuits and answers after which the dead are the attackers, and the
    finds and ranks that tell a victim apart."""
    data = load_data("lexicon/counts.toml")["apart"]
    return (
        PhraseMatcher((p, True) for p in data["pursuits"]),
        PhraseMatcher((p, True) for p in data["found"]),
    )
