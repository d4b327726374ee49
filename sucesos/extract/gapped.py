"""Event words told a few words from the words that make them an act: a verb whose object,
or a participle whose subject, decides what it reports.

"El INM aseguró a 41 migrantes", "localizaron a 52 personas migrantes en una bodega", "los
extranjeros fueron resguardados", "soldiers located 57 migrants": the verb alone is no trigger
("aseguró" is mostly "said", "localizar" and "found" find anything) or another one (a seizure);
with migrants as its object it is the authorities' operation. "A gunman shot the officer
several times", "a man shot the reporter twice": "shot" alone is no act ("shot a video"), a
shot told with how often or where it hit is a shooting.

Each `[gapped.NAME]` block of `sucesos/data/lexicon/triggers.toml` gives a `category`, verbs
told `before` their object, participles told `after` their subject, and the `objects`: a verb
of `before` with one of `objects` at most `GAP` words after it, or one of `after` at most `GAP`
words after one of them, in one clause with no relative pronoun between ("25 migrantes que
fueron ubicados", "migrants who had been found" describe the people), is a trigger of the
block's category (`kinds.find_triggers`). `alone = true`: only in a sentence that tells no
other kind of act; `takes_over`: the categories of the triggers on the same words it replaces.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sucesos.extract.lexicon import PhraseMatcher, load_data
from sucesos.extract.lexicon_scan import share_scan

GAP = 4  # words at most between the two ("aseguró a un grupo de 41 migrantes")
_CLAUSE = ".,;:!?\n()"
_RELATIVES = frozenset({"que", "quienes", "cuales", "who", "which", "that"})


@dataclass(frozen=True)
class Block:
    name: str
    category: str
    alone: bool
    takes_over: frozenset[str]


@cache
def blocks() -> tuple[Block, ...]:
    data = load_data("lexicon/triggers.toml")["gapped"]
    return tuple(
        Block(
            name,
            entry["category"],
            bool(entry.get("alone", False)),
            frozenset(entry.get("takes_over", [])),
        )
        for name, entry in data.items()
    )


@share_scan
@cache
def _verbs() -> PhraseMatcher[tuple[int, bool]]:
    """(the block's index, True for a verb before its object, False for a participle after)."""
    data = load_data("lexicon/triggers.toml")["gapped"]
    return PhraseMatcher(
        (p, (k, before))
        for k, entry in enumerate(data.values())
        for before, key in ((True, "before"), (False, "after"))
        for p in entry.get(key, [])
    )


@share_scan
@cache
def _objects() -> PhraseMatcher[int]:
    data = load_data("lexicon/triggers.toml")["gapped"]
    return PhraseMatcher((p, k) for k, entry in enumerate(data.values()) for p in entry["objects"])


def _close(folded: str, left: int, right: int) -> bool:
    """Whether `folded[left:right]` is a short run of words in one clause, with no relative
    pronoun."""
    gap = folded[left:right]
    words = gap.split()
    return (
        len(words) <= GAP
        and not _RELATIVES.intersection(words)
        and not any(c in _CLAUSE for c in gap)
    )


def gapped_spans(folded: str, start: int, end: int) -> list[tuple[Block, int, int]]:
    """The verbs of `folded[start:end]` whose object (or subject) makes them an act, each
    with its block."""
    objects = _objects().find(folded, start, end, overlapping=True)
    if not objects:
        return []
    found = []
    for verb in _verbs().find(folded, start, end, overlapping=True):
        k, before = verb.value
        if before:
            ok = any(
                o.value == k and o.start >= verb.end and _close(folded, verb.end, o.start)
                for o in objects
            )
        else:
            ok = any(
                o.value == k and o.end <= verb.start and _close(folded, o.end, verb.start)
                for o in objects
            )
        if ok:
            found.append((blocks()[k], verb.start, verb.end))
    return found
