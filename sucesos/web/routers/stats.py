"""/api/stats: counts and fatalities of the filtered events, grouped for maps and charts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from sucesos.filters import daily_filters_of
from sucesos.store import queries
from sucesos.store.daily_stats import DailyFilters, daily_stats
from sucesos.web.dependencies import EventFilters, FiltersDep, StoreDep, read_access

_GROUP = "(" + "|".join(queries.STATS_GROUPS) + ")"
GROUPS_PATTERN = f"^{_GROUP}(,{_GROUP})*$"

router = APIRouter(prefix="/api", tags=["stats"], dependencies=[Depends(read_access)])


@router.get("/stats")
def get_stats(
    store: StoreDep,
    filters: FiltersDep,
    top: Annotated[int, Query(ge=1, le=500, description="Most municipalities/actors.")] = 50,
    groups: Annotated[
        str,
        Query(
            pattern=GROUPS_PATTERN,
            description="Comma-separated groupings to compute (default all): "
            + ", ".join(queries.STATS_GROUPS)
            + ". Ask only for what you show: actors cost most on large stores.",
        ),
    ] = ",".join(queries.STATS_GROUPS),
) -> JSONResponse:
    """Events, fatalities and disputed events matching the filters, grouped by state,
    municipality, category, actor, day (split by category) and ISO week (`groups` picks
    which); plus the date range
    of the whole store (`store_first_date`, `store_last_date`), which the dashboard's quick
    windows end at."""
    wanted = set(groups.split(","))
    with store.engine.connect() as conn:
        daily = daily_filters(filters)
        if daily is not None:
            data = daily_stats(conn, daily, top=top, groups=wanted, actor_where=filters.where())
        else:
            data = queries.filtered_stats(conn, filters.where(), top=top, groups=wanted)
        first, last = queries.date_range(conn)
    data["store_first_date"] = first.isoformat() if first else None
    data["store_last_date"] = last.isoformat() if last else None
    data["filters"] = filters.as_params()
    # A ready response skips FastAPI's generic encoding of a large dict (by_day has a row per
    # day and category): half the time of a 90-day request on a million events.
    return JSONResponse(data)


def daily_filters(filters: EventFilters) -> DailyFilters | None:
    """The filters as the daily totals take them, or None when they need the events (an
    actor, text, bounding box or list of ids, a municipality by name, a category name that
    is both a category and a family)."""
    if filters.bbox is not None:
        return None
    return daily_filters_of(filters.query)
