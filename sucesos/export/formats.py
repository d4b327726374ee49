"""The non-ACLED export formats: JSON Lines, GeoJSON and Parquet."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from sucesos.export.acled import COLUMNS, acled_row
from sucesos.export.cells import safe_row
from sucesos.export.summary import summary_sentence

# An event as one flat row (the CSV of `sucesos events` and `/api/events?format=csv`); the
# GeoJSON properties are the same less the coordinates, which are the geometry.
EVENT_COLUMNS = (
    "id",
    "date",
    "date_precision",
    "category",
    "event_type",
    "sub_event_type",
    "status",
    "admin1",
    "admin1_code",
    "admin2",
    "admin2_code",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "fatalities_min",
    "fatalities_max",
    "n_sources",
    "disputed",
    "actors",
)
_GEO_PROPERTIES = tuple(c for c in EVENT_COLUMNS if c not in ("latitude", "longitude", "actors"))


def write_events_csv(events: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Events as CSV rows of EVENT_COLUMNS, actors joined by "; "; returns the count."""
    writer = csv.DictWriter(
        out, fieldnames=EVENT_COLUMNS, extrasaction="ignore", lineterminator="\n"
    )
    writer.writeheader()
    n = 0
    for event in events:
        names = "; ".join(a["name"] for a in event.get("actors") or [])
        writer.writerow(safe_row({**event, "actors": names}))
        n += 1
    return n


def write_sources_csv(events: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """The events CSV (EVENT_COLUMNS) plus each event's summary, outlets and report URLs:
    the "CSV" download of a view."""
    columns = (*EVENT_COLUMNS, "summary", "sources", "source_urls")
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    n = 0
    for event in events:
        sources = event.get("sources") or []
        row = {
            **event,
            "actors": "; ".join(a["name"] for a in event.get("actors") or []),
            "summary": summary_sentence(event),
            "sources": "; ".join(dict.fromkeys(s["source"] for s in sources)),
            "source_urls": " ".join(dict.fromkeys(s["url"] for s in sources if s.get("url"))),
        }
        writer.writerow(safe_row(row))
        n += 1
    return n


def write_json(events: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """One JSON array of events, each with its claims, sources (outlet and URL) and
    evidence; returns the count."""
    n = 0
    out.write("[")
    for event in events:
        out.write(("," if n else "") + "\n" + json.dumps(event, ensure_ascii=False, sort_keys=True))
        n += 1
    out.write("\n]\n")
    return n


def write_jsonl(events: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """One event a line, with its claims, sources and evidence; returns the count."""
    n = 0
    for event in events:
        out.write(json.dumps(event, ensure_ascii=False, sort_keys=True) + "\n")
        n += 1
    return n


def feature(event: dict[str, Any]) -> dict[str, Any]:
    """A GeoJSON Feature for one event; geometry is null when the event has no coordinates."""
    lat, lon = event.get("latitude"), event.get("longitude")
    geometry = (
        {"type": "Point", "coordinates": [lon, lat]}
        if lat is not None and lon is not None
        else None
    )
    props = {k: event.get(k) for k in _GEO_PROPERTIES}
    props["actors"] = [a["name"] for a in event.get("actors") or []]
    props["sources"] = sorted({s["source"] for s in event.get("sources") or []})
    props["source_urls"] = list(
        dict.fromkeys(s["url"] for s in event.get("sources") or [] if s.get("url"))
    )
    return {"type": "Feature", "id": event["id"], "geometry": geometry, "properties": props}


def write_geojson(events: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """A GeoJSON FeatureCollection of event points; returns the number of features."""
    features = [feature(e) for e in events]
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    return len(features)


_INT_COLUMNS = {"year", "time_precision", "iso", "geo_precision", "fatalities", "timestamp"}
_FLOAT_COLUMNS = {"latitude", "longitude"}


def write_parquet(events: Iterable[dict[str, Any]], out: IO[bytes]) -> int:
    """ACLED columns plus sucesos' own (id, ranges, source count) as a Parquet table.

    pyarrow is an optional dependency (`pip install 'sucesos[parquet]'`); without it this
    raises RuntimeError with that instruction instead of an ImportError deep in a traceback.
    """
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise RuntimeError("Parquet export needs pyarrow: pip install 'sucesos[parquet]'") from exc
    fields = []
    for col in COLUMNS:
        if col in _INT_COLUMNS:
            fields.append(pa.field(col, pa.int64()))
        elif col in _FLOAT_COLUMNS:
            fields.append(pa.field(col, pa.float64()))
        else:
            fields.append(pa.field(col, pa.string()))
    fields += [
        pa.field("sucesos_id", pa.string()),
        pa.field("category", pa.string()),
        pa.field("status", pa.string()),
        pa.field("fatalities_min", pa.int64()),
        pa.field("fatalities_max", pa.int64()),
        pa.field("n_sources", pa.int64()),
        pa.field("disputed", pa.bool_()),
        pa.field("claims", pa.string()),  # JSON text: per-source figures
    ]
    rows = []
    for event in events:
        row = {
            k: (None if v == "" and k in _INT_COLUMNS | _FLOAT_COLUMNS else v)
            for k, v in acled_row(event).items()
        }
        row.update(
            sucesos_id=event["id"],
            category=event.get("category"),
            status=event.get("status"),
            fatalities_min=event.get("fatalities_min"),
            fatalities_max=event.get("fatalities_max"),
            n_sources=event.get("n_sources"),
            disputed=bool(event.get("disputed")),
            claims=json.dumps(event.get("claims") or [], ensure_ascii=False),
        )
        rows.append(row)
    table = pa.Table.from_pylist(rows, schema=pa.schema(fields))
    pq.write_table(table, out)
    return len(rows)
