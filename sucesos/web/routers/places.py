"""/api/places: the gazetteer's towns inside a box, most populous first — the map's
reference layer when zoomed in (labelled points; no municipal outlines are bundled, as no
licence-clean source of them is packaged in a registry)."""

from __future__ import annotations

import csv
import gzip
import io
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from sucesos.web.dependencies import parse_bbox, read_access

router = APIRouter(prefix="/api", tags=["places"], dependencies=[Depends(read_access)])


@dataclass(frozen=True)
class Town:
    name: str
    municipality: str  # INEGI code
    lat: float
    lon: float
    population: int


@cache
def towns() -> tuple[Town, ...]:
    """Every locality of the bundled gazetteer (GeoNames-derived), most populous first."""
    ref = resources.files("sucesos.data").joinpath("gazetteer", "localities.tsv.gz")
    text = gzip.decompress(ref.read_bytes()).decode("utf-8")
    rows = csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    out = [
        Town(r["name"], r["municipality"], float(r["lat"]), float(r["lon"]), int(r["population"]))
        for r in rows
    ]
    return tuple(sorted(out, key=lambda t: -t.population))


@router.get("/places")
def list_places(
    bbox: Annotated[str, Query(max_length=100, description="west,south,east,north in degrees.")],
    limit: Annotated[int, Query(ge=1, le=1000, description="Most towns returned.")] = 100,
) -> dict[str, Any]:
    """Towns inside the box (name, municipality INEGI code, point, population), most populous
    first: what the dashboard labels on the map when zoomed in."""
    west, south, east, north = parse_bbox(bbox)
    found: list[dict[str, Any]] = []
    for town in towns():
        if west <= town.lon <= east and south <= town.lat <= north:
            found.append(
                {
                    "name": town.name,
                    "municipality": town.municipality,
                    "lat": town.lat,
                    "lon": town.lon,
                    "population": town.population,
                }
            )
            if len(found) >= limit:
                break
    return {"places": found}
