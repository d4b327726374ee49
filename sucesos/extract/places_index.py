"""The place index: the bundled gazetteer loaded once into lookups and one automaton.

`sucesos/data/gazetteer/` (built by ``tools/build_gazetteer.py``) holds the 32 states, every
INEGI municipality and ~9,000 localities; hand-written files add aliases, everyday names,
demonyms and stopwords. `load_index()` reads them once per process into `Index`: candidate
entries by folded name and an Aho-Corasick automaton over every name. This module also owns
the one name normalization (`name_key`) and the public state lookups.
"""

from __future__ import annotations

import bisect
import csv
import gzip
import io
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import ahocorasick

from sucesos.extract import build_cache
from sucesos.models import Location

# --------------------------------------------------------------------------- folding


def _fold_char(c: str) -> str:
    base = unicodedata.normalize("NFD", c)[0].lower()
    if len(base) != 1 or not base.isalnum():
        return " "
    return base


# Length-preserving fold for the Latin range: lowercase, no accents, non-alphanumerics as
# spaces. Keeping length lets offsets found in the folded text point into the original.
_FOLD_TABLE = {i: _fold_char(chr(i)) for i in range(0x250)}
_FOLD_TABLE.update({ord("'"): " ", ord("’"): " ", ord("“"): " ", ord("”"): " "})
_FOLD_TABLE.update({ord(c): " " for c in "«»–—…¡¿"})
_SPACES = re.compile(r" {2,}")


def name_key(text: str) -> str:
    """Lowercase, accent-free, punctuation-as-space form of a place name with single spaces.

    Unlike `sucesos.extract.text.fold` (same length, for offsets), this is a lookup key:
    "Heroica Ciudad de Juárez" and "heroica  ciudad de juarez" give the same key."""
    return " ".join(text.translate(_FOLD_TABLE).lower().split())


def fold_with_map(text: str) -> tuple[str, list[int], list[int]]:
    """Folded text (runs of spaces collapsed) plus breakpoints to map offsets back."""
    f = text.translate(_FOLD_TABLE)
    low = f.lower()
    if len(low) != len(f):  # rare characters whose lowercase is longer: fold one by one
        low = "".join(ch.lower()[0] for ch in f)
    if "  " not in low:
        return low, [], []
    out: list[str] = []
    marks: list[int] = []  # collapsed position where a shift starts
    shifts: list[int] = []  # cumulative chars removed before that position
    prev = 0
    removed = 0
    for m in _SPACES.finditer(low):
        out.append(low[prev : m.start() + 1])
        marks.append(m.start() - removed + 1)
        removed += m.end() - m.start() - 1
        shifts.append(removed)
        prev = m.end()
    out.append(low[prev:])
    return "".join(out), marks, shifts


def to_original(pos: int, marks: list[int], shifts: list[int]) -> int:
    if not marks:
        return pos
    i = bisect.bisect_right(marks, pos) - 1
    return pos + (shifts[i] if i >= 0 else 0)


# --------------------------------------------------------------------------- index


@dataclass(frozen=True)
class Entry:
    kind: str  # state | municipality | locality | country | block
    name: str
    state: str = ""  # INEGI 2-digit state code
    code: str = ""  # ISO code for states, INEGI 5-digit for municipalities and localities
    lat: float | None = None
    lon: float | None = None
    pop: int = 0


@dataclass
class State:
    inegi: str
    iso: str
    name: str
    official: str
    lat: float
    lon: float
    capital: str = ""  # the capital city's name ("Chilpancingo de los Bravo")


# Compared and hashed by identity (`eq=False`): one index per process, and caches keyed by it
# (`places_misspelt._forms`).
@dataclass(eq=False)
class Index:
    states: dict[str, State]  # by INEGI code
    iso_to_inegi: dict[str, str]
    municipalities: dict[str, Entry]
    names: dict[str, list[Entry]]  # folded name -> candidates
    state_aliases: dict[str, str]  # folded alias -> INEGI state code
    stop: set[str]
    weak: set[str]
    abbreviations: set[str]  # folded keys only valid written in capitals ("NL", "DF")
    ctx: dict[str, set[str]]
    demonyms: set[str] = field(default_factory=set)  # weak evidence, valid in lowercase
    lowercase: set[str] = field(default_factory=set)  # keys matched even when lowercase
    # INEGI codes of the municipalities whose name a district of several towns carries
    # ("San Pablo Coatlán, Miahuatlán": the district, not the town of Miahuatlán)
    district_seats: frozenset[str] = frozenset()
    # keys only valid after a municipality cue: a town's name without its article ("municipio
    # de Mante"), often a common word
    cue_only: frozenset[str] = frozenset()
    # keys that name the capital of the one state the text names ("la capital del estado")
    capital_anaphors: frozenset[str] = frozenset()
    # keys that are part of longer municipality names ("tula" of Tula de Allende), with
    # those municipalities' INEGI codes (`places_forms.partial_forms`)
    partials: dict[str, tuple[str, ...]] = field(default_factory=dict)
    automaton: Any = field(default=None, repr=False)


def read_data(name: str) -> str:
    """The text of a gazetteer data file (gunzipped when its name ends in .gz)."""
    ref = resources.files("sucesos.data").joinpath("gazetteer", name)
    data = ref.read_bytes()
    if name.endswith(".gz"):
        data = gzip.decompress(data)
    return data.decode("utf-8")


def _rows(name: str) -> list[dict[str, str]]:
    text = read_data(name)
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    return list(
        csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    )


@lru_cache(maxsize=1)
def load_index() -> Index:
    """The gazetteer's index, built once per process, or read from the build cache
    (`sucesos.extract.build_cache`) when an earlier process built it from the same data."""
    return build_cache.cached("gazetteer-index", _build_index)


def _build_index() -> Index:
    from sucesos.extract.places_forms import (
        _city_dropped,
        _inflections,
        _rank_dropped,
        _short_forms,
        capital_forms,
        headless_forms,
        partial_forms,
        sainted_forms,
    )

    states: dict[str, State] = {}
    for r in _rows("states.tsv"):
        states[r["inegi"]] = State(
            r["inegi"],
            r["iso"],
            r["name"],
            r["official"],
            float(r["lat"]),
            float(r["lon"]),
            r["capital"],
        )
    iso_to_inegi = {s.iso: s.inegi for s in states.values()}

    stop: set[str] = set()
    weak: set[str] = set()
    section = None
    for line in read_data("stopwords.txt").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        (stop if section == "stop" else weak).add(name_key(line))

    ctx_raw = tomllib.loads(read_data("context.toml"))
    ctx = {k: {name_key(x) for x in v} for k, v in ctx_raw.items()}
    # every word a state link may hold: `places_judge._linked_state` reads a long gap's first
    # words against it before it splits the whole gap
    ctx["state_link_vocabulary"] = (
        set().union(
            *(ctx[k] for k in ("state_link_leads", "state_link_heads", "state_link_lead_heads"))
        )
        | ctx["state_link_words"]
    )

    names: dict[str, list[Entry]] = {}

    def add(key: str, entry: Entry) -> None:
        key = name_key(key)
        if not key:
            return
        lst = names.setdefault(key, [])
        # One candidate per place: "Cd. Juárez" and "Cd Juárez" fold to one key and must
        # not look like two same-named places.
        if not any(e.kind == entry.kind and e.code == entry.code for e in lst):
            lst.append(entry)

    state_aliases: dict[str, str] = {}
    for s in states.values():
        e = Entry("state", s.name, s.inegi, s.iso, s.lat, s.lon, 10**7)
        for alias in (s.name, s.official):
            if name_key(alias) == "mexico":
                continue  # bare "México" is the country; the state is "Estado de México"
            add(alias, e)
            state_aliases[name_key(alias)] = s.inegi

    municipalities: dict[str, Entry] = {}
    for r in _rows("municipalities.tsv"):
        e = Entry(
            "municipality",
            r["name"],
            r["state"],
            r["inegi"],
            float(r["lat"]),
            float(r["lon"]),
            int(r["population"]),
        )
        municipalities[r["inegi"]] = e
        add(r["name"], e)
        if r.get("alt"):  # GeoNames' spelling where INEGI's differs
            add(r["alt"], e)
        for short in _short_forms(r["name"]):
            if short not in state_aliases and short not in stop:
                add(short, e)
                if short in ctx["surnames"]:
                    weak.add(short)  # "Martínez": as often the person as the town
        person = _rank_dropped(r["name"], ctx["first_names"]) or _city_dropped(r["name"])
        if person:
            add(person, e)
            weak.add(person)

    loc_by_mun: dict[tuple[str, str], Entry] = {}
    for r in _rows("localities.tsv.gz"):
        name = re.sub(r"\s*\(.*?\)\s*", " ", r["name"]).strip()
        mun = r["municipality"]
        e = Entry(
            "locality",
            name,
            r["state"],
            mun,
            float(r["lat"]),
            float(r["lon"]),
            int(r["population"]),
        )
        key = name_key(name)
        # A locality named like its own municipality is that municipality's seat.
        if mun in municipalities and name_key(municipalities[mun].name) == key:
            continue
        if mun and (key, mun) in loc_by_mun and loc_by_mun[(key, mun)].pop >= e.pop:
            continue
        loc_by_mun[(key, mun)] = e
    for (key, _), e in loc_by_mun.items():
        add(key, e)

    abbreviations: set[str] = set()
    lowercase: set[str] = set()  # aliases written in lowercase ("la capital tapatía")
    for r in _rows("aliases.tsv"):
        alias, kind, code = r["alias"], r["kind"], r["code"]
        if alias[:1].islower():
            lowercase.add(name_key(alias))
        if re.fullmatch(r"[A-Z.\s]{2,6}", alias):
            abbreviations.add(name_key(alias))
        if kind == "state":
            s = states[iso_to_inegi[code]]
            add(alias, Entry("state", s.name, s.inegi, s.iso, s.lat, s.lon, 10**7))
            state_aliases[name_key(alias)] = s.inegi
        elif kind == "country":
            add(alias, Entry("country", "México"))
        elif kind == "block":
            names[name_key(alias)] = [Entry("block", alias)]
        elif kind in ("municipality", "locality") and code in municipalities:
            m = municipalities[code]
            if kind == "municipality":
                add(alias, m)
            else:
                loc = loc_by_mun.get((name_key(alias), code))
                lat, lon, pop = (loc.lat, loc.lon, loc.pop) if loc else (m.lat, m.lon, m.pop)
                add(alias, Entry("locality", alias, m.state, code, lat, lon, max(pop, 20000)))

    demonyms: set[str] = set()
    capitals: dict[str, list[str]] = {}  # INEGI code of a state capital → its state's names
    for r in _rows("demonyms.tsv"):
        kind, code = r["kind"], r["code"]
        if kind == "state":
            s = states[iso_to_inegi[code]]
            target = Entry("state", s.name, s.inegi, s.iso, s.lat, s.lon, 10**7)
        elif code in municipalities:
            target = municipalities[code]
        else:
            continue
        for form in _inflections(r["demonym"]):
            add(form, target)
            demonyms.add(name_key(form))
        if r["demonym"].startswith("capital ") and target.kind == "municipality":
            capitals.setdefault(target.code, [])  # "capital sinaloense": the state's capital

    # The capital of a state named in the phrase ("capital of Guerrero"), or of the one
    # state the text names ("la capital del estado"; `places_resolve`).
    for code in capitals:
        s = states[municipalities[code].state]
        capitals[code] = [s.name, s.official]
    of_state, anaphors = capital_forms(
        capitals, ctx_raw["capital_of_state"], ctx_raw["state_capital"]
    )
    for key, code in of_state.items():
        add(key, municipalities[code])
        lowercase.add(key)
    for key in anaphors:
        for code in capitals:
            add(key, municipalities[code])
        lowercase.add(key)

    # A saint's town by its own name ("Tehuantepec"): a word or surname too, so only with a
    # locative cue.
    taken = {k for k, found in names.items() if any(e.kind != "locality" for e in found)}
    taken |= {*stop, *weak, *ctx["first_names"], *ctx["not_sainted_forms"]}
    taken |= {w for s in states.values() for w in name_key(f"{s.name} {s.official}").split()}
    taken -= ctx["town_name_links"]  # "Villa Sola de Vega": a state's "de" is no name
    sainted = sainted_forms({code: m.name for code, m in municipalities.items()}, taken)
    for form, code in sainted.items():
        add(form, municipalities[code])
        weak.add(form)
    # A town without its rank or article ("Zuazua", "Mante"): a surname or a word too.
    ranks, articles = headless_forms({code: m.name for code, m in municipalities.items()}, taken)
    articles = {form: code for form, code in articles.items() if form not in names}
    for form, code in (*ranks.items(), *articles.items()):
        add(form, municipalities[code])
        weak.add(form)

    # Keys that are curated aliases override generic stopword treatment.
    aut = ahocorasick.Automaton()
    for key in names:
        if len(key) >= 2:
            aut.add_word(f" {key} ", key)
    aut.make_automaton()
    return Index(
        states,
        iso_to_inegi,
        municipalities,
        names,
        state_aliases,
        stop,
        weak,
        abbreviations,
        ctx,
        demonyms=demonyms,
        lowercase=lowercase | demonyms,
        district_seats=frozenset(r["seat"] for r in _rows("districts.tsv")),
        cue_only=frozenset(articles),
        capital_anaphors=frozenset(anaphors),
        partials={
            form: codes
            for form, codes in partial_forms(
                {code: m.name for code, m in municipalities.items()}
            ).items()
            if form in names
        },
        automaton=aut,
    )


# --------------------------------------------------------------------------- public lookups


def state_location(s: State, name: str | None = None) -> Location:
    return Location(
        name=name or s.name,
        admin1=s.name,
        admin1_code=s.iso,
        latitude=s.lat,
        longitude=s.lon,
        precision="state",
    )


def state_by_name(name: str) -> Location | None:
    """The state called `name` (any alias: "CDMX", "Edomex", "Michoacan", "State of Mexico"),
    case- and accent-insensitive; None when no state goes by that name."""
    idx = load_index()
    code = idx.state_aliases.get(name_key(name))
    return state_location(idx.states[code]) if code else None


def _state(code: str) -> State | None:
    """The state with ISO 3166-2 code ("MX-JAL") or INEGI code ("14"); None if unknown."""
    idx = load_index()
    code = code.strip().upper()
    inegi = idx.iso_to_inegi.get(code) or (code.zfill(2) if code.isdigit() else None)
    return idx.states.get(inegi or "")


def state_by_code(code: str) -> Location | None:
    """The state with ISO 3166-2 code ("MX-JAL") or INEGI code ("14"); None if unknown."""
    s = _state(code)
    return state_location(s) if s else None


def state_capital(code: str) -> str | None:
    """The name of the capital of the state with code `code` ("MX-GRO", "12")."""
    s = _state(code)
    return s.capital if s else None


def all_states() -> list[Location]:
    """The 32 federal entities, in INEGI order, as state-precision locations."""
    idx = load_index()
    return [state_location(idx.states[k]) for k in sorted(idx.states)]


def entry_location(entry: Entry, idx: Index) -> Location:
    if entry.kind == "country":
        return Location(name="México", precision="country")
    s = idx.states[entry.state]
    if entry.kind == "state":
        return state_location(s)
    mun = idx.municipalities.get(entry.code)
    return Location(
        name=entry.name,
        admin1=s.name,
        admin1_code=s.iso,
        admin2=mun.name if mun else None,
        admin2_code=mun.code if mun else None,
        latitude=entry.lat,
        longitude=entry.lon,
        precision="municipality" if entry.kind == "municipality" else "locality",
    )
