"""Districts: Oaxaca groups its municipalities in districts named after their seats
(`gazetteer/districts.tsv`). A district's name after one of its towns ("San Pablo Coatlán,
Miahuatlán") or after "distrito de" names the district, not the town of its seat, and the
town before it is no neighbourhood of the seat."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sucesos.extract.places_index import Index

if TYPE_CHECKING:
    from sucesos.extract.places_match import Span


def is_district(sp: Span, idx: Index) -> bool:
    """Whether span `sp` can name a district (districts.tsv): one of its municipalities is
    a district's seat."""
    return any(e.kind == "municipality" and e.code in idx.district_seats for e in sp.entries)


def districts_after_towns(
    text: str, spans: list[Span], idx: Index, surface_of: Callable[[Span], tuple[int, str]]
) -> frozenset[int]:
    """Indexes of the spans that name a district right after a comma and another
    municipality of the district's state ("San Pablo Coatlán, Miahuatlán"): they say which
    district that town lies in. Not in a list of towns ("Juchitán, Tehuantepec y Salina
    Cruz"), nor after another district's seat."""

    def between(a: Span, b: Span) -> str:
        s_a, surf_a = surface_of(a)
        return text[s_a + len(surf_a) : surface_of(b)[0]].strip()

    out = set()
    for i in range(1, len(spans)):
        prev, sp = spans[i - 1], spans[i]
        if not is_district(sp, idx) or is_district(prev, idx) or between(prev, sp) != ",":
            continue
        if i + 1 < len(spans) and between(sp, spans[i + 1]) in (",", "y", "e"):
            continue  # a list
        if i > 1 and between(spans[i - 2], prev) in (",", "y", "e"):
            continue  # a list
        seats = {e.state for e in sp.entries if e.code in idx.district_seats}
        if any(e.kind == "municipality" and e.state in seats for e in prev.entries):
            out.add(i)
    return frozenset(out)
