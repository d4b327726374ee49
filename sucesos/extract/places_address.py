"""Address hints: the place an article's web address names, as a weak prior.

Local outlets file reports under section paths ("/jalisco/", "/seguridad/culiacan/") or
regional subdomains ("guerrero.example.mx"). A path segment or subdomain that is exactly the
name of a state, or of a municipality no other place shares, is a hint. It ranks below
anything the text says: it breaks ties between same-named places, and it places a report
whose text names no place at all. Slugs (the headline written into the address) are not
read for that: their words are the text's own and may name other places. A slug's town
(`slug_town`) only makes a report the text places in a whole state more precise, when the
town lies in that state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from sucesos.extract.places import find_places
from sucesos.extract.places_index import (
    Entry,
    Index,
    entry_location,
    fold_with_map,
    load_index,
    name_key,
)
from sucesos.extract.places_match import raw_spans
from sucesos.models import Location

# A segment with more words than this is a slug, not a section.
_MAX_WORDS = 4
_SEGMENT = re.compile(r"^[a-z][a-z-]*[a-z]$")


@dataclass(frozen=True)
class AddressHint:
    """The place an address names: a state, or a municipality (with its state)."""

    location: Location

    @property
    def state_code(self) -> str | None:
        return self.location.admin1_code


def address_hint(url: str | None, home_state: str | None = None) -> AddressHint | None:
    """The most specific place named by a section of `url` (path segment or subdomain), or
    None. A municipality wins over a state; among equals the deepest path segment wins. A
    name several municipalities share counts when exactly one is in `home_state` (ISO code
    of the outlet's home state): "/juarez/" on a Chihuahua outlet is Juárez, Chihuahua."""
    if not url or "//" not in url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    pieces = host.split(".")[:-2] if host.count(".") >= 2 else []
    pieces += [p for p in parts.path.lower().split("/") if p]
    best: tuple[int, Entry] | None = None
    for piece in pieces:
        if piece.count("-") >= _MAX_WORDS:
            continue  # a slug, not a section
        named = _section_place(piece, home_state)
        if named is not None and (best is None or named[0] >= best[0]):
            best = named
    # a new Location per article (records carry it; a cached one would be shared)
    return AddressHint(entry_location(best[1], load_index())) if best else None


# Sections repeat from article to article ("seguridad", "2024", an outlet's subdomain): what
# one names is cached (as are `source_hint` and `slug_town`).
@lru_cache(maxsize=8192)
def _section_place(piece: str, home_state: str | None) -> tuple[int, Entry] | None:
    """(rank, gazetteer entry) of the place a section of an address names: (2, a
    municipality no other place shares, or the one of `home_state`), (1, a state), else None
    (see `address_hint`)."""
    if not _SEGMENT.match(piece) or piece.count("-") >= _MAX_WORDS:
        return None
    idx = load_index()
    key = name_key(piece.replace("-", " "))
    # Surnames (`weak`) are fine here: a section of an address is no person.
    if key in idx.stop or key in idx.demonyms:
        return None
    entries = idx.names.get(key, [])
    states = {e.state for e in entries if e.kind == "state"}
    muns = [e for e in entries if e.kind == "municipality"]
    home = idx.iso_to_inegi.get(home_state or "")
    if len(muns) > 1 and home:
        muns = [e for e in muns if e.state == home]
    if len(muns) == 1 and not states:
        return 2, muns[0]
    if len(states) == 1:
        return 1, next(e for e in entries if e.kind == "state")
    return None


def article_hint(
    url: str | None,
    source: str | None,
    home_state: str | None = None,
    home_town: str | None = None,
) -> AddressHint | None:
    """The weak place prior of an article: its address's section (`address_hint`), else the
    city of a city paper (`home_town`, INEGI code, from the outlet table), else the place
    its outlet's name names (`source_hint`). With a known home state (ISO code), the town
    counts only when it lies in that state ("El Sol de Acapulco" of Guerrero): the city a
    local paper is published in, where a report naming no place happened."""
    hint = address_hint(url, home_state)
    if hint is not None:
        return hint
    idx = load_index()
    town = idx.municipalities.get(home_town or "")
    if town is not None and idx.states[town.state].iso == home_state:
        return AddressHint(entry_location(town, idx))
    named = source_hint(source, home_state)
    if named is None or home_state is None:
        return named
    if named.location.precision != "state" and named.state_code == home_state:
        return named
    return None


@lru_cache(maxsize=4096)
def source_hint(source: str | None, home_state: str | None = None) -> AddressHint | None:
    """The place an outlet's or source's name names ("El Sol de Tijuana", "Noticias de
    Querétaro", "police in the state of Guerrero"), when all its places agree on one state:
    a town when the name names one (the city a local paper is published in), else the
    state. `home_state` (ISO code) picks among same-named towns ("El Diario de Juárez" of
    Chihuahua); a town name shared by several states and no home state gives nothing. The
    name is read for gazetteer names only: "Sol de" or "Noticias de" make it an outlet's
    name, which is exactly what is wanted here. A weak prior like the address."""
    if not source or len(source) > 300:
        return None
    idx = load_index()
    home = idx.iso_to_inegi.get(home_state or "")
    states: set[str] = set()
    towns: set[Entry] = set()
    for sp in raw_spans(fold_with_map(source)[0], idx):
        if sp.key in idx.stop or sp.key in idx.demonyms:
            continue
        state = next((e for e in sp.entries if e.kind == "state"), None)
        if state is not None:  # "El Sol de Durango": the state, not its capital
            states.add(state.state)
            continue
        muns = [e for e in sp.entries if e.kind == "municipality"]
        if len(muns) > 1 and home:
            muns = [e for e in muns if e.state == home]
        if len(muns) > 1:
            return None  # a town several states have, and nothing to choose
        if muns:
            towns.add(muns[0])
            states.add(muns[0].state)
    if len(states) != 1:
        return None
    if len(towns) == 1:
        return AddressHint(entry_location(next(iter(towns)), idx))
    return AddressHint(entry_location(_state_entry(idx, next(iter(states))), idx))


def _state_entry(idx: Index, inegi: str) -> Entry:
    s = idx.states[inegi]
    return Entry("state", s.name, s.inegi, s.iso, s.lat, s.lon, 10**7)


def national_section(url: str | None) -> bool:
    """True when a path segment of `url` is a national or world section ("/mexico/",
    "/nacional/", "/mundo/"): a local outlet's report there is not about its home state."""
    if not url or "//" not in url:
        return False
    try:
        path = urlsplit(url).path.lower()
    except ValueError:
        return False
    return any(_national(p) for p in path.split("/")[:-1] if p)


@lru_cache(maxsize=8192)
def _national(segment: str) -> bool:
    """Whether a path segment names a national or world section (cached: sections repeat
    from article to article)."""
    return name_key(segment.replace("-", " ")) in load_index().ctx["national_sections"]


@lru_cache(maxsize=4096)
def slug_town(url: str | None) -> Location | None:
    """The one municipality the headline written into `url` names ("/2024/05/balean-a-dos-en-
    celaya-guanajuato/"), or None when it names none or several. The slug is read like a
    lowercase headline, through the same filters as text (`find_places`). Used only to make
    a report placed at state precision more precise, when the town lies in that state
    (a body text that says "the state" where its headline named the town)."""
    if not url or "//" not in url:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    slugs = [p for p in path.split("/") if p.count("-") >= _MAX_WORDS]
    if not slugs or len(slugs[-1]) > 300:
        return None
    words = re.sub(r"[^a-z0-9ñáéíóúü]+", " ", slugs[-1].lower().removesuffix(".html"))
    towns = {
        m.location.admin2_code: m.location
        for m in find_places(words)
        if m.location.admin2_code and m.location.precision == "municipality"
    }
    return next(iter(towns.values())) if len(towns) == 1 else None


def with_slug_town(locations: list[Location], url: str | None) -> list[Location]:
    """`locations` with a state replaced by the town `url`'s headline names in that state
    (`slug_town`), when every location is a state; else `locations` unchanged."""
    if not locations or any(loc.precision != "state" for loc in locations):
        return locations
    town = slug_town(url)
    if town is None or town.admin1_code not in {loc.admin1_code for loc in locations}:
        return locations
    return [town if loc.admin1_code == town.admin1_code else loc for loc in locations]
