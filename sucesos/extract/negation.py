"""Negation: whether a trigger or a figure is denied by the words just before it.

"No se reportaron personas lesionadas", "sin que se reporten detenidos", "no one was
injured", "la búsqueda no se detiene": a cue (`no`, `sin`, `nadie`, `no one`...) followed
only by words of its scope (auxiliaries, reporting verbs, "personas") up to the phrase. A cue
that is part of the phrase itself ("sin vida", "no localizado") denies nothing. Future, modal,
purpose and charge cues work the same way ("pronto habrá detenciones", "para amenazar",
"acusados de secuestrar"), and a denial earlier in the sentence ("son falsas las versiones
de que…", "police denied that…") denies the rest of it. The words live in
`sucesos/data/lexicon/negation.toml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from sucesos.extract.lexicon import PhraseMatcher, expand, load_data
from sucesos.extract.lexicon_scan import share_scan

_PUNCTUATION = ".,;:!?()[]\"'«»“”¿¡-"
# words between the cue and the phrase, at most: enough for the longest run of scope words
# news uses ("sin que hasta el momento se haya informado sobre la captura")
_REACH = 10
_WINDOW = 90  # characters looked at before the phrase


@dataclass(frozen=True)
class _Negation:
    cues: frozenset[str]
    scope: frozenset[str]
    denials: PhraseMatcher[bool]  # True: to the sentence's end; False: to its clause's
    coordinators: frozenset[str]
    coordination_ends: frozenset[str]
    figure_coordinators: frozenset[str]
    figure_coordination_ends: frozenset[str]


@cache
def _lexicon() -> _Negation:
    data = load_data("lexicon/negation.toml")
    scope = {form for pattern in data["scope"] for form in expand(pattern)}
    denials = PhraseMatcher(
        [(p, True) for p in data["denials"]] + [(p, False) for p in data["clause_denials"]]
    )
    return _Negation(
        frozenset(data["cues"]),
        frozenset(scope),
        denials,
        frozenset(data["coordinators"]),
        frozenset(data["coordination_ends"]),
        frozenset(data["coordinators"] + data["figure_coordinators"]),
        frozenset(data["coordination_ends"] + data["figure_coordination_ends"]),
    )


share_scan(lambda: _lexicon().denials)  # read on every sentence (`lexicon_scan.shared_scan`)


# A Spanish verb in the future, by its accented ending ("se reforzarán los operativos",
# "habrá detenciones"): read on the original text, where "carretera" has no accent, and in
# lower case, which a name never is ("Villagrán", "El Beltrán").
_FUTURE = re.compile(r"^[a-zñ]\w+r(?:á|án)$")


def is_negated(
    folded: str, start: int, floor: int = 0, text: str | None = None, *, figure: bool = False
) -> bool:
    """Whether the phrase at `folded[start:]` is denied by a negation cue before it (never
    looking before `floor`, the start of its sentence). With the original `text`, a verb in
    the future is such a cue too. A `figure`'s phrase is denied past the Spanish "o" too."""
    lexicon = _lexicon()
    coordinators, ends = (
        (lexicon.figure_coordinators, lexicon.figure_coordination_ends)
        if figure
        else (lexicon.coordinators, lexicon.coordination_ends)
    )
    low = max(floor, start - _WINDOW)
    window = folded[low:start]
    coordinated = False
    chunks = window.split()  # the runs of non-spaces (`\S+`), without a regex
    at = len(window)  # where the chunk after the one read starts
    for seen, chunk in enumerate(reversed(chunks)):
        if chunk[-1] in _PUNCTUATION:
            break  # the clause ends after this word: the phrase is in another one
        word = chunk.strip(_PUNCTUATION)
        if word in lexicon.cues or word.endswith("n't"):
            return True
        # (a chunk is the last run of non-spaces before the next one's start; folded, a
        # future's "-rá", "-rán" ends in "ra", "ran")
        at = window.rfind(chunk, 0, at)
        if (
            text is not None
            and chunk.endswith(("ra", "ran"))
            and _FUTURE.search(text[low + at : low + at + len(chunk)])
        ):
            return True
        if seen >= _REACH:
            break
        if word in coordinators:
            # "not found a motive or made arrests": the act before "or" may be denied, with
            # any words of its own between the cue and "or"
            coordinated = True
        elif word not in lexicon.scope and (not coordinated or word in ends):
            break
    return any(floor <= d < start < reach for d, reach in _denials(folded, floor))


_SENTENCE_END = re.compile(r"[.!?\n]")
_CLAUSE_END = re.compile(r"[,;:.!?\n]")


@lru_cache(maxsize=256)
def _denials(folded: str, floor: int) -> tuple[tuple[int, int], ...]:
    """Where the denials of the sentence starting at `floor` start ("no" undoes one), each
    with where what it denies ends: the sentence's end, or for an open question its clause's
    ("aunque no se ha confirmado si hubo heridos, la Marina desplegó un operativo")."""
    end = _SENTENCE_END.search(folded, floor)
    stop = end.end() if end else len(folded)
    found = []
    for d in _lexicon().denials.find(folded, floor, stop):
        if folded[max(floor, d.start - 4) : d.start].endswith("no "):
            continue
        clause = None if d.value else _CLAUSE_END.search(folded, d.end, stop)
        found.append((d.start, clause.start() if clause else stop))
    return tuple(found)
