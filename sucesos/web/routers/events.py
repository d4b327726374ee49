"""/api/events: filtered, sorted pages of events as JSON, CSV or GeoJSON; one event in full;
/api/categories and /api/states name what the filters accept."""

from __future__ import annotations

import io
import re
from typing import Annotated, Any, Literal

import orjson
from fastapi import APIRouter, Depends, HTTPException, Path, Query, Response, status

from sucesos.export.formats import feature, write_events_csv
from sucesos.store import queries
from sucesos.web.dependencies import FiltersDep, StoreDep, read_access
from sucesos.web.meta import categories, states
from sucesos.web.responses import FastJSONResponse

router = APIRouter(prefix="/api", tags=["events"], dependencies=[Depends(read_access)])

SORT_PATTERN = "^(" + "|".join(re.escape(s) for s in queries.SORTS) + ")$"


def _csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    write_events_csv(rows, out)
    return out.getvalue()


@router.get("/events")
def list_events(
    store: StoreDep,
    filters: FiltersDep,
    sort: Annotated[
        str, Query(pattern=SORT_PATTERN, description="One of: " + ", ".join(queries.SORTS))
    ] = "-date",
    limit: Annotated[int, Query(ge=1, le=5000, description="Events per page.")] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="Skip this many.")] = 0,
    format: Annotated[Literal["json", "csv", "geojson"], Query()] = "json",
) -> Any:
    """Events matching every filter, one page at a time (`next_offset` is null on the last
    page). `format=csv` and `format=geojson` return the same page as CSV or a GeoJSON
    FeatureCollection (events without coordinates get a null geometry)."""
    with store.engine.connect() as conn:
        rows = queries.page_events(conn, filters.where(), sort=sort, limit=limit + 1, offset=offset)
    more = len(rows) > limit
    rows = rows[:limit]
    if format == "csv":
        return Response(_csv(rows), media_type="text/csv; charset=utf-8")
    if format == "geojson":
        return Response(
            _geojson(rows),
            media_type="application/geo+json",
        )
    return FastJSONResponse(
        {
            "events": rows,
            "count": len(rows),
            "limit": limit,
            "offset": offset,
            "sort": sort,
            "next_offset": offset + limit if more else None,
            "filters": filters.as_params(),
        }
    )


def _geojson(rows: list[dict[str, Any]]) -> bytes:
    collection = {"type": "FeatureCollection", "features": [feature(r) for r in rows]}
    return orjson.dumps(collection)


@router.get("/events/{event_id}")
def get_event(
    store: StoreDep,
    event_id: Annotated[str, Path(min_length=4, max_length=64)],
) -> dict[str, Any]:
    """One event (id, or a unique prefix of at least 4 characters) with its reports, the
    figures each source gives side by side, dispute flags, evidence sentences and history."""
    event = store.event(event_id)
    if event is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no event {event_id!r}")
    return event


@router.get("/categories")
def list_categories(lang: Literal["es", "en"] = "en") -> list[dict[str, str]]:
    """The categories the `category` filter accepts (a family name works too)."""
    return categories(lang)


@router.get("/states")
def list_states() -> list[dict[str, str]]:
    """The 32 states with their ISO 3166-2 codes (the `state` filter takes either)."""
    return list(states())
