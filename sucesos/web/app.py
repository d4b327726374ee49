"""The FastAPI application: creates the app, mounts the static files and includes the
routers; the endpoints themselves live in `sucesos.web.routers`."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles

from sucesos.store import Store
from sucesos.store.version import DataVersion
from sucesos.web.cache import ResponseCache
from sucesos.web.guards import Admission, Guard
from sucesos.web.routers import alerts, articles, docs, events, export, pages, places, stats
from sucesos.web.settings import Settings

STATIC_DIR = Path(str(resources.files("sucesos.web").joinpath("static")))
# Where STATIC_DIR is served; the guards leave these files open and never shed them.
STATIC_MOUNT = "/static"


def create_app(settings: Settings | None = None, store: Store | None = None) -> FastAPI:
    """The app for `settings` (default: from the environment).

    Pass an open `store` to share it (tests, `sucesos demo`); otherwise the app opens
    `settings.db` when it starts and closes it when it stops.
    """
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        own = store is None
        app.state.store = store if store is not None else Store(settings.db)
        # The token the response cache keys answers by (sucesos.web.cache).
        app.state.data_version = DataVersion(app.state.store.engine)
        try:
            yield
        finally:
            app.state.data_version.close()
            if own:
                app.state.store.close()

    app = FastAPI(
        title="sucesos",
        summary="Structured, sourced events of organized-crime violence in Mexico, from news.",
        version="0.1.0",
        lifespan=lifespan,
        # /docs is served by routers/docs.py from vendored files, so it works offline.
        docs_url=None,
        redoc_url=None,
        # No OpenTelemetry: FastAPI otherwise looks up the global providers on every request
        # (an import attempt each time: about a millisecond of CPU per request).
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    app.state.settings = settings
    # Middlewares, the last added outermost (see sucesos.web.guards and sucesos.web.cache):
    # innermost, load shedding (at most max_concurrency requests at work, a short line, else
    # 503); then the answers of GET /api/events and /api/stats kept until the store changes,
    # served before the line since they cost nothing; outermost, the token and the body cap
    # checked before any route runs, and the security headers on every response.
    app.add_middleware(Admission, settings=settings, static=STATIC_MOUNT)
    app.add_middleware(ResponseCache, settings=settings)
    app.add_middleware(Guard, settings=settings, static=STATIC_MOUNT)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.mount(STATIC_MOUNT, StaticFiles(directory=STATIC_DIR), name="static")
    for router in (events.router, articles.router, stats.router, export.router, places.router):
        app.include_router(router)
    app.include_router(alerts.router)
    app.include_router(docs.router)
    app.include_router(pages.router)
    return app


async def _validation_error(request: Request, exc: Exception) -> Response:
    """422 with the problems found, as FastAPI gives it, but written as ASCII JSON: the
    problems echo the input, which may hold characters UTF-8 cannot encode (a lone surrogate
    in a query or a body), and FastAPI's own handler then fails with a 500."""
    errors = exc.errors() if isinstance(exc, RequestValidationError) else []
    body = json.dumps({"detail": jsonable_encoder(errors)}, ensure_ascii=True, default=str)
    return Response(body, status_code=422, media_type="application/json")
