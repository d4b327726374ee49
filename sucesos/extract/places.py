"""Geoparser: find Mexican place names in text and resolve them against the bundled gazetteer.

The index (``sucesos/data/gazetteer/``, built by ``tools/build_gazetteer.py`` from GeoNames)
holds the 32 states, ~2,300 municipalities with INEGI codes and ~9,000 localities. Names are
matched case- and accent-insensitively on word boundaries with one Aho-Corasick automaton,
built lazily once per process. Each mention is then judged in context: streets, people and
organisation names are dropped, ambiguous names are resolved by the states the text names,
the other places it names, the outlet's home state and population. Precision comes before
recall: a doubtful municipality or locality is dropped rather than guessed.
"""

from __future__ import annotations

import bisect
import csv
import gzip
import io
import math
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import ahocorasick

from sucesos.models import Location

__all__ = ["PlaceMatch", "all_states", "find_places", "state_by_code", "state_by_name"]


@dataclass
class PlaceMatch:
    """One place mention: character offsets into the text given, and the resolved place."""

    start: int
    end: int
    surface: str
    location: Location
    score: float  # confidence 0..1 that this really is this place


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


def _fold_with_map(text: str) -> tuple[str, list[int], list[int]]:
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


def _to_original(pos: int, marks: list[int], shifts: list[int]) -> int:
    if not marks:
        return pos
    i = bisect.bisect_right(marks, pos) - 1
    return pos + (shifts[i] if i >= 0 else 0)


# --------------------------------------------------------------------------- index


@dataclass(frozen=True)
class _Entry:
    kind: str  # state | municipality | locality | country | block
    name: str
    state: str = ""  # INEGI 2-digit state code
    code: str = ""  # ISO code for states, INEGI 5-digit for municipalities and localities
    lat: float | None = None
    lon: float | None = None
    pop: int = 0


@dataclass
class _State:
    inegi: str
    iso: str
    name: str
    official: str
    lat: float
    lon: float


@dataclass
class _Index:
    states: dict[str, _State]  # by INEGI code
    iso_to_inegi: dict[str, str]
    municipalities: dict[str, _Entry]
    names: dict[str, list[_Entry]]  # folded name -> candidates
    state_aliases: dict[str, str]  # folded alias -> INEGI state code
    stop: set[str]
    weak: set[str]
    abbreviations: set[str]  # folded keys only valid written in capitals ("NL", "DF")
    ctx: dict[str, set[str]]
    automaton: Any = field(default=None, repr=False)


def _read_text(name: str) -> str:
    ref = resources.files("sucesos.data").joinpath("gazetteer", name)
    data = ref.read_bytes()
    if name.endswith(".gz"):
        data = gzip.decompress(data)
    return data.decode("utf-8")


def _rows(name: str) -> list[dict[str, str]]:
    text = _read_text(name)
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    return list(
        csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    )


# Words that open many municipality names ("San ...", "Villa de ...") and so cannot stand
# for the whole name when the tail is dropped.
_GENERIC_HEADS = {
    "san",
    "santa",
    "santo",
    "santiago",
    "villa",
    "ciudad",
    "heroica",
    "valle",
    "real",
    "pueblo",
    "tierra",
    "puerto",
    "nuevo",
    "nueva",
    "general",
    "lagos",
    "mineral",
    "el",
    "la",
    "los",
    "las",
    "dolores",
    "teotitlan",
    "magdalena",
    "asuncion",
    "concepcion",
}


def _short_forms(name: str) -> list[str]:
    """Everyday short forms of official municipality names ("Acapulco de Juárez" → "Acapulco")."""
    out = []
    f = re.sub(r"^heroica (ciudad de )?", "", name_key(name))
    if f != name_key(name):
        out.append(f)
    m = re.match(r"^(.+?) de (los |las |la |el )?\S+$", f)
    if m and m.group(1).split()[0] not in _GENERIC_HEADS and len(m.group(1)) >= 5:
        out.append(m.group(1))
    return out


@lru_cache(maxsize=1)
def _index() -> _Index:
    states: dict[str, _State] = {}
    for r in _rows("states.tsv"):
        states[r["inegi"]] = _State(
            r["inegi"], r["iso"], r["name"], r["official"], float(r["lat"]), float(r["lon"])
        )
    iso_to_inegi = {s.iso: s.inegi for s in states.values()}

    stop: set[str] = set()
    weak: set[str] = set()
    section = None
    for line in _read_text("stopwords.txt").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        (stop if section == "stop" else weak).add(name_key(line))

    ctx_raw = tomllib.loads(_read_text("context.toml"))
    ctx = {k: {name_key(x) for x in v} for k, v in ctx_raw.items()}

    names: dict[str, list[_Entry]] = {}

    def add(key: str, entry: _Entry) -> None:
        key = name_key(key)
        if not key:
            return
        lst = names.setdefault(key, [])
        if entry not in lst:
            lst.append(entry)

    state_aliases: dict[str, str] = {}
    for s in states.values():
        e = _Entry("state", s.name, s.inegi, s.iso, s.lat, s.lon, 10**7)
        for alias in (s.name, s.official):
            if name_key(alias) == "mexico":
                continue  # bare "México" is the country; the state is "Estado de México"
            add(alias, e)
            state_aliases[name_key(alias)] = s.inegi

    municipalities: dict[str, _Entry] = {}
    for r in _rows("municipalities.tsv"):
        e = _Entry(
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
        for short in _short_forms(r["name"]):
            if short not in state_aliases:
                add(short, e)

    loc_by_mun: dict[tuple[str, str], _Entry] = {}
    for r in _rows("localities.tsv.gz"):
        name = re.sub(r"\s*\(.*?\)\s*", " ", r["name"]).strip()
        mun = r["municipality"]
        e = _Entry(
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
    for r in _rows("aliases.tsv"):
        alias, kind, code = r["alias"], r["kind"], r["code"]
        if re.fullmatch(r"[A-Z.\s]{2,6}", alias):
            abbreviations.add(name_key(alias))
        if kind == "state":
            s = states[iso_to_inegi[code]]
            add(alias, _Entry("state", s.name, s.inegi, s.iso, s.lat, s.lon, 10**7))
            state_aliases[name_key(alias)] = s.inegi
        elif kind == "country":
            add(alias, _Entry("country", "México"))
        elif kind == "block":
            names[name_key(alias)] = [_Entry("block", alias)]
        elif kind in ("municipality", "locality") and code in municipalities:
            m = municipalities[code]
            if kind == "municipality":
                add(alias, m)
            else:
                loc = loc_by_mun.get((name_key(alias), code))
                lat, lon, pop = (loc.lat, loc.lon, loc.pop) if loc else (m.lat, m.lon, m.pop)
                add(alias, _Entry("locality", alias, m.state, code, lat, lon, max(pop, 20000)))

    # Keys that are curated aliases override generic stopword treatment.
    aut = ahocorasick.Automaton()
    for key in names:
        if len(key) >= 2:
            aut.add_word(f" {key} ", key)
    aut.make_automaton()
    return _Index(
        states,
        iso_to_inegi,
        municipalities,
        names,
        state_aliases,
        stop,
        weak,
        abbreviations,
        ctx,
        aut,
    )


# --------------------------------------------------------------------------- public lookups


def _state_location(s: _State, name: str | None = None) -> Location:
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
    idx = _index()
    code = idx.state_aliases.get(name_key(name))
    return _state_location(idx.states[code]) if code else None


def state_by_code(code: str) -> Location | None:
    """The state with ISO 3166-2 code ("MX-JAL") or INEGI code ("14"); None if unknown."""
    idx = _index()
    code = code.strip().upper()
    inegi = idx.iso_to_inegi.get(code) or (code.zfill(2) if code.isdigit() else None)
    s = idx.states.get(inegi or "")
    return _state_location(s) if s else None


def all_states() -> list[Location]:
    """The 32 federal entities, in INEGI order, as state-precision locations."""
    idx = _index()
    return [_state_location(idx.states[k]) for k in sorted(idx.states)]


def _location(entry: _Entry, idx: _Index) -> Location:
    if entry.kind == "country":
        return Location(name="México", precision="country")
    s = idx.states[entry.state]
    if entry.kind == "state":
        return _state_location(s)
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


# --------------------------------------------------------------------------- matching


@dataclass
class _Span:
    start: int  # in folded text
    end: int
    key: str
    entries: list[_Entry]
    state_after: str | None = None  # INEGI state named right after ("Juárez, Chihuahua")
    locative: bool = False
    mun_cue: bool = False
    institution: bool = False
    near_street: bool = False  # a street/colonia word shortly before ("colonia Lomas de X")
    road: bool = False  # destination of a road ("carretera a Mazatlán"), not where it happened
    chosen: _Entry | None = None
    score: float = 0.0


def _prev_words(f: str, start: int, n: int = 4) -> list[str]:
    return f[max(0, start - 48) : start].split()[-n:]


def _ends_with(words: list[str], phrases: set[str]) -> bool:
    return any(len(words) >= k and " ".join(words[-k:]) in phrases for k in (3, 2, 1))


def _next_words(f: str, end: int, n: int = 3) -> list[str]:
    return f[end : end + 40].split()[:n]


_UPPER = re.compile(r"[^\W\d_a-zà-ÿ]")
_LETTER = re.compile(r"[^\W\d_]")


def _case_style(text: str) -> str:
    """ "lower", "upper", "title" (headline capitalisation) or "mixed"."""
    letters = len(_LETTER.findall(text))
    if not letters:
        return "lower"
    upper = len(_UPPER.findall(text))
    if upper == 0:
        return "lower"
    if upper / letters > 0.6:
        return "upper"
    if len(text) < 400:  # only headlines are written in title case
        words = [w for w in text.split() if w[:1].isalpha() and len(w) > 3]
        if words and sum(w[0].isupper() for w in words) / len(words) > 0.75:
            return "title"
    return "mixed"


def _raw_spans(f: str, idx: _Index) -> list[_Span]:
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
    spans: list[_Span] = []
    for s, e, key in found:
        if taken[s] or taken[e - 1] or any(taken[s:e]):
            continue
        taken[s:e] = b"\x01" * (e - s)
        spans.append(_Span(s, e, key, idx.names[key]))
    spans.sort(key=lambda sp: sp.start)
    return spans


def _surname_like(text: str, start: int, end: int, ctx: dict[str, set[str]], weak: bool) -> bool:
    """True when a one-word name sits in a run of capitalised words that reads as a person's
    name ("Lizeth Cuevas Morales", "Sánchez Taboada") rather than a place."""
    before = text[max(0, start - 30) : start]
    words = before.split()
    if words and not before.endswith(("\n", ". ", ": ", "; ", ", ", "(", '"', "“")):
        w = words[-1]
        if w[:1].isupper() and name_key(w) not in ctx["locative_before"] and len(words) > 1:
            return True
    after = text[end : end + 30].split()
    if weak and after and text[end : end + 1] == " ":
        w = after[0]
        if w[:1].isupper() and name_key(w) not in ctx["locative_before"]:
            return True
    return False


def find_places(text: str, *, home_state: str | None = None) -> list[PlaceMatch]:
    """All place mentions in `text`, resolved, sorted by start offset.

    Each match carries offsets into `text`, a fully filled `Location` and a 0..1 score.
    Streets ("calle Morelos"), people ("Benito Juárez dijo"), cartel and other organisation
    names are not returned; government bodies named after a state ("Fiscalía de Guerrero")
    are returned as that state with a lower score. `home_state` (ISO code of the outlet's
    home state) only breaks ties between same-named places.
    """
    if not text:
        return []
    idx = _index()
    f, marks, shifts = _fold_with_map(text)
    spans = _raw_spans(f, idx)
    if not spans:
        return []
    style = _case_style(text)
    ctx = idx.ctx
    home = idx.iso_to_inegi.get(home_state or "", None)

    kept: list[_Span] = []
    street_end = -10
    for i, sp in enumerate(spans):
        o_start = _to_original(sp.start, marks, shifts)
        surface = text[o_start : _to_original(sp.end - 1, marks, shifts) + 1]
        entries = sp.entries
        if entries[0].kind == "block":
            continue
        prev = _prev_words(f, sp.start)
        nxt = _next_words(f, sp.end)
        # Proper nouns are capitalised in ordinary prose; lowercase names are words.
        if style == "mixed" and not surface[:1].isupper():
            continue
        if sp.key in idx.abbreviations and style != "lower" and surface != surface.upper():
            continue
        if _ends_with(prev, ctx["organisation_before"]) or (
            nxt
            and (
                " ".join(nxt[:2]) in ctx["organisation_after"]
                or nxt[0] in ctx["organisation_after"]
            )
        ):
            continue
        if prev and prev[-1] in ctx["street_before"]:
            street_end = sp.end
            continue
        gap = f[street_end : sp.start].strip()
        if street_end > 0 and gap in ctx["street_joiners"]:
            street_end = sp.end
            continue
        is_state = any(e.kind == "state" for e in entries)
        if (
            style == "mixed"
            and not is_state
            and " " not in sp.key
            and _surname_like(text, o_start, o_start + len(surface), ctx, sp.key in idx.weak)
        ):
            continue
        sp.near_street = any(w in ctx["street_before"] for w in prev[-3:-1])
        sp.road = any(w in ctx["road_before"] for w in prev[-4:])
        person_like = sp.key in idx.weak or is_state
        if prev and person_like:
            o_prev = text[max(0, o_start - 30) : o_start].split()
            prev_cap = bool(o_prev) and o_prev[-1][:1].isupper()
            if prev[-1] in ctx["first_names"] and (prev_cap or style == "lower"):
                continue
            if prev[-1] in ctx["person_before"]:
                continue
        if (
            sp.key in idx.weak
            and nxt
            and (" ".join(nxt[:2]) in ctx["person_after"] or nxt[0] in ctx["person_after"])
        ):
            continue
        sp.locative = _ends_with(prev, ctx["locative_before"]) or (
            i > 0 and spans[i - 1].end >= sp.start - 3
        )
        sp.mun_cue = _ends_with(prev, ctx["municipality_before"])
        window = f[max(0, sp.start - 60) : sp.start].split()
        sp.institution = any(w in ctx["institution_before"] for w in window[-6:])
        # A state named right after: "Juárez, Chihuahua", "Guadalupe (Nuevo León)".
        if i + 1 < len(spans):
            nx = spans[i + 1]
            between = f[sp.end : nx.start].strip()
            if between in ("", "estado de", "edo", "edo de", "state") and any(
                e.kind == "state" for e in nx.entries
            ):
                sp.state_after = next(e.state for e in nx.entries if e.kind == "state")
        kept.append(sp)

    # Context: states named outright and states of places that can only be in one state.
    named_states: set[str] = set()
    place_states: dict[str, float] = {}
    own: dict[int, str] = {}
    for sp in kept:
        kinds = {e.kind for e in sp.entries}
        if "state" in kinds and sp.key in idx.state_aliases:
            named_states.add(idx.state_aliases[sp.key])
        sub = {e.state for e in sp.entries if e.kind in ("municipality", "locality")}
        if len(sub) == 1 and sp.key not in idx.weak and sp.key not in idx.stop:
            st = next(iter(sub))
            place_states[st] = place_states.get(st, 0) + 1
            own[id(sp)] = st

    for sp in kept:
        others = dict(place_states)
        if id(sp) in own:  # a name cannot vouch for itself
            others[own[id(sp)]] -= 1
        _resolve(sp, idx, named_states, others, home)

    out: list[PlaceMatch] = []
    for sp in kept:
        if sp.chosen is None:
            continue
        o_start = _to_original(sp.start, marks, shifts)
        o_end = _to_original(sp.end - 1, marks, shifts) + 1
        out.append(
            PlaceMatch(
                o_start, o_end, text[o_start:o_end], _location(sp.chosen, idx), round(sp.score, 3)
            )
        )
    return out


def _resolve(
    sp: _Span, idx: _Index, named: set[str], places: dict[str, float], home: str | None
) -> None:
    """Pick the entry `sp` most likely refers to, or none when the evidence is too thin."""
    key = sp.key
    stop = key in idx.stop
    weak = key in idx.weak
    cands = list(sp.entries)
    states = [e for e in cands if e.kind == "state"]
    country = [e for e in cands if e.kind == "country"]
    local = [e for e in cands if e.kind in ("municipality", "locality")]

    if sp.state_after:
        local = [e for e in local if e.state == sp.state_after]
        states = [e for e in states if e.state == sp.state_after] or ([] if local else states)
    if states and not (sp.mun_cue and local):
        sp.chosen = states[0]
        sp.score = 0.6 if sp.institution else 0.9
        if weak and not sp.locative and not sp.state_after:
            sp.score -= 0.2
        return
    if country and not local:
        sp.chosen, sp.score = country[0], 0.5
        return
    if stop and not sp.state_after:
        return
    if weak and not (sp.locative or sp.state_after):
        return
    if sp.near_street and not sp.state_after:
        # "colonia Lomas de Chapultepec": only a name that cannot be anything else counts.
        local = [e for e in local if e.kind == "municipality"]
        if weak or len(local) != 1:
            return
    if not local:
        return
    # A locality inside a same-named municipality is that municipality ("Tlaquepaque").
    mun_codes = {e.code for e in local if e.kind == "municipality"}
    local = [e for e in local if e.kind == "municipality" or e.code not in mun_codes]

    def support(e: _Entry) -> float:
        s = 0.0
        if e.state == sp.state_after:
            s += 2.0
        if e.state in named:
            s += 1.0
        s += min(places.get(e.state, 0), 2) * 0.4
        if e.state == home:
            s += 0.3
        return s

    scored = []
    for e in local:
        sup = support(e)
        if e.kind == "locality":
            # Localities only with support from the text itself (not the outlet's state),
            # and never in a different state than the one the text names.
            text_sup = sup - (0.3 if e.state == home else 0.0)
            if (
                named
                and e.state not in named
                and e.state != sp.state_after
                and (len(local) > 1 or e.pop < 15000)
            ):
                continue
            if text_sup <= 0 and (e.pop < 15000 or weak):
                continue
        prior = math.log10(e.pop + 10) / 7.0
        bonus = 0.25 if e.kind == "municipality" else 0.0
        scored.append((sup + prior + bonus, sup, e))
    if not scored:
        return
    scored.sort(key=lambda t: -t[0])
    best_total, best_sup, best = scored[0]
    if len(scored) == 1:
        sp.chosen = best
        sp.score = 0.85 if best.kind == "municipality" else 0.75
    else:
        margin = best_total - scored[1][0]
        if best_sup <= 0 and margin < 0.07:
            return  # same-named places, nothing to tell them apart
        sp.chosen = best
        sp.score = min(0.85, 0.5 + margin / 2 + (0.2 if best_sup > 0 else 0.0))
    if weak:
        sp.score -= 0.1
    if sp.state_after:
        sp.score = max(sp.score, 0.85)
    if sp.road:
        sp.score = min(sp.score, 0.45)
