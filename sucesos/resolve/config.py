"""What the resolver's rules read: its settings (`settings.toml` beside this module), the
taxonomy's families and priorities, the actors that name a perpetrator, a record's death toll
and distances. `sucesos.resolve.core` applies the rules; this module only answers facts.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Set as AbstractSet
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from sucesos.models import EventRecord
from sucesos.store.keys import fold

PRECISIONS = ("day", "week", "month", "year")
DATE_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
PLACE_RANK = {"locality": 0, "municipality": 1, "state": 2, "country": 3}
# The blocking key of reports placed only in the country (no state: "25 soldiers killed
# nationwide", "roadblocks in 14 states"): their own block, never a state's. Stored events
# keep admin1_code NULL; the store's block reads map it (`sucesos.resolve.match`).
NATIONAL = "MX"


@cache
def settings() -> dict[str, Any]:
    """The resolution settings (`settings.toml` beside this module)."""
    text = resources.files("sucesos.resolve").joinpath("settings.toml").read_text("utf-8")
    return tomllib.loads(text)


def date_window(precision: str | None) -> int:
    """Days two reports may differ by at this date precision (unknown precision: a day)."""
    windows: dict[str, int] = settings()["date_window"]
    return int(windows.get(precision or "day", windows["day"]))


@cache
def window_between(a: str | None, b: str | None) -> int:
    """The window of two reports: the wider of their precisions' windows."""
    return max(date_window(a), date_window(b))


@cache
def _taxonomy() -> dict[str, dict[str, Any]]:
    text = resources.files("sucesos.data").joinpath("taxonomy.toml").read_text("utf-8")
    return dict(tomllib.loads(text).get("category", {}))


def category_family(category: str) -> str:
    """The group of categories whose records may describe one event (taxonomy's `family`).

    Two outlets may code one shooting as an attack and as an armed clash; matching on the
    family lets them meet while keeping, say, arrests apart from killings. A category the
    taxonomy does not list is its own family (up to a "." separator: "homicide.massacre" →
    "homicide").
    """
    entry = _taxonomy().get(category)
    if entry and entry.get("family"):
        return str(entry["family"])
    return category.split(".", 1)[0].strip().lower()


def bridge() -> tuple[str, frozenset[str]]:
    b = settings()["bridge"]
    return str(b["family"]), frozenset(b["categories"])


@cache
def category_priority(category: str) -> int:
    """ACLED hierarchy rank of a category (taxonomy's `priority`; 0 when unlisted): when
    reports of one event code it differently, the highest-ranked category names the event."""
    entry = _taxonomy().get(category) or {}
    return int(entry.get("priority", 0))


# Actor and place names repeat across millions of records: fold each once (`fold_name`).
fold_name = lru_cache(maxsize=1 << 16)(fold)


@cache
def _unidentified() -> frozenset[str]:
    return frozenset(fold(n) for n in settings()["actors"]["unidentified"])


def named_perpetrator(name: str, kind: str | None, role: str | None) -> bool:
    """True for an actor that identifies who did it (a named cartel or armed group)."""
    return (
        role == "perpetrator"
        and (kind or "other") in settings()["actors"]["named_kinds"]
        and fold_name(name) not in _unidentified()
    )


def named_victim(kind: str | None, role: str | None) -> bool:
    """True for an actor that names one person an act was done to (settings' [actors]
    victim_kinds, role "target")."""
    return role == "target" and (kind or "other") in settings()["actors"]["victim_kinds"]


@cache
def _role_labels() -> frozenset[str]:
    text = resources.files("sucesos.data").joinpath("victim_roles.toml").read_text("utf-8")
    return frozenset(fold(r["label"]) for r in tomllib.loads(text)["role"].values())


def victim_role(name: str, role: str | None) -> bool:
    """True for a target actor that gives the role of the people an act was done to ("Victims:
    police and soldiers"; labels in `sucesos/data/victim_roles.toml`), not who they are."""
    return role == "target" and fold_name(name) in _role_labels()


@lru_cache(maxsize=1 << 12)
def _name_words(folded: str) -> frozenset[str]:
    particles = settings()["actors"]["name_particles"]
    return frozenset(w for w in folded.replace("-", " ").split() if w not in particles)


def victims_agree(these: AbstractSet[str], those: AbstractSet[str]) -> bool:
    """Whether two sets of folded victim names share a person: the words of one name (past
    particles) are all among the other's ("juan perez" and "juan perez lopez")."""
    for a in these:
        wa = _name_words(a)
        for b in those:
            wb = _name_words(b)
            if wa and wb and (wa <= wb or wb <= wa):
                return True
    return False


def fullest_names(keys: set[str]) -> set[str]:
    """The folded victim names of `keys` that no other name of them extends ("juan mendez"
    goes where "juan carlos mendez ortega" is): one person as their fullest name. The same
    whatever order the names came in, so the event row and the in-memory cluster agree."""
    if len(keys) < 2:
        return set(keys)  # no other name to extend it
    words = {k: _name_words(k) for k in keys}
    return {k for k in keys if not any(w > words[k] for w in words.values())}


@cache
def fatal_kinds() -> frozenset[str]:
    """The count kinds that are deaths (settings' [figures] fatal), read once."""
    return frozenset(settings()["figures"]["fatal"])


def fatality_toll(record: EventRecord) -> int | None:
    """The death toll the record reports, or None when it gives none.

    Extraction codes 0 for a violent event with no death count; that default is no figure,
    so it never lowers another source's toll nor counts as a disagreement.
    """
    if record.fatalities is None:
        return None
    fatal = fatal_kinds()
    if record.fatalities > 0 or any(c.what in fatal for c in record.counts):
        return record.fatalities
    return None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine) in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))
