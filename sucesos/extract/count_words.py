"""The words figures are read with, and what reading a sentence for them keeps.

`CountMention` is a figure found; `Lexicons` the compiled counts lexicon
(`sucesos/data/lexicon/counts.toml`); `Sentence` the tokens and the lexicon's phrases of the
span being read. `sucesos.extract.counts` reads the figures; people lists, implied victims and
raised tolls (`people_lists`, `victims`, `tolls`) read with the same words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from sucesos.extract.lexicon import PhraseMatcher, expand, load_data
from sucesos.extract.lexicon_scan import share_scan
from sucesos.extract.numbers import Number, Token, number_words

_SIDES = (
    "after",
    "before",
    "far",
    "singular",
    "plural",
    "verbs",
    "transitive",
    "shot",
    "shot_far",
    "multiple",
    "pronoun",
    "heading",
)


@dataclass(frozen=True)
class CountMention:
    start: int
    end: int
    what: str
    value: int
    group: str | None  # security_forces | armed_group | civilians
    additive: bool = False  # "y tres más": adds to the previous figure of the same kind
    # No number says it ("asesinan a Juan" 1, "detienen a presuntos sicarios" 2): the least
    # the text allows, which a figure of the same incident elsewhere overrides.
    lower_bound: bool = False
    # A toll raised to a new figure ("elevando la cifra de muertos a cuatro", "the death toll
    # rose to 17"): the whole count so far, which the figures of its sentence do not add to.
    total: bool = False
    # The text gives the number as a floor ("al menos 12", "at least 12"): the record's figure
    # is a lower bound across sources; within the article it counts like any number.
    at_least: bool = False
    # A part of people told before, whose side the sentence does not give ("tres de ellos
    # murieron"): it adds to no other figure of the record (`assemble.figures`).
    part: bool = False
    # With no number, one person told by an indefinite one ("un elemento perdió la vida",
    # "gunmen killed a farmer"): within the article still the least its words allow (a
    # later statement's larger toll wins), but exactly one to other outlets, whose "two"
    # disputes it (the record's `lower_bound`).
    one: bool = False
    # The dead of a tally told by the news's victim's rank ("el cuarto periodista asesinado
    # este año": 4; `count_ranks`): a figure only of a statistic draft; any other draft keeps
    # the one victim the same words name.
    ranked: bool = False
    # Some of the wounded told before who died ("dos de los heridos murieron", "one of the
    # wounded later died"; `count_after.wounded_deaths`): the record takes them out of the
    # wounded figures told before them (`assemble.figures.record_counts`).
    of_wounded: bool = False
    # One person told only as shot, with no wound nor death word in the sentence ("fue
    # agredido a balazos", "he was shot twelve times"; `victims`): wounded, unless the
    # record's one victim with no number is told dead (`assemble.figures.record_counts`).
    shot: bool = False
    # A toll corrected to a new figure ("las autoridades rectificaron la cifra a 49", "la
    # cifra de muertos fue ajustada a siete", "the toll was revised to seven";
    # `toll_corrections`): the latest count, so the figures of its kind told before it in
    # the record give no toll (`assemble.figures`); they stay listed.
    corrected: bool = False
    # A figure told as a first report ("inicialmente se había reportado la muerte de
    # cuatro", "initially, five were reported dead"; `toll_corrections`): listed, but no
    # toll when the record has another figure of its kind.
    superseded: bool = False
    # People told apart from a side's dead told before: the attackers the pursuit or the
    # answer killed ("pursued the attackers, killing two"), a victim found apart or told by
    # rank ("la sexta víctima fue hallada bajo unas piedras"; `more_dead.apart_dead`): never
    # some of that side's dead (`assemble.figures`).
    apart: bool = False


@dataclass(frozen=True)
class Lexicons:
    phrases: PhraseMatcher[tuple[str, str]]  # (side, what)
    groups: PhraseMatcher[str]
    fillers: frozenset[str]
    additive: frozenset[str]
    collectives: dict[str, int]
    subject_collectives: frozenset[str]  # "una pareja fue ejecutada": its people
    numbered_collectives: frozenset[str]  # "a family of six": the number counts its people
    irregular_plurals: frozenset[str]  # "children": several people with no plural "s"
    multiples: dict[str, int]  # "doble" 2: the figure of a "doble homicidio"
    named_again: frozenset[str]  # "del doble crimen": the act told before
    before_number: frozenset[str]
    coordination: frozenset[str]
    attributed: PhraseMatcher[bool]
    determiners: frozenset[str]
    plural_determiners: frozenset[str]
    time_nouns: frozenset[str]  # "a day earlier": no object after a participle
    object_pronouns: frozenset[str]  # "killed him": the people before are the killers
    singular_object_pronouns: frozenset[str]  # "him", "her": one dead
    plural_object_pronouns: frozenset[str]  # "them": at least two dead
    restating: frozenset[str]
    general_people: frozenset[str]  # "personas": people a list after a comma may break down
    bare_relatives: frozenset[str]  # "padre": one relative, bare in a pair ("padre e hijo")
    manner: frozenset[str]
    weapons: frozenset[str]  # "con arma blanca": how a killing was done, as `manner`
    not_a_victim: frozenset[str]
    item_ends: frozenset[str]  # "in", "en": where the people of a list item were, not who
    object_markers: frozenset[str]
    singular_clitics: frozenset[str]
    plural_clitics: frozenset[str]
    relatives: frozenset[str]
    singular_relatives: frozenset[str]  # "quien": one person, never a figure of several
    nickname_openers: frozenset[str]  # "alias": a nickname after a person
    name_openers: frozenset[str]  # "identificados como": a name follows a noun of people
    participle_endings: tuple[str, ...]  # "ados", "ed": a participle ("emboscados y asesinados")
    people_participles: frozenset[str]  # "ejecutados": only people are
    companions: PhraseMatcher[bool]
    inclusions: PhraseMatcher[bool]  # "incluidos", "entre ellos": an apposition of some of them
    people_after_words: frozenset[str]  # "son": a people noun only after one of
    people_after: frozenset[str]  # ("his", "a", "old"…)
    ages: frozenset[str]  # "year", "old", "años": the words of an age in a list item
    partitive: frozenset[tuple[str, str]]  # ("de", "los"), ("of", "the"): "ocho de los…"
    partitive_pronouns: frozenset[tuple[str, ...]]  # ("de", "ellos"): "tres de ellos"
    running_totals: frozenset[tuple[str, ...]]  # ("ya", "son"): "ya son seis los detenidos"
    running_total_kinds: frozenset[str]
    partitive_heads: frozenset[str]  # "muertos", "dead": the dead counted already
    wounded_heads: frozenset[str]  # "heridos", "wounded": the wounded counted already
    # "by", "por" (who did it follows, not who it was done to) and "when", "cuando" (another
    # clause, other people): a figure's group is not looked for past these
    group_stops: frozenset[str]
    agents: frozenset[str]  # "por", "by": who did it follows
    clause_openers: frozenset[str]  # "when", "cuando": another clause
    clause_subjects: frozenset[str]  # "she", "the": one person opens that clause as subject
    leaving: frozenset[str]  # "left", "dejó": their number may count things, not people
    survivors: frozenset[str]  # "hijos", "children": the kin a victim leaves behind
    also: frozenset[str]  # "también", "also": the people of the figure are more victims
    own_verbs: frozenset[str]  # "were", "fueron": after a figure's people, a verb of theirs
    other_fates: frozenset[str]  # "fugados", "escaped": what else became of people counted
    singular_auxiliaries: frozenset[str]  # "fue", "was": one person's passive
    floors: frozenset[tuple[str, ...]]  # ("al", "menos"), ("at", "least"): a number's floor


def _words(patterns: list[str]) -> frozenset[str]:
    return frozenset(form for pattern in patterns for form in expand(pattern))


@cache
def lexicons() -> Lexicons:
    """The compiled counts lexicon (`lexicon/counts.toml`)."""
    counts = load_data("lexicon/counts.toml")
    phrases: list[tuple[str, tuple[str, str]]] = []
    for what, sides in counts["what"].items():
        for side in _SIDES:
            phrases.extend((p, (side, what)) for p in sides.get(side, []))
    group_phrases = [(p, group) for group, words in counts["groups"].items() for p in words]
    fillers = counts["fillers"]
    victims = counts["victims"]
    return Lexicons(
        phrases=PhraseMatcher(phrases),
        groups=PhraseMatcher(group_phrases),
        fillers=_words(fillers["words"]),
        additive=_words(fillers["additive"]),
        collectives={k: int(v) for k, v in counts["collectives"].items()},
        subject_collectives=_words(victims["subject_collectives"]),
        numbered_collectives=_words(victims["numbered_collectives"]),
        irregular_plurals=_words(victims["irregular_plurals"]),
        multiples={k: int(v) for k, v in counts["multiples"].items()},
        named_again=_words(victims["named_again"]),
        before_number=_words(fillers["before_number"]),
        coordination=_words(fillers["coordination"]),
        attributed=PhraseMatcher((p, True) for p in fillers["attributed"]),
        determiners=_words(victims["singular_determiners"]),
        plural_determiners=_words(victims["plural_determiners"]),
        time_nouns=_words(victims["time_nouns"]),
        object_pronouns=(
            _words(victims["singular_object_pronouns"]) | _words(victims["plural_object_pronouns"])
        ),
        singular_object_pronouns=_words(victims["singular_object_pronouns"]),
        plural_object_pronouns=_words(victims["plural_object_pronouns"]),
        restating=_words(victims["restating"]),
        general_people=_words(victims["general_people"]),
        bare_relatives=_words(victims["bare_relatives"]),
        manner=_words(victims["manner"]),
        weapons=_words(victims["weapons"]),
        not_a_victim=_words(victims["not_a_victim"]),
        item_ends=_words(victims["item_ends"]),
        object_markers=_words(victims["object_markers"]),
        singular_clitics=_words(victims["singular_clitics"]),
        plural_clitics=_words(victims["plural_clitics"]),
        relatives=_words(fillers["relatives"]),
        singular_relatives=_words(fillers["singular_relatives"]),
        nickname_openers=frozenset(fillers["nickname_openers"]),
        name_openers=frozenset(fillers["name_openers"]),
        participle_endings=tuple(fillers["participle_endings"]),
        people_participles=_words(fillers["people_participles"]),
        companions=PhraseMatcher((p, True) for p in fillers["companions"]),
        inclusions=PhraseMatcher((p, True) for p in fillers["inclusions"]),
        people_after_words=_words(counts["people_after"]["words"]),
        people_after=_words(counts["people_after"]["after"]),
        ages=_words(fillers["ages"]),
        partitive=frozenset(
            (a, b) for p in fillers["partitive"] for a, b in [expand(p)[0].split(" ", 1)]
        ),
        partitive_pronouns=frozenset(
            tuple(form.split()) for form in _words(fillers["partitive_pronouns"])
        ),
        running_totals=frozenset(tuple(form.split()) for form in _words(fillers["running_totals"])),
        running_total_kinds=frozenset(fillers["running_total_kinds"]),
        partitive_heads=_words(fillers["partitive_heads"]),
        wounded_heads=_words(fillers["wounded_heads"]),
        group_stops=(
            _words(fillers["agents"]) | _words(fillers["clause_openers"]) | _words(fillers["sides"])
        ),
        agents=_words(fillers["agents"]),
        clause_openers=_words(fillers["clause_openers"]),
        clause_subjects=_words(fillers["clause_subjects"]),
        leaving=_words(fillers["leaving"]),
        survivors=_words(fillers["survivors"]),
        also=_words(fillers["also"]),
        own_verbs=_words(fillers["own_verbs"]),
        other_fates=_words(fillers["other_fates"]),
        singular_auxiliaries=_words(victims["singular_auxiliaries"]),
        floors=frozenset(tuple(form.split()) for form in _words(fillers["floors"])),
    )


# read on every sentence: one shared pass per article (`lexicon_scan.shared_scan`)
share_scan(lambda: lexicons().phrases)
share_scan(lambda: lexicons().groups)
share_scan(lambda: lexicons().companions)
share_scan(lambda: lexicons().inclusions)


@dataclass
class Sentence:
    """What `find_counts` knows about one span of text while it reads it."""

    folded: str
    text: str | None
    floor: int
    tokens: list[Token]
    starts: dict[int, list[tuple[int, str, str]]]  # first token -> (last token, side, what)
    ends: dict[int, list[tuple[int, str, str]]]  # last token -> (first token, side, what)
    groups: dict[int, tuple[int, str]]  # first token -> (last token, group)
    # Token index by the token's start offset (a phrase's first token) and by its end
    # offset (a phrase's last token); every reader asks both, so they are made with the
    # sentence (a `cached_property` took a lock on each first read)
    index_at: dict[int, int] = field(init=False, repr=False)
    end_index: dict[int, int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.index_at = {t.start: i for i, t in enumerate(self.tokens)}
        self.end_index = {t.end: i for i, t in enumerate(self.tokens)}

    def group_near(self, first: int, last: int) -> str | None:
        """The group of the people named between tokens `first` and `last`, not past an
        agent's marker ("killed by gunmen": the gunmen killed, they are not the dead) or a
        word that opens another clause ("killed when soldiers returned fire") nor past
        another figure ("kills 10, including 5 police": the police are the five)."""
        stops = lexicons().group_stops
        for i in range(max(0, first), min(len(self.tokens), last + 1)):
            if self.tokens[i].word in stops:
                return None
            if i > first and i not in self.groups and is_number(self.tokens[i].word):
                return None
            if i in self.groups:
                group = self.groups[i][1]
                return None if group == "people" else group
        return None

    def after_agent(self, i: int, *, clauses: bool = False) -> bool:
        """Whether token `i` follows the marker of a passive's agent (or, with `clauses`, of
        another clause), with only articles, numbers and floors between ("asesinado por dos
        sujetos", "shot by the gunmen", "cuando los policías"; not "por lo menos dos"): who
        did it, or someone else, not the people a figure counts."""
        lex = lexicons()
        markers = lex.group_stops if clauses else lex.agents
        between = lex.determiners | lex.plural_determiners | lex.before_number
        k = i - 1
        while k >= 0 and i - k <= 4 and not self.tokens[k + 1].after_break:
            word = self.tokens[k].word
            if word in markers:
                following = tuple(t.word for t in self.tokens[k:i])
                return not any(following[: len(floor)] == floor for floor in lex.floors)
            if not (word in between or is_number(word)):
                return False
            k -= 1
        return False

    def mention(self, number: Number, what: str, group: str | None, add: bool) -> CountMention:
        start, end = self.tokens[number.first].start, self.tokens[number.last].end
        return CountMention(start, end, what, number.value, group, add)


def is_number(word: str) -> bool:
    words = number_words()
    return word[0].isdigit() or (word in words.words and word not in words.articles)


def one_person(noun: str) -> bool:
    """Whether a noun of people names one person in any language the lexicon reads: no
    plural "s" (`plural_noun`), no English plural without one ("children", "gunmen":
    `[victims] irregular_plurals`, a noun ending in one of them or in "men": "grandchildren",
    "policemen")."""
    irregular = lexicons().irregular_plurals
    return not plural_noun(noun) and not noun.endswith(("men", *irregular))


def plural_noun(noun: str) -> bool:
    """Whether a noun of people reads as a plural: it ends in "s", but not in "ss" ("boss",
    "witness", "actress" are one person), and is not a short word."""
    return noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3
