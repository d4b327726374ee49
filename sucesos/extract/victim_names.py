"""Named victims: the person an act is done to, when the text names them.

"Asesinan a balazos a Juan Pérez López, aspirante a la alcaldía" names its dead; so do "el
regidor Luis Ramírez fue asesinado", "gunmen shot dead mayoral hopeful Pedro Gómez" and
"Pedro Gómez, 45, a local journalist, was killed". A name is a run of two or more
capitalised words near a predicate of the counts lexicon: after a verb whose object follows
(past the personal "a", how it was done, when, and the victim's role), or before a predicate
whose subject it is (past an apposition). Who did it ("asesinado por…"), who says so (a
relative or speaking clause opens past it) and another act's people are not looked through.
Whether the run is a place, an organisation or a source is for the assembly to say, which
knows them; it takes the first run of each act that is none of those. Words in
`sucesos/data/lexicon/counts.toml` under `[names]`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sucesos.extract.count_words import Sentence, lexicons
from sucesos.extract.lexicon import load_data

# Predicates whose object follows them ("asesinan a", "killed", "detiene la policía a").
_OBJECT_SIDES = frozenset({"before", "transitive", "verbs"})


@dataclass(frozen=True)
class NameMention:
    """A run of capitalised words that may name the people of the act at `act`."""

    start: int
    end: int
    act: int  # where the act's predicate starts: the runs of one act, nearest first
    act_end: int  # where it ends: a figure read from the act overlaps act..act_end
    what: str  # the count kind of the act ("killed", "kidnapped", ...)


@dataclass(frozen=True)
class _Words:
    kinds: frozenset[str]
    particles: frozenset[str]
    not_names: frozenset[str]
    passive: frozenset[str]
    before_not: frozenset[str]
    of_words: frozenset[str]
    reach: int


@cache
def _words() -> _Words:
    data = load_data("lexicon/counts.toml")["names"]
    return _Words(
        frozenset(data["kinds"]),
        frozenset(data["particles"]),
        frozenset(data["not_names"]),
        frozenset(data["passive"]),
        frozenset(data["before_not"]),
        frozenset(data["of_words"]),
        int(data["reach"]),
    )


def victim_names(s: Sentence) -> list[NameMention]:
    """The runs of `s` that may name the people its acts are done to, per act nearest first."""
    if s.text is None or _title_case(s):
        return []
    words = _words()
    out: list[NameMention] = []
    for first, entries in sorted(s.starts.items()):
        readings = [e for e in entries if e[2] in words.kinds]
        if not readings:
            continue
        # A verb whose object follows, if the predicate may be read as one ("asesinan a",
        # "shot dead"): its victim is never before it ("Juan Pérez killed his wife").
        last, side, what = min(readings, key=lambda e: (e[1] not in _OBJECT_SIDES, -e[0]))
        runs = _runs_after(last, s)
        if side not in _OBJECT_SIDES or _passive(first, s):
            # "murió Juan Pérez" right after it; else the subject: "Juan Pérez fue asesinado"
            runs = runs[:1] if runs and runs[0][0] <= last + 2 else []
            runs += _runs_before(first, s)
        act, act_end = s.tokens[first].start, s.tokens[last].end
        out.extend(
            NameMention(s.tokens[a].start, s.tokens[b].end, act, act_end, what) for a, b in runs
        )
    return out


def _passive(first: int, s: Sentence) -> bool:
    """Whether an auxiliary of the passive stands right before the predicate at token
    `first`, an adverb between ("was brutally murdered", "fue cobardemente asesinado"): its
    subject is the victim."""
    auxiliaries = _words().passive
    return any(s.tokens[k].word in auxiliaries for k in range(max(0, first - 2), first))


def _title_case(s: Sentence) -> bool:
    """Whether `s` is written in title case (a headline: "Gunmen Kill Mayoral Hopeful…"): a
    predicate or people noun past its first word is capitalised. No run of capitals there
    is a name by its capitals."""
    return any(_capital(s, s.tokens[i].start) for i in [*s.starts, *s.groups] if i > 0)


def _capital(s: Sentence, offset: int) -> bool:
    assert s.text is not None
    return s.text[offset : offset + 1].isupper()


def _name_word(i: int, s: Sentence) -> bool:
    """Whether token `i` may be part of a person's name: a capitalised word, not all
    capitals (an acronym), not one of `not_names`."""
    assert s.text is not None
    t = s.tokens[i]
    original = s.text[t.start : t.end]
    return (
        t.word.isalpha()
        and original[:1].isupper()
        and not (len(original) > 1 and original.isupper())
        and t.word not in _words().not_names
        and i not in s.groups
    )


def _run_at(i: int, s: Sentence) -> int | None:
    """The last token of the name that starts at token `i` (two name words or more, particles
    between them), or None."""
    if not _name_word(i, s) or _names_no_one(i, s):
        return None
    particles = _words().particles
    tokens = s.tokens
    end, k, seen = i, i + 1, 1
    while k < len(tokens) and _spaced(k, s) and k - i < 7:
        if _name_word(k, s):
            end, seen = k, seen + 1
        elif tokens[k].word not in particles:
            break
        k += 1
    return end if seen >= 2 else None


def _names_no_one(i: int, s: Sentence) -> bool:
    """Whether the word before token `i` makes a run starting there no person's name: a
    place after "en"/"in", a venue or group after its noun or an article ("el bar La Barra",
    "Cártel Santa Rosa"), whose people a people noun's "de" names ("un ciudadano de Sri
    Lanka", "la esposa de Juan Pérez")."""
    if i == 0:
        return False
    words = _words()
    before = s.tokens[i - 1].word
    if before in lexicons().item_ends or before in words.before_not:
        return True
    if before not in words.of_words or i < 2:
        return False
    return any(last == i - 2 for last, _ in s.groups.values())


def _spaced(k: int, s: Sentence) -> bool:
    """Whether only spaces stand between tokens `k - 1` and `k` (no mark, no quote: the
    nickname in "el Alacrán\" Medina" is not part of the name)."""
    assert s.text is not None
    return s.text[s.tokens[k - 1].end : s.tokens[k].start].isspace()


def _stops(k: int, s: Sentence) -> bool:
    """Whether token `k` ends the search for a name: who did it or another clause ("por",
    "by", "when", "que", "who") or another act's words."""
    lex = lexicons()
    word = s.tokens[k].word
    return word in lex.group_stops or word in lex.relatives or k in s.starts


def _runs_after(last: int, s: Sentence) -> list[tuple[int, int]]:
    """Name runs after the predicate ending at token `last`, nearest first."""
    out: list[tuple[int, int]] = []
    k = last + 1
    limit = min(len(s.tokens), last + 1 + _words().reach)
    while k < limit:
        if _stops(k, s):
            break
        if k in s.groups:
            # The people noun says who they were; their name, if any, stands right after
            # it ("al regidor Juan Pérez", "a farmer, Luis Soto"), not further on ("uno de
            # los sujetos en las inmediaciones de la Loma Verde": a place).
            k = s.groups[k][0] + 1
            while k < limit and k in s.groups and not s.tokens[k].after_break:
                k = s.groups[k][0] + 1  # a title of two people nouns: "police chief Juan Pérez"
            end = _run_at(k, s) if k < limit else None
            if end is not None:
                out.append((k, end))
            break
        end = _run_at(k, s)
        if end is not None:
            out.append((k, end))
            k = end
        k += 1
    return out


def _runs_before(first: int, s: Sentence) -> list[tuple[int, int]]:
    """Name runs before the predicate starting at token `first`, nearest first."""
    particles = _words().particles
    out: list[tuple[int, int]] = []
    k = first - 1
    floor = max(0, first - _words().reach)
    while k >= floor:
        if _stops(k, s) and not _apposed_relative(k, s):
            break
        if _name_word(k, s) and (k + 1 >= len(s.tokens) or not _name_word(k + 1, s)):
            start, j = k, k - 1  # back over the name's words and particles
            while j >= floor and not s.tokens[j + 1].after_break:
                if _name_word(j, s):
                    start = j
                elif s.tokens[j].word not in particles:
                    break
                j -= 1
            end = _run_at(start, s)
            if end is not None and end >= k:
                out.append((start, end))
                k = start
        k -= 1
    return out


def _apposed_relative(k: int, s: Sentence) -> bool:
    """Whether token `k` opens a relative clause set off after a name ("Rosa Ruiz, who ran
    for mayor, was killed", "Juan Pérez, quien era regidor, fue asesinado"): the subject
    stands before it."""
    return (
        k > 0
        and s.tokens[k].word in lexicons().relatives
        and s.tokens[k].after_break
        and (_name_word(k - 1, s))
    )
