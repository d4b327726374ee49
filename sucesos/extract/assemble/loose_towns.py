"""The town of an incident whose own sentences name only its state, from the sentences no
event tells.

A report often opens in the state ("Twelve people were killed in a Guanajuato bar", "Un
ataque armado en Zacatecas dejó…") and sets the scene later in a sentence with no event
word or figure of its own, which therefore joins no draft ("The bar, located in X, …", "The
display took place on highway 45 in the municipality of X"). Such a sentence places the
article's news: when the article's news sentences outside every draft (no background, no
past date) put things in exactly one town of that state (after "en", "in", "municipio de",
…; not a town measured from, a dateline or a victim's home, which `where.real_places`
already left out), and no draft is set in that town already, the state-only incident is
set there.

A sentence that goes on telling an account may set its act in no town, or only in a colonia
("Ya el domingo atacaron un taxi en la colonia Centro", "Police arrested two men at the
scene"): the town of the account, named by the nearest sentence before it, sets it there
(`account_town`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sucesos.extract.assemble.draft import Draft, Found
from sucesos.extract.dates import is_historical
from sucesos.models import Location

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc


def loose_towns(doc: Doc, found: Found, drafts: list[Draft]) -> dict[str, Location]:
    """State code → the one town the article's undrafted news sentences set things in."""
    claimed = {i for d in drafts for i in d.sentences}
    drafted_towns = {code for d in drafts for code in found.municipalities_of(d)}
    towns: dict[str, dict[str, Location]] = {}
    for sentence in doc.sentences:
        i = sentence.index
        told = doc.status[i]
        if i in claimed or told.background or told.pluperfect or told.statistic:
            continue
        if any(is_historical(d, doc.published) for d in found.dates[i]):
            continue  # "Los hechos ocurrieron en 2019 en X": another, past happening
        for p in found.places[i]:
            code = found.places_in_town(p)
            state = p.location.admin1_code
            if code and state:
                towns.setdefault(state, {}).setdefault(code, p.location)
    return {
        state: next(iter(found_in.values()))
        for state, found_in in towns.items()
        if len(found_in) == 1 and not set(found_in) & drafted_towns
    }


def with_loose_town(locations: list[Location], towns: dict[str, Location]) -> list[Location]:
    """A report placed only in its state, or in the states it lies between ("en los límites
    de Michoacán y Jalisco"), set in one town of one of them by the article's undrafted
    sentences (`loose_towns`): that town."""
    if not locations or any(loc.precision != "state" for loc in locations):
        return locations
    states = dict.fromkeys(loc.admin1_code or "" for loc in locations)
    found = [towns[code] for code in states if code in towns]
    return found if len(found) == 1 else locations


# How many sentences back the town of an account is looked for.
_ACCOUNT_REACH = 6


def account_town(doc: Doc, draft: Draft, found: Found) -> Location | None:
    """The town of the account a draft whose sentences name no town goes on telling ("La
    tarde del sábado mataron a un hombre en Acapulco. […] Ya el domingo atacaron un taxi en
    la colonia Centro": Acapulco): the one town the nearest sentence before it that names a
    place puts things in, up to `_ACCOUNT_REACH` sentences back, passing over background;
    None when that sentence names no such town, or several."""
    if _names_a_town(draft, found):
        return None  # a town of its sentences is another event's ("…en X, donde también…")
    back = range(draft.first - 1, max(-1, draft.first - 1 - _ACCOUNT_REACH), -1)
    return _nearest_town(doc, found, back, set(draft.sentences), frozenset())


def lead_town(doc: Doc, draft: Draft, found: Found) -> Location | None:
    """The town of a lead that names only its state ("Gunmen killed six people in the state
    of Durango. The bodies lay in the town of X"): the one town the nearest sentence after
    it that names a place puts things in, up to `_ACCOUNT_REACH` sentences on, passing over
    background; None past a sentence that opens another happening ("Separately, …") or when
    that sentence names no such town, or several."""
    if doc.sentences[draft.first].paragraph > 1 or _names_a_town(draft, found):
        return None  # not the headline or the lead
    on = range(draft.first + 1, min(len(doc.sentences), draft.first + 1 + _ACCOUNT_REACH))
    return _nearest_town(doc, found, on, set(draft.sentences), frozenset(found.openers))


def _names_a_town(draft: Draft, found: Found) -> bool:
    return any(
        p.location.precision in ("municipality", "locality")
        for i in set(draft.sentences)
        for p in found.places[i]
    )


def _nearest_town(
    doc: Doc, found: Found, order: range, own: set[int], stops: frozenset[int]
) -> Location | None:
    """The one town the first sentence of `order` that names a place (not one of `own`, nor
    background, nor dated in the past) puts things in; None when it names several or none,
    or when a sentence of `stops` comes first."""
    for i in order:
        if i in stops:
            return None
        told = doc.status[i]
        if i in own or told.background or told.pluperfect or told.statistic:
            continue
        if any(is_historical(d, doc.published) for d in found.dates[i]):
            continue  # "Los hechos ocurrieron en 2019 en X": another, past happening
        if not any(p.location.precision != "country" for p in found.places[i]):
            continue
        towns = {code: p.location for p in found.places[i] if (code := found.places_in_town(p))}
        return next(iter(towns.values())) if len(towns) == 1 else None
    return None
