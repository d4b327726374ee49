"""How a name found in a text reads from the words around it and its own: a person's name in
a run of capitalised words ("Lizeth Cuevas Morales"), a town's name opened by a word that opens
towns' names ("San Juan Chamula"), the start of a longer name the gazetteer does not know, the
second end of a route, a neighbourhood of the town named right after it. `places_match`
asks these while it keeps or drops each name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from sucesos.extract.places_index import Entry, Index, name_key

if TYPE_CHECKING:
    from sucesos.extract.places_match import Span

_ARTICLES = frozenset({"El", "La", "Los", "Las"})


def _whole_name(key: str, entries: Sequence[Entry]) -> bool:
    """Whether `key` is the whole official name of one of `entries`, not a short form."""
    return any(name_key(e.name) == key for e in entries)


def surname_like(
    text: str,
    start: int,
    end: int,
    ctx: dict[str, set[str]],
    weak: bool,
    full_name: Callable[[], bool] = lambda: False,
) -> bool:
    """True when a one-word name sits in a run of capitalised words that reads as a person's
    name ("Lizeth Cuevas Morales", "Sánchez Taboada") rather than a place. A town's whole
    name (`full_name()`, not a short form) after its article ("in El Mezquital") is a place;
    `full_name` is asked only when an article stands before the name."""
    before = text[max(0, start - 30) : start]
    words = before.split()
    if words and not before.endswith(("\n", ". ", ": ", "; ", ", ", "(", '"', "“")):
        w = words[-1]
        if w.endswith(("'s", "’s")) or town_head_before(words, ctx):
            return False  # "Michoacán's Chilchota", "San Juan Chamula", "Ciudad Mier"
        # "in El Mezquital", "en La Yesca": the town's article, not a first name (but "Juan
        # De La Cruz" stays a person's name)
        article = (
            w in _ARTICLES and not (len(words) > 1 and words[-2][:1].isupper()) and full_name()
        )
        if (
            w[:1].isupper()
            and not article
            and name_key(w) not in ctx["locative_before"]
            and len(words) > 1
        ):
            return True
    after = text[end : end + 30].split()
    if weak and after and text[end : end + 1] == " ":
        w = after[0]
        if w[:1].isupper() and name_key(w) not in ctx["locative_before"]:
            return True
    return False


# A capitalised word right after a name, on the same line and after a single space
_NEXT_WORD = re.compile(r" ([A-ZÁÉÍÓÚÑÜ][A-Za-zÁÉÍÓÚÑÜáéíóúñü]+)")


def given_names(
    text: str, end: int, key: str, ctx: dict[str, set[str]], next_start: int | None
) -> bool:
    """Whether a name ending at `end` reads as a person's given names because a surname
    follows it: a common surname ("el gobernador Tlacotalpan García", "Benito Juárez
    Pérez"), or any capitalised word after a town named after a person, whose first word is
    a given name ("el fiscal Emiliano Zapata Robles"). A word that opens the next place
    (`next_start`: "Benito Juárez Quintana Roo") is no surname, unless a common one."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = name_key(m.group(1))
    if word in ctx["locative_before"] or word in ctx["town_heads"]:
        return False
    if word in ctx["surnames"]:
        return True  # (even one that is a town too: "García")
    if m.start(1) == next_start:
        return False
    words = key.split()
    return len(words) > 1 and words[0] in ctx["first_names"]


def town_head_before(words: list[str], ctx: dict[str, set[str]]) -> bool:
    """Whether the capitalised words right before a name are the start of a town's name,
    not a person's first names: a run opened by a word that opens town names ("San Juan
    Chamula", "Santa Clara Ocoyucan", "Ciudad Mier", "el poblado Villa Coronado";
    `context.toml` town_heads). Such a run says the name is a town's, as a locative does."""
    run: list[str] = []
    for w in reversed(words[-3:]):
        if not w[:1].isupper() or w[-1:] in ".,;:":
            break
        run.append(w)
    return bool(run) and name_key(run[-1]) in ctx["town_heads"]


# "Buenavista de los Hurtado", "Tetela del Río": a name going on with "de"/"del" and a
# capitalised word
_GOES_ON = re.compile(r" (?:de|del)(?: (?:la|las|los))? (?=[A-ZÁÉÍÓÚÑ][a-záéíóúñü])")


def _longer_name(
    text: str, spans: list[Span], i: int, surface_of: Callable[[Span], tuple[int, str]]
) -> bool:
    """Whether the name of span `i` is only the start of a longer name that the gazetteer
    does not know ("la comunidad de Buenavista de los Hurtado" is no Buenavista), the word
    going on being no place of its own ("Cuautla de Morelos" stays Cuautla)."""
    start, surface = surface_of(spans[i])
    m = _GOES_ON.match(text, start + len(surface))
    if m is None:
        return False
    return not (i + 1 < len(spans) and surface_of(spans[i + 1])[0] == m.end())


def _after_hyphen(text: str, start: int) -> bool:
    """Whether the name at `start` of `text` follows a hyphen right after another word (the
    second end of a route, "la Irapuato-Salamanca")."""
    return start > 1 and text[start - 1] == "-" and text[start - 2].isalpha()


def _before_hyphen(text: str, end: int) -> bool:
    """Whether the name ending at `end` of `text` is followed by a hyphen and a word right
    after it (the first end of a route, "la Irapuato-Salamanca")."""
    return text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha()


def _inside_town(
    spans: list[Span], i: int, f: str, idx: Index, districts_after: frozenset[int]
) -> bool:
    """Whether span `i`, a name that is also a municipality, names a neighbourhood or
    settlement of the town right after it ("San Carlos, Ensenada", "Loma Bonita en
    Pénjamo", "Miguel Hidalgo de Zamora") rather than a town of its own: the next span is a
    town, the two are not part of a list of towns ("Celaya, Salamanca y Irapuato"), and
    every town of the first name's lies in another state or is smaller than the second."""
    sp, nx = spans[i], spans[i + 1]
    if i > 0 and f[spans[i - 1].end : sp.start].strip() in ("", "y", "e", "and"):
        return False  # "..., Celaya, Salamanca": a list
    if i + 1 in districts_after:
        return False  # "San Pablo Coatlán, Miahuatlán": a town of the district named after it
    if i + 2 < len(spans) and f[nx.end : spans[i + 2].start].strip() in ("", "y", "e", "and"):
        return False  # "Celaya, Salamanca y Irapuato": a list
    towns = [e for e in nx.entries if e.kind == "municipality"]
    own = [e for e in sp.entries if e.kind == "municipality"]
    if any(e.code == t.code for e in own for t in towns):
        return False  # the town itself, said twice
    smallest = min(t.pop for t in towns)
    states = {t.state for t in towns}
    return all(e.state not in states or e.pop < smallest for e in own)
