"""Checks shared by the routers: the store, the token, and the event filters."""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Literal

import sqlalchemy as sa
from fastapi import Depends, HTTPException, Query, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from sucesos.store import Store, queries
from sucesos.web.meta import category_column, category_names, state_code
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
    """The filters every event endpoint shares, validated; `where()` gives SQL clauses built
    by `sucesos.store.queries`, never from strings."""

    since: date | None = None
    until: date | None = None
    state: str | None = None
    municipality: str | None = None
    category: str | None = None
    actor: str | None = None
    status: str | None = None
    text: str | None = None
    bbox: tuple[float, float, float, float] | None = None

    def where(self) -> list[sa.ColumnElement[bool]]:
        # A state name resolved to its code, and a category known to be a category or a
        # family, become equality filters on indexed columns (fast on large stores); anything
        # else goes through the name matching of `queries.event_filters`.
        code = state_code(self.state) if self.state else None
        column = category_column(self.category) if self.category else None
        clauses = queries.event_filters(
            since=self.since,
            until=self.until,
            state=None if code else self.state,
            municipality=self.municipality,
            category=None if column else self.category,
            actor=self.actor,
            status=self.status,
            text=self.text,
        )
        clauses += queries.exact_filters(
            admin1_code=code,
            category=self.category if column == "category" else None,
            category_family=self.category if column == "category_family" else None,
        )
        if self.bbox is not None:
            clauses.append(queries.bbox_filter(*self.bbox))
        return clauses

    def as_params(self) -> dict[str, Any]:
        """The filters as query parameters (for links to the next page)."""
        out: dict[str, Any] = {}
        for key, value in self.__dict__.items():
            if value is None:
                continue
            out[key] = ",".join(map(str, value)) if key == "bbox" else str(value)
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
        Query(max_length=80, description="State name (accents optional) or code: JAL, MX-JAL."),
    ] = None,
    municipality: Annotated[
        str | None, Query(max_length=80, description="Municipality name or 5-digit INEGI code.")
    ] = None,
    category: Annotated[
        str | None, Query(max_length=40, description="Category or category family.")
    ] = None,
    actor: Annotated[
        str | None, Query(max_length=80, description="Part of an actor's name.")
    ] = None,
    status: Annotated[
        Literal["reported", "disputed"] | None, Query(description="Event status.")
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
    """Query parameters → EventFilters, with 422 for impossible combinations."""
    if since and until and since > until:
        raise _bad(f"since ({since}) is after until ({until})")
    if category and category.strip().lower() not in category_names():
        raise _bad(f"unknown category {category!r}; see GET /api/categories")
    return EventFilters(
        since=since,
        until=until,
        state=state.strip() or None if state else None,
        municipality=municipality.strip() or None if municipality else None,
        category=category.strip().lower() if category else None,
        actor=actor.strip() or None if actor else None,
        status=status,
        text=text.strip() or None if text else None,
        bbox=parse_bbox(bbox) if bbox else None,
    )


FiltersDep = Annotated[EventFilters, Depends(event_filters)]
