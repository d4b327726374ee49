"""/api/alerts (JSON) and /alerts.atom (Atom feed): the alerts `sucesos watch` raised."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import Response

from sucesos.alerts.atom import alerts_atom
from sucesos.alerts.store import get_alert, list_alerts
from sucesos.web.dependencies import StoreDep, read_access

router = APIRouter(tags=["alerts"], dependencies=[Depends(read_access)])

# Alert ids are 64-bit database integers; a larger number is refused (422), not sent to SQL.
MAX_ID = 2**63 - 1

KindParam = Annotated[
    Literal["rule", "spike"] | None, Query(description="Only alerts of this kind.")
]
SinceParam = Annotated[
    datetime | None, Query(description="Alerts raised at or after (ISO date or datetime, UTC).")
]


@router.get("/api/alerts")
def alerts_list(
    store: StoreDep,
    since: SinceParam = None,
    kind: KindParam = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_ID)] = 0,
) -> dict[str, Any]:
    """Stored alerts, newest first: id, kind, created_at, title, summary, the rule or the
    spike's observed vs expected counts, and the events behind each (with their sources)."""
    rows = list_alerts(store, since=since, kind=kind, limit=limit, offset=offset)
    return {"alerts": rows, "limit": limit, "offset": offset}


@router.get("/api/alerts/{alert_id}")
def alerts_one(store: StoreDep, alert_id: Annotated[int, Path(ge=1, le=MAX_ID)]) -> dict[str, Any]:
    """One alert by id (404 when there is none)."""
    alert = get_alert(store, alert_id)
    if alert is None:
        raise HTTPException(404, f"no alert {alert_id}")
    return alert


@router.get(
    "/alerts.atom",
    response_class=Response,
    responses={200: {"content": {"application/atom+xml": {}}}},
)
def alerts_feed(
    request: Request,
    store: StoreDep,
    kind: KindParam = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> Response:
    """The latest alerts as an Atom feed (subscribe in a feed reader)."""
    rows = list_alerts(store, kind=kind, limit=limit)
    base = str(request.base_url).rstrip("/")
    return Response(alerts_atom(rows, base_url=base), media_type="application/atom+xml")
