"""Exports of the stored events: ACLED-compatible CSV, GeoJSON, Parquet and JSON Lines."""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sucesos.export.acled import COLUMNS as ACLED_COLUMNS
from sucesos.export.acled import acled_row
from sucesos.export.formats import (
    write_geojson,
    write_json,
    write_jsonl,
    write_parquet,
    write_sources_csv,
)
from sucesos.export.rows import iter_events
from sucesos.store import Store

if TYPE_CHECKING:
    from sucesos.filters import EventQuery

FORMATS = ("acled-csv", "csv", "geojson", "json", "jsonl", "parquet")
BINARY_FORMATS = frozenset({"parquet"})

__all__ = ["ACLED_COLUMNS", "FORMATS", "acled_row", "export", "iter_events"]


def export(
    store: Store,
    format: str,
    out: str | os.PathLike[str] | IO[Any] | None = None,
    query: EventQuery | None = None,
    skipped: Counter[str] | None = None,
) -> int:
    """Write the stored events matching `query` (every event when None; see
    `sucesos.filters.parse_filters`) to `out` (a path, an open file, or None for stdout).

    Returns the number of events written. Parquet is binary: give it a path or a binary file.
    The ACLED CSV leaves out events no ACLED event type fits; `skipped` counts them by
    category.
    """
    from sucesos.export.acled import write_csv

    writers: dict[str, Callable[[Iterator[dict[str, Any]], Any], int]] = {
        "acled-csv": lambda events, out: write_csv(events, out, skipped),
        "csv": write_sources_csv,
        "json": write_json,
        "geojson": write_geojson,
        "jsonl": write_jsonl,
        "parquet": write_parquet,
    }
    if format not in writers:
        raise ValueError(f"unknown export format {format!r}; choose one of {', '.join(FORMATS)}")
    write = writers[format]
    binary = format in BINARY_FORMATS
    events = iter_events(store, query)
    if out is None:
        stream: IO[Any] = sys.stdout.buffer if binary else sys.stdout
        return int(write(events, stream))
    if isinstance(out, str | os.PathLike):
        path = Path(out)
        path.parent.mkdir(parents=True, exist_ok=True)
        if binary:
            with path.open("wb") as fh:
                return int(write(events, fh))
        with path.open("w", encoding="utf-8", newline="") as fh:
            return int(write(events, fh))
    return int(write(events, out))
