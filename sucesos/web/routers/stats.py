"""/api/stats: counts and fatalities of the filtered events, grouped for maps and charts."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query

from sucesos.listing import stats_plan
from sucesos.store import queries, stats
from sucesos.web.dependencies import FiltersDep, StoreDep, read_access
from sucesos.web.responses import FastJSONResponse

_GROUP = "(" + "|".join(stats.STATS_GROUPS) + ")"
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
            + ", ".join(stats.STATS_GROUPS)
            + ". Ask only for what you show.",
        ),
    ] = ",".join(stats.STATS_GROUPS),
    bucket: Annotated[
        Literal["auto", "day", "month"],
        Query(
            description="The timeline's period: by_day (with by_week) or by_month; auto "
            f"(default) is day for windows up to {stats.DAILY_TIMELINE_DAYS} days, month "
            "beyond (all time: the store's first to last day). `timeline_bucket` says which.",
        ),
    ] = "auto",
) -> FastJSONResponse:
    """Events, fatalities and disputed events matching the filters, grouped by state,
    municipality, category, actor, day (split by category) and ISO week, or month for a
    long window (`groups` picks which; "day" is the timeline, `bucket` its period); plus
    the date range
    of the whole store (`store_first_date`, `store_last_date`), which the dashboard's quick
    windows end at."""
    wanted = set(groups.split(","))
    bbox = queries.bbox_filter(*filters.bbox) if filters.bbox is not None else None
    query = filters.query
    with store.engine.connect() as conn:
        first, last = queries.date_range(conn)
        timeline: str = bucket
        if bucket == "auto":
            timeline = stats.timeline_for(query.since or first, query.until or last)
        plan = stats_plan(query, bbox, conn)
        data = stats.compute(conn, plan, top=top, groups=wanted, timeline=timeline)
    if "day" in wanted:
        data["timeline_bucket"] = timeline
    data["store_first_date"] = first.isoformat() if first else None
    data["store_last_date"] = last.isoformat() if last else None
    data["filters"] = filters.as_params()
    # A ready response skips FastAPI's generic encoding of a large dict (by_day has a row per
    # day and category): half the time of a 90-day request on a million events.
    return FastJSONResponse(data)
