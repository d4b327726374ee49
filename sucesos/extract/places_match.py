"""Place matching: every gazetteer name in a text, and the words around it.

`raw_spans` finds names on word boundaries in the folded text (longest first, no overlaps),
each a `Span`; `places_judge.judge_spans` then reads the words around each one (`prev_words`,
`next_words`, `tails`) and keeps it or drops it (`Dropped`, with a reason for `-v`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sucesos.extract.places_index import Entry, Index


@dataclass
class Span:
    start: int  # in folded text
    end: int
    key: str
    entries: list[Entry]
    state_after: str | None = None  # INEGI state named right after ("Juárez, Chihuahua")
    towns_after: frozenset[str] = frozenset()  # municipalities named right after it
    # joined to that town by a "del" its name lacks ("Guadalupe del Lerma"): maybe one
    # name, not two
    name_goes_on: bool = False
    locative: bool = False
    mun_cue: bool = False
    institution: bool = False
    near_street: bool = False  # a street/colonia word shortly before ("colonia Lomas de X")
    road: bool = False  # destination of a road ("carretera a Mazatlán"), not where it happened
    colonia: bool = False  # inside a colonia name found by `sucesos.extract.places_colonias`
    # the second end of a route ("carretera Cuernavaca-Cuautla"): the start of its first end,
    # without which it is no place of its own
    route_from: int | None = None
    chosen: Entry | None = None
    score: float = 0.0
    reason: str = ""  # why no place was chosen (see `resolve`)


@dataclass
class Dropped:
    """A name the gazetteer knows that was not taken as a place, and why (for `-v`)."""

    start: int  # offsets into the original text
    end: int
    surface: str
    reason: str


def prev_words(f: str, start: int, n: int = 4) -> list[str]:
    return f[max(0, start - 48) : start].split()[-n:]


def tails(words: list[str]) -> list[str]:
    """The last one, two and three words of `words`, joined: a context phrase of up to three
    words that `words` end with is one of them (`ends_with`)."""
    return [" ".join(words[-k:]) for k in (1, 2, 3) if len(words) >= k]


def ends_with(ends: list[str], phrases: set[str]) -> bool:
    """Whether words whose `tails` are `ends` end with one of `phrases`."""
    return not phrases.isdisjoint(ends)


def next_words(f: str, end: int, n: int = 3) -> list[str]:
    return f[end : end + 40].split()[:n]


def raw_spans(f: str, idx: Index) -> list[Span]:
    padded = f" {f} "
    found: list[tuple[int, int, str]] = []
    for end, key in idx.automaton.iter(padded):
        # padded[end] is the closing space; key span in f is [s, e)
        e = end - 1
        s = e - len(key)
        found.append((s, e, key))
    # Longest names first ("la ciudad de mexico" holds "ciudad de mexico", not the hamlet
    # "La Ciudad"), then keep whatever does not overlap a longer one.
    found.sort(key=lambda t: (-(t[1] - t[0]), t[0]))
    taken = bytearray(len(f) + 1)
    spans: list[Span] = []
    for s, e, key in found:
        if taken[s] or taken[e - 1] or any(taken[s:e]):
            continue
        taken[s:e] = b"\x01" * (e - s)
        spans.append(Span(s, e, key, idx.names[key]))
    spans.sort(key=lambda sp: sp.start)
    return spans
