"""Figures in a sentence: how many were killed, injured, arrested, kidnapped, found...

A figure is a number (digits, number words, or a vague word that ACLED turns into a number;
see `sucesos.extract.numbers`) tied to a word that says what it counts:

- after it ("siete muertos", "three killed"), with the people counted in between ("tres
  agentes perdieron la vida"), or further on when the people are described first ("seis
  presuntos sicarios de la célula murieron", "two officers who guarded the prison died"; see
  `sucesos.extract.count_after`);
- before it ("asesinan a dos", "killed three", "la muerte de dos de los atacantes"; see
  `sucesos.extract.count_before`);
- over a list of people, before or after the predicate ("el jefe, su chofer y dos escoltas
  fallecieron" = 4, "murieron el líder y cuatro de sus escoltas" = 5; see
  `sucesos.extract.people_lists`);
- with no number at all ("hombre fue asesinado", "asesinan a Juan", "hallan cuerpo": 1; see
  `sucesos.extract.victims`).

Figures joined by "y"/"and" add up ("four killed on the spot and three died later" = 7; see
`sucesos.extract.count_joined`); the people noun gives the side (security forces, armed
group, civilians). A denied figure ("no se reportaron lesionados") is dropped, and a shooting
with no death word gives injured, not killed. Lexicons live in
`sucesos/data/lexicon/{counts,numbers}.toml`, read through `sucesos.extract.count_words`.
"""

from __future__ import annotations

from dataclasses import replace

from sucesos.extract.aspect import kind_spans
from sucesos.extract.count_after import count_after, wounded_deaths
from sucesos.extract.count_before import count_before, count_inverted
from sucesos.extract.count_gaps import joined_participle
from sucesos.extract.count_joined import breakdown_rests, count_coordinated, join_coordinated
from sucesos.extract.count_parts import partitive_parts
from sucesos.extract.count_ranks import may_rank, ranked_tally, ranked_tolls
from sucesos.extract.count_words import CountMention, Sentence, lexicons
from sucesos.extract.kinds import reported_habit_spans, silenced_spans
from sucesos.extract.more_dead import also_added, apart_dead, elided_deaths, ranked_more
from sucesos.extract.negation import is_negated
from sucesos.extract.numbers import (
    MAX_COUNT,
    Number,
    a_day_of_month,
    a_name_number,
    find_numbers,
    number_words,
    span_numbers,
    tokenize,
)
from sucesos.extract.people_lists import listed_counts
from sucesos.extract.toll_corrections import toll_corrections
from sucesos.extract.tolls import may_raise, toll_counts
from sucesos.extract.victim_names import NameMention, victim_names
from sucesos.extract.victims import implied_counts
from sucesos.extract.wounded_dead import wounded_dead


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
    if not phrases and not may_raise(folded, start, end) and not may_rank(folded, start, end):
        # Every figure but a raised or ranked toll's hangs on a phrase of the counts lexicon
        # (what the other readers, lists and implied figures, start from too): most
        # sentences have none, and are not read further.
        return [], []
    tokens = tokenize(folded, start, end)
    if not tokens:
        return [], []
    s = Sentence(folded, text, start, tokens, {}, {}, {})
    index_at, end_index = s.index_at, s.end_index
    silenced = silenced_spans(folded, start, end)
    for phrase in phrases:
        first, last = index_at.get(phrase.start), end_index.get(phrase.end)
        if (
            first is None
            or last is None
            or is_negated(folded, phrase.start, start, text, figure=True)
        ):
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
    running: list[tuple[str, int, int]] = []  # (what, start, end) of running totals
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
        if s.after_agent(number.first) and number.last + 1 in s.groups:
            # "baleado por dos sicarios murió": who did it, not who died ("por los tres
            # homicidios" names acts, not people: a count of its own)
            continue
        mention, consumed_to = count_after(number, s, consumed_to)
        joined = (
            joined_participle(s, consumed_to + 1, predicate=True) if mention is not None else None
        )
        if mention is not None and joined not in (None, mention.what) and consumed_to > number.last:
            # "fueron privados de la libertad y asesinados": the same people, two figures
            counts.append(replace(mention, what=joined))
        mention = mention or wounded_deaths(number, s)
        if mention is None:
            mention = count_before(number, s)
        if mention is None:
            mention = count_inverted(number, s)
        if mention is None and counts:
            mention = count_coordinated(number, s, counts[-1])
        if mention is not None and _running_total(number, mention, s):
            # "con esta detención suman 11 detenidos": the case's total so far, whose words
            # imply no figure either
            end_token = tokens[max(consumed_to, number.last)]
            running.append((mention.what, mention.start, end_token.end))
            continue
        if mention is not None:
            if _after_floor(number, s):
                mention = replace(mention, at_least=True)
            counts.append(mention)
    counts = join_coordinated(s, counts)
    counts = breakdown_rests(s, counts)
    counts.extend(listed_counts(s, counts))
    counts = toll_counts(s, counts)
    counts = toll_corrections(s, counts)
    counts.extend(implied_counts(s, counts))
    counts = ranked_tally(s, counts)
    counts = ranked_tolls(s, counts)
    if running:
        counts = [
            c
            for c in counts
            if not any(c.what == w and c.start < e and a < c.end for w, a, e in running)
        ]
    counts = also_added(s, counts)
    counts = ranked_more(s, counts)
    counts = elided_deaths(s, counts)
    counts = partitive_parts(s, counts)
    counts = wounded_dead(s, counts)
    counts = apart_dead(s, counts)
    kinds = kind_spans(folded, start, end, text)
    if kinds.kinds or kinds.habits:
        # "un aumento de los secuestros", "one person is killed every day": no happening
        counts = [c for c in counts if not kinds.covers(folded, c.start, c.end)]
    habits = reported_habit_spans(folded, start, end) if counts else []
    if habits:
        # "dijeron que los cárteles asesinan a quienes no pagan": what they do as a rule
        counts = [c for c in counts if not any(a <= c.start < b for a, b in habits)]
    counts.sort(key=lambda c: c.start)
    return counts, victim_names(s)


def _compound_head(folded: str, start: int, end: int) -> bool:
    """Whether the words from `start` to `end` begin a hyphenated compound ("body-cams"), not
    words of a text whose spaces are all hyphens ("a-balazos-matan-a-joven")."""
    glued = folded[end : end + 1] == "-" and folded[end + 1 : end + 2].isalpha()
    return glued and folded[start - 1 : start] != "-"


def _running_total(number: Number, mention: CountMention, s: Sentence) -> bool:
    """Whether a verb of summing up comes right before the number of a figure of a kind
    that `[fillers] running_total_kinds` lists ("suman 11 detenidos", "ya son seis los
    detenidos", "brings to 11 the number of people detained")."""
    lex = lexicons()
    if mention.what not in lex.running_total_kinds or mention.additive:
        return False
    if any(t.word in lex.additive for t in s.tokens[number.last + 1 : number.last + 4]):
        return False  # "la banda suma dos detenidos más": arrests of its own
    words = tuple(t.word for t in s.tokens[max(0, number.first - 4) : number.first])
    return any(words[-len(sums) :] == sums for sums in lex.running_totals)


def _after_floor(number: Number, s: Sentence) -> bool:
    """Whether words that make it a floor come right before the number ("al menos 12",
    "at least 12")."""
    words = tuple(t.word for t in s.tokens[max(0, number.first - 3) : number.first])
    return any(words[-len(floor) :] == floor for floor in lexicons().floors)
