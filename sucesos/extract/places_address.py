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


def address_hint(url: str | None) -> AddressHint | None:
    """The most specific place named by a section of `url` (path segment or subdomain), or
    None. A municipality wins over a state; among equals the deepest path segment wins."""
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
    best: tuple[int, Location] | None = None
    for piece in pieces:
        if not _SEGMENT.match(piece) or piece.count("-") >= _MAX_WORDS:
            continue
        key = name_key(piece.replace("-", " "))
        if key in idx.stop or key in idx.weak or key in idx.demonyms:
            continue
        entries = idx.names.get(key, [])
        states = {e.state for e in entries if e.kind == "state"}
        muns = [e for e in entries if e.kind == "municipality"]
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
