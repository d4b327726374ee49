"""/api/export: every stored event in one of the export formats (as `sucesos export`)."""

from __future__ import annotations

import os
import tempfile
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, status
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from sucesos.export import export
from sucesos.web.dependencies import StoreDep, read_access

router = APIRouter(prefix="/api", tags=["export"], dependencies=[Depends(read_access)])

_TYPES = {
    "acled-csv": ("text/csv; charset=utf-8", "csv"),
    "geojson": ("application/geo+json", "geojson"),
    "jsonl": ("application/x-ndjson", "jsonl"),
    "parquet": ("application/vnd.apache.parquet", "parquet"),
}


@router.get("/export")
def export_events(
    store: StoreDep,
    format: Annotated[
        Literal["acled-csv", "geojson", "jsonl", "parquet"], Query(description="Export format.")
    ] = "acled-csv",
) -> FileResponse:
    """A download of every event: ACLED-compatible CSV, GeoJSON, JSON Lines or Parquet.

    Written to a temporary file first (removed after sending), so a large store never sits
    in memory."""
    media_type, suffix = _TYPES[format]
    fd, path = tempfile.mkstemp(prefix="sucesos-export-", suffix=f".{suffix}")
    os.close(fd)
    try:
        export(store, format, path)
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
    )
