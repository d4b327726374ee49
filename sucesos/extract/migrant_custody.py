"""Migrants found, secured or rescued by the authorities: a security operation.

"El INM aseguró a 41 migrantes", "localizaron a 52 personas migrantes en una bodega", "los
extranjeros fueron rescatados", "troops found 120 migrants in a trailer", "40 migrants were
detained at a checkpoint": the verb alone is no trigger ("aseguró" is mostly "said", "localizar"
and "found" find anything), a seizure ("aseguraron") or an arrest ("detuvieron"); with the
migrants as its object it is the authorities' operation (issue 9, recall). The words live in
`[migrant_custody]` of `sucesos/data/lexicon/triggers.toml`.

A sentence that tells another act of its own (the migrants' kidnapping, their bodies, an
attack) is left as it is: that act and its rescue already have their words.
"""

from __future__ import annotations

from functools import cache

from sucesos.extract.lexicon import PhraseMatcher, load_data
from sucesos.extract.lexicon_scan import share_scan

_GAP = 4  # words at most between the verb and the migrants ("a un grupo de 41 migrantes")
_CLAUSE = ".,;:!?\n()"
_RELATIVES = frozenset({"que", "quienes", "cuales", "who", "which", "that"})


@share_scan
@cache
def _verbs() -> PhraseMatcher[bool]:
    """True: a verb before its object ("aseguró a"); False: a participle after it ("fueron
    rescatados", "were found")."""
    data = load_data("lexicon/triggers.toml")["migrant_custody"]
    return PhraseMatcher([(p, True) for p in data["before"]] + [(p, False) for p in data["after"]])


@share_scan
@cache
def _people() -> PhraseMatcher[bool]:
    data = load_data("lexicon/triggers.toml")["migrant_custody"]
    return PhraseMatcher((p, True) for p in data["people"])


def _close(folded: str, left: int, right: int) -> bool:
    """Whether `folded[left:right]` is a short run of words in one clause, with no relative
    pronoun: "25 migrantes que fueron ubicados", "migrants who had been found" describe
    the people, not what their sentence tells."""
    gap = folded[left:right]
    words = gap.split()
    return (
        len(words) <= _GAP
        and not _RELATIVES.intersection(words)
        and not any(c in _CLAUSE for c in gap)
    )


def custody_spans(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The verbs in `folded[start:end]` (one sentence) whose object is migrants."""
    people = _people().find(folded, start, end)
    if not people:
        return []
    spans = []
    for verb in _verbs().find(folded, start, end):
        if verb.value:
            ok = any(p.start >= verb.end and _close(folded, verb.end, p.start) for p in people)
        else:
            ok = any(p.end <= verb.start and _close(folded, p.end, verb.start) for p in people)
        if ok:
            spans.append((verb.start, verb.end))
    return spans
