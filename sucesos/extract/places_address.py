"""Address hints: the place an article's web address names, as a weak prior.

Local outlets file reports under section paths ("/jalisco/", "/seguridad/culiacan/") or
regional subdomains ("guerrero.example.mx"). A path segment or subdomain that is exactly the
name of a state, or of a municipality no other place shares, is a hint. It ranks below
anything the text says: it breaks ties between same-named places, and it places a report
whose text names no place at all. Slugs (the headline written into the address) are not
read: their words are the text's own and may name other places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from sucesos.extract.places_index import entry_location, load_index, name_key
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
    idx = load_index()
    home = idx.iso_to_inegi.get(home_state or "")
    best: tuple[int, Location] | None = None
    for piece in pieces:
        if not _SEGMENT.match(piece) or piece.count("-") >= _MAX_WORDS:
            continue
        key = name_key(piece.replace("-", " "))
        # Surnames (`weak`) are fine here: a section of an address is no person.
        if key in idx.stop or key in idx.demonyms:
            continue
        entries = idx.names.get(key, [])
        states = {e.state for e in entries if e.kind == "state"}
        muns = [e for e in entries if e.kind == "municipality"]
        if len(muns) > 1 and home:
            muns = [e for e in muns if e.state == home]
        loc: Location | None = None
        rank = 0
        if len(muns) == 1 and not states:
            loc, rank = entry_location(muns[0], idx), 2
        elif len(states) == 1:
            state = next(e for e in entries if e.kind == "state")
            loc, rank = entry_location(state, idx), 1
        if loc is not None and (best is None or rank >= best[0]):
            best = (rank, loc)
    return AddressHint(best[1]) if best else None


@lru_cache(maxsize=4096)
def source_hint(source: str | None) -> AddressHint | None:
    """The place an outlet's or source's name names ("El Sol de Tijuana", "Noticias de
    Querétaro", "police in the state of Guerrero"), when all its places agree on one state:
    the most specific of them. A weak prior like the address, read only when neither the
    outlet table nor the address places the outlet."""
    if not source or len(source) > 300:
        return None
    from sucesos.extract.places import find_places

    found = [m for m in find_places(source) if m.location.admin1_code and m.score >= 0.6]
    if len({m.location.admin1_code for m in found}) != 1:
        return None
    best = max(found, key=lambda m: (m.location.precision != "state", m.score))
    return AddressHint(best.location)


def national_section(url: str | None) -> bool:
    """True when a path segment of `url` is a national or world section ("/mexico/",
    "/nacional/", "/mundo/"): a local outlet's report there is not about its home state."""
    if not url or "//" not in url:
        return False
    try:
        path = urlsplit(url).path.lower()
    except ValueError:
        return False
    sections = load_index().ctx["national_sections"]
    return any(name_key(p.replace("-", " ")) in sections for p in path.split("/")[:-1] if p)
