"""Figures in a sentence: how many were killed, injured, arrested, kidnapped, found...

A figure is a number (digits, number words, or a vague word that ACLED turns into a number;
see `sucesos.extract.numbers`) tied to a word that says what it counts:

- after it ("siete muertos", "three killed"), with the people counted in between ("tres
  agentes perdieron la vida"), or further on when the people are described first ("seis
  presuntos sicarios de la célula murieron", "two officers who guarded the prison died");
- before it ("asesinan a dos", "killed three", "la muerte de dos de los atacantes");
- over a list of people, before or after the predicate ("el jefe, su chofer y dos escoltas
  fallecieron" = 4, "murieron el líder y cuatro de sus escoltas" = 5; see
  `sucesos.extract.people_lists`);
- with no number at all ("hombre fue asesinado", "asesinan a Juan", "hallan cuerpo": 1; see
  `sucesos.extract.victims`).

Figures joined by "y"/"and" add up ("four killed on the spot and three died later" = 7); the
people noun gives the side (security forces, armed group, civilians). A denied figure ("no se
reportaron lesionados") is dropped, and a shooting with no death word gives injured, not
killed. Lexicons live in `sucesos/data/lexicon/{counts,numbers}.toml`, read through
`sucesos.extract.count_words`.
"""

from __future__ import annotations

from dataclasses import replace

from sucesos.extract.aspect import kind_spans
from sucesos.extract.count_gaps import (
    described_by_compound,
    heads_people,
    joined_participle,
    kind_between,
    modifies_people,
    of_a_collective,
    partitive,
    past_ages,
    past_apposition,
    past_inclusion,
    people_by_their_predicate,
)
from sucesos.extract.count_words import CountMention, Sentence, is_number, lexicons
from sucesos.extract.kinds import silenced_spans
from sucesos.extract.negation import is_negated
from sucesos.extract.numbers import (
    MAX_COUNT,
    Number,
    a_day_of_month,
    a_name_number,
    find_numbers,
    not_a_count,
    number_words,
    span_numbers,
    tokenize,
)
from sucesos.extract.people_lists import listed_counts
from sucesos.extract.tolls import may_raise, toll_counts
from sucesos.extract.victim_names import NameMention, victim_names
from sucesos.extract.victims import also_added, elided_deaths, implied_counts

_WINDOW = 10  # tokens between a number and what it counts
_FAR = 12  # tokens of description between a people noun and its predicate


def find_counts(
    folded: str, start: int = 0, end: int | None = None, *, text: str | None = None
) -> list[CountMention]:
    """Figures in `folded[start:end]` (folded text, one sentence), in reading order.

    `text` is the original (unfolded) text; its capitals let "asesinan a Juan" count one.
    """
    return find_figures(folded, start, end, text=text)[0]


def find_figures(
    folded: str, start: int = 0, end: int | None = None, *, text: str | None = None
) -> tuple[list[CountMention], list[NameMention]]:
    """`find_counts`'s figures, and the names of the people the sentence's acts are done to
    (`sucesos.extract.victim_names`; only with `text`, whose capitals mark a name)."""
    lex = lexicons()
    end = len(folded) if end is None else end
    phrases = lex.phrases.find(folded, start, end, overlapping=True)
    if not phrases and not may_raise(folded, start, end):
        # Every figure but a raised toll's hangs on a phrase of the counts lexicon (what
        # the other readers, lists and implied figures, start from too): most sentences
        # have none, and are not read further.
        return [], []
    tokens = tokenize(folded, start, end)
    if not tokens:
        return [], []
    index_at = {t.start: i for i, t in enumerate(tokens)}
    end_index = {t.end: i for i, t in enumerate(tokens)}
    s = Sentence(folded, text, start, tokens, {}, {}, {})
    silenced = silenced_spans(folded, start, end)
    for phrase in phrases:
        first, last = index_at.get(phrase.start), end_index.get(phrase.end)
        if first is None or last is None or is_negated(folded, phrase.start, start, text):
            continue
        if any(a <= phrase.start and phrase.end <= b for a, b in silenced):
            continue
        if _compound_head(folded, phrase.start, phrase.end):
            continue  # the first part of a compound: "body-cams", "body-worn cameras"
        side, what = phrase.value
        s.starts.setdefault(first, []).append((last, side, what))
        s.ends.setdefault(last, []).append((first, side, what))
    for noun in lex.groups.find(folded, start, end):
        first, last = index_at.get(noun.start), end_index.get(noun.end)
        if first is not None and last is not None:
            s.groups[first] = (last, noun.value)
    for i, token in enumerate(tokens):
        # "his son", "a 17-year-old son" (and not the Spanish "son": "they are")
        if (
            token.word in lex.people_after_words
            and i > 0
            and i not in s.groups
            and tokens[i - 1].word in lex.people_after
            and not token.after_break
        ):
            s.groups[i] = (i, "people")
    vague_at: dict[int, tuple[int, int]] = {}
    for vague in number_words().vague.find(folded, start, end):
        first, last = index_at.get(vague.start), end_index.get(vague.end)
        if first is not None and last is not None:
            vague_at[first] = (last, vague.value)

    counts: list[CountMention] = []
    consumed_to = -1  # a number inside the phrase of a previous figure ("de los 32 estados")
    numbers = (
        find_numbers(tokens, vague_at, number_words())
        if vague_at
        else span_numbers(folded, start, end)
    )
    for number in numbers:
        if number.value <= 0 or number.value > MAX_COUNT or number.first <= consumed_to:
            continue
        if a_day_of_month(number, tokens, number_words()) and number.last + 1 not in s.groups:
            continue  # "el domingo 3 fueron asesinados…": a date, not "el domingo 3 personas…"
        if a_name_number(number, tokens, text, number_words()):
            continue  # "dos policías del Agrupamiento 21 murieron": a name's number
        mention, consumed_to = _count_after(number, s, consumed_to)
        joined = (
            joined_participle(s, consumed_to + 1, predicate=True) if mention is not None else None
        )
        if mention is not None and joined not in (None, mention.what) and consumed_to > number.last:
            # "fueron privados de la libertad y asesinados": the same people, two figures
            counts.append(replace(mention, what=joined))
        mention = mention or _wounded_deaths(number, s)
        if mention is None:
            mention = _count_before(number, s)
        if mention is None:
            mention = _count_inverted(number, s)
        if mention is None and counts:
            mention = _count_coordinated(number, s, counts[-1])
        if mention is not None:
            if _after_floor(number, s):
                mention = replace(mention, at_least=True)
            counts.append(mention)
    counts = _join_coordinated(s, counts)
    counts.extend(listed_counts(s, counts))
    counts = toll_counts(s, counts)
    counts.extend(implied_counts(s, counts))
    counts = also_added(s, counts)
    counts = elided_deaths(s, counts)
    kinds = kind_spans(folded, start, end, text)
    if kinds.kinds or kinds.habits:
        # "un aumento de los secuestros", "one person is killed every day": no happening
        counts = [c for c in counts if not kinds.covers(folded, c.start, c.end)]
    counts.sort(key=lambda c: c.start)
    return counts, victim_names(s)


def _compound_head(folded: str, start: int, end: int) -> bool:
    """Whether the words from `start` to `end` begin a hyphenated compound ("body-cams"), not
    words of a text whose spaces are all hyphens ("a-balazos-matan-a-joven")."""
    glued = folded[end : end + 1] == "-" and folded[end + 1 : end + 2].isalpha()
    return glued and folded[start - 1 : start] != "-"


def _after_floor(number: Number, s: Sentence) -> bool:
    """Whether words that make it a floor come right before the number ("al menos 12",
    "at least 12")."""
    words = tuple(t.word for t in s.tokens[max(0, number.first - 3) : number.first])
    return any(words[-len(floor) :] == floor for floor in lexicons().floors)


def _count_after(number: Number, s: Sentence, consumed_to: int) -> tuple[CountMention | None, int]:
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
            and _count_inverted(number, s) is None
            and _count_before(number, s) is None
        ):
            # "dos soldados y tres sicarios murieron": past the other figure to the verb,
            # which that figure reads again for itself
            i += 2
            shared = True
            continue
        if not described and word in lex.fillers:
            i += 1
            continue
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


def _wounded_deaths(number: Number, s: Sentence) -> CountMention | None:
    """Wounded told before who died: "tres de los heridos murieron", "the deaths of two of
    the wounded". They add to the toll told before (`additive`), not to the wounded."""
    if not partitive(s, number.last + 1, wounded=True):
        return None
    tokens = s.tokens
    head = number.last + 3
    death = _count_before(number, s)
    if death is not None and death.what == "killed":
        return replace(death, additive=True)
    for k in range(head + 1, min(len(tokens), head + 1 + _FAR)):
        if tokens[k].after_break:
            break
        if any(side == "far" and what == "killed" for _l, side, what in s.starts.get(k, [])):
            return replace(s.mention(number, "killed", None, False), additive=True)
    return None


def _opens_clause(s: Sentence, i: int) -> bool:
    """Whether token `i` starts a verb that takes its own figure ("arrested two",
    "detuvieron a dos"): a word of the counts lexicon read before a number."""
    return any(side in ("before", "transitive") for _last, side, _what in s.starts.get(i, []))


def _count_before(number: Number, s: Sentence) -> CountMention | None:
    """The figure a number gives through a word before it: "asesinan a dos", "killed three"."""
    lex = lexicons()
    j = number.first - 1
    skipped = 0
    while j >= 0 and skipped <= 3:
        if s.tokens[j + 1].after_break:
            break
        for first, side, what in s.ends.get(j, []):
            if side == "before":
                if _leaves_things(s, first, j, number):
                    return None
                group = s.group_near(number.last + 1, number.last + 4)
                return s.mention(number, what, group, False)
        if s.tokens[j].word in lex.before_number:
            j -= 1
            skipped += 1
            continue
        break
    return None


def _leaves_things(s: Sentence, first: int, last: int, number: Number) -> bool:
    """Whether the verb of leaving in tokens `first`..`last` ("left", "dejó") leaves things
    rather than people: words follow the number and none of the next three, before a break,
    names people or opens a partitive ("left seven bullet holes", "dejó 40 casquillos";
    not "left two", "left two young men", "dejó a dos de los escoltas")."""
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
        if i in s.groups or tokens[i].word in lex.additive:
            return False
        if i + 1 < len(tokens) and (tokens[i].word, tokens[i + 1].word) in lex.partitive:
            return False
    return True


# Tokens of time or place that may stand between a predicate and the subject it precedes
# ("fueron ejecutadas este martes en Celaya tres personas").
_INVERTED_GAP = 8


def _count_inverted(number: Number, s: Sentence) -> CountMention | None:
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


def _count_coordinated(number: Number, s: Sentence, previous: CountMention) -> CountMention | None:
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
        group = None if noun[1] == "people" else noun[1]
        return s.mention(number, previous.what, group, group == previous.group)
    return None


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


def _join_coordinated(s: Sentence, counts: list[CountMention]) -> list[CountMention]:
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
