"""The HTTP API and web dashboard (`sucesos serve`): FastAPI routers over the event store,
Jinja2 pages and plain JavaScript, with every asset vendored so it works offline."""

from __future__ import annotations

from sucesos.web.app import create_app
from sucesos.web.settings import Settings

__all__ = ["Settings", "create_app"]
