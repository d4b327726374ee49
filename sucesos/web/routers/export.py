"""/api/export: the events of a view (the filters of /api/events) in one of the export
formats, as `sucesos export` writes them.

The file is streamed as the exporter writes it: the writer runs in a worker thread and
hands chunks of about 64 KB through a small queue to the response, so nothing is staged in
a temporary file, memory stays flat, and a client that goes away stops the export. In
private mode the export needs the token like every other read.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from dataclasses import replace
from typing import Annotated, Any, Literal

import sqlalchemy as sa
from fastapi import APIRouter, Depends, HTTPException, Query, status
from fastapi.responses import StreamingResponse

from sucesos.export import export
from sucesos.filters import EventQuery
from sucesos.store import Store, schema
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
CHUNK_BYTES = 64 * 1024
_QUEUED_CHUNKS = 8
_DONE = object()


class _Cancelled(Exception):
    """The client went away: the writer thread stops at its next write."""


class _ChunkWriter:
    """A write-only file object (text or binary) that hands ~CHUNK_BYTES pieces to a queue."""

    def __init__(self, out: queue.Queue[Any], cancelled: threading.Event) -> None:
        self.out = out
        self.cancelled = cancelled
        self.buffer = bytearray()
        self.position = 0

    def write(self, data: str | bytes) -> int:
        raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
        self.buffer += raw
        self.position += len(raw)
        if len(self.buffer) >= CHUNK_BYTES:
            self.flush()
        return len(data)

    def flush(self) -> None:
        if self.buffer:
            self._put(bytes(self.buffer))
            self.buffer.clear()

    def _put(self, item: object) -> None:
        while True:
            if self.cancelled.is_set():
                raise _Cancelled
            try:
                self.out.put(item, timeout=0.5)
                return
            except queue.Full:
                continue

    def close(self, final: object = _DONE) -> None:
        self.flush()
        self._put(final)

    # What writers that expect a real file may ask (pyarrow, csv).
    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def tell(self) -> int:
        return self.position

    @property
    def closed(self) -> bool:
        return False


def stream_export(store: Store, format: str, query: EventQuery | None = None) -> Iterator[bytes]:
    """The export of `store` in `format` as a stream of byte chunks (see the module doc)."""
    chunks: queue.Queue[Any] = queue.Queue(maxsize=_QUEUED_CHUNKS)
    cancelled = threading.Event()
    sink = _ChunkWriter(chunks, cancelled)

    def run() -> None:
        try:
            export(store, format, sink, query=query)  # type: ignore[arg-type]
            sink.close()
        except _Cancelled:
            return
        except Exception as exc:  # handed to the response, which ends the stream
            try:
                sink.close(exc)
            except _Cancelled:
                return

    worker = threading.Thread(target=run, name="sucesos-export", daemon=True)
    worker.start()
    try:
        while True:
            item = chunks.get()
            if item is _DONE:
                return
            if isinstance(item, Exception):
                raise item
            yield item
    finally:
        cancelled.set()


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
) -> StreamingResponse:
    """A download of the events matching the filters of /api/events (every event without
    filters): ACLED-compatible CSV, GeoJSON, JSON Lines or Parquet, each with the outlets and
    URLs of its reports.

    Streamed as it is written (no temporary file); CSV cells that a spreadsheet would run
    as formulas are neutralized (see `sucesos.export.cells`)."""
    media_type, suffix = _TYPES[format]
    query = replace(filters.query, ids=(event,)) if event else filters.query
    if format == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError as exc:
            raise HTTPException(
                status.HTTP_501_NOT_IMPLEMENTED,
                "Parquet export needs pyarrow: pip install 'sucesos[parquet]'",
            ) from exc
    headers = {"Content-Disposition": f'attachment; filename="sucesos-events.{suffix}"'}
    if format == "acled-csv":
        headers.update(_left_out_header(_left_out(store, query)))
    return StreamingResponse(
        stream_export(store, format, query),
        media_type=media_type,
        headers=headers,
    )


def _left_out(store: Store, query: EventQuery) -> dict[str, int]:
    """Per category, the matching events the ACLED CSV leaves out (no ACLED event type), counted
    before streaming so the answer's headers can say it."""
    ev = schema.events
    missing = sa.or_(ev.c.event_type.is_(None), ev.c.event_type == "")
    select = sa.select(ev.c.category, sa.func.count()).where(*query.where(), missing)
    with store.engine.connect() as conn:
        rows = conn.execute(select.group_by(ev.c.category)).all()
    return {str(category): int(n) for category, n in rows}


def _left_out_header(skipped: dict[str, int]) -> dict[str, str]:
    """`X-Sucesos-Left-Out: statement=3, disaster=1` when the ACLED CSV left events out
    (no ACLED event type fits their category)."""
    if not skipped:
        return {}
    ordered = sorted(skipped.items(), key=lambda item: (-item[1], item[0]))
    return {"X-Sucesos-Left-Out": ", ".join(f"{c}={n}" for c, n in ordered)}
