"""The event filters people type, checked and normalized once for the CLI and the HTTP API.

`sucesos events --state Jalisco` and `GET /api/events?state=14` go through `parse_filters`:
a state by name, ISO code (MX-JAL, JAL) or INEGI code (14); a category or family; a status;
an actor by any alias the extractor knows (CJNG, Sedena, "Sinaloa Cartel"). An unknown
state, category or status raises `FilterError` with the closest valid values, which the CLI
turns into a usage error (exit 2) and the API into a 422: the same message in both.

This module sits between the store and the interfaces: it reads the taxonomy, the states
table and the actor aliases (data files), and builds SQL only through `sucesos.store.queries`.
"""

from __future__ import annotations

import csv
import difflib
import io
from dataclasses import dataclass, fields
from datetime import date
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from sucesos.store.keys import as_date, fold

if TYPE_CHECKING:
    import sqlalchemy as sa

    from sucesos.store.stats import SummaryFilters

STATUSES = ("reported", "disputed")


class FilterError(ValueError):
    """A filter value that names nothing; the message says what is valid ([F001]–[F004])."""

    def __init__(self, code: str, name: str, message: str) -> None:
        super().__init__(f"[{code}] {message}")
        self.code = code
        self.name = name


def _suggest(value: str, choices: dict[str, str], n: int = 3) -> list[str]:
    """Up to `n` display names whose keys are closest to `value` (folded)."""
    keys = difflib.get_close_matches(fold(value), list(choices), n=n * 2, cutoff=0.6)
    out: list[str] = []
    for key in keys:
        shown = choices[key]
        if shown not in out:
            out.append(shown)
    return out[:n]


def _unknown(code: str, name: str, value: str, suggestions: list[str], hint: str) -> FilterError:
    maybe = f"; did you mean {' or '.join(repr(s) for s in suggestions)}?" if suggestions else ""
    return FilterError(code, name, f"unknown {name} {value!r}{maybe} ({hint})")


# --- states -------------------------------------------------------------------------------


@dataclass(frozen=True)
class State:
    iso: str  # MX-JAL
    inegi: str  # 14
    name: str  # Jalisco


@cache
def states() -> tuple[State, ...]:
    """The 32 states (ISO 3166-2 code, INEGI code, name), from the bundled gazetteer."""
    text = resources.files("sucesos.data").joinpath("gazetteer", "states.tsv").read_text("utf-8")
    rows = csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple(State(r["iso"], r["inegi"], r["name"]) for r in rows)


@cache
def _state_keys() -> dict[str, set[str]]:
    """Every folded way to name a state → ISO codes: codes, INEGI code, names."""
    text = resources.files("sucesos.data").joinpath("gazetteer", "states.tsv").read_text("utf-8")
    keys: dict[str, set[str]] = {}
    for r in csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE):
        iso = r["iso"]
        for key in (iso, iso[3:], r["inegi"], str(int(r["inegi"])), r["name"], r["official"]):
            keys.setdefault(fold(key), set()).add(iso)
    return keys


def state_code(value: str) -> str | None:
    """The ISO code of the one state `value` names — ISO code (MX-JAL, JAL), INEGI code (14,
    "09"), name or official name, accents optional, or the first words of a name
    ("Michoacan") — else None."""
    key = fold(value)
    if not key:
        return None
    keys = _state_keys()
    found = set(keys.get(key, set()))
    if not found:
        for name, codes in keys.items():
            if name.startswith(key + " "):
                found |= codes
    return found.pop() if len(found) == 1 else None


def resolve_state(value: str) -> str:
    """`value` as an ISO state code; FilterError [F001] with suggestions when it names none."""
    code = state_code(value)
    if code is None:
        choices = {fold(s.name): s.name for s in states()}
        choices.update({fold(s.iso[3:]): s.name for s in states()})
        raise _unknown(
            "F001", "state", value, _suggest(value, choices), "a name, MX-JAL/JAL or INEGI 14"
        )
    return code


# --- categories and statuses -------------------------------------------------------------


def category_names() -> frozenset[str]:
    """Every category and category family the `category` filter accepts."""
    from sucesos.extract.kinds import taxonomy

    cats = taxonomy()
    return frozenset(cats) | frozenset(c.family for c in cats.values())


def resolve_category(value: str) -> str:
    """`value` as a category or family name (a label in Spanish or English works too);
    FilterError [F002] with suggestions when it names none."""
    from sucesos.extract.kinds import taxonomy

    key = fold(value).replace(" ", "_")
    names = category_names()
    if key in names:
        return key
    labels: dict[str, str] = {}
    for cat in taxonomy().values():
        labels[fold(cat.label_es)] = cat.name
        labels[fold(cat.label_en)] = cat.name
    if fold(value) in labels:
        return labels[fold(value)]
    choices = {n: n for n in names} | labels
    hint = "categories: " + ", ".join(sorted(taxonomy()))
    raise _unknown("F002", "category", value, _suggest(key, choices), hint)


def resolve_status(value: str) -> str:
    """`value` as an event status; FilterError [F003] when it is not one."""
    key = fold(value)
    if key in STATUSES:
        return key
    raise _unknown(
        "F003",
        "status",
        value,
        _suggest(key, {s: s for s in STATUSES}),
        "one of " + ", ".join(STATUSES),
    )


# --- actors --------------------------------------------------------------------------------


@cache
def _actor_aliases() -> dict[str, str]:
    """Folded alias (and canonical name) → canonical actor name, from the extractor's lexicon."""
    from sucesos.extract.lexicon import load_data

    out: dict[str, str] = {}
    for entry in load_data("lexicon/actors.toml")["actor"]:
        for alias in [entry["name"], *entry.get("aliases", [])]:
            out.setdefault(fold(alias), entry["name"])
    return out


def resolve_actor(value: str) -> str:
    """The canonical name when `value` is a known alias ("CJNG" → "Cártel de Jalisco Nueva
    Generación", "Sedena" → its canonical name), else `value` itself (matched as part of a
    stored actor's name)."""
    return _actor_aliases().get(fold(value), value.strip())


# --- the filters together ------------------------------------------------------------------


@dataclass(frozen=True)
class EventQuery:
    """Checked filters of an event listing, stats or export (None = no filter)."""

    since: date | None = None
    until: date | None = None
    state: str | None = None  # ISO code
    municipality: str | None = None
    category: str | None = None
    actor: str | None = None  # canonical name when an alias was given
    status: str | None = None
    text: str | None = None
    ids: tuple[str, ...] | None = None  # only these events (an event page's downloads)

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))

    def where(self) -> list[sa.ColumnElement[bool]]:
        """SQL clauses, from `sucesos.store.queries` (never from strings); the state code and
        a category known to be a category or a family use indexed equality filters."""
        from sucesos.store import queries

        column = _category_column(self.category) if self.category else None
        clauses = queries.event_filters(
            since=self.since,
            until=self.until,
            municipality=self.municipality,
            category=self.category if self.category and column is None else None,
            actor=self.actor,
            status=self.status,
            text=self.text,
        )
        if self.ids is not None:
            from sucesos.store import schema

            clauses.append(schema.events.c.id.in_(self.ids))
        clauses += queries.exact_filters(
            admin1_code=self.state,
            category=self.category if column == "category" else None,
            category_family=self.category if column == "category_family" else None,
        )
        return clauses

    def as_params(self) -> dict[str, str]:
        """The filters as query parameters (links to the next page, downloads of a view)."""
        out = {
            f.name: str(getattr(self, f.name))
            for f in fields(self)
            if getattr(self, f.name) is not None and f.name != "ids"
        }
        if self.ids:
            out["event"] = ",".join(self.ids)
        return out


def _category_column(name: str) -> str | None:
    """ "category" or "category_family" when `name` is only one of the two, else None (a
    name that is both, such as "other", matches either column)."""
    from sucesos.extract.kinds import taxonomy

    cats = taxonomy()
    is_category = name in cats
    is_family = name in {c.family for c in cats.values()}
    if is_category == is_family:
        return None
    return "category" if is_category else "category_family"


def _day(name: str, value: date | str | None) -> date | None:
    if value is None or value == "":
        return None
    day = as_date(value)
    if day is None:
        raise FilterError("F004", name, f"{name}: not a date (YYYY-MM-DD): {value!r}")
    return day


def _clean(value: str | None) -> str | None:
    return value.strip() or None if value else None


def parse_filters(
    *,
    since: date | str | None = None,
    until: date | str | None = None,
    state: str | None = None,
    municipality: str | None = None,
    category: str | None = None,
    actor: str | None = None,
    status: str | None = None,
    text: str | None = None,
) -> EventQuery:
    """The filters as typed (by a person, a URL or a script) → a checked EventQuery; raises
    FilterError, whose message names the valid values, for anything that names nothing."""
    first, last = _day("since", since), _day("until", until)
    if first and last and first > last:
        raise FilterError("F004", "since", f"since ({first}) is after until ({last})")
    state, category, status = _clean(state), _clean(category), _clean(status)
    actor = _clean(actor)
    return EventQuery(
        since=first,
        until=last,
        state=resolve_state(state) if state else None,
        municipality=_clean(municipality),
        category=resolve_category(category) if category else None,
        actor=resolve_actor(actor) if actor else None,
        status=resolve_status(status) if status else None,
        text=_clean(text),
    )


def summary_filters_of(
    query: EventQuery, *, kinds: bool = False, actor: str | None = None
) -> SummaryFilters | None:
    """The query as the summary tables answer it (`sucesos.store.stats`), or None when it
    needs the events: an actor, text or list of ids, a municipality by name, a category (it
    also matches events that hold it among their secondary kinds, which the summaries, kept
    by each event's main category, cannot tell), a status other than reported/disputed.
    With `kinds`, a category is kept (`SummaryFilters.category`): the summaries then give the
    events of that main category, and the caller adds those holding it as a secondary kind
    (`sucesos.store.stats.KindsPlan`). `actor` is the one stored actor name the query's
    actor filter matches (`sucesos.store.stats.actor_named`): the actor summaries answer it.
    """
    from sucesos.store.stats import SummaryFilters

    if (query.actor and actor is None) or query.text or query.ids is not None:
        return None
    if query.status not in (None, "reported", "disputed"):
        return None
    municipality = query.municipality
    if municipality and not (len(municipality) == 5 and municipality.isdigit()):
        return None
    column = _category_column(query.category) if query.category else None
    if query.category and column != "category_family" and not (kinds and column == "category"):
        return None
    return SummaryFilters(
        since=query.since,
        until=query.until,
        admin1_code=query.state,
        admin2_code=municipality,
        category=query.category if column == "category" else None,
        category_family=query.category if column == "category_family" else None,
        status=query.status,
        actor=actor if query.actor else None,
    )
