"""/api/export: the events of a view (the filters of /api/events) in one of the export
formats, as `sucesos export` writes them."""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from dataclasses import replace
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, status
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from sucesos.export import export
from sucesos.web.dependencies import FiltersDep, StoreDep, read_access

router = APIRouter(prefix="/api", tags=["export"], dependencies=[Depends(read_access)])

_TYPES = {
    "acled-csv": ("text/csv; charset=utf-8", "acled.csv"),
    "csv": ("text/csv; charset=utf-8", "csv"),
    "json": ("application/json", "json"),
    "geojson": ("application/geo+json", "geojson"),
    "jsonl": ("application/x-ndjson", "jsonl"),
    "parquet": ("application/vnd.apache.parquet", "parquet"),
}


@router.get("/export")
def export_events(
    store: StoreDep,
    filters: FiltersDep,
    format: Annotated[
        Literal["acled-csv", "csv", "geojson", "json", "jsonl", "parquet"],
        Query(description="Export format."),
    ] = "acled-csv",
    event: Annotated[
        str | None, Query(min_length=4, max_length=64, description="Only this event (its id).")
    ] = None,
) -> FileResponse:
    """A download of the events matching the filters of /api/events (every event without
    filters): ACLED-compatible CSV, GeoJSON, JSON Lines or Parquet, each with the outlets and
    URLs of its reports.

    Written to a temporary file first (removed after sending), so a large store never sits
    in memory."""
    media_type, suffix = _TYPES[format]
    query = replace(filters.query, ids=(event,)) if event else filters.query
    skipped: Counter[str] = Counter()
    fd, path = tempfile.mkstemp(prefix="sucesos-export-", suffix=f".{suffix}")
    os.close(fd)
    try:
        export(store, format, path, query=query, skipped=skipped)
    except RuntimeError as exc:  # Parquet without pyarrow installed
        os.unlink(path)
        raise HTTPException(status.HTTP_501_NOT_IMPLEMENTED, str(exc)) from exc
    except Exception:
        os.unlink(path)
        raise
    return FileResponse(
        path,
        media_type=media_type,
        filename=f"sucesos-events.{suffix}",
        background=BackgroundTask(os.unlink, path),
        headers=_left_out_header(skipped),
    )


def _left_out_header(skipped: Counter[str]) -> dict[str, str]:
    """`X-Sucesos-Left-Out: statement=3, disaster=1` when the ACLED CSV left events out
    (no ACLED event type fits their category)."""
    if not skipped:
        return {}
    return {"X-Sucesos-Left-Out": ", ".join(f"{c}={n}" for c, n in skipped.most_common())}
