"""Checks shared by the routers: the store, the token, and the event filters."""

from __future__ import annotations

import hmac
from dataclasses import dataclass, field
from datetime import date
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import Depends, HTTPException, Query, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from sucesos.filters import EventQuery, FilterError, parse_filters
from sucesos.store import Store, queries
from sucesos.web.settings import Settings

_bearer = HTTPBearer(auto_error=False, description="The token set by SUCESOS_TOKEN.")


def get_store(request: Request) -> Store:
    """The store the app was created with (one engine per process, pooled connections)."""
    store: Store = request.app.state.store
    return store


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


StoreDep = Annotated[Store, Depends(get_store)]


def require_token(
    settings: Annotated[Settings, Depends(get_settings)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """401 unless the request carries `Authorization: Bearer <token>` with the configured
    token (compared in constant time). With no token configured nothing is let through."""
    challenge = {"WWW-Authenticate": "Bearer"}
    if settings.token is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "this server accepts no writes: start it with SUCESOS_TOKEN set",
            headers=challenge,
        )
    if credentials is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, "missing token (Authorization: Bearer ...)", challenge
        )
    if not hmac.compare_digest(credentials.credentials.encode(), settings.token.encode()):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "wrong token", challenge)


def read_access(
    settings: Annotated[Settings, Depends(get_settings)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """Reads are open unless the server runs private (SUCESOS_PRIVATE=1 / --private)."""
    if settings.private:
        require_token(settings, credentials)


def _bad(message: str) -> HTTPException:
    return HTTPException(422, message)


@dataclass(frozen=True)
class EventFilters:
    """The filters every event endpoint shares, checked by `sucesos.filters` (the same rules
    and messages as the CLI) plus the map's bounding box; `where()` gives SQL clauses built
    by `sucesos.store.queries`, never from strings."""

    query: EventQuery = field(default_factory=EventQuery)
    bbox: tuple[float, float, float, float] | None = None

    def where(self) -> list[sa.ColumnElement[bool]]:
        clauses = self.query.where()
        if self.bbox is not None:
            clauses.append(queries.bbox_filter(*self.bbox))
        return clauses

    def as_params(self) -> dict[str, Any]:
        """The filters as query parameters (for links to the next page)."""
        out: dict[str, Any] = dict(self.query.as_params())
        if self.bbox is not None:
            out["bbox"] = ",".join(map(str, self.bbox))
        return out


def parse_bbox(value: str) -> tuple[float, float, float, float]:
    """`west,south,east,north` in degrees, checked; raises a 422 naming the problem."""
    parts = value.split(",")
    if len(parts) != 4:
        raise _bad("bbox needs four numbers: west,south,east,north")
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError:
        raise _bad("bbox needs four numbers: west,south,east,north") from None
    if not (
        -180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= 90 and -90 <= north <= 90
    ):
        raise _bad("bbox is out of range: longitudes -180..180, latitudes -90..90")
    if west > east or south > north:
        raise _bad("bbox must be west,south,east,north with west <= east and south <= north")
    return west, south, east, north


def event_filters(
    since: Annotated[date | None, Query(description="Events on or after (YYYY-MM-DD).")] = None,
    until: Annotated[date | None, Query(description="Events on or before (YYYY-MM-DD).")] = None,
    state: Annotated[
        str | None,
        Query(
            max_length=80,
            description="State name (accents optional), ISO code (MX-JAL, JAL) or INEGI code (14).",
        ),
    ] = None,
    municipality: Annotated[
        str | None, Query(max_length=80, description="Municipality name or 5-digit INEGI code.")
    ] = None,
    category: Annotated[
        str | None, Query(max_length=40, description="Category or category family.")
    ] = None,
    actor: Annotated[
        str | None,
        Query(max_length=80, description="An actor's alias (CJNG, Sedena) or part of a name."),
    ] = None,
    status: Annotated[
        str | None, Query(max_length=20, description="Event status: reported or disputed.")
    ] = None,
    text: Annotated[
        str | None,
        Query(max_length=200, description="Words in the reporting articles or the place name."),
    ] = None,
    bbox: Annotated[
        str | None,
        Query(
            max_length=100,
            description="Only events inside west,south,east,north (degrees), e.g. "
            "-105.5,19,-101.5,22.8",
        ),
    ] = None,
) -> EventFilters:
    """Query parameters → EventFilters; 422 with the valid values for a state, category or
    status that names nothing (`sucesos.filters`, shared with the CLI)."""
    try:
        query = parse_filters(
            since=since,
            until=until,
            state=state,
            municipality=municipality,
            category=category,
            actor=actor,
            status=status,
            text=text,
        )
    except FilterError as exc:
        raise _bad(str(exc)) from None
    return EventFilters(query=query, bbox=parse_bbox(bbox) if bbox else None)


FiltersDep = Annotated[EventFilters, Depends(event_filters)]
