"""Aspect: event words that name a kind of act or a habit, not a happening.

A happening is one act at one place and time. Analysis and feature stories also name acts
as kinds: the object of a trend or a measure ("un aumento de los secuestros y las
extorsiones", "la incidencia de homicidios", "a wave of kidnappings", "rising
kidnapping"), what a group does by trade or is known for ("una banda dedicada al secuestro",
"a cartel known for beheadings and ambushes"), crimes named as charges ("charged with
kidnapping and homicide"), acts feared ("temen que se repitan los enfrentamientos"), a
multitude with no number ("numerosos enfrentamientos, ejecuciones y desapariciones"), and
acts told as a habit ("en la región se registran asesinatos a diario", "one person is killed
every day here"). Such words report no event: `kind_spans` says where they lie in a
sentence, and the triggers and figures there are dropped as denied ones are
(`sucesos.extract.negation`). Words live in `sucesos/data/lexicon/aspect.toml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from sucesos.extract.count_words import is_number
from sucesos.extract.lexicon import PhraseMatcher, expand, load_data
from sucesos.extract.lexicon_scan import share_scan

_TOKEN = re.compile(r"\w+|[^\w\s]")
# what ends a habit's clause
_CLAUSE_MARK = re.compile(r"[,;:.!?()\n]")
# what ends a catalogue's clause (its items are joined by commas)
_CATALOGUE_END = re.compile(r"[;:.!?()\n]")
# An act named as a kind is a noun ("secuestros", "kidnappings"), never a participle
# ("detenidos", "heridos", "killed"): those count people, even after "numerosos".
_PARTICIPLE = re.compile(r"(?:ados?|adas?|idos?|idas?|ed)$")
# indefinite articles, which count one ("hay un muerto")
_ONE = frozenset({"un", "una", "uno", "unos", "unas", "a", "an", "one"})
# what makes a number the size of a trend, not a count ("del 25 %", "by 15 percent")
_SHARES = frozenset({"%", "por", "ciento", "percent", "per", "cent", ".", ","})
# words an item of a catalogue may run on for, past its noun
_LONG_ITEM = 5
# items a list of acts may hold at most
_ITEMS = 8
# the words before a trend's predicate that name its subject
_SUBJECT = 4


@dataclass(frozen=True)
class _Aspect:
    kinds: PhraseMatcher[str]
    catalogues: PhraseMatcher[str]
    time_words: frozenset[str]
    habits: PhraseMatcher[str]
    conditionals: PhraseMatcher[str]
    not_after: frozenset[str]
    not_before: frozenset[str]
    openers: frozenset[str]
    trends: PhraseMatcher[str]
    singular: frozenset[str]
    scope: frozenset[str]
    joints: frozenset[str]
    links: frozenset[str]
    outlet_words: frozenset[str]


@cache
def _lexicon() -> _Aspect:
    data = load_data("lexicon/aspect.toml")
    kinds = data["kinds"]
    return _Aspect(
        PhraseMatcher(
            [(c, "kind") for c in kinds["cues"]] + [(c, "charge") for c in kinds["charges"]]
        ),
        PhraseMatcher((c, "catalogue") for c in data["catalogues"]["cues"]),
        frozenset(data["catalogues"]["time_words"]),
        PhraseMatcher((c, "habit") for c in data["habit"]["cues"]),
        PhraseMatcher((c, "if") for c in data["conditionals"]["cues"]),
        frozenset(data["conditionals"]["not_after"]),
        frozenset(data["conditionals"]["not_before"]),
        frozenset(data["conditionals"]["openers"]),
        PhraseMatcher((c, "trend") for c in data["trends"]["predicates"]),
        frozenset(data["trends"]["singular"]),
        frozenset(w for p in kinds["scope"] for w in expand(p)),
        frozenset(kinds["joints"]),
        frozenset(kinds["object_links"]),
        frozenset(data["habit"]["outlet_words"]),
    )


share_scan(lambda: _lexicon().kinds)
share_scan(lambda: _lexicon().catalogues)
share_scan(lambda: _lexicon().habits)
share_scan(lambda: _lexicon().conditionals)
share_scan(lambda: _lexicon().trends)


def names_an_act(word: str) -> bool:
    """Whether a folded word may name an act as a noun: not a participle."""
    return not _PARTICIPLE.search(word)


class Kinds(NamedTuple):
    """Where a sentence names acts as kinds (their nouns only count) and as habits (every
    event word and figure of those clauses counts)."""

    kinds: list[tuple[int, int]]
    habits: list[tuple[int, int]]

    def covers(self, folded: str, start: int, end: int, act: bool = True) -> bool:
        """Whether the event word or figure at `folded[start:end]` names no happening: a
        noun of an act (`act`: not an outcome such as "muertos") in a kind's span, anything
        in a habit's clause."""
        if inside(self.habits, start):
            return True
        words = folded[start:end].split()
        # the act's noun, its last word, in a kind's span: "ola de asesinatos" after "vive
        # una ola de" names the kind its cue qualifies, though the phrase starts in the cue
        head = end - len(words[-1]) if words else start
        return (
            act
            and bool(words)
            and (inside(self.kinds, start) or inside(self.kinds, head))
            and names_an_act(words[-1])
        )


_NONE = Kinds([], [])


def kind_spans(folded: str, start: int, end: int, text: str | None = None) -> Kinds:
    """Where the sentence `folded[start:end]` names acts as kinds or habits, not as
    happenings (see the module doc). `text`, the original, tells an outlet's name ("a Diario
    de Yucatán") from a habit ("a diario")."""
    lexicon = _lexicon()
    cues = lexicon.kinds.find(folded, start, end)
    catalogues = lexicon.catalogues.find(folded, start, end)
    habits = lexicon.habits.find(folded, start, end)
    conditionals = lexicon.conditionals.find(folded, start, end)
    trends = lexicon.trends.find(folded, start, end)
    if not cues and not habits and not catalogues and not conditionals and not trends:
        return _NONE
    kinds: list[tuple[int, int]] = []
    for cue in cues:
        # a list of charges runs on singular nouns ("charged with kidnapping and homicide")
        listed = _listed(folded, cue.end, end, lexicon, long_items=cue.value == "charge")
        if listed is not None:
            # from the cue's end: a share before the acts ("del 25 % en homicidios") is no
            # count
            kinds.append((cue.end, listed[1]))
    for cue in catalogues:
        span = _catalogue(folded, text, cue.end, end, lexicon)
        if span is not None:
            kinds.append(span)
    if trends and not any(w in lexicon.time_words for w in _TOKEN.findall(folded, start, end)):
        for cue in trends:
            opening = _clause(folded, start, end, cue.start, cue.end)[0]
            subject = _TOKEN.findall(folded, opening, cue.start)[-_SUBJECT:]
            if not any(w in lexicon.singular for w in subject):
                kinds.append((opening, cue.end))
    clauses: list[tuple[int, int]] = []
    for cue in habits:
        if text is not None and _outlet_name(folded, text, cue.start, cue.end, lexicon):
            continue
        clauses.append(_clause(folded, start, end, cue.start, cue.end))
    for cue in conditionals:
        span = _conditional(folded, text, start, end, cue.start, cue.end, lexicon)
        if span is not None:
            clauses.append(span)
    return Kinds(kinds, clauses)


def _conditional(
    folded: str, text: str | None, start: int, end: int, at: int, cue_end: int, lexicon: _Aspect
) -> tuple[int, int] | None:
    """What a conditional cue at `folded[at:cue_end]` covers: the whole sentence when the cue
    opens it ("If there is danger, he suspends classes"), else its own clause; None for
    another sense ("sí", "si bien", "como si", "se desconoce si")."""
    if text is not None and text[at:cue_end].lower() != folded[at:cue_end]:
        return None  # an accent the folding took away ("sí")
    before = _TOKEN.findall(folded, start, at)
    words = [w for w in before if w.isalnum()]
    if words and words[-1] in lexicon.not_after:
        return None
    after = _TOKEN.findall(folded, cue_end, min(end, cue_end + 12))
    if after and after[0] in lexicon.not_before:
        return None
    if all(w in lexicon.openers for w in words):
        return start, end
    closing = _CLAUSE_MARK.search(folded, cue_end, end)
    return at, closing.start() if closing else end


def _catalogue(
    folded: str, text: str | None, at: int, end: int, lexicon: _Aspect
) -> tuple[int, int] | None:
    """The span of the catalogue of acts a catalogue cue ending at `at` opens: two or more
    bare nouns (no article before the first), in a clause that names no person or place (a
    capital in `text`), no number and no time; two of them plural ("kidnappings, people
    caught in crossfires and roadblocks"). None otherwise."""
    listed = _listed(folded, at, end, lexicon, long_items=True)
    if listed is None or listed[2] < 2 or listed[0] != _skip_spaces(folded, at, end):
        return None
    closing = _CATALOGUE_END.search(folded, at, end)
    clause = (at, closing.start() if closing else end)
    words = _TOKEN.findall(folded, *clause)
    if any(w.isdigit() or w in lexicon.time_words for w in words):
        return None
    if text is not None and any(ch.isupper() for ch in text[clause[0] : clause[1]]):
        return None
    return at, listed[1]


def _skip_spaces(folded: str, at: int, end: int) -> int:
    while at < end and folded[at].isspace():
        at += 1
    return at


def _listed(
    folded: str, at: int, end: int, lexicon: _Aspect, long_items: bool = False
) -> tuple[int, int, int] | None:
    """The acts named from `at` on: the noun right after it (past articles and prepositions)
    with its object or one plural modifier, and those coordinated with it ("secuestros,
    extorsiones y asesinatos"), as (where the first starts, where the last ends, how many of
    them are plural nouns).
    With `long_items`, an item runs on to the next joint, a few words at most ("people
    caught in crossfires"). None when a number, a clause mark or nothing follows."""
    tokens = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(folded, at, end)]
    k = 0
    first: int | None = None
    last = at
    plurals = 0
    for _item in range(_ITEMS):
        k = _skip(tokens, k, lexicon.scope)
        if k >= len(tokens) or not _word(tokens[k][0]):
            break
        plurals += tokens[k][0].endswith("s")
        if first is None:
            first = tokens[k][1]
        last = tokens[k][2]
        k += 1
        k, last = _modifiers(tokens, k, last, lexicon)
        if long_items:
            run = k
            while run < len(tokens) and run - k < _LONG_ITEM and _word(tokens[run][0]):
                if tokens[run][0] in lexicon.joints:
                    k, last = run, tokens[run - 1][2]
                    break
                run += 1
        if k >= len(tokens) or tokens[k][0] not in lexicon.joints:
            break
        while k < len(tokens) and tokens[k][0] in lexicon.joints:
            k += 1
        after = _skip(tokens, k, lexicon.scope)
        if after >= len(tokens) or not _word(tokens[after][0]):
            break
        # another act of the list: a plural noun, maybe after a word that describes it
        # ("and armed attacks"), or a noun its article announces
        article = after > k
        plural = [t for t, _, _ in tokens[after : after + 2] if _word(t) and t.endswith("s")]
        if not (plural or article or long_items):
            break
    return None if first is None else (first, last, plurals)


def _modifiers(
    tokens: list[tuple[str, int, int]], k: int, last: int, lexicon: _Aspect
) -> tuple[int, int]:
    """Past the words that still name the act at `k`: its object ("ataques con drones",
    "attacks on police") or one plural adjective ("enfrentamientos armados")."""
    for _ in range(2):
        if k >= len(tokens):
            break
        word = tokens[k][0]
        if word in lexicon.links:
            j = _skip(tokens, k + 1, lexicon.scope)
            if j < len(tokens) and _word(tokens[j][0]):
                k, last = j + 1, tokens[j][2]
                continue
            break
        if (
            _word(word)
            and word.endswith("s")
            and word not in lexicon.scope
            and word not in lexicon.joints
        ):
            k, last = k + 1, tokens[k][2]
            continue
        break
    return k, last


def _skip(tokens: list[tuple[str, int, int]], k: int, scope: frozenset[str]) -> int:
    """Past the scope words at `k`, and a share a trend is measured in ("del 25 % en")."""
    while k < len(tokens):
        if tokens[k][0] in scope:
            k += 1
        elif tokens[k][0].isdigit() and k + 1 < len(tokens) and tokens[k + 1][0] in _SHARES:
            k += 2
            while k < len(tokens) and (tokens[k][0] in _SHARES or tokens[k][0].isdigit()):
                k += 1
        else:
            break
    return k


def _word(token: str) -> bool:
    """A word that may name an act: letters, no number ("dos", "un": "hay un muerto y dos
    heridos" counts people)."""
    return token.isalpha() and token not in _ONE and not is_number(token)


def _clause(folded: str, start: int, end: int, cue_start: int, cue_end: int) -> tuple[int, int]:
    """The clause around a habit cue: from the mark before it to the mark after it."""
    opening = start
    for mark in _CLAUSE_MARK.finditer(folded, start, cue_start):
        opening = mark.end()
    closing = _CLAUSE_MARK.search(folded, cue_end, end)
    return opening, closing.start() if closing else end


def _outlet_name(folded: str, text: str, start: int, end: int, lexicon: _Aspect) -> bool:
    """Whether a habit cue holds an outlet's name: one of its words capitalised."""
    for m in re.finditer(r"\w+", folded[start:end]):
        if m.group(0) in lexicon.outlet_words and text[start + m.start()].isupper():
            return True
    return False


def inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether `position` lies in one of `spans`."""
    return any(a <= position < b for a, b in spans)
